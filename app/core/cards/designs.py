"""My business card as layout data: where each piece of text, the QR code and the accent shapes go, in millimetres.

Three designs, each a function of the card size, so that the European (85 × 55 mm) and US (3.5 × 2 in) cards
both look right. Core decides *where*; the UI's painter decides *how* (fonts, shrinking a long name to fit its
box), so the same layout draws the preview on screen, the PDF and the printed sheet. Everything keeps a 4 mm
safe margin from the trim line, as printers ask.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from app.core import translated
from app.core.cards.qr import QrMatrix, QrTooLargeError, make_qr
from app.core.cards.qr_vcard import VCardError, profile_vcard
from app.core.profile import ProfileData, contact_lines
from app.core.translated import QT_TRANSLATE_NOOP
from app.models import Setting

SAFE_MM = 4.0
OPTIONS_SETTING = "business_card"
_tr = translated.tr


@dataclass(frozen=True)
class CardSize:
    key: str
    label: str
    width_mm: float
    height_mm: float


CARD_SIZES = {
    "eu": CardSize("eu", "85 × 55 mm (Europe)", 85.0, 55.0),
    "us": CardSize("us", "3.5 × 2 in (US)", 88.9, 50.8),
}


@dataclass(frozen=True)
class Design:
    key: str
    label: str
    description: str


DESIGNS = {
    "classic": Design(
        "classic",
        QT_TRANSLATE_NOOP("CardDesigner", "Classic"),
        QT_TRANSLATE_NOOP("CardDesigner", "Name at the top, details at the bottom, QR code in the corner."),
    ),
    "band": Design(
        "band",
        QT_TRANSLATE_NOOP("CardDesigner", "Accent band"),
        QT_TRANSLATE_NOOP("CardDesigner", "A band of colour with your initials and the QR code."),
    ),
    "centered": Design(
        "centered",
        QT_TRANSLATE_NOOP("CardDesigner", "Centred"),
        QT_TRANSLATE_NOOP("CardDesigner", "Everything centred and calm; the QR code sits on the right."),
    ),
}
ACCENTS = {
    "#2f5d8a": QT_TRANSLATE_NOOP("CardDesigner", "Blue"),
    "#2e6b4f": QT_TRANSLATE_NOOP("CardDesigner", "Green"),
    "#8a3a2f": QT_TRANSLATE_NOOP("CardDesigner", "Brick"),
    "#5b4a8a": QT_TRANSLATE_NOOP("CardDesigner", "Plum"),
    "#3d4451": QT_TRANSLATE_NOOP("CardDesigner", "Graphite"),
}
# The colours of the printed card: paper is paper in light and dark mode alike.
PAPER, INK, MUTED = "#ffffff", "#1d2228", "#59616b"


@dataclass(frozen=True)
class CardOptions:
    """The designer's choices (stored with the data, setting ``business_card``)."""

    design: str = "classic"
    size: str = "eu"
    accent: str = "#2f5d8a"
    font: str = "sans"  # "sans" or "serif"
    show_qr: bool = True
    show_target: bool = False
    show_photo: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> CardOptions:
        """Options from stored JSON; unknown keys are ignored and bad values fall back to the defaults."""
        if not isinstance(data, dict):
            return cls()
        default = cls()
        values: dict[str, Any] = {}
        for name, choices in (("design", DESIGNS), ("size", CARD_SIZES), ("font", ("sans", "serif"))):
            value = data.get(name)
            values[name] = value if isinstance(value, str) and value in choices else getattr(default, name)
        accent = data.get("accent")
        values["accent"] = accent if isinstance(accent, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", accent) else None
        values["accent"] = values["accent"] or default.accent
        for name in ("show_qr", "show_target", "show_photo"):
            value = data.get(name)
            values[name] = value if isinstance(value, bool) else getattr(default, name)
        return cls(**values)


def load_options(default: CardOptions) -> CardOptions:
    """The designer's options as last chosen, or ``default`` (the UI's locale-based one) before any choice."""
    stored = Setting.read(OPTIONS_SETTING)
    return CardOptions.from_dict(stored) if stored else default


def save_options(options: CardOptions) -> None:
    Setting.write(OPTIONS_SETTING, options.to_dict())


@dataclass(frozen=True)
class Box:
    """A rectangle on the card, in millimetres from the top-left corner."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlaps(self, other: Box) -> bool:
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom


@dataclass(frozen=True)
class TextItem:
    """Text drawn inside ``box``: wrapped onto at most ``max_lines`` lines, shrunk from ``size_pt`` down to
    ``min_pt`` when it does not fit, elided as a last resort. ``role`` names what it is (for tests)."""

    role: str
    box: Box
    text: str
    size_pt: float
    min_pt: float = 5.5
    bold: bool = False
    italic: bool = False
    colour: str = INK
    align: str = "left"  # left, center, right
    valign: str = "top"  # top, middle, bottom
    max_lines: int = 1
    line_spacing: float = 1.25


@dataclass(frozen=True)
class FillItem:
    role: str
    box: Box
    colour: str
    radius_mm: float = 0.0


@dataclass(frozen=True)
class QrItem:
    """The QR code; ``box`` includes the quiet zone, which is painted in paper colour."""

    role: str
    box: Box
    matrix: QrMatrix


@dataclass(frozen=True)
class PhotoItem:
    role: str
    box: Box
    data: bytes
    round: bool = True


@dataclass(frozen=True)
class CardLayout:
    size: CardSize
    options: CardOptions
    font: str
    items: list = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def item(self, role: str):
        return next((item for item in self.items if item.role == role), None)


def initials(name: str) -> str:
    words = [w for w in name.split() if w[:1].isalpha()]
    if not words:
        return ""
    return (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()


def _qr(profile: ProfileData, warnings: list[str], region: str | None) -> QrMatrix | None:
    try:
        return make_qr(profile_vcard(profile, region=region))
    except (VCardError, QrTooLargeError) as exc:
        warnings.append(_tr("No QR code: {reason}").format(reason=exc))
        return None


def layout_card(profile: ProfileData, options: CardOptions, *, region: str | None = None) -> CardLayout:
    """Where everything goes on my card with these options (``region``: for the phone number in the QR code;
    None reads the app's setting from the database)."""
    size = CARD_SIZES[options.size]
    warnings: list[str] = []
    if not profile.name.strip():
        warnings.append(_tr("Your name is empty: fill in My Profile first."))
    matrix = _qr(profile, warnings, region) if options.show_qr and profile.name.strip() else None
    photo = profile.photo if options.show_photo and profile.photo else None
    builder = {"classic": _classic, "band": _band, "centered": _centered}[options.design]
    items = builder(profile, options, size, matrix, photo)
    return CardLayout(size, options, options.font, [i for i in items if i is not None], warnings)


def _target_line(profile: ProfileData, options: CardOptions) -> str:
    if not (options.show_target and profile.target_role):
        return ""
    return _tr("Looking for {role}").format(role=profile.target_role)


def _contact_block(lines: list[str], box: Box, *, align: str = "left", size: float = 6.8) -> list[TextItem]:
    """One text item per contact line, aligned to the bottom of ``box``; when room is short the first lines
    (email, phone) are the ones kept."""
    step = 3.5
    lines = lines[: int((box.h + 0.01) // step)]
    top = box.bottom - len(lines) * step
    return [
        TextItem(f"contact{i}", Box(box.x, top + i * step, box.w, step), line, size, 5.0, align=align, valign="bottom")
        for i, line in enumerate(lines)
    ]


def _classic(profile, options, size: CardSize, matrix, photo) -> list:
    w, h, m = size.width_mm, size.height_mm, SAFE_MM + 1.0
    qr_size = 22.0 if matrix else 0.0
    photo_size = 14.0 if photo else 0.0
    top_w = w - 2 * m - (photo_size + 3 if photo else 0)
    items: list = [
        TextItem("name", Box(m, m, top_w, 6.5), profile.name, 13.5, 8.0, bold=True),
        TextItem("headline", Box(m, m + 7.0, top_w, 7.0), profile.headline, 7.2, 5.5, colour=MUTED, max_lines=2),
        FillItem("rule", Box(m, m + 15.0, 10.0, 0.7), options.accent),
    ]
    target = _target_line(profile, options)
    if target:
        target_w = w - 2 * m - (qr_size + 3 if matrix else 0)  # it reaches down beside the QR code
        items.append(TextItem("target", Box(m, m + 17.0, target_w, 6.0), target, 6.5, 5.0, italic=True,
                              colour=options.accent, max_lines=2))  # fmt: skip
    if photo:
        items.append(PhotoItem("photo", Box(w - m - photo_size, m, photo_size, photo_size), photo))
    details = Box(m, h - m - 18.0, w - 2 * m - (qr_size + 3 if matrix else 0), 18.0)
    items += _contact_block(contact_lines(profile), details)
    if matrix:
        items.append(QrItem("qr", Box(w - m - qr_size + 1.0, h - m - qr_size + 1.0, qr_size, qr_size), matrix))
    return items


def _band(profile, options, size: CardSize, matrix, photo) -> list:
    w, h, m = size.width_mm, size.height_mm, SAFE_MM + 1.0
    band_w = 27.0
    items: list = [FillItem("band", Box(0, 0, band_w, h), options.accent)]
    if photo:
        items.append(PhotoItem("photo", Box((band_w - 16) / 2, m, 16, 16), photo))
    else:
        items.append(TextItem("initials", Box(0, m, band_w, 12), initials(profile.name), 20, 12, bold=True,
                              colour=PAPER, align="center", valign="middle"))  # fmt: skip
    if matrix:
        qr_size = 21.0
        items.append(QrItem("qr", Box((band_w - qr_size) / 2, h - m - qr_size + 1.0, qr_size, qr_size), matrix))
    x = band_w + 5.0
    text_w = w - x - m
    items += [
        TextItem("name", Box(x, m, text_w, 6.5), profile.name, 12.5, 7.5, bold=True),
        TextItem("headline", Box(x, m + 7.0, text_w, 7.0), profile.headline, 7.0, 5.5, colour=MUTED, max_lines=2),
    ]
    target = _target_line(profile, options)
    if target:
        items.append(TextItem("target", Box(x, m + 15.0, text_w, 6.0), target, 6.3, 5.0, italic=True,
                              colour=options.accent, max_lines=2))  # fmt: skip
    items += _contact_block(contact_lines(profile), Box(x, h - m - 18.0, text_w, 18.0))
    return items


def _centered(profile, options, size: CardSize, matrix, photo) -> list:
    w, h, m = size.width_mm, size.height_mm, SAFE_MM + 1.0
    qr_size = 21.0 if matrix else 0.0
    text_w = w - 2 * m - (qr_size + 3 if matrix else 0)
    x = m
    items: list = []
    top = m + 2.0
    if photo:
        items.append(PhotoItem("photo", Box(x + (text_w - 11) / 2, m - 1.0, 11, 11), photo))
        top = m + 11.0
    items += [
        TextItem("name", Box(x, top, text_w, 6.5), profile.name, 13, 8.0, bold=True, align="center"),
        TextItem("headline", Box(x, top + 7.0, text_w, 7.0), profile.headline, 7.0, 5.5, colour=MUTED,
                 align="center", max_lines=2),
        FillItem("rule", Box(x + text_w / 2 - 5.0, top + 15.0, 10.0, 0.6), options.accent),
    ]  # fmt: skip
    target = _target_line(profile, options)
    if target and not photo:
        items.append(TextItem("target", Box(x, top + 17.0, text_w, 6.0), target, 6.3, 5.0, italic=True,
                              colour=options.accent, align="center", max_lines=2))  # fmt: skip
    lines = contact_lines(profile)
    room = 14.0 if (target and not photo) or photo else 18.0
    items += _contact_block(lines, Box(x, h - m - room, text_w, room), align="center", size=6.5)
    if matrix:
        items.append(QrItem("qr", Box(w - m - qr_size + 1.0, (h - qr_size) / 2, qr_size, qr_size), matrix))
    return items
