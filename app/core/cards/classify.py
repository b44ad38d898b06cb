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
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import phonenumbers
from rapidfuzz import fuzz


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


# --- vocabularies ----------------------------------------------------------------------------------------------
TITLE_WORDS = {
    "accountant", "administrator", "adviser", "advisor", "agent", "analyst", "architect", "assistant", "associate",
    "attorney", "auditor", "broker", "buyer", "ceo", "cfo", "chair", "chairman", "chairwoman", "chef", "chief",
    "cio", "clerk", "coach", "consultant", "coo", "coordinator", "counsel", "counselor", "cto", "designer",
    "developer", "director", "doctor", "economist", "editor", "engineer", "executive", "founder", "co-founder",
    "cofounder", "head", "intern", "inspector", "journalist", "lawyer", "lead", "lecturer", "librarian", "manager",
    "mechanic", "nurse", "officer", "owner", "paralegal", "partner", "pharmacist", "photographer", "physician",
    "planner", "president", "principal", "producer", "professor", "programmer", "psychologist", "realtor",
    "recruiter", "representative", "researcher", "scientist", "secretary", "specialist", "strategist",
    "supervisor", "surveyor", "teacher", "technician", "therapist", "trainer", "treasurer", "vp", "writer",
    "geschäftsführer", "geschäftsführerin", "leiter", "leiterin", "berater", "beraterin", "ingenieur",
    "ingenieurin", "directeur", "directrice", "gérant", "gérante", "responsable", "ingénieur",
    "gerente", "directora", "sales", "marketing",
}  # fmt: skip
TITLE_PHRASES = ("vice president", "head of", "managing director", "account executive", "business development")
COMPANY_SUFFIXES = {
    "inc", "inc.", "llc", "l.l.c.", "ltd", "ltd.", "limited", "corp", "corp.", "corporation", "co", "co.",
    "company", "gmbh", "ag", "kg", "ohg", "ug", "se", "sa", "s.a.", "sas", "sarl", "s.a.r.l.", "bv", "b.v.",
    "nv", "n.v.", "plc", "llp", "lp", "pty", "pty.", "srl", "s.r.l.", "spa", "s.p.a.", "oy", "ab", "as", "a/s",
    "aps", "kft", "sp.", "z", "o.o.", "e.v.", "gbr", "kgaa", "pc", "p.c.", "pllc",
}  # fmt: skip
ORG_WORDS = {
    "agency", "associates", "bank", "capital", "clinic", "college", "collective", "consulting", "foundation",
    "group", "holdings", "hospital", "industries", "institute", "international", "labs", "laboratories",
    "law", "logistics", "media", "partners", "school", "services", "solutions", "studio", "studios", "systems",
    "technologies", "ventures", "university", "works", "firm", "office", "bakery", "café", "cafe", "realty",
    "pharmaceuticals", "freight", "insurance", "architects", "dental", "health", "hotel", "restaurant",
}  # fmt: skip
STREET_WORDS = {
    "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd", "blvd.", "lane",
    "ln", "ln.", "drive", "dr", "way", "place", "pl", "pl.", "square", "sq", "court", "ct", "ct.", "suite",
    "ste", "ste.", "floor", "fl", "building", "bldg", "parkway", "pkwy", "highway", "hwy", "terrace", "row",
    "strasse", "straße", "str", "str.", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "rue",
    "chemin", "quai", "via", "viale", "piazza", "calle", "avenida", "plaza", "laan", "straat", "gracht",
    "plein", "kade", "box", "close", "crescent", "mews", "gardens", "hill",
}  # fmt: skip
COUNTRIES = {
    "usa", "u.s.a.", "united states", "united states of america", "canada", "mexico", "uk", "united kingdom",
    "england", "scotland", "wales", "ireland", "germany", "deutschland", "france", "netherlands", "nederland",
    "the netherlands", "belgium", "belgique", "belgië", "spain", "españa", "italy", "italia", "portugal",
    "switzerland", "schweiz", "suisse", "austria", "österreich", "denmark", "sweden", "norway", "finland",
    "poland", "australia", "new zealand", "india", "singapore", "japan", "brazil", "south africa",
}  # fmt: skip
HONORIFICS = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "mx", "mx."}
NAME_SUFFIXES = {
    "phd", "ph.d.", "mba", "md", "m.d.", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "cpa", "pe", "p.e.",
    "esq", "esq.", "msc", "m.sc.", "bsc", "dipl.-ing.", "rn", "pmp", "cfa",
}  # fmt: skip
TLDS = {
    "com", "net", "org", "io", "co", "de", "uk", "fr", "nl", "eu", "be", "ch", "at", "it", "es", "us", "ca",
    "au", "biz", "info", "dev", "app", "me", "tech", "studio", "design", "se", "dk", "no", "fi", "ie", "pl",
    "pt", "jp", "in", "nz", "edu", "gov", "ai", "xyz", "online", "site", "agency", "consulting", "law",
    "example",
}  # fmt: skip
PHONE_LABELS = {
    "m": "mobile", "mob": "mobile", "mobile": "mobile", "cell": "mobile", "c": "mobile", "handy": "mobile",
    "mobil": "mobile", "portable": "mobile", "gsm": "mobile",
    "f": "fax", "fax": "fax", "telefax": "fax",
    "h": "home", "home": "home",
    "t": "work", "tel": "work", "tel.": "work", "telephone": "work", "phone": "work", "ph": "work", "p": "work",
    "o": "work", "office": "work", "w": "work", "work": "work", "d": "work", "direct": "work", "dir": "work",
    "telefon": "work", "fon": "work", "téléphone": "work", "tél": "work",
}  # fmt: skip
FIELD_LABEL_RE = re.compile(
    r"^\s*(?:e-?mail|mail|email|e|web|website|w|www|url|internet|linkedin|in|phone|tel\.?|t|m|mobile|cell|"
    r"fax|f|address|adr|a)\s*[:.]\s*",
    re.IGNORECASE,
)

EMAIL_RE = re.compile(r"[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
LINKEDIN_RE = re.compile(r"(?:https?://)?(?:[\w-]+\.)?linkedin\.com/(?:in|pub|company)/[\w%.-]+/?", re.IGNORECASE)
URL_RE = re.compile(
    r"(?<![@\w.])(?:https?://)?(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,})(?:/[\w./%#?=&-]*)?(?![\w@])",
    re.IGNORECASE,
)
SEPARATORS_RE = re.compile(r"\s+[|•·∙◦▪]\s+|\s*[|•∙◦▪]\s*|\s{3,}")
POSTAL_PATTERNS = (
    # US "Austin, TX 78701" / "Austin TX 78701-1234"
    re.compile(r"^(?P<locality>[A-Za-z][\w .'-]*?),?\s+(?P<region>[A-Z]{2})\.?\s+(?P<postal>\d{5}(?:-\d{4})?)$"),
    # Canada "Toronto, ON M5V 2T6"
    re.compile(r"^(?P<locality>[A-Za-z][\w .'-]*?),?\s+(?P<region>[A-Z]{2})\s+(?P<postal>[A-Z]\d[A-Z]\s?\d[A-Z]\d)$"),
    # UK "London EC1A 1BB" / "London, SW1A 2AA"
    re.compile(r"^(?P<locality>[A-Za-z][\w .'-]*?),?\s+(?P<postal>[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$"),
    # Netherlands "1012 AB Amsterdam"
    re.compile(r"^(?P<postal>\d{4}\s?[A-Z]{2})\s+(?P<locality>[^\d,]{2,})$"),
    # Continental Europe "10117 Berlin", "75008 Paris", "D-10117 Berlin", "CH-8001 Zürich"
    re.compile(r"^(?:[A-Z]{1,2}-)?(?P<postal>\d{4,5})\s+(?P<locality>[^\d,]{2,})$"),
)
NAME_WORD_RE = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]*)*\.?$", re.UNICODE)


# --- helpers -----------------------------------------------------------------------------------------------------
def _clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "").replace("\u00a0", " ")
    text = re.sub(r"\bwww\.\s+(?=[a-z0-9])", "www.", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(https?://)\s+", r"\1", text, flags=re.IGNORECASE)
    if "@" in text:  # "j .whitfield@woodgrovebank. com" → "j.whitfield@woodgrovebank.com"
        text = re.sub(r"(\w)\s+\.(?=[\w.+-]*@)", r"\1.", text)
        text = re.sub(r"(@[\w.-]+)\.\s+([a-z]{2,})\b", r"\1.\2", text)
    text = re.sub(r"\s*\(at\)\s*|\s*\[at\]\s*|\s+@\s*|\s*@\s+", "@", text, flags=re.IGNORECASE)
    return " ".join(text.split())


def _words(text: str) -> list[str]:
    return [w.strip(",;:()") for w in text.split() if w.strip(",;:()")]


def _lower_words(text: str) -> list[str]:
    return [w.lower() for w in _words(text)]


def _letters(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if c.isalnum() and c.isascii())


def is_title_line(text: str) -> bool:
    lower = text.lower()
    if any(phrase in lower for phrase in TITLE_PHRASES):
        return True
    return any(w.strip(".&/") in TITLE_WORDS for w in re.split(r"[\s,/&]+", lower))


def has_legal_form(text: str) -> bool:
    """Inc., GmbH, Ltd… at the end (or inside: "Acme GmbH & Co. KG")."""
    words = _lower_words(text)
    if len(words) < 2:
        return False
    if words[-1] in COMPANY_SUFFIXES:
        return True
    return any(w in COMPANY_SUFFIXES and w not in {"co", "se", "as", "ab", "z", "in", "pc"} for w in words[1:])


def is_company_line(text: str) -> bool:
    """A legal form, or an organisation word ("Consulting", "Labs") or "&" in a line that names no job."""
    if has_legal_form(text):
        return True
    if is_title_line(text):
        return False
    return "&" in text or any(w in ORG_WORDS for w in _lower_words(text))


def _domain_stems(emails: Sequence[str], websites: Sequence[str]) -> list[str]:
    """The distinctive part of each domain: ``northwind-freight`` of ``m.x@mail.northwind-freight.de``."""
    stems = []
    for value in [e.rsplit("@", 1)[-1] for e in emails] + list(websites):
        host = re.sub(r"^https?://", "", value.lower()).split("/")[0]
        parts = [p for p in host.split(".") if p not in {"www", "mail", "email"}]
        if len(parts) >= 2:
            # co.uk, com.au…: the stem is before the two-part suffix
            stem = parts[-3] if len(parts) >= 3 and parts[-2] in {"co", "com", "org", "net", "ac"} else parts[-2]
            if stem not in {"gmail", "googlemail", "yahoo", "hotmail", "outlook", "icloud", "gmx", "web", "aol",
                            "proton", "protonmail", "live", "msn", "me", "mac", "example"}:  # fmt: skip
                stems.append(stem)
    return stems


def _domain_similarity(text: str, stems: Sequence[str]) -> float:
    letters = _letters(text)
    if not letters or not stems:
        return 0.0
    best = 0.0
    for stem in stems:
        flat = _letters(stem)
        if len(flat) < 3:
            continue
        best = max(best, fuzz.ratio(letters, flat), fuzz.partial_ratio(flat, letters) if len(flat) >= 5 else 0)
        initials = "".join(w[0] for w in _words(text) if w[:1].isalpha()).lower()
        if len(initials) >= 2 and initials == flat:
            best = max(best, 90.0)
    return best


def _local_part_similarity(name: str, emails: Sequence[str]) -> float:
    """How well a candidate name explains an email's local part (jane.doe, jdoe, doe.j, jane)."""
    words = [_letters(w) for w in _words(name) if _letters(w)]
    if len(words) < 2:
        return 0.0
    best = 0.0
    for email in emails:
        local = email.split("@", 1)[0].lower()
        tokens = [_letters(t) for t in re.split(r"[._+-]", local) if _letters(t)]
        if not tokens:
            continue
        flat = "".join(tokens)
        first, last = words[0], words[-1]
        candidates = {first + last, first[0] + last, last + first, last + first[0], first, last, first + last[0]}
        if flat in candidates or all(any(w.startswith(t) or t.startswith(w) for w in words) for t in tokens):
            best = max(best, 100.0)
        else:
            best = max(best, fuzz.partial_ratio(flat, first + last) * 0.8)
    return best


_SUFFIX_SPELLING = {"GMBH": "GmbH", "INC.": "Inc.", "INC": "Inc.", "LTD": "Ltd", "LTD.": "Ltd.", "CORP.": "Corp."}


def _company_case(text: str) -> str:
    """A company printed in capitals, as people write it: "NORTHWIND FREIGHT GMBH" → "Northwind Freight GmbH"."""
    if not text.isupper():
        return text
    return " ".join(_SUFFIX_SPELLING.get(w, _title_case(w) if len(w) > 3 else w) for w in text.split())


def _title_case(word: str) -> str:
    if not word.isupper() or len(word) <= 1:
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word.lower())


# --- step 1: contact details -------------------------------------------------------------------------------------
@dataclass
class _Piece:
    text: str
    index: int  # order on the card
    height: float | None


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
    for match in phonenumbers.PhoneNumberMatcher(rest, region, leniency=phonenumbers.Leniency.POSSIBLE):
        raw = match.raw_string.strip()
        if len(re.sub(r"\D", "", raw)) < 7:
            continue
        start, label = match.start, ""
        label_match = re.search(r"([^\W\d_]+)\.?\s*[:.]?\s*$", rest[: match.start])
        if label_match and label_match.group(1).lower() in PHONE_LABELS:
            start, label = label_match.start(), PHONE_LABELS[label_match.group(1).lower()]
        if not any(p.value == raw for p in fields.phones):
            fields.phones.append(PhoneField(raw, label))
        spans.append((start, match.end))
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


# --- step 2: address ---------------------------------------------------------------------------------------------
def _postal_match(text: str) -> re.Match | None:
    for pattern in POSTAL_PATTERNS:
        match = pattern.match(text.strip())
        locality = match.group("locality") if match else ""
        if match and not (is_title_line(locality) or is_company_line(locality) or _has_street_word(locality)):
            return match
    return None


def _is_country(text: str) -> bool:
    return text.strip(" .,").lower() in COUNTRIES


def _has_street_word(text: str) -> bool:
    return any(w in STREET_WORDS or w.endswith(_STREET_ENDINGS) for w in _lower_words(text))


_STREET_ENDINGS = ("straße", "strasse", "str.", "weg", "gasse", "platz", "laan", "straat", "gracht", "plein", "kade")


def _is_street(text: str) -> bool:
    """A street line: a street word with a number ("Main St 5", "Suite 400"), or a house number with a short name
    ("350 Fifth Avenue", "Keizersgracht 62")."""
    words = _lower_words(text)
    if not words or is_title_line(text) or re.search(r"\b(?:since|est\.?|founded|seit|depuis)\s+\d{4}\b", text, re.I):
        return False
    has_digit = bool(re.search(r"\d", text))
    if _has_street_word(text) and (has_digit or any(w in {"suite", "floor", "box"} for w in words)):
        return True
    if re.search(r"\bp\.?\s?o\.?\s+box\b", text, re.IGNORECASE):
        return True
    if not has_digit:
        return False
    if re.match(r"^\d{1,5}[a-zA-Z]?(?:-\d+)?\s+[^\W\d_]", text) and 2 <= len(words) <= 5:
        return True  # "350 Fifth Avenue"
    return bool(re.fullmatch(r"[^\W\d_][\w.'-]*(?:\s[^\W\d_][\w.'-]*)?\s\d{1,4}[a-zA-Z]?(?:[-/]\d+)?", text))


def _address_parts(text: str) -> list[str]:
    return [p.strip() for p in re.split(r",\s*|\s+[-–]\s+", text) if p.strip()]


def _has_postal(text: str) -> bool:
    parts = _address_parts(text)
    candidates = [text, *parts] + [", ".join(parts[i : i + 2]) for i in range(len(parts) - 1)]
    return any(_postal_match(c) for c in candidates)


def _is_address_piece(text: str) -> bool:
    return _has_postal(text) or _is_country(text) or any(_is_street(p) for p in _address_parts(text))


def _address_block(pieces: list[_Piece]) -> list[_Piece]:
    """The address lines: the line with a postal code and its neighbours that are streets or a country; without a
    postal code, the first street line (and a country right after it)."""
    anchors = [i for i, p in enumerate(pieces) if _has_postal(p.text) and _name_words(p.text) is None]
    if not anchors:
        anchors = [i for i, p in enumerate(pieces) if any(_is_street(x) for x in _address_parts(p.text))][:1]
    if not anchors:
        return []
    first = last = anchors[0]
    while first > 0 and _is_address_piece(pieces[first - 1].text) and _name_words(pieces[first - 1].text) is None:
        first -= 1
    while last + 1 < len(pieces) and _is_address_piece(pieces[last + 1].text):
        last += 1
    return pieces[first : last + 1]


def _parse_address(lines: Sequence[str]) -> AddressField:
    address = AddressField()
    parts: list[str] = []
    for line in lines:
        parts.extend(_address_parts(line))
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
        match = _postal_match(part)
        if match and not address.postal_code:
            address.postal_code = match.group("postal")
            address.locality = match.group("locality").strip(" ,")
            address.region = match.groupdict().get("region") or ""
        elif _is_country(part) and not address.country:
            address.country = part.strip(" .")
        else:
            streets.append(part)
    address.street = ", ".join(streets)
    return address


# --- step 3: name, title, company ----------------------------------------------------------------------------------
def _name_words(text: str) -> list[str] | None:
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
    if not all(w[0].isupper() or w.lower() in _NAME_PARTICLES for w in words):
        return None
    if is_title_line(" ".join(words)) or is_company_line(" ".join(words)):
        return None
    if _is_country(" ".join(words)) or _postal_match(" ".join(words)):
        return None
    return words


_NAME_PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "le", "la", "dos", "das",
                   "ter", "ten", "bin", "ibn", "al"}  # fmt: skip


def _split_name(words: list[str]) -> tuple[str, str]:
    words = [_title_case(w) for w in words]
    if len(words) >= 2 and words[0].endswith(","):  # "Doe, Jane"
        return " ".join(words[1:]), words[0].rstrip(",")
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in _NAME_PARTICLES:
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])


def _pick_name(pieces: list[_Piece], fields: CardFields, title_index: int | None) -> _Piece | None:
    stems = _domain_stems(fields.emails, fields.websites)
    heights = [p.height for p in pieces if p.height]
    tallest = max(heights) if heights else None
    best, best_score = None, 0.0
    for piece in pieces:
        words = _name_words(piece.text)
        if words is None:
            continue
        local = _local_part_similarity(" ".join(words), fields.emails)
        if _domain_similarity(piece.text, stems) >= 85 and local < 100:
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
    pieces: list[_Piece] = []
    for line in lines:
        if isinstance(line, str):
            line = RecognizedLine(line)
        text = _clean_text(line.text)
        if not text:
            continue
        for part in SEPARATORS_RE.split(text):
            rest = _extract_contacts(part.strip(), fields, region)
            if rest:
                pieces.append(_Piece(rest, len(pieces), line.height))

    fields.websites = _without_fragments(fields.websites, fields.emails)
    address_lines = _address_block(pieces)
    if address_lines:
        fields.address = _parse_address([p.text for p in address_lines])
    rest = [p for p in pieces if p not in address_lines]
    for position, piece in enumerate(rest):
        piece.index = position

    titles = [p for p in rest if is_title_line(p.text) and not has_legal_form(p.text)]
    stems = _domain_stems(fields.emails, fields.websites)
    name = _pick_name(rest, fields, titles[0].index if titles else None)
    if name is not None:
        fields.given_name, fields.family_name = _split_name(_name_words(name.text) or [])
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
        similarity = _domain_similarity(piece.text, stems)
        if similarity >= 75:
            score += similarity
        if piece.text.isupper() and len(piece.text) > 3:
            score += 10
        if len(_words(piece.text)) > 6:
            score -= 40  # a sentence: a tagline, not a company
        if score >= 60:
            company_scores.append((score, -piece.index, piece))
    if company_scores:
        company = max(company_scores, key=lambda item: item[:2])[2]
        fields.company = _company_case(company.text)
        rest = [p for p in rest if p is not company]
    elif name is not None:
        # a short capitalised line with no other meaning is usually the firm's name or logo; above the name first
        plain = [
            p
            for p in rest
            if 1 <= len(_words(p.text)) <= 4
            and all(w[:1].isupper() or not w[:1].isalpha() for w in _words(p.text))
            and not p.text.rstrip().endswith((".", "!"))
        ]
        plain.sort(key=lambda p: (p.index > name.index, p.index))
        if plain:
            fields.company = _company_case(plain[0].text)
            rest = [p for p in rest if p is not plain[0]]
    fields.notes = [p.text for p in rest]
    return fields
