"""My vCard 3.0, the text inside the QR code of my business card.

vCard 3.0 is what phone cameras (iOS, Android) and every address book read. It is written with the same escaping
and folding as the contact exporter (app.core.formats.exporters.vcard_writer) and read back with Rapport's own vCard
reader before
use, so a QR code never carries something that would not import; the tests also parse it with vobject, an
independent reader. The phone goes in E.164 form when it parses (a card travels across borders), and there is no
photo: a QR code must stay small enough to print at 2 cm and still scan.
"""

from __future__ import annotations

from app.core import translated
from app.core.contacts.service import default_region, normalize_phone
from app.core.formats.exporters.vcard_writer import escape, fold
from app.core.profile import ProfileData, split_name
from app.errors import RapportError

MAX_NOTE = 140
_tr = translated.tr  # the NOTE is for the person who scans the card: in my language


class VCardError(RapportError, ValueError):
    """The profile cannot become a vCard (nothing to put in it, or it would not parse back)."""


def profile_vcard(profile: ProfileData, *, include_target: bool = False, region: str | None = None) -> str:
    """My profile as vCard 3.0 text (CRLF line ends, folded as RFC 2426 says).

    ``include_target`` adds "Looking for: …" as the NOTE, so the person who scans my card remembers what I am
    looking for (off by default: it makes the QR code about a third denser).
    Raises :class:`VCardError` when the profile has no name.
    """
    name = " ".join(profile.name.split())
    if not name:
        raise VCardError("Add your name to your profile first: a card without a name cannot be saved by a phone.")
    given, family = split_name(name)
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{escape(family)};{escape(given)};;;", f"FN:{escape(name)}"]
    if profile.headline:
        lines.append(f"TITLE:{escape(profile.headline)}")
    if profile.email:
        lines.append(f"EMAIL;TYPE=INTERNET:{escape(profile.email)}")
    if profile.phone:
        phone = normalize_phone(profile.phone, region or default_region()) or profile.phone
        lines.append(f"TEL;TYPE=CELL:{escape(phone)}")
    lines += [f"URL:{url}" for url in (profile.website, profile.linkedin_url) if url]
    if profile.city:
        lines.append(f"ADR;TYPE=HOME:;;;{escape(profile.city)};;;")
    if include_target and profile.target_role:
        note = _tr("Looking for: {role}").format(role=profile.target_role)
        lines.append("NOTE:" + escape(note if len(note) <= MAX_NOTE else note[: MAX_NOTE - 1].rstrip() + "…"))
    lines.append("END:VCARD")
    text = "".join(fold(line) for line in lines)
    check_vcard(text, name)  # never hand out something that does not read back
    return text


def check_vcard(text: str, name: str) -> None:
    """Read ``text`` back with Rapport's vCard reader; raises :class:`VCardError` unless it is one card named
    ``name``."""
    from app.core.formats.importers.vcard_reader import rows

    try:
        cards = list(rows(text))
    except Exception as exc:  # the reader rejects with its own exception types
        raise VCardError(f"not a readable vCard: {exc}") from exc
    if len(cards) != 1 or not cards[0].ok or cards[0].data is None or cards[0].data.display_name != name:
        raise VCardError("the vCard does not read back as the same person")
