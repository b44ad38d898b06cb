"""The titles the follow-up rules write, as a key and parameters rendered in the reader's language (issue 23 item 3).

A rule names what to do with an English template and its parameters, ``title("thank_you", name="Ada Okafor")``: a
:class:`Title`, which is the English text (a ``str``) carrying its ``key`` and ``params``. :func:`columns` gives what
to write into a FollowUp row: ``title`` (the English text: what search, sync and an older Rapport read), plus
``title_key`` and ``title_params`` (JSON). A title the user wrote has no key and is always shown as written.

Showing a title goes through :func:`render` with a :class:`Wording`: the template in the reader's language and how
that language writes a month and a day. The core stays free of Qt: the UI installs its wording (templates through
``tr()``, months and days through QLocale) with :func:`use` when it loads its translators, so every list the core
builds for it (:mod:`app.core.followups.service`'s agenda items) speaks the interface's language; the command line
installs none and reads English. Exports take a ``wording`` argument (default: English).

Templates are marked for ``make translations`` with :func:`QT_TRANSLATE_NOOP` (lupdate reads the name, in the
"FollowUpTitle" context). A parameter may carry a format: ``{month:month}`` (a month number: "March", "März"),
``{day:day}`` (an ISO day: "3 Mar", "3. März"), ``{day:weekday_day}`` ("Mon 3 Mar") and ``{x:phrase}`` (one of
:data:`PHRASES`, translated); translations keep them as they are.
"""

from __future__ import annotations

import datetime as dt
import json
import string
from collections.abc import Callable, Mapping
from typing import NamedTuple

CONTEXT = "FollowUpTitle"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """The name lupdate looks for: marks ``text`` for translation in ``context``; returns it as it is."""
    return text


TEMPLATES: dict[str, str] = {
    "thank_you": QT_TRANSLATE_NOOP("FollowUpTitle", "Send thank-you to {name}"),
    "reminder": QT_TRANSLATE_NOOP("FollowUpTitle", "Friendly reminder to {name} about {about}"),
    "reminder_sent_on": QT_TRANSLATE_NOOP(
        "FollowUpTitle", "Friendly reminder to {name} about what you sent on {day:day}"
    ),
    "introduction": QT_TRANSLATE_NOOP("FollowUpTitle", "Ask {name} how the introduction to {other} went"),
    "call_referral": QT_TRANSLATE_NOOP("FollowUpTitle", "Contact {name} (referred by {referrer})"),
    "update_referrer": QT_TRANSLATE_NOOP("FollowUpTitle", "Tell {referrer} how it went with {name}"),
    "thank_connection": QT_TRANSLATE_NOOP("FollowUpTitle", "Thank {name} for connecting; ask why and propose a chat"),
    "review_invitation": QT_TRANSLATE_NOOP("FollowUpTitle", "Review pending invitation to {name} (withdraw or let go)"),
    "keep_in_touch": QT_TRANSLATE_NOOP("FollowUpTitle", "Reconnect with {name}"),
    "monthly_update": QT_TRANSLATE_NOOP("FollowUpTitle", "Monthly update email to your network ({month:month})"),
    "birthday": QT_TRANSLATE_NOOP("FollowUpTitle", "Wish {name} a happy birthday"),
    # a planned conversation, as the calendar and the ICS export name it (app.core.followups.planned_meetings)
    "meeting": QT_TRANSLATE_NOOP("FollowUpTitle", "{kind:phrase} with {name}"),
    "meeting_about": QT_TRANSLATE_NOOP("FollowUpTitle", "{kind:phrase} with {name}: {summary}"),
    # the job search's rules (app.core.opportunities.rules)
    "application_check_in": QT_TRANSLATE_NOOP("FollowUpTitle", "Check in about {role} at {company}"),
    "application_check_in_with": QT_TRANSLATE_NOOP("FollowUpTitle", "Check in about {role} at {company} with {name}"),
    "interview_thank_you": QT_TRANSLATE_NOOP("FollowUpTitle", "Thank {name} for the interview ({role} at {company})"),
    "interview_prep": QT_TRANSLATE_NOOP(
        "FollowUpTitle", "Prepare for the {company} interview (round {round}, {day:weekday_day})"
    ),
    "opportunity_update": QT_TRANSLATE_NOOP("FollowUpTitle", "Tell {name} how it's going at {company}: {news:phrase}"),
    "opportunity_nudge_interested": QT_TRANSLATE_NOOP(
        "FollowUpTitle", "Still interested in {role} at {company}? Apply, or let it go"
    ),
    "opportunity_nudge": QT_TRANSLATE_NOOP(
        "FollowUpTitle", "No news about {role} at {company} since {day:day}: follow up, or let it go"
    ),
}
# English phrases a title takes as a parameter ``{x:phrase}``, translated like the templates: the stage news of
# app.core.opportunities.labels.STAGE_NEWS and the kinds of conversations.
PHRASES = (
    QT_TRANSLATE_NOOP("FollowUpTitle", "you applied"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "a screening call"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "interviews"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "an offer"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "you accepted — thank them"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "you declined the offer"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "it did not work out"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "you withdrew"),
    # the kinds of planned conversations (app.models.CONVERSATION_KINDS), capitalised
    QT_TRANSLATE_NOOP("FollowUpTitle", "Call"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Coffee"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Meeting"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Lunch"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Event"),
    # the kinds of follow-ups as exports name them (app.core.followups.service.KIND_LABELS)
    QT_TRANSLATE_NOOP("FollowUpTitle", "Thank-you"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Contact referral"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Update referrer"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Friendly reminder"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Thank connection"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Review invitation"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Monthly update"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Reconnect"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Introduction check-in"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Birthday"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Application check-in"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Interview thank-you"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Job news for referrer"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Interview prep"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Quiet opportunity"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Reminder (mine)"),
)
# The lines of an exported calendar entry's description (app.core.formats.exporters.ics).
EXPORT_LINES = (
    QT_TRANSLATE_NOOP("FollowUpTitle", "Contact: {name}"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "Kind: {kind}"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "First due: {day}"),
    QT_TRANSLATE_NOOP("FollowUpTitle", "{app} follow-ups"),
)


def phrase(text: str, wording: Wording | None = None, **values) -> str:
    """One of :data:`PHRASES` or :data:`EXPORT_LINES` in ``wording``'s language (the installed one by default),
    filled with ``values``; English when its translation cannot be filled."""
    wording = wording or _installed
    try:
        return (wording.template(text) or text).format(**values)
    except (KeyError, IndexError, ValueError):
        return text.format(**values)


ENGLISH_MONTHS = tuple(
    "January February March April May June July August September October November December".split()  # noqa: SIM905
)


def _english_day(day: dt.date) -> str:
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1][:3]}"


def _english_weekday(day: dt.date) -> str:
    return ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[day.weekday()]


class Wording(NamedTuple):
    """How one language writes the titles: ``template`` turns an English template into that language's (the UI's
    ``tr()``, also used for ``{x:phrase}`` parameters), ``month`` names a month (1–12), ``day`` writes a day with a
    short month, ``weekday`` a day's short weekday name."""

    template: Callable[[str], str] = str
    month: Callable[[int], str] = lambda number: ENGLISH_MONTHS[number - 1]
    day: Callable[[dt.date], str] = _english_day
    weekday: Callable[[dt.date], str] = _english_weekday


ENGLISH = Wording()
_installed: Wording = ENGLISH


def use(wording: Wording | None) -> None:
    """Install the wording of the interface (None: English again); :func:`render` uses it by default."""
    global _installed
    _installed = wording or ENGLISH


def installed() -> Wording:
    return _installed


class Title(str):
    """A title's English text that knows its template ``key`` and ``params`` (see the module's doc)."""

    key: str | None
    params: dict

    def __new__(cls, text: str, key: str | None = None, params: Mapping | None = None):
        made = super().__new__(cls, text)
        made.key = key
        made.params = dict(params or {})
        return made


class _Formatter(string.Formatter):
    def __init__(self, wording: Wording) -> None:
        self.wording = wording

    def format_field(self, value, format_spec: str):
        if format_spec == "month":
            return self.wording.month(int(value))
        if format_spec == "day":
            return self.wording.day(dt.date.fromisoformat(str(value)))
        if format_spec == "weekday_day":
            day = dt.date.fromisoformat(str(value))
            return f"{self.wording.weekday(day)} {self.wording.day(day)}"
        if format_spec == "phrase":
            return self.wording.template(str(value)) or str(value)
        return super().format_field(value, format_spec)


def _plain(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def title(key: str, **params) -> Title:
    """The title of template ``key`` with ``params`` (dates are kept as ISO days), in English."""
    params = {name: _plain(value) for name, value in params.items()}
    return Title(_Formatter(ENGLISH).format(TEMPLATES[key], **params), key, params)


def columns(value: str) -> dict:
    """The FollowUp columns of a title: its text, and its key and JSON parameters when it has them (None when the
    user wrote it)."""
    key = getattr(value, "key", None)
    params = json.dumps(value.params, ensure_ascii=False, sort_keys=True) if key else None
    return {"title": str(value), "title_key": key, "title_params": params}


def _fill(wording: Wording, template: str, values: Mapping) -> str:
    """``template`` filled with ``values``. Without a colon it has no field with a format spec (month, day…), and
    str.format fills it exactly as the Formatter would, in C: Today renders every overdue title at start (issue 21)."""
    if ":" not in template:
        return template.format(**values)
    return _Formatter(wording).format(template, **values)


def render(key: str | None, params: str | Mapping | None, text: str, wording: Wording | None = None) -> str:
    """A stored title as the reader reads it: the template of ``key`` in ``wording`` (the installed one by default)
    filled with ``params``; ``text`` (as stored) when it has no key or a template cannot be filled."""
    if not key or key not in TEMPLATES:
        return text
    wording = wording or _installed
    try:
        values = json.loads(params) if isinstance(params, str) else dict(params or {})
        try:
            return _fill(wording, wording.template(TEMPLATES[key]) or TEMPLATES[key], values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English template
            return _fill(wording, TEMPLATES[key], values)
    except (KeyError, IndexError, ValueError, TypeError):
        return text


def renamed(params: str | None, old: str, new: str) -> str | None:
    """``params`` (JSON) with every value that was ``old`` (a person's name) now ``new``."""
    if not params:
        return params
    values = json.loads(params)
    values = {name: new if value == old else value for name, value in values.items()}
    return json.dumps(values, ensure_ascii=False, sort_keys=True)
