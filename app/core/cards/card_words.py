"""What the card reader knows of card text (see :mod:`.classify`): title, company, street and country words,
honorifics, phone labels, the patterns of e-mails, links and postcodes, and the small tests and spellings built on
them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz

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
def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "").replace("\u00a0", " ")
    text = re.sub(r"\bwww\.\s+(?=[a-z0-9])", "www.", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(https?://)\s+", r"\1", text, flags=re.IGNORECASE)
    if "@" in text:  # "j .whitfield@woodgrovebank. com" → "j.whitfield@woodgrovebank.com"
        text = re.sub(r"(\w)\s+\.(?=[\w.+-]*@)", r"\1.", text)
        text = re.sub(r"(@[\w.-]+)\.\s+([a-z]{2,})\b", r"\1.\2", text)
    text = re.sub(r"\s*\(at\)\s*|\s*\[at\]\s*|\s+@\s*|\s*@\s+", "@", text, flags=re.IGNORECASE)
    return " ".join(text.split())


def word_list(text: str) -> list[str]:
    return [w.strip(",;:()") for w in text.split() if w.strip(",;:()")]


def lower_word_list(text: str) -> list[str]:
    return [w.lower() for w in word_list(text)]


def letters_of(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if c.isalnum() and c.isascii())


def is_title_line(text: str) -> bool:
    lower = text.lower()
    if any(phrase in lower for phrase in TITLE_PHRASES):
        return True
    return any(w.strip(".&/") in TITLE_WORDS for w in re.split(r"[\s,/&]+", lower))


def has_legal_form(text: str) -> bool:
    """Inc., GmbH, Ltd… at the end (or inside: "Acme GmbH & Co. KG")."""
    words = lower_word_list(text)
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
    return "&" in text or any(w in ORG_WORDS for w in lower_word_list(text))


def domain_stems(emails: Sequence[str], websites: Sequence[str]) -> list[str]:
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


def domain_similarity(text: str, stems: Sequence[str]) -> float:
    letters = letters_of(text)
    if not letters or not stems:
        return 0.0
    best = 0.0
    for stem in stems:
        flat = letters_of(stem)
        if len(flat) < 3:
            continue
        best = max(best, fuzz.ratio(letters, flat), fuzz.partial_ratio(flat, letters) if len(flat) >= 5 else 0)
        initials = "".join(w[0] for w in word_list(text) if w[:1].isalpha()).lower()
        if len(initials) >= 2 and initials == flat:
            best = max(best, 90.0)
    return best


def local_part_similarity(name: str, emails: Sequence[str]) -> float:
    """How well a candidate name explains an email's local part (jane.doe, jdoe, doe.j, jane)."""
    words = [letters_of(w) for w in word_list(name) if letters_of(w)]
    if len(words) < 2:
        return 0.0
    best = 0.0
    for email in emails:
        local = email.split("@", 1)[0].lower()
        tokens = [letters_of(t) for t in re.split(r"[._+-]", local) if letters_of(t)]
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


SUFFIX_SPELLING = {"GMBH": "GmbH", "INC.": "Inc.", "INC": "Inc.", "LTD": "Ltd", "LTD.": "Ltd.", "CORP.": "Corp."}


def company_case(text: str) -> str:
    """A company printed in capitals, as people write it: "NORTHWIND FREIGHT GMBH" → "Northwind Freight GmbH"."""
    if not text.isupper():
        return text
    return " ".join(SUFFIX_SPELLING.get(w, title_case(w) if len(w) > 3 else w) for w in text.split())


def title_case(word: str) -> str:
    if not word.isupper() or len(word) <= 1:
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word.lower())
