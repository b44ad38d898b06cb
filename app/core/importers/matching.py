"""Who in the file is already known: the keys an import matches people by.

A person is the same when they share (in this order) the source's UID, an email address, the LinkedIn profile, or
the same name at the same company — names and companies compared without regard to case, accents, punctuation or
spacing ("José Müller-Lüdenscheidt" = "jose muller ludenscheidt"). Fuzzier likenesses ("Jon" vs "John") are left to
the duplicate finder, where a person decides: an import must never merge two different people on a guess.
Contacts in the trash are matched too, so a deliberate delete is not undone by re-importing the file.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from peewee import JOIN

from app.core.contacts import (
    AddressEntry,
    ContactData,
    DateEntry,
    EmailEntry,
    HandleEntry,
    PhoneEntry,
    WebsiteEntry,
)
from app.core.exporters.json_export import contacts_as_dicts
from app.models import Company, Contact, ContactEmail

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_BATCH = 900  # below SQLite's host-parameter limit
_SCALAR_KEYS = (
    "given_name",
    "family_name",
    "display_name",
    "company",
    "title",
    "linkedin_url",
    "how_met",
    "why_connect",
    "notes",
    "stage",
    "invitation_status",
    "source",
    "tie",
    "keep_in_touch_days",
    "keep_in_touch_max_days",
    "name_prefix",
    "middle_name",
    "name_suffix",
    "nickname",
    "department",
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


def linkedin_key(url: str) -> str:
    """The profile path of a LinkedIn URL (``linkedin.com/in/ada-okafor``), whatever the scheme, host or slash."""
    text = (url or "").strip().lower()
    if not text:
        return ""
    text = re.sub(r"^[a-z]+://", "", text)
    text = re.sub(r"^([a-z0-9-]+\.)?linkedin\.com", "linkedin.com", text)
    return text.split("?")[0].split("#")[0].rstrip("/")


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


@dataclass(eq=False)
class Target:
    """A contact an import writes to: an existing one (``contact_id``) or one the import will create."""

    data: ContactData
    contact_id: int | None = None
    uid: str = ""
    lines: list[int] = field(default_factory=list)

    @property
    def is_new(self) -> bool:
        return self.contact_id is None


class MatchIndex:
    """Keys → targets for everyone in the database plus everyone the running import has added."""

    def __init__(self) -> None:
        self.by_uid: dict[str, Target | int] = {}
        self.by_email: dict[str, Target | int] = {}
        self.by_linkedin: dict[str, Target | int] = {}
        self.by_name: dict[str, Target | int] = {}
        self._loaded: dict[int, Target] = {}

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
        for contact_id, value in ContactEmail.select(ContactEmail.contact, ContactEmail.value).tuples().iterator():
            index.by_email.setdefault(value.lower(), contact_id)
        return index

    def _resolve(self, found: Target | int | None) -> Target | None:
        if found is None or isinstance(found, Target):
            return found
        if found not in self._loaded:
            self._load([found])
        return self._loaded[found]

    def _load(self, ids: list[int]) -> None:
        """Targets for stored contacts, read in batches (a re-import of 100k rows must not cost 500k queries)."""
        photos = dict(
            Contact.select(Contact.id, Contact.photo).where(Contact.id.in_(ids), Contact.photo.is_null(False)).tuples()
        )
        for item in contacts_as_dicts(ids):
            data = data_from_dict(item, photos.get(item["id"]))
            self._loaded[item["id"]] = Target(data, contact_id=item["id"], uid=item["uid"])

    def _hit(self, keys: Keys) -> Target | int | None:
        if keys.uid and (hit := self.by_uid.get(keys.uid)) is not None:
            return hit
        for email in keys.emails:
            if (hit := self.by_email.get(email)) is not None:
                return hit
        if keys.linkedin and (hit := self.by_linkedin.get(keys.linkedin)) is not None:
            return hit
        if keys.name and (hit := self.by_name.get(keys.name)) is not None:
            return hit
        return None

    def prefetch(self, many: list[Keys]) -> None:
        """Load, in one batch, the stored contacts that any of ``many`` will match."""
        wanted = {hit for keys in many if isinstance(hit := self._hit(keys), int) and hit not in self._loaded}
        ids = sorted(wanted)
        for start in range(0, len(ids), _BATCH):
            self._load(ids[start : start + _BATCH])

    def find(self, keys: Keys) -> Target | None:
        """The contact with ``keys`` is the same person as, or None."""
        return self._resolve(self._hit(keys))

    def add(self, target: Target, keys: Keys | None = None) -> None:
        """Index (again) every key of ``target``; keys already taken keep pointing where they did."""
        keys = keys or Keys.of(target.data, target.uid)
        if keys.uid:
            self.by_uid.setdefault(keys.uid, target)
        for email in keys.emails:
            self.by_email.setdefault(email, target)
        if keys.linkedin:
            self.by_linkedin.setdefault(keys.linkedin, target)
        if keys.name:
            self.by_name.setdefault(keys.name, target)
