"""Creating many contacts at once (imports): the bulk twin of :func:`app.core.contacts.service.create_contact`.

Same rules, far fewer round trips: companies and circles are looked up once per distinct name, each contact is one
prepared INSERT, and its emails, phones, addresses and circle links go in with ``executemany``. The follow-up rules
hook sees every new contact exactly as ``create_contact`` shows it, in batches
(:func:`app.core.followups.rules.contacts_created`). The caller owns the transaction (an import
is one transaction, so a cancelled or failed import leaves nothing behind).

Contract: every ``ContactData`` passed here has already been through :func:`app.core.contacts.service.validate`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import operator
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import NamedTuple

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts import email_index, search_index_bulk
from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import _SCALARS, circle_for_name
from app.core.followups import rules as followup_rules
from app.db import database
from app.models import Company

_BATCH = 500
# The follow-up rules take the new contacts this many at a time: each batch costs a few set-based queries whose
# building (peewee) costs more than running them, so fewer, larger batches (the id lists are SQL literals, not
# parameters: no limit on their length), not so large that they hold much memory.
_RULES_BATCH = 2000
# From this many contacts on, the search index is written once at the end (:mod:`.search_index_bulk`) rather than by
# the per-row triggers: reading the new rows back once costs less than the triggers from about this many on.
BULK_INDEX_FROM = 200
BULK_CACHE_KIB = 16 * 1024  # SQLite's page cache while a bulk insert runs (the everyday one is 4 MB: app.db)


# The 17th hex digit of a version-4 UUID holds the RFC 4122 variant (binary 10) in its top two bits: 8, 9, a or b.
_VARIANT_DIGIT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def _new_uids() -> Iterator[str]:
    """What :func:`app.models.new_uid` gives (``str(uuid.uuid4())``: random, version 4, RFC 4122 variant), one
    after another, without a ``UUID`` object per contact: the operating system's randomness read for 512 at a
    time as hex text (``os.urandom`` per contact was most of the cost: 0.12 of 0.15 s for 100k), each UID cut
    from it with the version digit set to 4 and the variant digit's top bits to 10 (0.10 -> 0.06 s for 100k)."""
    while True:
        pool = os.urandom(16 * 512).hex()
        for at in range(0, len(pool), 32):
            yield (
                f"{pool[at : at + 8]}-{pool[at + 8 : at + 12]}-4{pool[at + 13 : at + 16]}-"
                f"{_VARIANT_DIGIT[pool[at + 16]]}{pool[at + 17 : at + 20]}-{pool[at + 20 : at + 32]}"
            )


def _sql(value):
    """Python values as the same SQLite text peewee would store."""
    if type(value) is str:
        return value
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _nocase(name: str) -> str:
    """SQLite's NOCASE collation folds ASCII letters only; match names the way the unique index does."""
    return name.translate(_ASCII_LOWER)


def _company_ids(names: set[str], now: dt.datetime) -> dict[str, int]:
    """``_nocase(name)`` → company id for every name, creating the missing companies."""
    wanted = {_nocase(n): n for n in names if n}
    found: dict[str, int] = {}
    keys = list(wanted.values())
    for start in range(0, len(keys), _BATCH):
        chunk = keys[start : start + _BATCH]
        for company_id, name in Company.select(Company.id, Company.name).where(Company.name.in_(chunk)).tuples():
            found[_nocase(name)] = company_id
    missing = [name for key, name in wanted.items() if key not in found]
    cursor = database.cursor()
    for name in missing:
        cursor.execute(
            "INSERT INTO company (name, is_target, website, notes, created_at, updated_at) VALUES (?, 0, '', '', ?, ?)",
            (name, _sql(now), _sql(now)),
        )
        found[_nocase(name)] = cursor.lastrowid
    return found


def create_contacts(
    items: Sequence[tuple[ContactData, str]],
    *,
    clock: Clock = SYSTEM_CLOCK,
    progress: Callable[[int], None] | None = None,
) -> list[int]:
    """Store validated ``(data, uid)`` pairs (an empty uid gets a new one); return the new ids in order.

    ``progress(n)`` is called after every few hundred contacts with how many are stored so far; it may raise to
    abort (the caller's transaction then rolls back).
    """
    now = clock.now()
    now_sql = _sql(now)
    names = {data.company for data, _ in items}
    by_folded = _company_ids(names, now)
    companies = {name: by_folded.get(_nocase(name)) for name in names}  # as written → id: no folding per contact
    circle_ids: dict[str, int] = {}
    for data, _ in items:
        for name in data.circles:
            key = name.casefold()
            if key not in circle_ids:
                circle_ids[key] = circle_for_name(name).id
    if len(items) < BULK_INDEX_FROM:
        ids, uids = _insert(items, companies, circle_ids, now_sql, progress, None)
        _run_rules(ids, uids, items, companies, now, clock)
        return ids
    with _larger_page_cache(), search_index_bulk.suspended() as suspension, _indexes_built_after(len(items)):
        ids, uids = _insert(items, companies, circle_ids, now_sql, progress, suspension)
    with _larger_page_cache():
        _run_rules(ids, uids, items, companies, now, clock)
    return ids


@contextmanager
def _larger_page_cache() -> Iterator[None]:
    """SQLite's page cache at :data:`BULK_CACHE_KIB` for the block, then as it was. A contact goes into a dozen
    indexes, some at random places (the UID's, the name's, the profile's): with the everyday 4 MB cache, 100k new
    contacts spill and re-read index pages again and again (CPU 7.9 -> 6.8 s for 100k LinkedIn rows with 16 MB)."""
    (before,) = database.execute_sql("PRAGMA cache_size").fetchone()
    if before < 0 and -before >= BULK_CACHE_KIB:
        yield
        return
    database.execute_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA cache_size = {int(before)}")


_REINDEXED_TABLES = ("contact", "contact_email")
# The scalars ContactData does not type as text (the rest are str once validated: stored as they are).
_NOT_TEXT = frozenset({"invitation_date", "keep_in_touch_days", "keep_in_touch_max_days", "photo"})


@contextmanager
def _indexes_built_after(count: int) -> Iterator[None]:
    """The indexes of the contact and e-mail tables dropped for the block and created again at its end, when the
    ``count`` new contacts are at least as many as those already stored: building an index from all its rows at
    once (one sort) costs far less than putting 100k rows into a dozen indexes one by one at random places (rows of
    100k LinkedIn people into Rapport's tables: 3.7 -> 1.7 s CPU). Each index is created again from its own SQL,
    as the schema has it; a UNIQUE one checks every row then, so a duplicate still fails the insert (and the
    import). Inside the caller's transaction only (DDL is transactional in SQLite: a failure rolls the dropped
    indexes back with the rows); nothing in the block may need those indexes."""
    if not database.in_transaction():
        yield
        return
    (stored,) = database.execute_sql("SELECT count(*) FROM contact").fetchone()
    if count < max(stored, BULK_INDEX_FROM):
        yield
        return
    marks = ", ".join("?" * len(_REINDEXED_TABLES))
    indexes = database.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({marks}) AND sql IS NOT NULL",
        _REINDEXED_TABLES,
    ).fetchall()
    for name, _ in indexes:
        database.execute_sql(f'DROP INDEX "{name}"')
    try:
        yield
    except BaseException:
        for _, sql in indexes:  # the caller's transaction is failing: put back what can be, then fail
            with contextlib.suppress(Exception):
                database.execute_sql(_if_not_exists(sql))
        raise
    for _, sql in indexes:
        database.execute_sql(_if_not_exists(sql))  # a UNIQUE index checks every row here


def _if_not_exists(sql: str) -> str:
    """``CREATE [UNIQUE] INDEX IF NOT EXISTS …``: a failed transaction may have put the index back already."""
    return _CREATE_INDEX.sub(r"\g<0>IF NOT EXISTS ", sql, count=1)


_CREATE_INDEX = re.compile(r"^CREATE (?:UNIQUE )?INDEX ", re.IGNORECASE)


def _insert(items, companies, circle_ids, now_sql, progress, suspension) -> tuple[list[int], list[str]]:
    """Insert the contacts and their children; with a ``suspension`` the search index waits for the end."""
    columns = [*_SCALARS, "uid", "company_id", "referred_by_id", "created_at", "updated_at"]
    contact_sql = f"INSERT INTO contact ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    cursor = database.cursor()
    # In bulk (our own transaction holds the write lock), ids are given here — the ones SQLite would give, the
    # next after the largest — so that each batch of contacts goes in with one executemany.
    next_id = None
    if suspension is not None:
        next_id = database.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0]
        contact_sql = f"INSERT INTO contact ({', '.join(columns)}, id) VALUES ({', '.join('?' * (len(columns) + 1))})"
    # Every attribute a contact's rows need, read in one call; the scalars come first and are unpacked as a list.
    fields = operator.attrgetter(*_SCALARS, "company", "referred_by_id", "emails", "phones", "addresses", "circles")
    # Validated data holds text in every scalar but these (a day, two numbers, the photo's bytes): only they are
    # turned into what peewee would store, not every value of every contact (0.15 -> 0.07 s for 100k).
    typed_at = [at for at, name in enumerate(_SCALARS) if name in _NOT_TEXT]
    pending: list[list] = []
    ids: list[int] = []
    uids: list[str] = []
    emails, phones, addresses, links = [], [], [], []
    many_emails: list[int] = []  # contacts whose addresses reach the search index once, not one by one
    extras = _Extras()
    fresh_uids = _new_uids()
    for number, (data, uid) in enumerate(items, start=1):
        *values, company, referrer, data_emails, data_phones, data_addresses, data_circles = fields(data)
        for at in typed_at:
            if (value := values[at]) is not None:
                values[at] = _sql(value)
        uid = uid or next(fresh_uids)
        uids.append(uid)
        values += [uid, companies[company], referrer, now_sql, now_sql]
        if next_id is None:
            cursor.execute(contact_sql, values)
            contact_id = cursor.lastrowid
        else:
            contact_id, next_id = next_id, next_id + 1
            values.append(contact_id)  # the id is the statement's last column
            pending.append(values)
            suspension.add(contact_id)
        ids.append(contact_id)
        if data_emails:
            if len(data_emails) == 1:  # most people: one address, first and primary as given
                email = data_emails[0]
                emails.append((contact_id, email.value, email.label, int(email.primary), 0))
            else:
                emails += [(contact_id, e.value, e.label, int(e.primary), i) for i, e in enumerate(data_emails)]
                many_emails.append(contact_id)
        if data_phones:
            phones += [(contact_id, p.value, p.e164, p.label, int(p.primary), i) for i, p in enumerate(data_phones)]
        if data_addresses:
            addresses += [
                (contact_id, a.label, a.street, a.locality, a.region, a.postal_code, a.country, int(a.primary))
                for a in data_addresses
            ]
        if data_circles:
            links += [(contact_id, circle_ids[name.casefold()]) for name in data_circles]
        if data.dates or data.websites or data.handles or data.vcard_properties:
            extras.add(contact_id, data)
        if number % _BATCH == 0 or number == len(items):
            if pending:
                cursor.executemany(contact_sql, pending)
                pending = []
            held = email_index.hold(many_emails) if suspension is None else []
            _flush_children(cursor, emails, phones, addresses, links)
            email_index.release(held)
            extras.flush(cursor)
            emails, phones, addresses, links, many_emails = [], [], [], [], []
            if progress is not None:
                progress(number)
    return ids, uids


class _Extras:
    """The rarer children of a contact (dates, websites, handles, kept vCard lines), gathered for executemany."""

    def __init__(self) -> None:
        self.dates: list[tuple] = []
        self.websites: list[tuple] = []
        self.handles: list[tuple] = []
        self.properties: list[tuple] = []

    def add(self, contact_id: int, data: ContactData) -> None:
        self.dates += [(contact_id, d.kind, d.label, d.year, d.month, d.day, i) for i, d in enumerate(data.dates)]
        self.websites += [(contact_id, w.value, w.label, i) for i, w in enumerate(data.websites)]
        self.handles += [(contact_id, h.kind, h.service, h.value, h.label, i) for i, h in enumerate(data.handles)]
        self.properties += [(contact_id, line, i) for i, line in enumerate(data.vcard_properties)]

    def flush(self, cursor) -> None:
        for rows, sql in (
            (
                self.dates,
                "INSERT INTO contact_date (contact_id, kind, label, year, month, day, position) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
            ),
            (self.websites, "INSERT INTO contact_website (contact_id, value, label, position) VALUES (?, ?, ?, ?)"),
            (
                self.handles,
                "INSERT INTO contact_handle (contact_id, kind, service, value, label, position) "
                "VALUES (?, ?, ?, ?, ?, ?)",
            ),
            (self.properties, "INSERT INTO contact_vcard_property (contact_id, line, position) VALUES (?, ?, ?)"),
        ):
            if rows:
                cursor.executemany(sql, rows)
                rows.clear()


def _flush_children(cursor, emails, phones, addresses, links) -> None:
    if emails:
        cursor.executemany(
            "INSERT INTO contact_email (contact_id, value, label, is_primary, position) VALUES (?, ?, ?, ?, ?)", emails
        )
    if phones:
        cursor.executemany(
            "INSERT INTO contact_phone (contact_id, value, e164, label, is_primary, position) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            phones,
        )
    if addresses:
        cursor.executemany(
            "INSERT INTO contact_address (contact_id, label, street, locality, region, postal_code, country, "
            "is_primary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            addresses,
        )
    if links:
        cursor.executemany("INSERT OR IGNORE INTO contact_circle (contact_id, circle_id) VALUES (?, ?)", links)


class NewContact(NamedTuple):
    """What the follow-up rules read of a contact an import created, named like ``Contact``'s attributes (a plain
    tuple: building a peewee ``Contact`` per new person cost more than the rules themselves)."""

    id: int
    uid: str
    display_name: str
    company_id: int | None
    referred_by_id: int | None
    invitation_status: str
    invitation_date: dt.date | None
    keep_in_touch_days: int | None
    created_at: dt.datetime
    last_interaction_at: None = None
    deleted_at: None = None


def _run_rules(ids: list[int], uids: list[str], items, companies: dict[str, int | None], now, clock: Clock) -> None:
    """The follow-up rules see the new contacts with the columns they read, as stored, a few thousand at a time
    through the batch hook."""
    fields = operator.attrgetter(
        "display_name", "company", "referred_by_id", "invitation_status", "invitation_date", "keep_in_touch_days"
    )
    batch: list[NewContact] = []
    for contact_id, uid, (data, _) in zip(ids, uids, items, strict=True):
        name, company, referrer, status, invited, cadence = fields(data)
        batch.append(NewContact(contact_id, uid, name, companies[company], referrer, status, invited, cadence, now))
        if len(batch) >= _RULES_BATCH:
            followup_rules.contacts_created(batch, clock=clock)
            batch = []
    if batch:
        followup_rules.contacts_created(batch, clock=clock)
