"""Follow-ups ⇄ VTODO and planned meetings ⇄ VEVENT, in the chosen calendar (or two, where the server keeps tasks
and events apart), through ``icalendar``.

A follow-up is a VTODO with its UID, SUMMARY, DUE (a day, or a floating local time as the app stores it), DTSTART,
STATUS (NEEDS-ACTION / COMPLETED with COMPLETED / CANCELLED), DESCRIPTION (its notes), CATEGORIES (its kind, in
words) and an alarm (09:00 on the day, or 15 minutes before), plus ``X-RAPPORT-KIND`` and ``X-RAPPORT-CONTACT``
(the contact's UID) so that another Rapport gets it back whole. Open follow-ups go up; once synced, completing or
dismissing it here or there flows to the other side (a task ticked off on the phone is done here). A task made on
the phone becomes a custom follow-up. A task deleted on the server dismisses the follow-up here (reopening it
uploads it again); a follow-up dismissed or deleted here, or whose contact went to the trash, is deleted there.

A planned meeting (a call, coffee, meeting, lunch or event logged with a time still ahead) is a VEVENT with the
interaction's UID, DTSTART/DTEND (an hour), SUMMARY ("Coffee with Ada Okafor: …") and its notes; moving it on the
phone moves it here. An event without ``X-RAPPORT-CONTACT`` (one the person added to that calendar by hand) is left
alone: a meeting needs a contact. A meeting deleted on the server is removed here (it was only a plan).

Language (issue 23 item 3): a title a rule made is sent as the reader reads it — SUMMARY rendered from its key in
the adapters' ``wording`` (the interface's installed one by default, as the ICS export's), with ``X-RAPPORT-TITLE``
(the stored English title) and ``X-RAPPORT-SHOWN`` (the SUMMARY as sent) beside it when the two differ. Reading it
back, a SUMMARY still equal to X-RAPPORT-SHOWN means "not retitled there": the record's ``title`` is the stored one,
so the three-way merge compares titles independent of the language, and the rule's key survives a task edited on
the phone. A SUMMARY changed there is the user's words (the key goes). Switching the language writes no row, so it
uploads nothing: a follow-up goes up in the new language the next time it changes (snoozed, done, edited) — not all
of them at once, which would change every ETag and send every phone a copy of the whole list for a wording change.
The meetings' SUMMARY and the kinds in CATEGORIES are rendered likewise; they are not part of the records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from peewee import JOIN, chunked

from app.core.clock import Clock
from app.core.followups import service as followups
from app.core.followups import titles
from app.core.sync.adapter import Adapter, LocalRow, Parsed, SkipItem
from app.core.sync.merge import Conflict
from app.db import MAX_SQL_PARAMETERS, id_batches
from app.models import (
    CONVERSATION_KINDS,
    FOLLOWUP_KINDS,
    Contact,
    FollowUp,
    Interaction,
    SyncCollection,
    SyncItem,
    new_uid,
)

PRODID = "-//Rapport//Rapport sync//EN"
_STATUS_TO_ICAL = {"open": "NEEDS-ACTION", "done": "COMPLETED", "dismissed": "CANCELLED"}
_STATUS_FROM_ICAL = {"NEEDS-ACTION": "open", "IN-PROCESS": "open", "COMPLETED": "done", "CANCELLED": "dismissed"}
ALL_DAY_ALARM = dt.timedelta(hours=9)
TIMED_ALARM = dt.timedelta(minutes=-15)
MEETING_MINUTES = 60
_LABELS = {
    "title": "title",
    "due": "due day",
    "due_time": "time",
    "status": "status",
    "notes": "notes",
    "when": "time",
    "summary": "summary",
}


def _calendar(component) -> bytes:
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add_component(component)
    return calendar.to_ical()


def _alarm(title: str, trigger: dt.timedelta):
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", title)
    alarm.add("trigger", trigger)
    return alarm


def _text(component, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0]
    return str(value)


def _moment(component, name: str) -> dt.date | dt.datetime | None:
    if component.get(name) is None:
        return None
    try:
        value = component.decoded(name)
    except Exception:
        return None
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)  # the app keeps local wall-clock times
    return value


def parse_calendar(text: str) -> Parsed | None:
    """The first VTODO or VEVENT of a calendar object, as a follow-up or meeting record."""
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(text)
    except Exception:
        return None
    for component in calendar.walk():
        if component.name == "VTODO":
            return Parsed(_text(component, "UID"), "followup", _todo_record(component))
        if component.name == "VEVENT":
            return Parsed(_text(component, "UID"), "meeting", _event_record(component))
    return None


# --- follow-ups ------------------------------------------------------------------------------------------------
def _todo_record(todo) -> dict[str, Any]:
    due = _moment(todo, "DUE") or _moment(todo, "DTSTART")
    day = due.date() if isinstance(due, dt.datetime) else due
    time = due.time().replace(microsecond=0) if isinstance(due, dt.datetime) else None
    status = _STATUS_FROM_ICAL.get(_text(todo, "STATUS").upper(), "open")
    if status == "open" and todo.get("COMPLETED") is not None:
        status = "done"
    kind = _text(todo, "X-RAPPORT-KIND")
    summary, stored = _text(todo, "SUMMARY"), _text(todo, "X-RAPPORT-TITLE")
    if stored and summary == _text(todo, "X-RAPPORT-SHOWN"):  # a rule's title as we sent it, in any language
        summary = stored
    return {
        "title": " ".join(summary.split()) or "(untitled task)",
        "due": day.isoformat() if day else "",
        "due_time": time.isoformat() if time else "",
        "status": status,
        "notes": _text(todo, "DESCRIPTION"),
        "kind": kind if kind in FOLLOWUP_KINDS else "custom",
        "contact_uid": _text(todo, "X-RAPPORT-CONTACT"),
    }


def _todo_text(row: dict[str, Any], now: dt.datetime, wording: titles.Wording = titles.ENGLISH) -> str:
    from icalendar import Todo

    shown = titles.render(row["title_key"], row["title_params"], row["title"], wording)
    todo = Todo()
    todo.add("uid", row["uid"])
    todo.add("dtstamp", now.astimezone(dt.UTC))
    todo.add("summary", shown)
    if shown != row["title"]:  # how to read the title back whatever language it was sent in (module doc)
        todo.add("x-rapport-title", row["title"])
        todo.add("x-rapport-shown", shown)
    due = dt.datetime.combine(row["due"], row["due_time"]) if row["due_time"] else row["due"]
    todo.add("dtstart", due)
    todo.add("due", due)
    todo.add("status", _STATUS_TO_ICAL.get(row["status"], "NEEDS-ACTION"))
    if row["status"] == "done" and row["completed_at"]:
        todo.add("completed", _as_datetime(row["completed_at"]).astimezone(dt.UTC))
    if row["notes"]:
        todo.add("description", row["notes"])
    todo.add("categories", [titles.phrase(followups.KIND_LABELS.get(row["kind"], row["kind"]), wording)])
    todo.add("x-rapport-kind", row["kind"])
    if row["contact_uid"]:
        todo.add("x-rapport-contact", row["contact_uid"])
    todo.add_component(_alarm(shown, TIMED_ALARM if row["due_time"] else ALL_DAY_ALARM))
    return _calendar(todo).decode("utf-8")


def _as_datetime(value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _as_time(value) -> dt.time | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.time) else dt.time.fromisoformat(str(value))


def _contact_ids(uids: Iterable[str]) -> dict[str, int]:
    uids = sorted({u for u in uids if u})
    found: dict[str, int] = {}
    for chunk in chunked(uids, MAX_SQL_PARAMETERS):
        found.update(Contact.select(Contact.uid, Contact.id).where(Contact.uid.in_(chunk)).tuples())
    return found


def _contact_uids(ids: Iterable[int | None]) -> dict[int, str]:
    ids = sorted({i for i in ids if i is not None})
    found: dict[int, str] = {}
    for chunk in chunked(ids, MAX_SQL_PARAMETERS):
        found.update(Contact.select(Contact.id, Contact.uid).where(Contact.id.in_(chunk)).tuples())
    return found


class _CalendarAdapter(Adapter):
    extension = "ics"
    content_type = "text/calendar"

    def parse(self, text: str) -> Parsed | None:
        return parse_calendar(text)

    def display(self, record: dict[str, Any]) -> str:
        return record.get("title") or record.get("summary") or ""

    def note_conflicts(self, record: dict[str, Any], conflicts: list[Conflict], clock: Clock) -> dict[str, Any]:
        day = clock.today().isoformat()
        lines = [
            f"Sync conflict {day}: {_LABELS.get(c.field, c.field)} on the server was: {c.theirs or ''}"
            for c in conflicts
        ]
        record = dict(record)
        record["notes"] = "\n".join([record["notes"], *lines]) if record.get("notes") else "\n".join(lines)
        return record


class TasksAdapter(_CalendarAdapter):
    kind = "followup"

    def __init__(self, wording: titles.Wording | None = None):
        self.wording = wording  # None: the interface's installed wording at each render (English without one)

    def render(self, ids: list[int]) -> dict[int, tuple[str, str]]:
        out: dict[int, tuple[str, str]] = {}
        ids = [i for i in ids if i is not None]
        now = dt.datetime.now()
        for chunk in chunked(ids, MAX_SQL_PARAMETERS):
            rows = list(
                FollowUp.select(
                    FollowUp.id,
                    FollowUp.uid,
                    FollowUp.title,
                    FollowUp.title_key,
                    FollowUp.title_params,
                    FollowUp.due,
                    FollowUp.due_time,
                    FollowUp.status,
                    FollowUp.completed_at,
                    FollowUp.notes,
                    FollowUp.kind,
                    FollowUp.contact,
                )
                .where(FollowUp.id.in_(chunk))
                .dicts()
            )
            uids = _contact_uids(r["contact"] for r in rows)
            for row in rows:
                row["due"] = _as_date(row["due"])
                row["due_time"] = _as_time(row["due_time"])
                row["contact_uid"] = uids.get(row["contact"], "")
                out[row["id"]] = (row["uid"], _todo_text(row, now, self.wording or titles.installed()))
        return out

    def candidates(self, collection: SyncCollection) -> list[int]:
        synced = SyncItem.select(SyncItem.local_id).where(
            SyncItem.collection == collection, SyncItem.kind == self.kind, SyncItem.local_id.is_null(False)
        )
        trashed = Contact.select(Contact.id).where(Contact.deleted_at.is_null(False))
        query = (
            FollowUp.select(FollowUp.id)
            .where(
                FollowUp.status == "open",
                FollowUp.id.not_in(synced),
                FollowUp.contact.is_null() | FollowUp.contact.not_in(trashed),
            )
            .order_by(FollowUp.id)
            .tuples()
        )
        return [i for (i,) in query]

    def rows(self, ids: Iterable[int]) -> dict[int, LocalRow]:
        ids = [i for i in ids if i is not None]
        out: dict[int, LocalRow] = {}
        for batch in id_batches(ids):
            query = (
                FollowUp.select(FollowUp.id, FollowUp.uid, FollowUp.status, Contact.deleted_at)
                .join(Contact, JOIN.LEFT_OUTER, on=(FollowUp.contact == Contact.id))
                .where(FollowUp.id.in_(batch))
                .tuples()
            )
            for fid, uid, status, contact_trashed in query:
                # dismissed, or its contact in the trash (where the agenda hides it too): off the server
                gone = status == "dismissed" or contact_trashed is not None
                out[fid] = LocalRow(fid, uid, "trashed" if gone else "live")
        for fid in ids:
            out.setdefault(fid, LocalRow(fid, "", "missing"))
        return out

    def find_uid(self, uid: str) -> int | None:
        return FollowUp.select(FollowUp.id).where(FollowUp.uid == uid).scalar()

    def write(self, local_id: int | None, uid: str, record: dict[str, Any], clock: Clock) -> int:
        now = clock.now()
        due = _as_date(record["due"]) if record.get("due") else clock.today()
        contact_id = _contact_ids([record.get("contact_uid", "")]).get(record.get("contact_uid", ""))
        values = {
            "title": (record.get("title") or "(untitled task)")[: followups.MAX_TITLE],
            "due": due,
            "due_time": _as_time(record.get("due_time")),
            "status": record.get("status") or "open",
            "notes": record.get("notes") or "",
            "kind": record.get("kind") or "custom",
            "contact": contact_id,
            "updated_at": now,
        }
        current = FollowUp.get_or_none(FollowUp.id == local_id) if local_id is not None else None
        if values["status"] == "done":
            values["completed_at"] = current.completed_at if current and current.completed_at else now
        else:
            values["completed_at"] = None
        if current is None:
            taken = uid and FollowUp.select().where(FollowUp.uid == uid).exists()
            row = FollowUp.create(uid=uid if uid and not taken else new_uid(), created_at=now, **values)
            return row.id
        if current.due != due and values["due"] != current.original_due and current.original_due is None:
            values["original_due"] = current.due
        if current.title_key and values["title"] != current.title:  # retitled elsewhere: the user's words now
            values.update(title_key=None, title_params=None)  # (a rule's title is shown from its key: issue 23)
        FollowUp.update(**values).where(FollowUp.id == current.id).execute()
        return current.id

    def trash(self, local_id: int, clock: Clock) -> None:
        FollowUp.update(status="dismissed", updated_at=clock.now()).where(FollowUp.id == local_id).execute()

    def restore(self, local_id: int) -> None:
        FollowUp.update(status="open", completed_at=None).where(FollowUp.id == local_id).execute()


# --- planned meetings ------------------------------------------------------------------------------------------
def _event_record(event) -> dict[str, Any] | None:
    contact_uid = _text(event, "X-RAPPORT-CONTACT")
    if not contact_uid:
        return None
    start = _moment(event, "DTSTART")
    if start is None:
        return None
    if not isinstance(start, dt.datetime):
        start = dt.datetime.combine(start, dt.time(9, 0))
    kind = _text(event, "X-RAPPORT-KIND")
    summary = _text(event, "X-RAPPORT-SUMMARY")
    return {
        "when": start.replace(microsecond=0).isoformat(),
        "kind": kind if kind in CONVERSATION_KINDS else "meeting",
        "summary": summary,
        "notes": _text(event, "DESCRIPTION"),
        "contact_uid": contact_uid,
    }


def _event_text(row: dict[str, Any], now: dt.datetime, wording: titles.Wording = titles.ENGLISH) -> str:
    from icalendar import Event

    label = titles.phrase(row["kind"].capitalize(), wording)
    named = titles.title("meeting", kind=row["kind"].capitalize(), name=row["contact_name"])
    title = titles.render(named.key, named.params, named, wording)  # "Coffee with Ada Okafor", "Kaffee mit …"
    start = _as_datetime(row["occurred_at"])
    event = Event()
    event.add("uid", row["uid"])
    event.add("dtstamp", now.astimezone(dt.UTC))
    event.add("summary", f"{title}: {row['summary']}" if row["summary"] else title)
    if row["notes"]:
        event.add("description", row["notes"])
    event.add("categories", [titles.phrase("Meeting", wording), label])
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=MEETING_MINUTES))
    event.add("transp", "OPAQUE")
    event.add("x-rapport-kind", row["kind"])
    event.add("x-rapport-contact", row["contact_uid"])
    if row["summary"]:
        event.add("x-rapport-summary", row["summary"])
    event.add_component(_alarm(title, TIMED_ALARM))
    return _calendar(event).decode("utf-8")


class EventsAdapter(_CalendarAdapter):
    kind = "meeting"

    def __init__(self, now: dt.datetime | None = None, wording: titles.Wording | None = None):
        self.now = now
        self.wording = wording  # None: the interface's installed wording at each render

    def render(self, ids: list[int]) -> dict[int, tuple[str, str]]:
        out: dict[int, tuple[str, str]] = {}
        ids = [i for i in ids if i is not None]
        now = dt.datetime.now()
        for chunk in chunked(ids, MAX_SQL_PARAMETERS):
            query = (
                Interaction.select(
                    Interaction.id,
                    Interaction.uid,
                    Interaction.kind,
                    Interaction.occurred_at,
                    Interaction.summary,
                    Interaction.notes,
                    Contact.uid.alias("contact_uid"),
                    Contact.display_name.alias("contact_name"),
                )
                .join(Contact, on=(Interaction.contact == Contact.id))
                .where(Interaction.id.in_(chunk), Contact.deleted_at.is_null())
                .dicts()
            )
            for row in query:
                out[row["id"]] = (row["uid"], _event_text(row, now, self.wording or titles.installed()))
        return out

    def candidates(self, collection: SyncCollection) -> list[int]:
        synced = SyncItem.select(SyncItem.local_id).where(
            SyncItem.collection == collection, SyncItem.kind == self.kind, SyncItem.local_id.is_null(False)
        )
        now = self.now or dt.datetime.now().replace(microsecond=0)
        query = (
            Interaction.select(Interaction.id)
            .join(Contact, on=(Interaction.contact == Contact.id))
            .where(
                Interaction.kind.in_(CONVERSATION_KINDS),
                Interaction.occurred_at > now,
                Contact.deleted_at.is_null(),
                Interaction.id.not_in(synced),
            )
            .order_by(Interaction.id)
            .tuples()
        )
        return [i for (i,) in query]

    def rows(self, ids: Iterable[int]) -> dict[int, LocalRow]:
        ids = [i for i in ids if i is not None]
        out: dict[int, LocalRow] = {}
        for batch in id_batches(ids):
            query = (
                Interaction.select(Interaction.id, Interaction.uid, Contact.deleted_at)
                .join(Contact, on=(Interaction.contact == Contact.id))
                .where(Interaction.id.in_(batch))
                .tuples()
            )
            for iid, uid, deleted in query:
                out[iid] = LocalRow(iid, uid, "trashed" if deleted is not None else "live")
        for iid in ids:
            out.setdefault(iid, LocalRow(iid, "", "missing"))
        return out

    def find_uid(self, uid: str) -> int | None:
        return Interaction.select(Interaction.id).where(Interaction.uid == uid).scalar()

    def write(self, local_id: int | None, uid: str, record: dict[str, Any], clock: Clock) -> int:
        contact_id = _contact_ids([record["contact_uid"]]).get(record["contact_uid"])
        current = Interaction.get_or_none(Interaction.id == local_id) if local_id is not None else None
        if contact_id is None:
            if current is not None:
                return current.id
            raise SkipItem(f"no contact with UID {record['contact_uid']} here")
        values = {
            "contact": contact_id,
            "kind": record["kind"],
            "occurred_at": dt.datetime.fromisoformat(record["when"]),
            "summary": record.get("summary") or "",
            "notes": record.get("notes") or "",
            "updated_at": clock.now(),
        }
        if current is None:
            taken = uid and Interaction.select().where(Interaction.uid == uid).exists()
            row = Interaction.create(uid=uid if uid and not taken else new_uid(), created_at=clock.now(), **values)
            return row.id
        Interaction.update(**values).where(Interaction.id == current.id).execute()
        return current.id

    def trash(self, local_id: int, clock: Clock) -> None:
        Interaction.delete().where(Interaction.id == local_id).execute()

    def restore(self, local_id: int) -> None:
        """A meeting whose contact was trashed comes back with the contact only; nothing to do here."""


def pending_new(account) -> int:
    """Open follow-ups never synced (the status bar's "changes waiting")."""
    if not account.tasks_url:
        return 0
    synced = SyncItem.select(SyncItem.local_id).where(SyncItem.kind == "followup")
    return FollowUp.select().where(FollowUp.status == "open", FollowUp.id.not_in(synced)).count()
