"""Reading a postal address off a business card (step 2 of :mod:`.classify`): which pieces of text form the
address block (a piece that reads as a person's name is not part of it: :func:`name_words`) and how it splits into
street, postcode, town, region and country."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.cards.card_words import (
    COUNTRIES,
    HONORIFICS,
    NAME_SUFFIXES,
    NAME_WORD_RE,
    POSTAL_PATTERNS,
    STREET_WORDS,
    is_company_line,
    is_title_line,
    lower_word_list,
)


@dataclass
class AddressField:
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""

    def is_empty(self) -> bool:
        return not any((self.street, self.locality, self.region, self.postal_code, self.country))

    def one_line(self) -> str:
        town = " ".join(p for p in (self.postal_code, self.locality) if p)
        if self.region:
            town = ", ".join(p for p in (self.locality, f"{self.region} {self.postal_code}".strip()) if p)
        return ", ".join(p for p in (self.street, town, self.country) if p)


@dataclass
class Piece:
    text: str
    index: int  # order on the card
    height: float | None


# --- step 2: address ---------------------------------------------------------------------------------------------
def postal_match(text: str) -> re.Match | None:
    for pattern in POSTAL_PATTERNS:
        match = pattern.match(text.strip())
        locality = match.group("locality") if match else ""
        if match and not (is_title_line(locality) or is_company_line(locality) or has_street_word(locality)):
            return match
    return None


def is_country(text: str) -> bool:
    return text.strip(" .,").lower() in COUNTRIES


def has_street_word(text: str) -> bool:
    return any(w in STREET_WORDS or w.endswith(STREET_ENDINGS) for w in lower_word_list(text))


STREET_ENDINGS = ("straße", "strasse", "str.", "weg", "gasse", "platz", "laan", "straat", "gracht", "plein", "kade")


def is_street(text: str) -> bool:
    """A street line: a street word with a number ("Main St 5", "Suite 400"), or a house number with a short name
    ("350 Fifth Avenue", "Keizersgracht 62")."""
    words = lower_word_list(text)
    if not words or is_title_line(text) or re.search(r"\b(?:since|est\.?|founded|seit|depuis)\s+\d{4}\b", text, re.I):
        return False
    has_digit = bool(re.search(r"\d", text))
    if has_street_word(text) and (has_digit or any(w in {"suite", "floor", "box"} for w in words)):
        return True
    if re.search(r"\bp\.?\s?o\.?\s+box\b", text, re.IGNORECASE):
        return True
    if not has_digit:
        return False
    if re.match(r"^\d{1,5}[a-zA-Z]?(?:-\d+)?\s+[^\W\d_]", text) and 2 <= len(words) <= 5:
        return True  # "350 Fifth Avenue"
    return bool(re.fullmatch(r"[^\W\d_][\w.'-]*(?:\s[^\W\d_][\w.'-]*)?\s\d{1,4}[a-zA-Z]?(?:[-/]\d+)?", text))


def address_parts(text: str) -> list[str]:
    return [p.strip() for p in re.split(r",\s*|\s+[-–]\s+", text) if p.strip()]


def has_postal(text: str) -> bool:
    parts = address_parts(text)
    candidates = [text, *parts] + [", ".join(parts[i : i + 2]) for i in range(len(parts) - 1)]
    return any(postal_match(c) for c in candidates)


def is_address_piece(text: str) -> bool:
    return has_postal(text) or is_country(text) or any(is_street(p) for p in address_parts(text))


def address_block(pieces: list[Piece]) -> list[Piece]:
    """The address lines: the line with a postal code and its neighbours that are streets or a country; without a
    postal code, the first street line (and a country right after it)."""
    anchors = [i for i, p in enumerate(pieces) if has_postal(p.text) and name_words(p.text) is None]
    if not anchors:
        anchors = [i for i, p in enumerate(pieces) if any(is_street(x) for x in address_parts(p.text))][:1]
    if not anchors:
        return []
    first = last = anchors[0]
    while first > 0 and is_address_piece(pieces[first - 1].text) and name_words(pieces[first - 1].text) is None:
        first -= 1
    while last + 1 < len(pieces) and is_address_piece(pieces[last + 1].text):
        last += 1
    return pieces[first : last + 1]


def parse_address(lines: Sequence[str]) -> AddressField:
    address = AddressField()
    parts: list[str] = []
    for line in lines:
        parts.extend(address_parts(line))
    # "Austin, TX 78701" is split by the comma: glue a lone "TX 78701" back to its town
    merged: list[str] = []
    for part in parts:
        if merged and re.fullmatch(r"[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?|[A-Z]{2}\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d", part):
            merged[-1] = f"{merged[-1]}, {part}"
        elif merged and re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}", part):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    streets = []
    for part in merged:
        match = postal_match(part)
        if match and not address.postal_code:
            address.postal_code = match.group("postal")
            address.locality = match.group("locality").strip(" ,")
            address.region = match.groupdict().get("region") or ""
        elif is_country(part) and not address.country:
            address.country = part.strip(" .")
        else:
            streets.append(part)
    address.street = ", ".join(streets)
    return address


def name_words(text: str) -> list[str] | None:
    """The words of ``text`` when it can be a person's name (honorifics and credentials removed), else None."""
    text = re.sub(r",\s*(?=(?:[A-Z][\w.]*\.?,?\s*)+$)", " ", text) if re.search(r",\s*[A-Z]", text) else text
    words = [w.strip(",") for w in text.split()]
    while words and words[0].lower() in HONORIFICS:
        words = words[1:]
    while words and words[-1].lower().strip(",") in NAME_SUFFIXES:
        words = words[:-1]
    if not 2 <= len(words) <= 4:
        return None
    if any(not NAME_WORD_RE.match(w) for w in words):
        return None
    if not all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in words):
        return None
    if is_title_line(" ".join(words)) or is_company_line(" ".join(words)):
        return None
    if is_country(" ".join(words)) or postal_match(" ".join(words)):
        return None
    return words


NAME_PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "le", "la", "dos", "das",
                   "ter", "ten", "bin", "ibn", "al"}  # fmt: skip
