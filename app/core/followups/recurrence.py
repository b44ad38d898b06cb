"""Repeat rules of follow-ups: RFC 5545 RRULE text (``FREQ=WEEKLY;INTERVAL=2;BYDAY=MO``), as ``FollowUp.recurrence``
stores it and the ICS export writes it.

Rules are read, checked and expanded by ``dateutil.rrule`` (python-dateutil, the library icalendar itself depends on)
rather than by hand: it implements the whole of RFC 5545's expansion (BYDAY with an ordinal, BYSETPOS, months without
a 31st…). Follow-ups are per day, so only DAILY, WEEKLY, MONTHLY and YEARLY rules are accepted, and only the parts a
per-day rule needs. Every expansion here is bounded (an end day and a number of occurrences), whatever the rule says:
a rule without an end never makes an unbounded loop.

:class:`Repeat` is the shape the "Add follow-up" dialog offers (every N days / weeks on some weekdays / months on a
day or an nth weekday / years, until a day or N times); :func:`describe` says any accepted rule in words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from app.core import translated
from app.core.followups import titles
from app.core.translated import QT_TRANSLATE_NOOP
from app.errors import RapportError

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
ALLOWED_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST"}
MAX_TEXT = 300
MAX_INTERVAL = 999
MAX_COUNT = 999
# A rule must happen within this long after its start (4 years and a day: a yearly 29 February fits).
FIRST_WITHIN = dt.timedelta(days=4 * 366 + 1)
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = (
    QT_TRANSLATE_NOOP("Recurrence", "Monday"),
    QT_TRANSLATE_NOOP("Recurrence", "Tuesday"),
    QT_TRANSLATE_NOOP("Recurrence", "Wednesday"),
    QT_TRANSLATE_NOOP("Recurrence", "Thursday"),
    QT_TRANSLATE_NOOP("Recurrence", "Friday"),
    QT_TRANSLATE_NOOP("Recurrence", "Saturday"),
    QT_TRANSLATE_NOOP("Recurrence", "Sunday"),
)
ORDINALS = {
    1: QT_TRANSLATE_NOOP("Recurrence", "first"),
    2: QT_TRANSLATE_NOOP("Recurrence", "second"),
    3: QT_TRANSLATE_NOOP("Recurrence", "third"),
    4: QT_TRANSLATE_NOOP("Recurrence", "fourth"),
    5: QT_TRANSLATE_NOOP("Recurrence", "fifth"),
    -1: QT_TRANSLATE_NOOP("Recurrence", "last"),
}
UNITS = {
    "DAILY": ("day", "days"),
    "WEEKLY": ("week", "weeks"),
    "MONTHLY": ("month", "months"),
    "YEARLY": ("year", "years"),
}
_BYDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_UNTIL = re.compile(r"^(\d{8})(T\d{6}Z?)?$")


class RecurrenceError(RapportError, ValueError):
    """A repeat rule that cannot be used (not RFC 5545, not per day, never happening…). Nothing was written."""


@dataclass(frozen=True)
class Repeat:
    """A repeat rule in the terms of the dialog. ``weekdays`` (0 = Monday) for WEEKLY; for MONTHLY either nothing
    (on the start's day of the month), ``month_day`` (-1 = the last day) or ``nth_weekday`` = (n, weekday) with n in
    1…5 or -1 (last); ``until`` or ``count`` end it (both None: it never ends)."""

    freq: str
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    month_day: int | None = None
    nth_weekday: tuple[int, int] | None = None
    until: dt.date | None = None
    count: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "weekdays", tuple(sorted(set(self.weekdays))))

    def to_rrule(self) -> str:
        if self.freq not in FREQUENCIES:
            raise RecurrenceError(f"unknown frequency {self.freq!r}")
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.weekdays:
            parts.append("BYDAY=" + ",".join(DAY_CODES[d] for d in self.weekdays))
        if self.nth_weekday is not None:
            n, day = self.nth_weekday
            parts.append(f"BYDAY={n}{DAY_CODES[day]}")
        if self.month_day is not None:
            parts.append(f"BYMONTHDAY={self.month_day}")
        if self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        return ";".join(parts)


def _parts(text: str) -> dict[str, str]:
    """The NAME=VALUE parts of an RRULE value, upper-cased; refuses what a per-day follow-up cannot use."""
    if not isinstance(text, str):
        raise RecurrenceError("a repeat rule is text")
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    body = body.upper().replace(" ", "")
    if not body:
        raise RecurrenceError("the repeat rule is empty")
    if len(body) > MAX_TEXT or "\n" in body or "\r" in body:
        raise RecurrenceError("the repeat rule is too long or spans several lines")
    parts: dict[str, str] = {}
    for piece in body.strip(";").split(";"):
        name, sep, value = piece.partition("=")
        if not sep or not value:
            raise RecurrenceError(f"{piece!r} is not NAME=VALUE")
        if name in parts:
            raise RecurrenceError(f"{name} is given twice")
        if name not in ALLOWED_PARTS:
            raise RecurrenceError(f"{name} is not supported in a follow-up's repeat rule (follow-ups are per day)")
        parts[name] = value
    freq = parts.get("FREQ")
    if freq is None:
        raise RecurrenceError("the repeat rule has no FREQ")
    if freq not in FREQUENCIES:
        raise RecurrenceError(f"FREQ={freq}: a follow-up repeats daily, weekly, monthly or yearly")
    if "COUNT" in parts and "UNTIL" in parts:
        raise RecurrenceError("a repeat rule ends either on a day (UNTIL) or after a number of times (COUNT)")
    for name, top in (("INTERVAL", MAX_INTERVAL), ("COUNT", MAX_COUNT)):
        if name in parts and (not parts[name].isdigit() or not 1 <= int(parts[name]) <= top):
            raise RecurrenceError(f"{name} must be a whole number from 1 to {top}")
    if "UNTIL" in parts:
        match = _UNTIL.match(parts["UNTIL"])
        if match is None:
            raise RecurrenceError(f"UNTIL={parts['UNTIL']} is not a date")
        parts["UNTIL"] = match.group(1)  # per day: a time (or UTC) on the last day does not matter
    if "BYDAY" in parts:
        for day in parts["BYDAY"].split(","):
            match = _BYDAY.match(day)
            if match is None or (match.group(1) and not 1 <= abs(int(match.group(1))) <= 53):
                raise RecurrenceError(f"BYDAY={parts['BYDAY']} is not a list of weekdays")
    return parts


def _text(parts: dict[str, str]) -> str:
    order = ["FREQ", "INTERVAL", "BYMONTH", "BYDAY", "BYMONTHDAY", "BYSETPOS", "WKST", "UNTIL", "COUNT"]
    return ";".join(f"{name}={parts[name]}" for name in order if name in parts)


@lru_cache(maxsize=256)
def _rule(text: str, start: dt.date):
    from dateutil.rrule import rrulestr

    try:
        return rrulestr(text, dtstart=dt.datetime.combine(start, dt.time()))
    except (ValueError, TypeError, OverflowError) as exc:
        raise RecurrenceError(f"not a valid repeat rule: {exc}") from None


def normalise(text: str, start: dt.date) -> str:
    """The canonical form of ``text`` (an RRULE value, with or without ``RRULE:``) for a series starting on
    ``start``; raises :class:`RecurrenceError` when it cannot be used: not RFC 5545, not per day, or it never happens
    in the four years after ``start``."""
    canonical = _text(_parts(text))
    if first_on_or_after(canonical, start, start) is None:
        raise RecurrenceError(
            "the repeat rule never happens (it ends before it starts, or names a day that never comes)"
        )
    return canonical


def is_valid(text: str | None, start: dt.date) -> bool:
    try:
        return text is not None and bool(normalise(text, start))
    except RecurrenceError:
        return False


def occurrences(
    text: str, start: dt.date, *, after: dt.date | None = None, until: dt.date, limit: int
) -> list[dt.date]:
    """The days of the series that starts on ``start``, strictly after ``after`` (default: from ``start`` on) and up
    to ``until`` inclusive, at most ``limit`` of them, in order. Bounded whatever the rule says: the rule is expanded
    up to ``until`` (or its own earlier UNTIL), or for at most its COUNT occurrences."""
    if limit <= 0 or until < start:
        return []
    parts = _parts(text)
    if "COUNT" in parts:
        rule = _rule(_text(parts), start)
        days = (d.date() for d in islice(iter(rule), int(parts["COUNT"])))
        days = (d for d in days if d <= until)
    else:
        own = dt.datetime.strptime(parts["UNTIL"], "%Y%m%d").date() if "UNTIL" in parts else None
        parts["UNTIL"] = f"{min(until, own) if own else until:%Y%m%d}"
        if parts["UNTIL"] < f"{start:%Y%m%d}":
            return []
        days = (d.date() for d in _rule(_text(parts), start))
    if after is not None:
        days = (d for d in days if d > after)
    return list(islice(days, limit))


def first_on_or_after(text: str, start: dt.date, day: dt.date) -> dt.date | None:
    """The first day of the series (from ``start``) on or after ``day``, within four years of it; None if none."""
    found = occurrences(text, start, after=day - dt.timedelta(days=1), until=day + FIRST_WITHIN, limit=1)
    return found[0] if found else None


def next_after(text: str, start: dt.date, day: dt.date) -> dt.date | None:
    """The first day of the series (from ``start``) strictly after ``day``, within four years of it."""
    found = occurrences(text, start, after=day, until=day + FIRST_WITHIN, limit=1)
    return found[0] if found else None


def has_count(text: str) -> bool:
    try:
        return "COUNT" in _parts(text)
    except RecurrenceError:
        return False


def remaining(text: str, start: dt.date, from_day: dt.date) -> str:
    """The rule for the same series restarted on ``from_day`` (one of its days): a COUNT becomes the number of
    occurrences left from that day on (for an export whose DTSTART is the next open occurrence)."""
    parts = _parts(text)
    if "COUNT" not in parts:
        return _text(parts)
    before = len(occurrences(text, start, until=from_day - dt.timedelta(days=1), limit=MAX_COUNT + 1))
    parts["COUNT"] = str(max(1, int(parts["COUNT"]) - before))
    return _text(parts)


def parse(text: str) -> Repeat | None:
    """``text`` in the dialog's terms, or None when it has parts the dialog does not offer (a rule from elsewhere)."""
    try:
        parts = _parts(text)
    except RecurrenceError:
        return None
    if set(parts) - {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "UNTIL", "COUNT"}:
        return None
    freq = parts["FREQ"]
    weekdays: tuple[int, ...] = ()
    nth: tuple[int, int] | None = None
    if "BYDAY" in parts:
        days = [_BYDAY.match(d).groups() for d in parts["BYDAY"].split(",")]  # type: ignore[union-attr]
        if all(n is None for n, _ in days) and freq == "WEEKLY":
            weekdays = tuple(sorted(DAY_CODES.index(code) for _, code in days))
        elif len(days) == 1 and days[0][0] is not None and freq == "MONTHLY" and int(days[0][0]) in ORDINALS:
            nth = (int(days[0][0]), DAY_CODES.index(days[0][1]))
        else:
            return None
    month_day = int(parts["BYMONTHDAY"]) if parts.get("BYMONTHDAY", "").lstrip("-").isdigit() else None
    if "BYMONTHDAY" in parts and (freq != "MONTHLY" or month_day is None or nth is not None):
        return None
    until = dt.datetime.strptime(parts["UNTIL"], "%Y%m%d").date() if "UNTIL" in parts else None
    return Repeat(
        freq=freq,
        interval=int(parts.get("INTERVAL", "1")),
        weekdays=weekdays,
        month_day=month_day,
        nth_weekday=nth,
        until=until,
        count=int(parts["COUNT"]) if "COUNT" in parts else None,
    )


_tr = translated.tr  # the words of describe() in the interface's language (marked for make translations)


def day_name(day: int) -> str:
    """A weekday (0 = Monday) in the interface's language."""
    return translated.translate("Recurrence", DAY_NAMES[day])


def ordinal(n: int) -> str:
    """first, second… last (-1), in the interface's language."""
    return translated.translate("Recurrence", ORDINALS[n])


def _day_list(days: tuple[int, ...]) -> str:
    if days == (0, 1, 2, 3, 4):
        return _tr("weekdays (Monday to Friday)")
    names = [day_name(d) for d in days]
    return names[0] if len(names) == 1 else _tr("{days} and {last}").format(days=", ".join(names[:-1]), last=names[-1])


_EVERY = {
    "DAILY": QT_TRANSLATE_NOOP("Recurrence", "every day"),
    "WEEKLY": QT_TRANSLATE_NOOP("Recurrence", "every week"),
    "MONTHLY": QT_TRANSLATE_NOOP("Recurrence", "every month"),
    "YEARLY": QT_TRANSLATE_NOOP("Recurrence", "every year"),
}


def _every(freq: str, interval: int) -> str:
    if interval == 1:
        return translated.translate("Recurrence", _EVERY[freq])
    if freq == "DAILY":
        return _tr("every %n day(s)", "", interval)
    if freq == "WEEKLY":
        return _tr("every %n week(s)", "", interval)
    if freq == "MONTHLY":
        return _tr("every %n month(s)", "", interval)
    return _tr("every %n year(s)", "", interval)


def describe(text: str | None, start: dt.date | None = None) -> str:
    """The rule in a few words: "every week", "every 2 weeks on Monday and Thursday", "every month on the third
    Monday", "every year on 16 March, 5 times". A rule the dialog does not make: "repeats (custom rule)"."""
    if not text:
        return ""
    repeat = parse(text)
    if repeat is None:
        return _tr("repeats (custom rule)")
    wording = titles.installed()  # months and days in the interface's language
    words = _every(repeat.freq, repeat.interval)
    if repeat.weekdays:
        if repeat.weekdays == (0, 1, 2, 3, 4) and repeat.interval == 1:
            words = _tr("every weekday (Monday to Friday)")
        else:
            words += _tr(" on {days}").format(days=_day_list(repeat.weekdays))
    elif repeat.freq == "WEEKLY" and start is not None:
        words += _tr(" on {days}").format(days=day_name(start.weekday()))
    if repeat.nth_weekday is not None:
        n, day = repeat.nth_weekday
        words += _tr(" on the {nth} {weekday}").format(nth=ordinal(n), weekday=day_name(day))
    elif repeat.month_day == -1:
        words += _tr(" on the last day")
    elif repeat.month_day is not None:
        words += _tr(" on day {n}").format(n=repeat.month_day)
    elif repeat.freq == "MONTHLY" and start is not None:
        words += _tr(" on day {n}").format(n=start.day)
    if repeat.freq == "YEARLY" and start is not None:
        words += _tr(" on {day} {month}").format(day=start.day, month=wording.month(start.month))
    if repeat.until is not None:
        until = repeat.until
        words += _tr(", until {day} {year}").format(day=wording.day(until), year=until.year)
    if repeat.count is not None:
        words += _tr(", %n time(s)", "", repeat.count) if repeat.count != 1 else _tr(", once")
    return words


def short(text: str | None) -> str:
    """One word for a chip or a list row: daily, weekly, monthly, yearly (or "repeats")."""
    if not text:
        return ""
    try:
        parts = _parts(text)
    except RecurrenceError:
        return "repeats"
    word = {"DAILY": "daily", "WEEKLY": "weekly", "MONTHLY": "monthly", "YEARLY": "yearly"}[parts["FREQ"]]
    if parts.get("INTERVAL", "1") != "1":
        word = f"every {parts['INTERVAL']} {UNITS[parts['FREQ']][1]}"
    return word
