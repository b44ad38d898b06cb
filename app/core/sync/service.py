"""Sync as the CLI and the window use it: set up an account, run one two-way sync, say how things stand.

:func:`setup` checks the login, finds (or creates) the address book and calendar by name — "Rapport" unless told
otherwise — and stores the account; the password goes to the keyring (or is read from a command at each sync).
:func:`run` does one sync of every chosen collection and returns the counts per kind; it raises
:class:`~app.core.sync.dav.ServerUnreachable` or :class:`~app.core.sync.dav.LoginRefused` before anything changed
when the server cannot be reached or refuses the login.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.followups import titles
from app.core.sync import account as accounts
from app.core.sync.account import Account
from app.core.sync.adapter import KindReport
from app.core.sync.dav import Collection, DavSession, ServerUnreachable, SyncError, SyncInterrupted
from app.core.sync.engine import sync_collection
from app.core.translated import QT_TRANSLATE_NOOP, said
from app.models import Contact, SyncCollection, SyncConflict, SyncItem

LAST_SYNC_SETTING = "sync.last"
REPORT_KINDS = ("contacts", "followups")
_KIND_OF = {"contact": "contacts", "followup": "followups", "meeting": "followups"}


class SetupError(SyncError):
    """The account cannot be set up as asked (no such collection and none may be created…)."""


@dataclass
class SyncReport:
    kinds: dict[str, KindReport] = field(default_factory=lambda: {k: KindReport() for k in REPORT_KINDS})
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {kind: report.as_dict() for kind, report in self.kinds.items()}

    def lines(self) -> list[str]:
        out = []
        for kind, report in self.kinds.items():
            out.append(
                f"{kind}: uploaded {report.uploaded}, downloaded {report.downloaded}, "
                f"deleted here {report.deleted_here}, deleted there {report.deleted_there}, "
                f"conflicts {report.conflicts}"
            )
        return out

    @property
    def moved(self) -> int:
        return sum(r.moved for r in self.kinds.values())


def session_for(account: Account, password: str | None = None, *, timeout: float | None = None) -> DavSession:
    password = password if password is not None else accounts.password_for(account)
    kwargs = {"timeout": timeout} if timeout is not None else {}
    return DavSession(account.url, account.username, password, auth_type=account.extra.get("auth_type"), **kwargs)


def _pick(found: list[Collection], name: str, want: Callable[[Collection], bool]) -> Collection | None:
    matches = [c for c in found if want(c)]
    folded = name.strip().casefold()
    for collection in matches:
        if collection.name.strip().casefold() == folded:
            return collection
    for collection in matches:  # the last part of its URL ("contacts" in /dav/alice/contacts/)
        if collection.url.rstrip("/").rsplit("/", 1)[-1].casefold() == folded:
            return collection
    return None


def setup(
    url: str,
    username: str,
    password: str,
    *,
    addressbook: str = accounts.DEFAULT_COLLECTION_NAME,
    calendar: str = accounts.DEFAULT_COLLECTION_NAME,
    create: bool = True,
    password_command: str = "",
    keep_password: bool = True,
    session: DavSession | None = None,
) -> Account:
    """Check the login, choose (or create) the collections, store the account (and the password in the keyring
    unless a command gives it). Raises LoginRefused / ServerUnreachable / SetupError / NoKeyring."""
    if keep_password and not password_command and not accounts.has_keyring():
        raise accounts.NoKeyring()
    own = session is None
    session = session or DavSession(url, username, password)
    try:
        session.check_login()
        found = session.collections()
        book = _pick(found, addressbook, lambda c: c.kind == "contacts") if addressbook else None
        if addressbook and book is None:
            if not create:
                raise SetupError(
                    said(
                        "SyncProblem",
                        QT_TRANSLATE_NOOP("SyncProblem", "the server has no address book called '{name}'"),
                        name=addressbook,
                    )
                )
            book = session.create_collection("contacts", addressbook)
        tasks = events = None
        if calendar:
            tasks = _pick(found, calendar, lambda c: c.holds_tasks)
            events = _pick(found, calendar, lambda c: c.holds_events)
            if tasks is None and events is None:
                if not create:
                    raise SetupError(
                        said(
                            "SyncProblem",
                            QT_TRANSLATE_NOOP("SyncProblem", "the server has no calendar called '{name}'"),
                            name=calendar,
                        )
                    )
                tasks = events = session.create_collection("calendar", calendar, ("VTODO", "VEVENT"))
                if not tasks.holds_tasks:  # a server that keeps tasks and events apart
                    tasks = session.create_collection("calendar", f"{calendar} tasks", ("VTODO",))
            elif tasks is None and create:
                tasks = session.create_collection("calendar", f"{calendar} tasks", ("VTODO",))
            elif events is None and create:
                events = session.create_collection("calendar", f"{calendar} events", ("VEVENT",))
    finally:
        if own:
            session.close()
    version = "4.0" if book is not None and "4.0" in book.vcard_versions else "3.0"
    previous = accounts.load()
    result = Account(
        url=session.url,
        username=username,
        addressbook_url=book.url if book else "",
        addressbook_name=book.name if book else "",
        tasks_url=tasks.url if tasks else "",
        tasks_name=tasks.name if tasks else "",
        events_url=events.url if events else "",
        events_name=events.name if events else "",
        vcard_version=version,
        password_command=password_command,
        auto_sync=previous.auto_sync if previous else True,
        interval_minutes=previous.interval_minutes if previous else accounts.DEFAULT_INTERVAL_MINUTES,
        extra={"auth_type": session.auth_type} if session.auth_type else {},
    )
    if previous is not None and (previous.url, previous.username) != (result.url, result.username):
        forget_state()  # another account: the sync state of the old one means nothing there
    elif previous is not None:
        stale = [u for u in previous.collection_urls if u not in result.collection_urls]
        SyncCollection.delete().where(SyncCollection.url.in_(stale)).execute()
    if keep_password and not password_command:
        accounts.store_password(result, password)
    accounts.save(result)
    return result


def forget_state() -> None:
    """Drop every sync item and token (the data stays; the next sync matches everyone again by UID)."""
    SyncItem.delete().execute()
    SyncCollection.delete().execute()


def run(
    account: Account | None = None,
    *,
    password: str | None = None,
    clock: Clock = SYSTEM_CLOCK,
    progress: Callable[[str], None] | None = None,
    stop: Callable[[], bool] | None = None,
    session: DavSession | None = None,
    wording: titles.Wording | None = None,
) -> SyncReport:
    """One two-way sync of the account's collections. Raises ServerUnreachable / LoginRefused before anything
    changed, or SyncInterrupted when the server went away part-way (what was done is consistent and kept).
    ``wording``: the language of the follow-ups' and meetings' titles sent (default: the interface's installed one,
    English on the command line; :mod:`app.core.sync.calendar_sync`)."""
    account = account or accounts.load()
    if account is None:
        raise SyncError("sync is not set up; run: rapport sync setup URL --username USER --password-stdin")
    report = SyncReport(started_at=clock.now())
    own = session is None
    session = session or session_for(account, password)
    per_kind: dict[str, KindReport] = {}
    try:
        session.check_login()  # unreachable or refused: raise before anything changed
        try:
            _sync_all(session, account, per_kind, clock, progress, stop, wording)
        except SyncInterrupted:
            raise
        except ServerUnreachable as exc:
            raise SyncInterrupted(
                f"{exc}; it went away during the sync: what was done is kept and the next sync completes it"
            ) from exc
    finally:
        if own:
            session.close()
    for kind, counts in per_kind.items():
        report.kinds.setdefault(_KIND_OF.get(kind, kind), KindReport()).add(counts)
    report.finished_at = clock.now()
    if stop is not None and stop():
        return report  # stopped part-way (the window closing): not a finished sync
    from app.models import Setting

    Setting.write(LAST_SYNC_SETTING, {"at": report.finished_at.isoformat(), "report": report.as_json()})
    return report


def _sync_all(session: DavSession, account: Account, per_kind, clock, progress, stop, wording=None) -> None:
    from app.core.sync.contacts_sync import ContactsAdapter

    if account.addressbook_url:
        adapter = ContactsAdapter(account.addressbook_url, account.vcard_version)
        sync_collection(
            session, account.addressbook_url, "contacts", [adapter], per_kind, clock=clock, progress=progress, stop=stop
        )
    for url, adapters in _calendar_adapters(account, clock, wording).items():
        sync_collection(session, url, "calendar", adapters, per_kind, clock=clock, progress=progress, stop=stop)


def _calendar_adapters(
    account: Account, clock: Clock = SYSTEM_CLOCK, wording: titles.Wording | None = None
) -> dict[str, list]:
    try:
        from app.core.sync.calendar_sync import EventsAdapter, TasksAdapter
    except ImportError:
        return {}
    out: dict[str, list] = {}
    if account.tasks_url:
        out.setdefault(account.tasks_url, []).append(TasksAdapter(wording))
    if account.events_url:
        out.setdefault(account.events_url, []).append(EventsAdapter(now=clock.now(), wording=wording))
    return out


def pending_changes() -> int:
    """Local changes the next sync will send: edited or trashed synced rows, and live contacts never synced."""
    account = accounts.load()
    if account is None:
        return 0
    changed = (
        SyncItem.select()
        .where((SyncItem.local_stamp != "synced") & (SyncItem.remote_deleted == False))  # noqa: E712
        .count()
    )
    new = 0
    if account.addressbook_url:
        synced = SyncItem.select(SyncItem.local_id).where(SyncItem.kind == "contact")
        new = Contact.select().where(Contact.deleted_at.is_null(), Contact.id.not_in(synced)).count()
    try:
        from app.core.sync.calendar_sync import pending_new

        new += pending_new(account)
    except ImportError:
        pass
    return changed + new


def last_sync() -> dict[str, Any] | None:
    from app.models import Setting

    value = Setting.read(LAST_SYNC_SETTING)
    return value if isinstance(value, dict) else None


def open_conflicts() -> list[SyncConflict]:
    return list(SyncConflict.select().where(SyncConflict.resolved_at.is_null()).order_by(SyncConflict.id))


def open_conflict_count() -> int:
    return SyncConflict.select().where(SyncConflict.resolved_at.is_null()).count()


def resolve_conflicts(ids: list[int], *, clock: Clock = SYSTEM_CLOCK) -> int:
    return SyncConflict.update(resolved_at=clock.now()).where(SyncConflict.id.in_(ids)).execute()


def status() -> dict[str, Any]:
    """What `rapport sync status` prints and the window shows."""
    account = accounts.load()
    if account is None:
        return {"configured": False}
    last = last_sync()
    return {
        "configured": True,
        "url": account.url,
        "username": account.username,
        "addressbook": account.addressbook_name,
        "addressbook_url": account.addressbook_url,
        "tasks_calendar": account.tasks_name,
        "events_calendar": account.events_name,
        "vcard_version": account.vcard_version,
        "password": "command" if account.password_command else "system keyring",
        "last_sync": last.get("at") if last else None,
        "last_report": last.get("report") if last else None,
        "pending_changes": pending_changes(),
        "open_conflicts": open_conflict_count(),
        "synced_items": SyncItem.select().count(),
    }
