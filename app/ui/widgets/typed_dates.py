"""Reading the dates and times people type: "12.3.", "3/12/27", "2027-03-12", "12 Mar", "tomorrow", "fri",
"+3", "in 2 weeks"; "9", "930", "9:30", "2pm", "14.30", "noon"; the interface language's words for today, tomorrow,
the day after (DateWords.near: "morgen", "demain", "pasado mañana") and for days counted from today
(DateWords.relative: "in 2 Wochen", "dans 2 semaines", "la semana que viene").

Pure Python (no Qt), so the rules are tested on their own. What differs between locales — the order of day, month
and year in the short date format, the month and weekday names, the AM/PM words — comes in as :class:`DateWords`,
built from ``QLocale`` by :mod:`app.ui.widgets.date_entry`; English words are always understood as well.

A date typed without its year (or month) is taken in the year (or month) that puts it nearest to today, within the
field's allowed range: "3.1." typed on 4 December means next January, "28.11." the November just gone.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from app.ui.widgets import relative_words
from app.ui.widgets.relative_words import RelativeWords

ENGLISH_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
TODAY_WORDS = frozenset({"today", "tod", "now"})
TOMORROW_WORDS = frozenset({"tomorrow", "tom", "tmr", "tmrw", "tomorow"})
YESTERDAY_WORDS = frozenset({"yesterday", "yest", "yday"})
FILLERS = frozenset({"of", "the", "on", "at"})
UNITS = {"d": 1, "day": 1, "days": 1, "w": 7, "wk": 7, "wks": 7, "week": 7, "weeks": 7}
MONTH_UNITS = {"m": 1, "mo": 1, "month": 1, "months": 1, "y": 12, "yr": 12, "year": 12, "years": 12}
ONE = {"a": 1, "an": 1, "one": 1}
AM_WORDS = frozenset({"a", "am", "a.m.", "a.m"})
PM_WORDS = frozenset({"p", "pm", "p.m.", "p.m"})


def _kind(char: str) -> str:
    if char.isdecimal():
        return "digit"
    if char.isalpha() or unicodedata.category(char).startswith("M"):  # Thai and Hindi vowel signs are marks
        return "letter"
    return ""


def tokens(text: str) -> list[str]:
    """The runs of digits and of letters in ``text``. A dot between letters stays in the word ("ส.ค." in Thai is
    one month, "abe.ren" in Basque a month and a word: :func:`parse_day` tries both)."""
    out: list[str] = []
    current, kind = "", ""
    for i, char in enumerate(text):
        if unicodedata.category(char) == "Cf":  # joiners inside a word (Persian)
            continue
        this = _kind(char)
        if char == "." and kind == "letter" and i + 1 < len(text) and _kind(text[i + 1]) == "letter":
            current += char
            continue
        if this and this == kind:
            current += char
            continue
        if current:
            out.append(current)
        current, kind = (char, this) if this else ("", "")
    if current:
        out.append(current)
    return out


def words_of(text: str) -> list[str]:
    """The lower-case words of ``text`` (no digits), dots inside them dropped."""
    return [t.replace(".", "") for t in tokens(text.lower()) if not t.isdecimal()]


@dataclass(frozen=True)
class DateWords:
    """What a locale adds to English: its day/month/year order and its words.

    ``order`` is "DMY", "MDY" or "YMD" (from the short date format); ``months`` and ``weekdays`` map lower-case
    names and abbreviations (without their dots) to 1-12 and 0-6 (Monday 0); ``fillers`` are words a date may carry
    ("de" in "12 de marzo"); ``am``/``pm`` the locale's words for the halves of the day; ``near`` the interface
    language's words for the days around today ("heute", "übermorgen", "pasado mañana") as days from today, keyed by
    :func:`plain_word` (so "manana" and "apres demain" count too); ``relative`` its words for days counted from
    today ("in 2 Wochen", "la semaine prochaine": :mod:`app.ui.widgets.relative_words`).
    """

    order: str = "DMY"
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    fillers: frozenset[str] = frozenset()
    am: frozenset[str] = frozenset()
    pm: frozenset[str] = frozenset()
    near: dict[str, int] = field(default_factory=dict)  # the interface language's "morgen": 1, as plain_word() keys
    relative: RelativeWords | None = None  # the interface language's "in 2 Wochen", "nächste Woche" (relative_words)

    def month(self, word: str) -> int | None:
        """1-12 for a month name or its abbreviation (at least three letters of an English name: "sept"); the
        locale's own words come first ("mar." is a Tuesday in French, not March)."""
        if word in self.months:
            return self.months[word]
        if word in self.weekdays:
            return None
        for number, name in enumerate(ENGLISH_MONTHS, start=1):
            if len(word) >= 3 and name.startswith(word):
                return number
        return None

    def weekday(self, word: str) -> int | None:
        if word in self.weekdays:
            return self.weekdays[word]
        for number, name in enumerate(ENGLISH_WEEKDAYS):
            if len(word) >= 2 and name.startswith(word):
                return number
        return None


ENGLISH = DateWords()


def plain_word(text: str) -> str:
    """A word as :attr:`DateWords.near` keys it: lower case, without accents, one kind of apostrophe, a hyphen as a
    space ("Après-demain" → "apres demain", "aujourd’hui" → "aujourd'hui", "mañana" → "manana")."""
    text = unicodedata.normalize("NFKD", text.lower().replace("\u2019", "'").replace("-", " "))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def _clean(text: str) -> str:
    return " ".join(text.lower().split())  # any run of spaces (also no-break and narrow ones) is one space


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier), on the month's last day when it has no such day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _nearest(candidates: list[dt.date], today: dt.date, low: dt.date | None, high: dt.date | None) -> dt.date | None:
    """The candidate nearest to today inside [low, high] (or the nearest of all when none is inside)."""
    if not candidates:
        return None
    inside = [c for c in candidates if (low is None or c >= low) and (high is None or c <= high)]
    return min(inside or candidates, key=lambda c: (abs((c - today).days), c < today))


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(text: str, today: dt.date) -> int:
    """A typed year: "27" is 2027, "98" is 1998 (two digits reach 50 years ahead at most)."""
    value = int(text)
    if len(text) <= 2:
        century = today.year // 100 * 100
        value += century
        if value > today.year + 50:
            value -= 100
    return value


def _relative(text: str, today: dt.date, words: DateWords, weekday_direction: str) -> dt.date | None:
    """ "today", "tomorrow", "+3", "-1w", "in 2 weeks", "3 days ago", "fri", "next fri", "next month"."""
    if text in TODAY_WORDS:
        return today
    if text in TOMORROW_WORDS:
        return today + dt.timedelta(days=1)
    if text in YESTERDAY_WORDS:
        return today - dt.timedelta(days=1)
    if words.near and (offset := words.near.get(plain_word(text))) is not None:
        return today + dt.timedelta(days=offset)
    if words.relative is not None and (said := relative_words.read(text, words.relative, plain_word)) is not None:
        kind, amount, what = said
        if kind == "shift" or what in ("w", "m", "y"):
            return _shift(today, amount, what)
        weekday = words.weekday(what.rstrip(".,"))
        if weekday is not None:
            return _on_weekday(today, weekday, {1: "next", -1: "last", 0: "this"}[amount], weekday_direction)
    match = re.fullmatch(r"([+-])\s*(\d+)\s*([a-z]*)", text)
    if match:
        sign = 1 if match.group(1) == "+" else -1
        return _shift(today, sign * int(match.group(2)), match.group(3) or "d")
    match = re.fullmatch(r"in\s+(\d+|a|an|one)\s*([a-z]+)", text)
    if match:
        return _shift(today, ONE.get(match.group(1)) or int(match.group(1)), match.group(2))
    match = re.fullmatch(r"(\d+|a|an|one)\s*([a-z]+)\s+ago", text)
    if match:
        return _shift(today, -(ONE.get(match.group(1)) or int(match.group(1))), match.group(2))
    match = re.fullmatch(r"(next|last|this)\s+([a-z]+)", text)
    if match and match.group(2) in ("week", "month", "year"):
        step = 1 if match.group(1) == "next" else -1 if match.group(1) == "last" else 0
        return _shift(today, step, match.group(2))
    parts = text.split()
    if 1 <= len(parts) <= 2 and all(tokens(p) == [p.rstrip(".,")] for p in parts):
        which = parts[0] if len(parts) == 2 else ""
        weekday = words.weekday(parts[-1].rstrip(".,"))
        if weekday is not None and which in ("", "next", "last", "this", "on"):
            return _on_weekday(today, weekday, which, weekday_direction)
    return None


def _on_weekday(today: dt.date, weekday: int, which: str, weekday_direction: str) -> dt.date:
    """The weekday ``which`` ("next", "last", "this", "on" or "") says, from today."""
    direction = {"next": "future", "last": "past"}.get(which, weekday_direction)
    if direction == "past":
        back = (today.weekday() - weekday) % 7
        return today - dt.timedelta(days=back or (7 if which == "last" else 0))
    ahead = (weekday - today.weekday()) % 7
    return today + dt.timedelta(days=ahead or (7 if which == "next" else 0))


def _shift(today: dt.date, amount: int, unit: str) -> dt.date | None:
    if unit in UNITS:
        return today + dt.timedelta(days=amount * UNITS[unit])
    if unit in MONTH_UNITS:
        return add_months(today, amount * MONTH_UNITS[unit])
    return None


def parse_day(
    text: str,
    today: dt.date,
    words: DateWords = ENGLISH,
    *,
    minimum: dt.date | None = None,
    maximum: dt.date | None = None,
    weekday_direction: str = "future",
) -> dt.date | None:
    """The day ``text`` means, or None when it is not a date.

    ``minimum``/``maximum`` only choose the year (or month) of a date typed without one; whether the result lies in
    the range is the caller's to check. A bare weekday ("fri") is the next one (``weekday_direction="future"``,
    today counts) or the last one ("past").
    """
    cleaned = _clean(text)
    if not cleaned:
        return None
    relative = _relative(cleaned, today, words, weekday_direction)
    if relative is not None:
        return relative
    found = tokens(cleaned)
    numbers = [t for t in found if t.isdecimal()]
    months, maybe = set(), set()  # month names; and words that may be a month or a weekday ("mar" in Spanish)
    for whole in found:
        if whole.isdecimal():
            continue
        joined = whole.replace(".", "")
        parts = whole.split(".") if "." in whole and not _known(joined, words) else [joined]
        for token in parts:
            status = _word(token, words)
            if status is None:
                return None
            if status:
                (maybe if words.weekday(token) is not None else months).add(status)
    if len(months) > 1 or (not months and len(maybe) > 1):
        return None  # two different months
    month = next(iter(months or maybe), None)
    if month is not None:
        return _with_month_name(numbers, month, today, words, minimum, maximum)
    return _numeric(cleaned, numbers, today, words, minimum, maximum)


def _known(token: str, words: DateWords) -> bool:
    return _word(token, words) is not None


def _word(token: str, words: DateWords) -> int | None:
    """What a word of a date is: its month (1-12), 0 for a word that may stand there, None for a stranger."""
    named = words.month(token)
    if named is None:  # a month glued to a word of the format: "באוק׳" is "in October" (he)
        glued = [f for f in words.fillers if token.startswith(f) and words.month(token[len(f) :])]
        named = words.month(token[len(glued[0]) :]) if glued else None
    if named is not None:
        return named
    if (
        not token
        or words.weekday(token) is not None
        or token in words.fillers
        or token in FILLERS
        or (len(token) == 1 and not token.isascii())  # 年, 月, 日 of a CJK date
    ):
        return 0
    return None


def _with_month_name(numbers, month, today, words, minimum, maximum) -> dt.date | None:
    """ "12 March", "March 12, 2027", "12. März 2027"."""
    if len(numbers) == 1 and len(numbers[0]) <= 2:
        day = int(numbers[0])
        candidates = [d for d in (_safe(today.year + k, month, day) for k in (-1, 0, 1)) if d]
        return _nearest(candidates, today, minimum, maximum)
    if len(numbers) == 2:
        first, second = numbers
        if len(first) > 2 or int(first) > 31:
            year, day = first, second
        elif len(second) > 2 or int(second) > 31:
            day, year = first, second
        else:
            year, day = (first, second) if words.order == "YMD" else (second, first)
        return _safe(_year(year, today), month, int(day))
    return None


def _numeric(cleaned, numbers, today, words, minimum, maximum) -> dt.date | None:
    """Digits only: "12.3.", "3/12", "12.3.27", "2027-03-12", "12", "1203", "20270312"."""
    if len(numbers) == 1:
        digits = numbers[0]
        if len(digits) <= 2:
            day = int(digits)
            this_month = dt.date(today.year, today.month, 1)
            months = [add_months(this_month, k) for k in (-1, 0, 1)]
            candidates = [d for d in (_safe(m.year, m.month, day) for m in months) if d]
            return _nearest(candidates, today, minimum, maximum)
        if len(digits) == 4:
            numbers = [digits[:2], digits[2:]]
        elif len(digits) == 6:
            numbers = [digits[:2], digits[2:4], digits[4:]]
        elif len(digits) == 8:
            if digits[:2] in ("19", "20") and _safe(int(digits[:4]), int(digits[4:6]), int(digits[6:])):
                return _safe(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
            if words.order == "YMD":
                return None
            numbers = [digits[:2], digits[2:4], digits[4:]]
        else:
            return None
    dotted = "." in cleaned and words.order == "MDY"  # "12.3." is day.month wherever dots are written
    order = "DMY" if dotted else words.order
    if len(numbers) == 2:
        if len(numbers[0]) > 2 or len(numbers[1]) > 2:
            return None  # "2027-03": no day
        first, second = int(numbers[0]), int(numbers[1])
        day, month = (second, first) if order in ("MDY", "YMD") else (first, second)
        if month > 12 and day <= 12:
            day, month = month, day
        if not 1 <= month <= 12:
            return None
        candidates = [d for d in (_safe(today.year + k, month, day) for k in (-1, 0, 1)) if d]
        return _nearest(candidates, today, minimum, maximum)
    if len(numbers) == 3:
        a, b, c = numbers
        if len(a) == 4:  # ISO, whatever the locale
            return _safe(int(a), int(b), int(c))
        if order == "YMD" and len(c) <= 2:
            year, month, day = a, int(b), int(c)
        elif order == "MDY":
            month, day, year = int(a), int(b), c
        else:
            day, month, year = int(a), int(b), c
        if month > 12 and day <= 12:
            day, month = month, day
        return _safe(_year(year, today), month, day)
    return None


def parse_time(text: str, words: DateWords = ENGLISH) -> dt.time | None:
    """The time of day ``text`` means: "9" (09:00), "930", "09:30", "9.30", "9h30", "2pm", "2:30 p.m.", "noon"."""
    cleaned = _clean(text)
    if cleaned in ("noon", "midday"):
        return dt.time(12, 0)
    if cleaned == "midnight":
        return dt.time(0, 0)
    half = None
    for word in sorted(AM_WORDS | PM_WORDS | words.am | words.pm, key=len, reverse=True):
        if not word:
            continue
        if cleaned.endswith(word) and cleaned[: -len(word)].strip()[-1:].isdigit():  # "2 pm"
            cleaned = cleaned[: -len(word)].strip()
        elif cleaned.startswith(word) and cleaned[len(word) :].strip()[:1].isdigit():  # "오후 2:00" (ko, zh)
            cleaned = cleaned[len(word) :].strip()
        else:
            continue
        half = "am" if word in AM_WORDS or word in words.am else "pm"
        break
    match = re.fullmatch(r"(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*h?", cleaned) or re.fullmatch(
        r"(\d{1,2})(\d{2})", cleaned
    )
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if half is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)
