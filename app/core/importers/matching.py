"""Who in the file is already known: the keys an import matches people by.

A person is the same when they share (in this order) the source's UID, an email address, the LinkedIn profile, or
the same name at the same company — names and companies compared without regard to case, accents, punctuation or
spacing ("José Müller-Lüdenscheidt" = "jose muller ludenscheidt"). Fuzzier likenesses ("Jon" vs "John") are left to
the duplicate finder, where a person decides: an import must never merge two different people on a guess.
Contacts in the trash are matched too, so a deliberate delete is not undone by re-importing the file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from peewee import JOIN

from app.core.contacts import ContactData
from app.models import Company, Contact, ContactEmail

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


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
    original: ContactData | None = None  # state before the import, for existing contacts
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
        target = self._loaded.get(found)
        if target is None:
            contact = Contact.get_by_id(found)
            data = ContactData.from_contact(contact)
            target = Target(data, contact_id=found, uid=contact.uid, original=data.copy())
            self._loaded[found] = target
        return target

    def find(self, keys: Keys) -> Target | None:
        """The contact with ``keys`` is the same person as, or None."""
        if keys.uid and (hit := self.by_uid.get(keys.uid)) is not None:
            return self._resolve(hit)
        for email in keys.emails:
            if (hit := self.by_email.get(email)) is not None:
                return self._resolve(hit)
        if keys.linkedin and (hit := self.by_linkedin.get(keys.linkedin)) is not None:
            return self._resolve(hit)
        if keys.name and (hit := self.by_name.get(keys.name)) is not None:
            return self._resolve(hit)
        return None

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
