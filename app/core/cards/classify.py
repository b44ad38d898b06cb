"""Sort the recognised lines of a business card into name, title, company, emails, phones, websites and address.

Text recognition gives lines, not meaning. The rules here are the ones a person uses when reading a card:

1. **Contact details are unmistakable**: an ``@`` makes an email, a web address ends in a known top-level
   domain, ``linkedin.com/…`` is a LinkedIn profile, and phonenumbers finds phone numbers (a "Fax", "M", "Mobile"…
   in front sets the label). They are cut out of their line, so "T 555 0134 | jane@x.com" yields both.
2. **An address** has a postal code next to a town ("10117 Berlin", "Austin, TX 78701", "London EC1A 1BB"), or a
   street (a house number and a street word: "350 Fifth Avenue", "Friedrichstraße 12", "Suite 400").
   Neighbouring address lines are joined.
3. **A title** contains a job word (Manager, Director, Engineer, Founder, Head of…).
4. **A company** carries a legal form (Inc., GmbH, Ltd…) or an organisation word (Group, Consulting, Labs…),
   or resembles the domain of the email or website ("Northwind Freight" ↔ ``northwind-freight.de``).
5. **The name** is the line of two to four capitalised words, without digits or job/company words, that is the
   largest on the card (when sizes are known), sits near the title, and resembles the email's local part.
6. Whatever is left (a tagline, a slogan) goes to the notes, so nothing the card says is lost.

Qt-free and deterministic: the same lines always give the same fields. Lines may carry their height and position
(from the recogniser) to help rule 5; plain strings work too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import phonenumbers

from app.core.cards.card_address import (
    NAME_PARTICLES,
    AddressField,
    Piece,
    address_block,
    name_words,
    parse_address,
)
from app.core.cards.card_words import (
    EMAIL_RE,
    FIELD_LABEL_RE,
    LINKEDIN_RE,
    PHONE_LABELS,
    SEPARATORS_RE,
    TLDS,
    URL_RE,
    clean_text,
    company_case,
    domain_similarity,
    domain_stems,
    has_legal_form,
    is_company_line,
    is_title_line,
    local_part_similarity,
    title_case,
    word_list,
)


@dataclass(frozen=True)
class RecognizedLine:
    """One line of text found on the card; ``height``/``top``/``left`` in pixels when the recogniser knows them."""

    text: str
    height: float | None = None
    top: float | None = None
    left: float | None = None
    confidence: float | None = None


@dataclass
class PhoneField:
    value: str  # as printed
    label: str = ""  # "mobile", "work", "fax", "home" or ""


@dataclass
class CardFields:
    """What the classifier read on a card. Every field may be empty; ``notes`` keeps the lines it could not place."""

    given_name: str = ""
    family_name: str = ""
    title: str = ""
    company: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[PhoneField] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    linkedin_url: str = ""
    address: AddressField = field(default_factory=AddressField)
    notes: list[str] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    def is_empty(self) -> bool:
        return (
            not any(
                (self.full_name, self.title, self.company, self.emails, self.phones, self.websites, self.linkedin_url)
            )
            and self.address.is_empty()
        )


# --- step 1: contact details -------------------------------------------------------------------------------------
def _extract_contacts(piece: str, fields: CardFields, region: str) -> str:
    """Cut emails, LinkedIn, websites and phones out of ``piece`` into ``fields``; return what is left."""
    rest = piece
    for match in EMAIL_RE.finditer(piece):
        value = match.group(0).strip(".,;'’")
        local, _, domain = value.rpartition("@")
        value = f"{local}@{domain.lower()}"
        if value not in fields.emails:
            fields.emails.append(value)
        rest = rest.replace(match.group(0), " ")
    for match in LINKEDIN_RE.finditer(rest):
        url = match.group(0).rstrip("/.")
        if not url.lower().startswith("http"):
            url = "https://" + url
        fields.linkedin_url = fields.linkedin_url or re.sub(r"(?i)^https?://(?:[\w-]+\.)?linkedin\.com/",
                                                            "https://www.linkedin.com/", url)  # fmt: skip
        rest = rest.replace(match.group(0), " ")
    for match in URL_RE.finditer(rest):
        whole = match.group(0).rstrip(".,;")
        tld = match.group(1).lower()
        explicit = whole.lower().startswith(("http", "www."))
        if tld not in TLDS and not explicit:
            continue
        if not explicit and re.fullmatch(r"[A-Za-z]{1,4}\.[A-Za-z]{2,4}", whole):  # "St.Louis"-like, "Co.Ltd"
            continue
        if whole.lower() not in (w.lower() for w in fields.websites):
            fields.websites.append(whole)
        rest = rest.replace(match.group(0), " ")
    spans = []
    for number in phonenumbers.PhoneNumberMatcher(rest, region, leniency=phonenumbers.Leniency.POSSIBLE):
        raw = number.raw_string.strip()
        if len(re.sub(r"\D", "", raw)) < 7:
            continue
        start, label = number.start, ""
        label_match = re.search(r"([^\W\d_]+)\.?\s*[:.]?\s*$", rest[: number.start])
        if label_match and label_match.group(1).lower() in PHONE_LABELS:
            start, label = label_match.start(), PHONE_LABELS[label_match.group(1).lower()]
        if not any(p.value == raw for p in fields.phones):
            fields.phones.append(PhoneField(raw, label))
        spans.append((start, number.end))
    for start, end in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    rest = " ".join(rest.split())
    # leftovers such as "E:", "T.", "Web" or lone punctuation are not content
    while True:
        stripped = FIELD_LABEL_RE.sub("", rest).strip(" |,;:-–—/")
        if stripped == rest:
            break
        rest = stripped
    if not re.search(r"[^\W\d_]{2,}", rest):
        return ""
    if rest.lower() in PHONE_LABELS or rest.lower() in {"email", "e-mail", "web", "website", "www", "linkedin"}:
        return ""
    return rest


def _host(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).split("/")[0]


def _without_fragments(websites: list[str], emails: list[str]) -> list[str]:
    """Drop "d-freight.de" when "northwind-freight.de" was also read: the tail of a longer address is a misread."""
    hosts = {_host(w) for w in websites} | {e.rsplit("@", 1)[-1].lower() for e in emails}
    return [w for w in websites if not any(h != _host(w) and h.endswith(_host(w)) for h in hosts)]


# --- step 3: name, title, company ----------------------------------------------------------------------------------
def _split_name(words: list[str]) -> tuple[str, str]:
    words = [title_case(w) for w in words]
    if len(words) >= 2 and words[0].endswith(","):  # "Doe, Jane"
        return " ".join(words[1:]), words[0].rstrip(",")
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in NAME_PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def _pick_name(pieces: list[Piece], fields: CardFields, title_index: int | None) -> Piece | None:
    stems = domain_stems(fields.emails, fields.websites)
    heights = [p.height for p in pieces if p.height]
    tallest = max(heights) if heights else None
    best, best_score = None, 0.0
    for piece in pieces:
        words = name_words(piece.text)
        if words is None:
            continue
        local = local_part_similarity(" ".join(words), fields.emails)
        if domain_similarity(piece.text, stems) >= 85 and local < 100:
            continue  # "Coho Winery" with info@cohowinery.com: the firm, not a person
        score = 10.0
        if tallest and piece.height:
            score += 25.0 * (piece.height / tallest) ** 2
        score += 0.3 * local
        if title_index is not None:
            distance = abs(piece.index - title_index)
            score += {1: 15.0, 2: 6.0}.get(distance, 0.0)
        score -= 2.0 * piece.index  # earlier on the card, more likely
        if any(w.isupper() and len(w) > 1 for w in words) and not all(w.isupper() for w in words):
            score -= 5.0
        if score > best_score:
            best, best_score = piece, score
    return best


def classify(lines: Iterable[RecognizedLine | str], *, region: str = "US") -> CardFields:
    """Read the fields of a card from its recognised lines (in reading order: top to bottom, left to right)."""
    fields = CardFields()
    pieces: list[Piece] = []
    for line in lines:
        if isinstance(line, str):
            line = RecognizedLine(line)
        text = clean_text(line.text)
        if not text:
            continue
        for part in SEPARATORS_RE.split(text):
            left = _extract_contacts(part.strip(), fields, region)
            if left:
                pieces.append(Piece(left, len(pieces), line.height))

    fields.websites = _without_fragments(fields.websites, fields.emails)
    address_lines = address_block(pieces)
    if address_lines:
        fields.address = parse_address([p.text for p in address_lines])
    rest = [p for p in pieces if p not in address_lines]
    for position, piece in enumerate(rest):
        piece.index = position

    titles = [p for p in rest if is_title_line(p.text) and not has_legal_form(p.text)]
    stems = domain_stems(fields.emails, fields.websites)
    name = _pick_name(rest, fields, titles[0].index if titles else None)
    if name is not None:
        fields.given_name, fields.family_name = _split_name(name_words(name.text) or [])
        rest = [p for p in rest if p is not name]
        titles = [p for p in titles if p is not name]
    if titles:
        title = min(titles, key=lambda p: abs(p.index - name.index) if name else p.index)
        fields.title = title.text
        rest = [p for p in rest if p is not title]
        follow = next((p for p in rest if p.index == title.index + 1), None)
        joiners = {"&", "and", "of", "for", "und", "et"}
        if follow is not None and (
            follow.text.split()[0].lower() in joiners or fields.title.split()[-1].lower().rstrip(",") in joiners
        ):
            fields.title = f"{fields.title} {follow.text}"
            rest = [p for p in rest if p is not follow]

    company_scores = []
    for piece in rest:
        score = 0.0
        if is_company_line(piece.text):
            score += 60
        similarity = domain_similarity(piece.text, stems)
        if similarity >= 75:
            score += similarity
        if piece.text.isupper() and len(piece.text) > 3:
            score += 10
        if len(word_list(piece.text)) > 6:
            score -= 40  # a sentence: a tagline, not a company
        if score >= 60:
            company_scores.append((score, -piece.index, piece))
    if company_scores:
        company = max(company_scores, key=lambda item: item[:2])[2]
        fields.company = company_case(company.text)
        rest = [p for p in rest if p is not company]
    elif name is not None:
        # a short capitalised line with no other meaning is usually the firm's name or logo; above the name first
        plain = [
            p
            for p in rest
            if 1 <= len(word_list(p.text)) <= 4
            and all(w[:1].isupper() or not w[:1].isalpha() for w in word_list(p.text))
            and not p.text.rstrip().endswith((".", "!"))
        ]
        plain.sort(key=lambda p: (p.index > name.index, p.index))
        if plain:
            fields.company = company_case(plain[0].text)
            rest = [p for p in rest if p is not plain[0]]
    fields.notes = [p.text for p in rest]
    return fields
