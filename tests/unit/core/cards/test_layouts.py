"""Card designs and print sheets: everything stays on the card and apart; sheets hold 8–10 cards with cut marks."""

from __future__ import annotations

import itertools

import pytest

from app.core import translated
from app.core.cards.designs import (
    CARD_SIZES,
    DESIGNS,
    SAFE_MM,
    CardOptions,
    FillItem,
    PhotoItem,
    QrItem,
    TextItem,
    initials,
    layout_card,
)
from app.core.cards.sheet import MIN_MARGIN_MM, PAGE_SIZES, sheet_layout
from app.core.profile import ProfileData

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
FULL = ProfileData(
    name="Alexandra Konstantinopoulou-Smythe",
    headline="Supply-chain and warehouse operations manager with fifteen years in retail logistics",
    target_role="an operations manager role at a logistics or retail company",
    email="alexandra.konstantinopoulou@example.net",
    phone="+44 20 7946 0018",
    linkedin_url="https://www.linkedin.com/in/alexandra-k-smythe",
    website="https://alexandra.example.net",
    city="Manchester",
    photo=PNG,
)
ALL_OPTIONS = [
    CardOptions(design=d, size=s, show_qr=q, show_target=t, show_photo=p)
    for d, s, q, t, p in itertools.product(DESIGNS, CARD_SIZES, (True, False), (True, False), (True, False))
]


@pytest.mark.parametrize(
    "options", ALL_OPTIONS, ids=lambda o: f"{o.design}-{o.size}-qr{o.show_qr:d}-t{o.show_target:d}"
)
def test_every_item_stays_on_the_card_and_text_stays_inside_the_safe_margin(options):
    layout = layout_card(FULL, options, region="GB")
    size = layout.size
    for item in layout.items:
        box = item.box
        assert box.x >= -0.01 and box.y >= -0.01, item.role
        assert box.right <= size.width_mm + 0.01 and box.bottom <= size.height_mm + 0.01, item.role
        if isinstance(item, TextItem) and item.role != "initials":
            assert box.x >= SAFE_MM and box.right <= size.width_mm - SAFE_MM, item.role
            assert box.y >= SAFE_MM and box.bottom <= size.height_mm - SAFE_MM, item.role


@pytest.mark.parametrize(
    "options", ALL_OPTIONS, ids=lambda o: f"{o.design}-{o.size}-qr{o.show_qr:d}-t{o.show_target:d}"
)
def test_texts_the_qr_code_and_the_photo_never_overlap(options):
    layout = layout_card(FULL, options, region="GB")
    solid = [i for i in layout.items if not isinstance(i, FillItem)]
    for a, b in itertools.combinations(solid, 2):
        assert not a.box.overlaps(b.box), f"{a.role} overlaps {b.role}"


def test_the_qr_code_is_big_enough_to_scan_and_square():
    for design in DESIGNS:
        qr = layout_card(FULL, CardOptions(design=design), region="GB").item("qr")
        assert isinstance(qr, QrItem)
        assert qr.box.w == qr.box.h >= 18.0
        # at least 0.25 mm per module, what phone cameras read at arm's length
        assert qr.box.w / qr.matrix.size_with_quiet_zone() >= 0.25


def test_contact_details_are_all_on_the_card_in_order():
    layout = layout_card(FULL, CardOptions(), region="GB")
    texts = [i.text for i in layout.items if isinstance(i, TextItem) and i.role.startswith("contact")]
    assert texts == [
        "alexandra.konstantinopoulou@example.net",
        "+44 20 7946 0018",
        "alexandra.example.net",
        "linkedin.com/in/alexandra-k-smythe",
        "Manchester",
    ]


def test_options_choose_what_appears():
    plain = layout_card(FULL, CardOptions(show_qr=False, show_photo=False, show_target=False), region="GB")
    assert plain.item("qr") is None and plain.item("photo") is None and plain.item("target") is None
    rich = layout_card(FULL, CardOptions(show_qr=True, show_photo=True, show_target=True), region="GB")
    assert isinstance(rich.item("photo"), PhotoItem)
    assert rich.item("target").text.startswith("Looking for an operations manager role")


def test_the_target_line_reads_in_the_interface_language():
    german = {"Looking for {role}": "Ich suche: {role}"}
    translated.use(lambda context, text, *rest: german.get(text, text))
    try:
        card = layout_card(FULL, CardOptions(show_qr=False, show_target=True), region="GB")
    finally:
        translated.use(None)
    assert card.item("target").text == "Ich suche: an operations manager role at a logistics or retail company"


def test_an_empty_profile_gives_a_warning_and_no_qr_code():
    layout = layout_card(ProfileData(), CardOptions(), region="GB")
    assert layout.item("qr") is None
    assert any("My Profile" in w for w in layout.warnings)


def test_stored_options_are_read_defensively():
    assert CardOptions.from_dict(None) == CardOptions()
    assert CardOptions.from_dict({"design": "band", "size": "us", "accent": "#112233", "show_qr": False}) == (
        CardOptions(design="band", size="us", accent="#112233", show_qr=False)
    )
    bad = {"design": "fancy", "size": 3, "accent": "red; drop table", "show_qr": "yes", "extra": 1}
    assert CardOptions.from_dict(bad) == CardOptions()
    options = CardOptions(design="centered", font="serif", show_target=True)
    assert CardOptions.from_dict(options.to_dict()) == options


def test_initials():
    assert initials("Sam Rivera") == "SR"
    assert initials("Anna van der Berg") == "AB"
    assert initials("Cher") == "C"
    assert initials("") == ""


@pytest.mark.parametrize(
    ("page", "card", "count"), [("a4", "eu", 10), ("a4", "us", 10), ("letter", "us", 10), ("letter", "eu", 8)]
)
def test_a_sheet_holds_eight_to_ten_cards_inside_the_printable_area(page, card, count):
    sheet = sheet_layout(PAGE_SIZES[page], CARD_SIZES[card])
    assert sheet.count == count
    for box in sheet.cards:
        assert box.x >= MIN_MARGIN_MM and box.y >= MIN_MARGIN_MM
        assert box.right <= sheet.page.width_mm - MIN_MARGIN_MM + 0.01
        assert box.bottom <= sheet.page.height_mm - MIN_MARGIN_MM + 0.01
        assert (box.w, box.h) == (sheet.card.width_mm, sheet.card.height_mm)
    for a, b in itertools.combinations(sheet.cards, 2):
        assert not a.overlaps(b)


@pytest.mark.parametrize(("page", "card"), [("a4", "eu"), ("letter", "us"), ("letter", "eu")])
def test_cut_marks_extend_every_cutting_line_in_the_margin_only(page, card):
    sheet = sheet_layout(PAGE_SIZES[page], CARD_SIZES[card])
    assert len(sheet.marks) == 2 * (sheet.columns + 1) + 2 * (sheet.rows + 1)
    xs = {round(b.x, 3) for b in sheet.cards} | {round(b.right, 3) for b in sheet.cards}
    ys = {round(b.y, 3) for b in sheet.cards} | {round(b.bottom, 3) for b in sheet.cards}
    grid_left, grid_top = min(b.x for b in sheet.cards), min(b.y for b in sheet.cards)
    grid_right, grid_bottom = max(b.right for b in sheet.cards), max(b.bottom for b in sheet.cards)
    for mark in sheet.marks:
        assert min(mark.x1, mark.x2) >= 0 and max(mark.x1, mark.x2) <= sheet.page.width_mm
        assert min(mark.y1, mark.y2) >= 0 and max(mark.y1, mark.y2) <= sheet.page.height_mm
        vertical = mark.x1 == mark.x2
        if vertical:
            assert round(mark.x1, 3) in xs
            assert max(mark.y1, mark.y2) < grid_top or min(mark.y1, mark.y2) > grid_bottom
        else:
            assert round(mark.y1, 3) in ys
            assert max(mark.x1, mark.x2) < grid_left or min(mark.x1, mark.x2) > grid_right
