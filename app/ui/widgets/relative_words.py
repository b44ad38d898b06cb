"""Relative days in the interface's language, beside the English ones :mod:`app.ui.widgets.typed_dates` always reads:
"in 2 Wochen", "dans 2 semaines", "en 2 semanas" (and days, months, years; "vor 3 Tagen", "il y a 3 jours", "hace 3
días"; "+2 Wochen"), "nächste Woche", "la semaine prochaine", "la semana que viene", "letzten Monat", "cette
semaine", and a weekday with them ("nächsten Freitag", "vendredi prochain", "el próximo viernes").

Pure Python. The words are keyed as :func:`app.ui.widgets.typed_dates.plain_word` gives them (lower case, no
accents: "nächste" is "nachste", "año" is "ano"), one table per shipped language; English needs none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RelativeWords:
    """One language's words for days counted from today."""

    ahead: tuple[str, ...]  # before an amount ahead: "in", "dans", "en", "dentro de"
    ago: tuple[str, ...]  # before an amount back: "vor", "il y a", "hace"
    one: frozenset[str]  # "ein", "un", "una" in place of 1
    units: dict[str, str]  # unit word -> "d", "w", "m" or "y"
    next: frozenset[str]  # the words around a unit or weekday that mean the next one
    last: frozenset[str]
    this: frozenset[str]
    articles: frozenset[str] = frozenset()  # dropped at the start: "la", "le", "l'", "el"


def _units(days: str, weeks: str, months: str, years: str) -> dict[str, str]:
    found = {}
    for unit, text in (("d", days), ("w", weeks), ("m", months), ("y", years)):
        found.update(dict.fromkeys(text.split(), unit))
    return found


RELATIVE_WORDS: dict[str, RelativeWords] = {
    "de": RelativeWords(
        ahead=("in",),
        ago=("vor",),
        one=frozenset({"ein", "eine", "einem", "einer", "einen"}),
        units=_units("tag tage tagen t", "woche wochen wo", "monat monate monaten monats", "jahr jahre jahren"),
        next=frozenset({"nachste", "nachsten", "nachstes", "nachster", "kommende", "kommenden", "kommendes"}),
        last=frozenset({"letzte", "letzten", "letztes", "letzter", "vergangene", "vergangenen", "vergangenes"}),
        this=frozenset({"diese", "diesen", "dieses", "dieser"}),
    ),
    "fr": RelativeWords(
        ahead=("dans",),
        ago=("il y a",),
        one=frozenset({"un", "une"}),
        units=_units("jour jours j", "semaine semaines sem", "mois", "an ans annee annees"),
        next=frozenset({"prochain", "prochaine", "prochains", "prochaines"}),
        last=frozenset({"dernier", "derniere", "passe", "passee"}),
        this=frozenset({"ce", "cet", "cette"}),
        articles=frozenset({"le", "la", "l'"}),
    ),
    "es": RelativeWords(
        ahead=("en", "dentro de"),
        ago=("hace",),
        one=frozenset({"un", "una", "uno"}),
        units=_units("dia dias d", "semana semanas sem", "mes meses", "ano anos"),
        next=frozenset({"proximo", "proxima", "que viene", "siguiente"}),
        last=frozenset({"pasado", "pasada", "anterior"}),
        this=frozenset({"este", "esta"}),
        articles=frozenset({"el", "la"}),
    ),
}


def read(text: str, words: RelativeWords, plain: Callable[[str], str]) -> tuple[str, int, str] | None:
    """What ``text`` (lower case, single spaces) says in ``words``: ("shift", amount, unit) for "in 2 Wochen" (2, "w")
    or "vor 3 Tagen" (-3, "d"); ("step", 1/-1/0, unit) for "nächste Woche"; ("step", 1/-1/0, word) for a word that
    may be a weekday ("nächsten Freitag": the caller looks "freitag" up); None otherwise."""
    parts = text.replace("\u2019", "'").split()
    if parts and "'" in parts[0][:-1]:  # "l'année": the article glued on
        head, _, rest = parts[0].partition("'")
        if plain(head + "'") in words.articles:
            parts[0] = rest
    keys = [part[0] + plain(part[1:]) if part[:1] in "+-" else plain(part) for part in parts]  # "-2": no hyphen
    joined = " ".join(keys)
    for prefix, sign in [*((p, 1) for p in words.ahead), *((p, -1) for p in words.ago), ("+", 1), ("-", -1)]:
        match = re.fullmatch(re.escape(prefix) + r"\s*(\d+|[a-z]+)\s*([a-z]+)\.?", joined)
        if match is None:
            continue
        count, unit = match.group(1), words.units.get(match.group(2))
        amount = int(count) if count.isdecimal() else 1 if count in words.one else None
        if amount is not None and unit is not None:
            return "shift", sign * amount, unit
    if keys and keys[0] in words.articles:
        parts, keys = parts[1:], keys[1:]
    for index, key in enumerate(keys):
        around = " ".join(keys[:index] + keys[index + 1 :])
        for step, phrases in ((1, words.next), (-1, words.last), (0, words.this)):
            if around and around in phrases:
                unit = words.units.get(key)
                if unit in ("w", "m", "y"):
                    return "step", step, unit
                if unit is None:
                    return "step", step, parts[index]
    return None
