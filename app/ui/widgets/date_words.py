"""The words a locale writes dates in, as the typed date fields read them (:mod:`app.ui.widgets.date_entry`): its
order of day, month and year, its month and weekday names (long, short, standalone), the words around them, its
am/pm — and the short format the fields write a day back in."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.ui.widgets.typed_dates import DateWords, plain_word, words_of

# The days around today as words, each translation a comma-separated list of what people type in that language
# ("morgen", "demain", "mañana"); the English words are always understood as well (typed_dates).
NEAR_DAYS = (
    (QT_TRANSLATE_NOOP("DateWords", "today, now"), 0),
    (QT_TRANSLATE_NOOP("DateWords", "tomorrow"), 1),
    (QT_TRANSLATE_NOOP("DateWords", "the day after tomorrow, day after tomorrow"), 2),
    (QT_TRANSLATE_NOOP("DateWords", "yesterday"), -1),
    (QT_TRANSLATE_NOOP("DateWords", "the day before yesterday, day before yesterday"), -2),
)


def _bare(name: str) -> str:
    """A name as the parser sees it: its letters, without dots or marks ("márc." → "márc", "ינו׳" → "ינו")."""
    return "".join(words_of(name))


def _names(texts: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], set[str]]:
    """(name, number) pairs as the parser reads them, and the words around the names.

    A name in several words is known by its last ("de gen." → "gen", "d’abr." → "abr" in Catalan; "de" goes to the
    fillers); one written with its number ("thg 3" in Vietnamese, "3月" in Japanese) by none: its word is filler and
    its number reads as a number.
    """
    names, fillers = [], set()
    for text, number in texts:
        words = words_of(text)
        if not words:
            continue
        if any(char.isdecimal() for char in text):
            fillers.update(words)
            continue
        names += [(words[-1], number), ("".join(words), number)]
        fillers.update(words[:-1])
    return names, fillers


def _unique(names: list[tuple[str, int]]) -> dict[str, int]:
    """Name → number, without the names that stand for several numbers."""
    numbers: dict[str, set[int]] = {}
    for name, number in names:
        if name:
            numbers.setdefault(name, set()).add(number)
    return {name: next(iter(found)) for name, found in numbers.items() if len(found) == 1}


def _literals(fmt: str) -> set[str]:
    """The words a date format writes besides its fields: quoted ("'de'") or bare letters ("בMMMM" in Hebrew)."""
    quoted = re.findall(r"'([^']*)'", fmt)
    bare = re.sub(r"'[^']*'", " ", fmt)
    bare = re.sub(r"[dMyHhmsaApPtz]", " ", bare)
    return {w for text in [*quoted, bare] for w in words_of(text)}


@cache
def _words_for(name: str) -> DateWords:
    locale = QLocale(name)
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    fields = re.sub(r"'[^']*'", "", short)
    positions = {key: fields.find(key) for key in "dMy"}
    order = "".join(sorted("DMY", key=lambda k: positions["d" if k == "D" else k if k == "M" else "y"]))
    if order not in ("DMY", "MDY", "YMD"):
        order = "DMY"
    month_texts = [
        (text, number)
        for number in range(1, 13)
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
        for text in (locale.monthName(number, kind), locale.standaloneMonthName(number, kind))
    ]
    day_texts = [
        (locale.dayName(number, kind), number - 1)
        for number in range(1, 8)
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    ]
    month_names, month_fillers = _names(month_texts)
    day_names, day_fillers = _names(day_texts)
    literals = _literals(short) | _literals(locale.dateFormat(QLocale.FormatType.LongFormat))
    return DateWords(
        order=order,
        months=_unique(month_names),
        weekdays=_unique(day_names),
        fillers=frozenset(literals | month_fillers | day_fillers),
        am=frozenset({locale.amText().lower(), _bare(locale.amText())} - {""}),
        pm=frozenset({locale.pmText().lower(), _bare(locale.pmText())} - {""}),
    )


def near_day_words() -> dict[str, int]:
    """The interface language's words for the days around today (:data:`NEAR_DAYS` through its translation), as
    days from today by :func:`plain_word`."""
    found: dict[str, int] = {}
    for text, offset in NEAR_DAYS:
        for word in QCoreApplication.translate("DateWords", str(text)).split(","):
            if key := plain_word(word):
                found.setdefault(key, offset)
    return found


def locale_words(locale: QLocale | None = None) -> DateWords:
    """The :class:`DateWords` of ``locale`` (default: the application's), with the interface language's words for
    the days around today and counted from today (read at each call: the language may change while the locale's
    names are cached)."""
    from app.ui.i18n import current_language
    from app.ui.widgets.relative_words import RELATIVE_WORDS

    return dataclasses.replace(
        _words_for((locale or QLocale()).name()),
        near=near_day_words(),
        relative=RELATIVE_WORDS.get(current_language()),
    )


def date_format(locale: QLocale, *, weekday: bool) -> str:
    """The locale's order and words with a short month: "ddd d MMM yyyy" (en_GB), "ddd MMM d, yyyy" (en_US)."""
    from app.ui.widgets.date_format import day_month_format

    body = day_month_format(locale, with_year=True).replace("MMMM", "MMM")
    numbered = any(char.isdecimal() for n in range(1, 8) for char in locale.dayName(n, QLocale.FormatType.ShortFormat))
    return f"ddd {body}" if weekday and not numbered else body  # "Thứ 2" (vi) would read as a number
