"""My vCard 3.0, the text inside the QR code of my business card.

vCard 3.0 is what phone cameras (iOS, Android) and every address book read. The text is generated with vobject
and parsed back before use, so a QR code never carries something a phone would reject. The phone goes in E.164
form when it parses (a card travels across borders), and there is no photo: a QR code must stay small enough to
print at 2 cm and still scan.
"""

from __future__ import annotations

import vobject

from app.core.contacts import default_region, normalize_phone
from app.core.profile import ProfileData, split_name

MAX_NOTE = 140


class VCardError(ValueError):
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
    card = vobject.vCard()
    given, family = split_name(name)
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    card.add("fn").value = name
    if profile.headline:
        card.add("title").value = profile.headline
    if profile.email:
        email = card.add("email")
        email.value = profile.email
        email.type_param = "INTERNET"
    if profile.phone:
        tel = card.add("tel")
        tel.value = normalize_phone(profile.phone, region or default_region()) or profile.phone
        tel.type_param = "CELL"
    for url in (profile.website, profile.linkedin_url):
        if url:
            card.add("url").value = url
    if profile.city:
        adr = card.add("adr")
        adr.value = vobject.vcard.Address(city=profile.city)
        adr.type_param = "HOME"
    if include_target and profile.target_role:
        note = "Looking for: " + profile.target_role
        card.add("note").value = note if len(note) <= MAX_NOTE else note[: MAX_NOTE - 1].rstrip() + "…"
    text = card.serialize()
    parse_vcard(text)  # never hand out something that does not read back
    return text


def parse_vcard(text: str) -> vobject.base.Component:
    """Parse one vCard; raises :class:`VCardError` when it is not a readable vCard 3.0."""
    try:
        card = vobject.readOne(text)
    except Exception as exc:  # vobject raises several unrelated types for bad input
        raise VCardError(f"not a readable vCard: {exc}") from exc
    if card.name != "VCARD" or card.contents.get("version", [None])[0] is None:
        raise VCardError("not a vCard")
    if card.version.value != "3.0":
        raise VCardError(f"vCard version {card.version.value}, expected 3.0")
    return card
