"""Synthetic business cards with known fields, drawn with Pillow, for the OCR tests and benchmarks/bench_cards.py.

Cards vary the way real ones do: five layouts, the DejaVu fonts found on this machine (sans, serif, condensed,
mono), printed in capitals or not, a slight rotation, and either a plain paper scan or a photo of the card lying
on a noisy, unevenly lit table. Every person, company and address is fictional.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
FONTS = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
}
LAYOUTS = ("left", "company_top", "two_column", "centered", "band")
BACKGROUNDS = ("white", "cream", "photo")

PEOPLE = [
    ("Margaret", "O'Neill"), ("Tom", "Becker"), ("Amara", "Okafor"), ("Lucas", "Moreau"), ("Priya", "Raman"),
    ("Daniel", "Kowalski"), ("Sofia", "Lindqvist"), ("Hiroshi", "Tanaka"), ("Elena", "Petrova"), ("James", "Whitfield"),
    ("Chloé", "Dubois"), ("Mateo", "García"), ("Hannah", "Schneider"), ("Kwame", "Mensah"), ("Isabel", "Costa"),
    ("Oliver", "Grant"), ("Fatima", "Haddad"), ("Noah", "Fischer"), ("Grace", "Liu"), ("Ravi", "Desai"),
    ("Anna", "van Dijk"), ("Patrick", "Byrne"), ("Leila", "Farahani"), ("Marcus", "Johnson"), ("Ingrid", "Berg"),
]  # fmt: skip
TITLES = [
    "Senior Logistics Manager", "Art Director", "Head of Operations", "Software Engineer", "Sales Director",
    "Chief Financial Officer", "Marketing Manager", "Project Coordinator", "Founder & CEO", "Account Executive",
    "Data Analyst", "Procurement Specialist", "Vice President, Sales", "HR Business Partner", "Product Designer",
    "Office Manager", "Senior Consultant", "Warehouse Supervisor", "Talent Acquisition Lead", "Managing Director",
]  # fmt: skip
COMPANIES = [
    # name, domain stem, TLD
    ("Northwind Freight GmbH", "northwind-freight", "de"), ("Blue Harbor Studio", "blueharbor", "studio"),
    ("Contoso Pharmaceuticals", "contoso", "com"), ("Fabrikam Inc.", "fabrikam", "com"),
    ("Tailspin Logistics", "tailspin", "io"), ("Alpine Ridge Partners", "alpineridge", "com"),
    ("Lakeside Dental Group", "lakesidedental", "com"), ("Margie's Travel", "margiestravel", "com"),
    ("Wingtip Toys Ltd", "wingtiptoys", "co.uk"), ("Adventure Works", "adventure-works", "com"),
    ("Proseware Systems", "proseware", "net"), ("Litware Consulting", "litware", "nl"),
    ("Coho Winery", "cohowinery", "com"), ("Trey Research", "treyresearch", "net"),
    ("Woodgrove Bank", "woodgrovebank", "com"), ("Humongous Insurance", "humongousinsurance", "com"),
]  # fmt: skip
ADDRESSES = [
    # street line, town line, country, (postal, locality, region), region code for phones
    ("Friedrichstraße 12", "10117 Berlin", "Germany", ("10117", "Berlin", ""), "DE"),
    ("350 Fifth Avenue, Suite 400", "New York, NY 10118", "", ("10118", "New York", "NY"), "US"),
    ("22 Clerkenwell Road", "London EC1M 5RD", "United Kingdom", ("EC1M 5RD", "London", ""), "GB"),
    ("Keizersgracht 62", "1015 CS Amsterdam", "", ("1015 CS", "Amsterdam", ""), "NL"),
    ("14 rue de la Paix", "75002 Paris", "France", ("75002", "Paris", ""), "FR"),
    ("1200 Congress Avenue", "Austin, TX 78701", "", ("78701", "Austin", "TX"), "US"),
    ("88 Harbour Street", "Toronto, ON M5J 2T6", "Canada", ("M5J 2T6", "Toronto", "ON"), "CA"),
    ("Bahnhofstrasse 45", "8001 Zürich", "Switzerland", ("8001", "Zürich", ""), "CH"),
]  # fmt: skip
PHONES = {
    "DE": ["+49 30 1234 5678", "+49 171 234 5678", "030 2345 6789"],
    "US": ["+1 (212) 555-0147", "(512) 555-0199", "212.555.0123", "+1 415 555 0134"],
    "GB": ["+44 20 7946 0018", "020 7946 0321", "+44 7700 900123"],
    "NL": ["+31 20 123 4567", "020 765 4321"],
    "FR": ["+33 1 42 68 53 00", "01 45 67 89 10"],
    "CA": ["+1 416 555 0182", "(416) 555-0166"],
    "CH": ["+41 44 668 18 00", "044 123 45 67"],
}
TAGLINES = ["Moving goods, on time.", "Good design is honest.", "Trusted since 1987", "We make hard things simple."]
PHONE_PREFIX = {"work": ["T ", "Tel. ", "Phone: ", "Office ", ""], "mobile": ["M ", "Mobile: ", "Cell "]}


@dataclass
class SyntheticCard:
    """One card: what is printed on it (``expected``) and how it is drawn."""

    seed: int
    given_name: str
    family_name: str
    title: str
    company: str
    email: str
    phones: list[tuple[str, str]]  # (label, value as printed)
    website: str
    street: str
    town: str
    country: str
    postal: tuple[str, str, str]
    region: str
    tagline: str
    layout: str
    font: str
    capitals: bool
    background: str
    rotation: float
    lines: list[tuple[str, str]] = field(default_factory=list)  # (role, text) in drawing order

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


def make_card(seed: int) -> SyntheticCard:
    """The card number ``seed``: the same seed always gives the same card."""
    rng = random.Random(seed)
    given, family = PEOPLE[seed % len(PEOPLE)]
    company, stem, tld = COMPANIES[(seed * 7) % len(COMPANIES)]
    street, town, country, postal, region = ADDRESSES[(seed * 3) % len(ADDRESSES)]
    has_address = rng.random() < 0.7
    local = rng.choice([f"{given[0]}.{family}", f"{given}.{family}", f"{given}", f"{given[0]}{family}"])
    local = local.lower().replace("'", "").replace(" ", "").replace("é", "e").replace("í", "i")
    phones = [("work", rng.choice(PHONES[region]))]
    if rng.random() < 0.4:
        phones.append(("mobile", rng.choice([p for p in PHONES[region] if p != phones[0][1]])))
    return SyntheticCard(
        seed=seed,
        given_name=given,
        family_name=family,
        title=TITLES[(seed * 11) % len(TITLES)],
        company=company,
        email=f"{local}@{stem}.{tld}",
        phones=phones,
        website=f"www.{stem}.{tld}" if rng.random() < 0.6 else "",
        street=street if has_address else "",
        town=town if has_address else "",
        country=(country if rng.random() < 0.5 else "") if has_address else "",
        postal=postal if has_address else ("", "", ""),
        region=region,
        tagline=rng.choice(TAGLINES) if rng.random() < 0.25 else "",
        layout=LAYOUTS[seed % len(LAYOUTS)],
        font=rng.choice(list(FONTS)),
        capitals=rng.random() < 0.2,
        background=BACKGROUNDS[(seed // len(LAYOUTS)) % len(BACKGROUNDS)],
        rotation=rng.uniform(-3.0, 3.0),
    )


def make_cards(count: int, start: int = 0) -> list[SyntheticCard]:
    return [make_card(seed) for seed in range(start, start + count)]


def _font(name: str, bold: bool, size: int) -> ImageFont.FreeTypeFont:
    filename = FONTS[name][1 if bold else 0]
    for folder in FONT_DIRS:
        if (folder / filename).exists():
            return ImageFont.truetype(str(folder / filename), size)
    raise FileNotFoundError(f"font {filename} not found (install fonts-dejavu-core)")


def _phone_text(label: str, value: str, rng: random.Random) -> str:
    return rng.choice(PHONE_PREFIX[label]) + value


def render(card: SyntheticCard, width: int = 1050, height: int = 600) -> Image.Image:
    """Draw ``card`` (3.5 × 2 in at 300 dpi) and, for the "photo" background, photograph it on a table."""
    rng = random.Random(card.seed * 31 + 1)
    paper = {"white": "#ffffff", "cream": "#f7f1e3", "photo": "#fbfbf8"}[card.background]
    ink, muted, accent = "#1b1b1b", "#4a4a4a", rng.choice(["#1f4e79", "#7a1f2b", "#2e5e3a", "#3b3b6d"])
    image = Image.new("RGB", (width, height), paper)
    draw = ImageDraw.Draw(image)
    up = (lambda s: s.upper()) if card.capitals else (lambda s: s)

    name_font = _font(card.font, True, 54 if card.font != "condensed" else 58)
    title_font = _font(card.font, False, 30)
    company_font = _font(card.font, True, 34)
    small = _font(card.font if card.font != "serif" else "sans", False, 26)
    name, title, company = up(card.full_name), card.title, card.company
    contact = [_phone_text(label, value, rng) for label, value in card.phones]
    contact.append(card.email)
    if card.website:
        contact.append(card.website)
    if card.street:
        contact.extend([card.street, card.town] + ([card.country] if card.country else []))
    margin = 60

    def put(xy, text, font, fill, anchor="la", room=width - 2 * margin):
        while draw.textlength(text, font=font) > room and font.size > 12:  # shrink to fit, as a designer would
            font = font.font_variant(size=font.size - 2)
        draw.text(xy, text, font=font, fill=fill, anchor=anchor)

    def column(x, y, texts, font, fill, anchor="la", step=38, room=width - 2 * margin):
        for i, text in enumerate(texts):
            put((x, y + i * step), text, font, fill, anchor, room)

    bottom = height - margin - 38 * len(contact) + 10
    if card.layout == "left":
        put((margin, margin), name, name_font, ink)
        put((margin, margin + 72), title, title_font, muted)
        put((margin, margin + 116), company, company_font, accent)
        column(margin, max(bottom, margin + 175), contact, small, ink)
    elif card.layout == "company_top":
        put((margin, margin), up(company), company_font, accent)
        put((margin, margin + 70), name, name_font, ink)
        put((margin, margin + 140), title, title_font, muted)
        column(width - margin, max(bottom, margin + 195), contact, small, ink, anchor="ra")
    elif card.layout == "two_column":
        split = width // 2 + 40
        room = split - 2 * margin
        put((margin, margin + 20), name, name_font, ink, room=room)
        put((margin, margin + 92), title, title_font, muted, room=room)
        put((margin, height - margin - 40), company, company_font, accent, room=room)
        narrow = _font(card.font if card.font != "serif" else "sans", False, 22)
        column(split, margin + 30, contact, narrow, ink, step=34, room=width - split - margin)
    elif card.layout == "centered":
        put((width // 2, margin), company, company_font, accent, "ma")
        put((width // 2, margin + 80), name, name_font, ink, "ma")
        put((width // 2, margin + 150), title, title_font, muted, "ma")
        joined = [" | ".join(contact[: len(card.phones)]), *contact[len(card.phones) :]]
        column(width // 2, max(height - margin - 36 * len(joined) + 6, margin + 210), joined, small, ink, "ma", 36)
    else:  # band
        draw.rectangle((0, 0, width, 130), fill=accent)
        put((margin, 42), up(company), company_font, "#ffffff")
        put((margin, 165), name, name_font, ink)
        put((margin, 235), title, title_font, muted)
        column(margin, max(bottom, 290), contact, small, ink)
    if card.tagline:
        tag_font = _font("serif", False, 22)
        put((width - margin, height - 30), card.tagline, tag_font, muted, "rs")

    if card.background == "photo":
        return _photograph(image, card.rotation, rng)
    return image.rotate(card.rotation, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=paper)


def _photograph(card: Image.Image, rotation: float, rng: random.Random) -> Image.Image:
    """The card lying on a wooden-ish table under uneven light, photographed with a noisy phone camera."""
    width, height = card.width + 360, card.height + 300
    table = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    tint = Image.new("RGB", (width, height), (122, 94, 70))
    table = Image.blend(table, tint, 0.75)
    grain = Image.effect_noise((width, height), 40).convert("RGB")
    table = Image.blend(table, grain, 0.25)
    shadow = Image.new("L", card.size, 0)
    shadow_full = Image.new("L", (width, height), 0)
    rotated = card.convert("RGBA").rotate(rotation, resample=Image.Resampling.BICUBIC, expand=True)
    x, y = (width - rotated.width) // 2 + rng.randint(-30, 30), (height - rotated.height) // 2 + rng.randint(-20, 20)
    shadow = Image.new("L", rotated.size, 90)
    shadow_full.paste(shadow, (x + 10, y + 12), rotated.getchannel("A"))
    table.paste((40, 30, 20), (0, 0), shadow_full.filter(ImageFilter.GaussianBlur(12)))
    table.paste(rotated, (x, y), rotated)
    light = Image.radial_gradient("L").resize((width, height)).point(lambda v: 255 - v // 3)
    table = Image.composite(table, Image.new("RGB", (width, height), (30, 25, 20)), light)
    noise = Image.effect_noise((width, height), 18).convert("RGB")
    table = Image.blend(table, noise, 0.08).filter(ImageFilter.GaussianBlur(0.6))
    # a phone photo taken from a little further away, saved as a compressed JPEG
    smaller = table.resize((int(width * 0.8), int(height * 0.8)), Image.Resampling.BILINEAR)
    out = io.BytesIO()
    smaller.save(out, format="JPEG", quality=72)
    return Image.open(io.BytesIO(out.getvalue())).convert("RGB")


def to_png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def to_jpeg(image: Image.Image, quality: int = 88) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, format="JPEG", quality=quality)
    return out.getvalue()


# --- scoring -------------------------------------------------------------------------------------------------------
SCORED_FIELDS = ("name", "title", "company", "email", "phones", "website", "address")


def _norm(text: str) -> str:
    return " ".join((text or "").casefold().split())


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def score(card: SyntheticCard, fields) -> dict[str, bool]:
    """Field by field: did the classifier (``CardFields``) read what is printed on ``card``?"""
    address = fields.address
    want_address = (_norm(card.street), *(_norm(p) for p in card.postal[:2]))
    got_address = (_norm(address.street), _norm(address.postal_code), _norm(address.locality))
    return {
        "name": (_norm(fields.given_name), _norm(fields.family_name))
        == (_norm(card.given_name), _norm(card.family_name)),
        "title": _norm(fields.title) == _norm(card.title),
        "company": _norm(fields.company) == _norm(card.company),
        "email": [_norm(e) for e in fields.emails] == [_norm(card.email)],
        "phones": sorted(_digits(p.value) for p in fields.phones) == sorted(_digits(v) for _, v in card.phones),
        "website": [_norm(w) for w in fields.websites] == ([_norm(card.website)] if card.website else []),
        "address": got_address == want_address,
    }
