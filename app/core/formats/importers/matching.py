"""Who in the file is already known: the strong identifiers an import matches people by (DESIGN §3).

Strong identifiers are the source's UID (a vCard UID, or one Rapport recorded for the contact before), an email
address and the LinkedIn profile. A row merges into a contact when they share one of them and none of their strong
identifiers conflict: two different LinkedIn profiles, or a UID the contact does not know while it already carries
UIDs from files, mean two different people (two "John Smith"s at IBM, two cards a phone keeps apart). A name (and
company) alone never merges: it makes a *possible duplicate*, reported for review and found again by Contacts →
Duplicates — an import must never merge two different people on a guess. Names and companies are compared without
regard to case, accents, punctuation or spacing ("José Müller-Lüdenscheidt" = "jose muller ludenscheidt").
The same rules apply inside one file. Contacts in the trash are matched too, so a deliberate delete is not undone
by re-importing the file.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from peewee import JOIN, chunked

from app.core.contacts.contact_data import (
    NAME_FIELDS,
    STORY_FIELDS,
    AddressEntry,
    ContactData,
    DateEntry,
    EmailEntry,
    HandleEntry,
    PhoneEntry,
    WebsiteEntry,
)
from app.core.contacts.service import _SCALARS
from app.core.formats.exporters.json_export import contacts_as_dicts
from app.db import IDS_PER_LITERAL, MAX_SQL_PARAMETERS, database, id_text
from app.models import Company, Contact, ContactEmail, ContactSourceUid

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_SCALAR_KEYS = (
    *NAME_FIELDS,
    *STORY_FIELDS,
    "stage",
    "invitation_status",
    "source",
    "tie",
    "keep_in_touch_days",
    "keep_in_touch_max_days",
)


def data_from_dict(item: dict, photo: bytes | None) -> ContactData:
    """A contact as :func:`contacts_as_dicts` gives it, back as the ContactData ``ContactData.from_contact``
    would build (same values, same order of emails, phones, addresses and circles)."""
    invitation = item["invitation_date"]
    return ContactData(
        **{key: item[key] for key in _SCALAR_KEYS},
        invitation_date=dt.date.fromisoformat(invitation) if invitation else None,
        referred_by_id=item["referred_by"],
        photo=photo,
        emails=[EmailEntry(e["value"], e["label"], e["primary"]) for e in item["emails"]],
        phones=[PhoneEntry(p["value"], p["label"], p["primary"], p["e164"]) for p in item["phones"]],
        addresses=[
            AddressEntry(
                a["label"], a["street"], a["locality"], a["region"], a["postal_code"], a["country"], a["primary"]
            )
            for a in item["addresses"]
        ],
        circles=list(item["circles"]),
        dates=[DateEntry(d["month"], d["day"], d["year"], d["kind"], d["label"]) for d in item["dates"]],
        websites=[WebsiteEntry(w["value"], w["label"]) for w in item["websites"]],
        handles=[HandleEntry(h["value"], h["service"], h["label"], h["kind"]) for h in item["handles"]],
        vcard_properties=list(item["vcard_properties"]),
    )


@functools.lru_cache(maxsize=1 << 16)  # an import folds the same first names and companies again and again
def fold(text: str) -> str:
    """Lower case, accents removed, punctuation turned into single spaces: the form names are compared in."""
    text = text or ""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", text.casefold()).replace("_", " ").split())


def name_key(given: str, family: str, display: str, company: str) -> str:
    """ "name|company" in folded form, or "" when there is no name to go by."""
    name = fold(f"{given} {family}") or fold(display)
    return f"{name}|{fold(company)}" if name else ""


_PROFILE_PREFIX = "https://www.linkedin.com/"


def linkedin_key(url: str) -> str:
    """The profile path of a LinkedIn URL (``linkedin.com/in/ada-okafor``), whatever the scheme, host or slash."""
    text = (url or "").strip().lower()
    if not text:
        return ""
    if text.startswith(_PROFILE_PREFIX):  # how validation stores every LinkedIn address: no pattern to apply
        return text[12:].split("?")[0].split("#")[0].rstrip("/")
    text = re.sub(r"^[a-z]+://", "", text)
    text = re.sub(r"^([a-z0-9-]+\.)?linkedin\.com", "linkedin.com", text)
    return text.split("?")[0].split("#")[0].rstrip("/")


DIFFERENT_PROFILE = "a different LinkedIn profile"


@dataclass(frozen=True)
class Keys:
    """What a person is matched by, computed once per row."""

    uid: str
    emails: tuple[str, ...]
    linkedin: str
    name: str

    @classmethod
    def of(cls, data: ContactData, uid: str = "") -> Keys:
        return cls(
            uid,
            tuple(e.value.lower() for e in data.emails),
            linkedin_key(data.linkedin_url),
            name_key(data.given_name, data.family_name, data.display_name, data.company),
        )


_NO_UIDS: frozenset[str] = frozenset()  # shared by every target until it gets a UID of its own (memory: issue 21)


@dataclass(eq=False, slots=True)
class Target:
    """A contact an import writes to: an existing one (``contact_id``) or one the import will create.

    ``file_uids`` are the UIDs other programs gave this person (a contact made from a vCard counts its own uid);
    ``new_uids`` the ones this import adds, to be recorded so that the next import finds the person by them.
    """

    data: ContactData
    contact_id: int | None = None
    uid: str = ""
    lines: list[int] = field(default_factory=list)
    file_uids: set[str] | frozenset[str] = _NO_UIDS
    new_uids: list[str] | tuple[str, ...] = ()
    referred_by_uid: str = ""
    data_changed: bool = False  # a stored contact the import gives new values (written with update_contact)

    @property
    def is_new(self) -> bool:
        return self.contact_id is None

    def conflict(self, keys: Keys) -> str:
        """Why a row with ``keys`` must be someone else than this contact, or ""."""
        mine = linkedin_key(self.data.linkedin_url)
        if keys.linkedin and mine and keys.linkedin != mine:
            return DIFFERENT_PROFILE
        if keys.uid and self.file_uids and keys.uid not in self.file_uids and keys.uid != self.uid:
            return "a different UID"
        return ""

    def add_uid(self, uid: str) -> None:
        """Remember ``uid`` (from a merged row) as one of this person's."""
        if uid and uid != self.uid and uid not in self.file_uids:
            if self.file_uids.__class__ is not set:
                self.file_uids = set(self.file_uids)
            if self.new_uids.__class__ is not list:
                self.new_uids = list(self.new_uids)
            self.file_uids.add(uid)
            self.new_uids.append(uid)


@dataclass(frozen=True)
class Match:
    """What the index says about a row: the contact it is (``target``), or else a look-alike to review."""

    target: Target | None = None
    possible_duplicate: Target | None = None
    kept_apart: str = ""  # why a strong-identifier candidate was not merged ("a different LinkedIn profile")


class MatchIndex:
    """Keys → targets for everyone in the database plus everyone the running import has added."""

    def __init__(self) -> None:
        self.by_uid: dict[str, Target | int] = {}
        self.by_email: dict[str, Target | int] = {}
        self.by_linkedin: dict[str, Target | int] = {}
        self.by_name: dict[str, Target | int] = {}
        self._loaded: dict[int, Target] = {}
        self._shallow: dict[int, Target] = {}  # stored contacts read without their lists (:func:`_shallow_targets`)
        self._nothing_new: set[tuple[int, int]] = set()  # (contact id, id() of a row's data) merging nothing into it
        self._stored = True  # whether any stored contact may be matched (False: nothing to prefetch)

    @classmethod
    def from_database(cls) -> MatchIndex:
        index = cls()
        query = (
            Contact.select(
                Contact.id,
                Contact.uid,
                Contact.given_name,
                Contact.family_name,
                Contact.display_name,
                Contact.linkedin_url,
                Company.name,
            )
            .join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
            .tuples()
        )
        for contact_id, uid, given, family, display, linkedin, company in query.iterator():
            if uid:
                index.by_uid.setdefault(uid, contact_id)
            if key := linkedin_key(linkedin):
                index.by_linkedin.setdefault(key, contact_id)
            if key := name_key(given, family, display, company or ""):
                index.by_name.setdefault(key, contact_id)
        for contact_id, uid in ContactSourceUid.select(ContactSourceUid.contact, ContactSourceUid.uid).tuples():
            index.by_uid.setdefault(uid, contact_id)
        for contact_id, value in ContactEmail.select(ContactEmail.contact, ContactEmail.value).tuples().iterator():
            index.by_email.setdefault(value.lower(), contact_id)
        index._stored = bool(index.by_uid or index.by_email or index.by_linkedin or index.by_name)
        return index

    def _resolve(self, found: Target | int | None, shallow: bool = False) -> Target | None:
        """The target ``found`` names, loaded in full unless ``shallow`` allows the shallow one prefetched."""
        if found is None or isinstance(found, Target):
            return found
        if found not in self._loaded:
            if shallow and (light := self._shallow.get(found)) is not None:
                return light
            self._load([found])
        return self._loaded[found]

    def is_shallow(self, target: Target) -> bool:
        """Whether ``target`` is a stored contact read without its lists: only fit to merge nothing into."""
        return target.contact_id is not None and self._shallow.get(target.contact_id) is target

    def merges_nothing(self, target: Target, data: ContactData) -> bool:
        """Whether the last :meth:`prefetch` found that ``data`` (one of its rows) merges nothing into the shallow
        ``target`` (still shallow: anything merged into it since would have dropped it)."""
        return self.is_shallow(target) and (target.contact_id, id(data)) in self._nothing_new

    def in_full(self, target: Target) -> Target:
        """The stored contact a shallow ``target`` stands for, loaded in full (the lines it took over kept)."""
        cid = target.contact_id
        assert cid is not None
        self._shallow.pop(cid, None)
        full = self._resolve(cid)
        assert full is not None
        full.lines[:0] = target.lines
        return full

    def _load(self, ids: list[int]) -> None:
        """Targets for stored contacts, read in batches (a re-import of 100k rows must not cost 500k queries)."""
        photos = dict(
            Contact.select(Contact.id, Contact.photo).where(Contact.id.in_(ids), Contact.photo.is_null(False)).tuples()
        )
        for item in contacts_as_dicts(ids):
            data = data_from_dict(item, photos.get(item["id"]))
            file_uids = set(item["source_uids"])
            if item["source"] == "vcard":
                file_uids.add(item["uid"])
            self._loaded[item["id"]] = Target(data, contact_id=item["id"], uid=item["uid"], file_uids=file_uids)

    def _strong(self, keys: Keys) -> list[Target | int]:
        """Contacts sharing a strong identifier with ``keys``, the surest first (UID, email, LinkedIn)."""
        found: list[Target | int] = []
        if keys.uid and (hit := self.by_uid.get(keys.uid)) is not None:
            found.append(hit)
        for email in keys.emails:
            if (hit := self.by_email.get(email)) is not None and hit not in found:
                found.append(hit)
        if keys.linkedin and (hit := self.by_linkedin.get(keys.linkedin)) is not None and hit not in found:
            found.append(hit)
        return found

    def prefetch(self, many: list[Keys], incoming: list[ContactData] | None = None) -> None:
        """Load, in one batch, the stored contacts that any of ``many`` may match or look like. With the rows'
        data (``incoming``, beside ``many``), a contact matched by a strong identifier is first read without its
        lists (:func:`_shallow_targets`), and loaded in full only when some row would merge anything into it: a
        file imported again reads a few columns per person, not every table (100k all merged: 6.8 -> 4.0 s CPU)."""
        from app.core.formats.importers.merge import merge_into  # merge reads this module's fold()

        if not self._stored:
            return
        wanted: set[int] = set()
        strong: list[tuple[list[int], ContactData]] = []
        for n, keys in enumerate(many):
            hits = self._strong(keys)
            stored = [h for h in hits if isinstance(h, int) and h not in self._loaded]
            if stored and incoming is not None and not keys.uid:
                strong.append((stored, incoming[n]))
            elif stored:
                wanted.update(stored)
            named = self.by_name.get(keys.name) if not hits and keys.name else None
            if isinstance(named, int) and named not in self._loaded:
                wanted.add(named)
        light_ids = sorted({h for hits, _ in strong for h in hits if h not in self._shallow} - wanted)
        for chunk in chunked(light_ids, IDS_PER_LITERAL):
            self._shallow.update(_shallow_targets(chunk))
        lines: dict[int, list[int]] = {}  # rows already planned against a shallow target now loaded in full
        self._nothing_new.clear()  # the rows of the last batch are planned: their ids may be reused
        for stored_hits, data in strong:
            for hit in stored_hits:
                light = self._shallow.get(hit)
                if light is None or merge_into(light.data, data).changed:  # changed: its data is spoilt, drop it
                    if light is not None:
                        del self._shallow[hit]
                        lines[hit] = light.lines
                    wanted.add(hit)
                else:
                    self._nothing_new.add((hit, id(data)))
        ids = sorted(wanted - self._loaded.keys())
        for chunk in chunked(ids, MAX_SQL_PARAMETERS):
            self._load(chunk)
        for hit, earlier in lines.items():
            self._loaded[hit].lines[:0] = earlier

    def match(self, keys: Keys) -> Match:
        """The contact a row with ``keys`` is (shares a strong identifier, no conflict), else a possible duplicate
        (same name and company, not a different LinkedIn profile), else nothing."""
        kept_apart = ""
        for hit in self._strong(keys):
            target = self._resolve(hit, shallow=True)
            if target is None:
                continue
            if keys.uid and hit is self.by_uid.get(keys.uid):
                return Match(target)  # the very record the source knows by this UID
            reason = target.conflict(keys)
            if not reason:
                return Match(target)
            kept_apart = kept_apart or reason
        if keys.name and (named := self.by_name.get(keys.name)) is not None:
            target = self._resolve(named)
            # Two LinkedIn profiles are two people for sure; two UIDs may be one person a phone holds twice.
            if target is not None and target.conflict(keys) != DIFFERENT_PROFILE:
                return Match(None, target, kept_apart)
        return Match(None, None, kept_apart)

    def find(self, keys: Keys) -> Target | None:
        """The contact a row with ``keys`` is, or None."""
        return self.match(keys).target

    def add(self, target: Target, keys: Keys | None = None) -> None:
        """Index (again) every key of ``target``; keys already taken keep pointing where they did."""
        keys = keys or Keys.of(target.data, target.uid)
        for uid in (keys.uid, *target.file_uids):
            if uid:
                self.by_uid.setdefault(uid, target)
        for email in keys.emails:
            self.by_email.setdefault(email, target)
        if keys.linkedin:
            self.by_linkedin.setdefault(keys.linkedin, target)
        if keys.name:
            self.by_name.setdefault(keys.name, target)


# The text columns a shallow target holds, named alike in ContactData and the contact table: the scalars a contact
# is saved with (service._SCALARS: names, work, story, stage, invitation status), up to the invitation's day; the
# day, the referrer, tie, source and cadences are read one by one below, the company's name from its own table.
_SHALLOW_TEXTS = _SCALARS[: _SCALARS.index("invitation_date")]
_SHALLOW_FIELDS = ("company", *_SHALLOW_TEXTS)  # the columns between c.source and c.invitation_date below
_SHALLOW_COLUMNS = ", ".join(
    [
        "c.id",
        "c.uid",
        "c.source",
        "co.name",
        *(f"c.{name}" for name in _SHALLOW_TEXTS),
        "c.invitation_date",
        "c.referred_by_id",
        "c.tie",
        "c.keep_in_touch_days",
        "c.keep_in_touch_max_days",
    ]
)


def _shallow_targets(ids: list[int]) -> dict[int, Target]:
    """Stored contacts as targets holding every column :func:`merge_into` compares, their e-mail addresses and
    UIDs, but none of their other lists (phones, addresses, dates, circles…), nor the photo: whatever a row would
    merge into one of these it merges into the full contact too (it can only find more there), so a row that
    changes nothing here changes nothing there. One query per table for up to 5,000 contacts."""
    listed = id_text(ids)
    found: dict[int, Target] = {}
    rows = database.execute_sql(
        f"SELECT {_SHALLOW_COLUMNS} FROM contact AS c LEFT JOIN company AS co ON co.id = c.company_id "
        f"WHERE c.id IN ({listed})"
    )
    for cid, uid, source, *scalars, invited, referrer, tie, days, max_days in rows:
        try:
            invited = dt.date.fromisoformat(invited) if invited else None
        except (TypeError, ValueError):
            continue  # a day not stored as ISO text: loaded in full, as ever
        data = ContactData(**dict(zip(_SHALLOW_FIELDS, scalars, strict=True)))
        data.company = data.company or ""
        data.invitation_date, data.referred_by_id, data.tie = invited, referrer, tie
        data.keep_in_touch_days, data.keep_in_touch_max_days = days, max_days
        found[cid] = Target(data, contact_id=cid, uid=uid, file_uids={uid} if source == "vcard" else _NO_UIDS)
        data.source = source
    for cid, value, label, primary in database.execute_sql(
        f"SELECT contact_id, value, label, is_primary FROM contact_email WHERE contact_id IN ({listed}) "
        "ORDER BY contact_id, position, id"
    ):
        if (target := found.get(cid)) is not None:
            target.data.emails.append(EmailEntry(value, label, bool(primary)))
    for cid, uid in database.execute_sql(
        f"SELECT contact_id, uid FROM contact_source_uid WHERE contact_id IN ({listed}) ORDER BY id"
    ):
        if (target := found.get(cid)) is not None:
            target.file_uids = {*target.file_uids, uid}
    return found
