"""Me, the job seeker: reading, validating and saving the one Profile row (DESIGN §3 "Profile").

The profile feeds the templates' merge fields (``{my_name}``, ``{my_target}``, ``{my_contact_block}``…), the
monthly update, the pitch card and my business card. Email, phone and LinkedIn are checked with the same rules as a
contact's (app.core.contacts.service), so what I print on my card is what a contact of mine would get.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.cards.images import sniff
from app.core.clock import SYSTEM_CLOCK, Clock
from app.db import database
from app.errors import RapportError
from app.models import Profile, Setting

if TYPE_CHECKING:
    from app.core.contacts.service import FieldProblem

MAX_PHOTO_BYTES = 2 * 1024 * 1024
_WEB_RE = re.compile(r"^https?://[\w.-]+\.[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$", re.IGNORECASE)


@dataclass
class ProfileData:
    """Everything the "My profile" form edits. ``phone`` is kept exactly as written (it is printed on cards)."""

    name: str = ""
    headline: str = ""
    target_role: str = ""
    email: str = ""
    phone: str = ""
    linkedin_url: str = ""
    website: str = ""
    city: str = ""
    photo: bytes | None = None

    @property
    def given_name(self) -> str:
        return split_name(self.name)[0]

    @property
    def family_name(self) -> str:
        return split_name(self.name)[1]

    def is_empty(self) -> bool:
        """True while I have not told Rapport anything about me."""
        return not any(getattr(self, f.name) for f in dataclasses.fields(self))


class ProfileValidationError(RapportError, ValueError):
    """The profile cannot be saved; ``problems`` names each field and why. Nothing was written."""

    def __init__(self, problems: list[FieldProblem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


FIELDS = ("name", "headline", "target_role", "email", "phone", "linkedin_url", "website", "city", "photo")


def load_profile() -> ProfileData:
    """My profile as stored (all empty before I fill it in)."""
    row = Profile.select().order_by(Profile.id).first()
    if row is None:
        return ProfileData()
    return ProfileData(**{name: getattr(row, name) for name in FIELDS})


PROFILE_OFFERED_SETTING = "profile_offered"


def profile_offered() -> bool:
    """Whether the "tell Rapport about you" offer was made (the profile dialog seen once, the first-run one too)."""
    return bool(Setting.read(PROFILE_OFFERED_SETTING))


def mark_profile_offered() -> None:
    Setting.write(PROFILE_OFFERED_SETTING, True)


def split_name(name: str) -> tuple[str, str]:
    """("Given", "Family") from a full name: the last word is the family name, unless a particle precedes it."""
    words = (name or "").split()
    if len(words) < 2:
        return (words[0] if words else "", "")
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in _PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


_PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "le", "la", "dos", "das", "ter"}


def normalize_website(text: str) -> str:
    """``example.com/me`` → ``https://example.com/me``; "" stays ""."""
    text = (text or "").strip()
    if text and not re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):
        text = "https://" + text
    return text


def validate_profile(data: ProfileData, *, region: str | None = None) -> ProfileData:
    """Check and normalise ``data``; return the cleaned copy or raise :class:`ProfileValidationError`."""
    clean = dataclasses.replace(data)
    # the contact rules load when a profile is checked, not with the window (issue 21: the status bar only reads it)
    from app.core.contacts.service import (
        MAX_NAME,
        FieldProblem,
        InvalidEmail,
        default_region,
        normalize_email,
        normalize_linkedin_url,
        normalize_phone,
    )

    problems: list[FieldProblem] = []
    for name in FIELDS[:-1]:
        setattr(clean, name, (getattr(clean, name) or "").replace("\x00", "").strip()[:MAX_NAME])
    clean.name = " ".join(clean.name.split())
    if clean.email:
        try:
            clean.email = normalize_email(clean.email)
        except InvalidEmail as exc:
            problems.append(FieldProblem("email", f"{clean.email!r} is not a valid email address ({exc})"))
    if clean.phone and not normalize_phone(clean.phone, region or default_region()):
        problems.append(FieldProblem("phone", f"{clean.phone!r} is not a phone number (write it as you would dial it)"))
    clean.linkedin_url = normalize_linkedin_url(clean.linkedin_url)
    if clean.linkedin_url and not _WEB_RE.match(clean.linkedin_url):
        problems.append(FieldProblem("linkedin_url", "must be a web address such as linkedin.com/in/your-name"))
    clean.website = normalize_website(clean.website)
    if clean.website and not _WEB_RE.match(clean.website):
        problems.append(FieldProblem("website", f"{data.website.strip()!r} is not a web address"))
    if clean.photo is not None:
        if len(clean.photo) == 0:
            clean.photo = None
        elif sniff(clean.photo) not in ("png", "jpeg"):
            problems.append(FieldProblem("photo", "must be a PNG or JPEG picture"))
        elif len(clean.photo) > MAX_PHOTO_BYTES:
            problems.append(FieldProblem("photo", f"is larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB"))
    if problems:
        raise ProfileValidationError(problems)
    return clean


def save_profile(data: ProfileData, *, clock: Clock = SYSTEM_CLOCK, region: str | None = None) -> ProfileData:
    """Validate and store my profile in one transaction; return what was stored."""
    clean = validate_profile(data, region=region)
    with database.atomic():
        row = Profile.select().order_by(Profile.id).first() or Profile()
        for name in FIELDS:
            setattr(row, name, getattr(clean, name))
        row.updated_at = clock.now()
        row.save()
    return clean


def save_profile_changes(
    before: ProfileData, after: ProfileData, *, clock: Clock = SYSTEM_CLOCK, region: str | None = None
) -> ProfileData:
    """Store the fields that differ between ``before`` (what a form loaded) and ``after`` (what it holds now) onto
    the profile as stored at this moment, in one transaction: what an import wrote meanwhile into the other fields
    stays (issue 19). Returns what was stored."""
    with database.atomic():
        current = load_profile()
        for name in FIELDS:
            if getattr(after, name) != getattr(before, name):
                setattr(current, name, getattr(after, name))
        return save_profile(current, clock=clock, region=region)


def phone_for_display(profile: ProfileData) -> str:
    """My phone as I wrote it: people read it on paper, so the familiar grouping stays."""
    return profile.phone


def website_for_display(url: str) -> str:
    """``https://www.example.com/`` → ``www.example.com``: shorter on a card, and still typeable."""
    return re.sub(r"^https?://", "", url or "", flags=re.IGNORECASE).rstrip("/")


def contact_lines(profile: ProfileData) -> list[str]:
    """The lines of my contact details, in the order people look for them (email, phone, web, LinkedIn, city)."""
    lines = [profile.email, phone_for_display(profile), website_for_display(profile.website)]
    lines.append(website_for_display(profile.linkedin_url).removeprefix("www."))
    lines.append(profile.city)
    return [line for line in lines if line]


def merge_fields(profile: ProfileData) -> dict[str, str]:
    """The ``{my_…}`` merge fields of the script templates.

    ``my_contact_block`` is the signature under an email: name, headline, then the contact lines.
    """
    block = [line for line in (profile.name, profile.headline) if line] + contact_lines(profile)
    return {
        "my_name": profile.name,
        "my_first_name": profile.given_name,
        "my_headline": profile.headline,
        "my_target": profile.target_role,
        "my_email": profile.email,
        "my_phone": profile.phone,
        "my_linkedin": profile.linkedin_url,
        "my_website": profile.website,
        "my_city": profile.city,
        "my_contact_block": "\n".join(block),
    }
