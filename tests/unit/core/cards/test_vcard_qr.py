"""My vCard and its QR code: the text parses back, and a decoder reads the QR code back to the same vCard."""

from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image, ImageDraw

from app.core.cards.qr import QUIET_ZONE, QrTooLargeError, make_qr
from app.core.cards.qr_vcard import VCardError, profile_vcard
from app.core.profile import ProfileData
from tests.helpers.vcard import parse_vcard

SAM = ProfileData(
    name="Sam Rivera",
    headline="Operations manager · warehouses that ship on time",
    target_role="an operations role in logistics",
    email="sam.rivera@example.net",
    phone="(202) 555-0147",
    linkedin_url="https://www.linkedin.com/in/sam-rivera-example",
    website="https://samrivera.example.net",
    city="Springfield",
)


def draw_matrix(matrix, module_px: int = 6) -> Image.Image:
    """The QR code as black squares on white, quiet zone included (what the card painter does, in Pillow)."""
    side = matrix.size_with_quiet_zone() * module_px
    image = Image.new("L", (side, side), 255)
    draw = ImageDraw.Draw(image)
    for y, row in enumerate(matrix.rows):
        for x, dark in enumerate(row):
            if dark:
                left, top = (x + QUIET_ZONE) * module_px, (y + QUIET_ZONE) * module_px
                draw.rectangle((left, top, left + module_px - 1, top + module_px - 1), fill=0)
    return image


def test_vcard_is_version_3_with_every_profile_field():
    card = parse_vcard(profile_vcard(SAM, region="US"))
    assert card.version.value == "3.0"
    assert card.fn.value == "Sam Rivera"
    assert (card.n.value.given, card.n.value.family) == ("Sam", "Rivera")
    assert card.title.value == SAM.headline
    assert card.email.value == "sam.rivera@example.net"
    assert card.tel.value == "+12025550147"  # E.164: the card may be scanned in another country
    assert sorted(u.value for u in card.contents["url"]) == sorted([SAM.website, SAM.linkedin_url])
    assert card.adr.value.city == "Springfield"
    assert "note" not in card.contents


def test_what_i_am_looking_for_goes_in_the_note_when_asked():
    card = parse_vcard(profile_vcard(SAM, include_target=True, region="US"))
    assert card.note.value == "Looking for: an operations role in logistics"


def test_a_profile_without_a_name_has_no_vcard():
    with pytest.raises(VCardError):
        profile_vcard(ProfileData(email="x@example.org"))


def test_a_minimal_profile_still_makes_a_valid_vcard():
    card = parse_vcard(profile_vcard(ProfileData(name="Cher")))
    assert card.fn.value == "Cher"
    assert "email" not in card.contents


def test_the_read_back_check_refuses_text_that_is_not_that_vcard():
    from app.core.cards.qr_vcard import check_vcard

    good = profile_vcard(SAM, region="US")
    check_vcard(good, "Sam Rivera")
    for text, name in (
        ("hello", "Sam Rivera"),
        ("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "Sam Rivera"),
        (good, "Someone Else"),
        (good + good, "Sam Rivera"),
    ):
        with pytest.raises(VCardError):
            check_vcard(text, name)


@pytest.mark.parametrize("include_target", [False, True])
def test_the_qr_code_decodes_to_my_vcard(include_target):
    text = profile_vcard(SAM, include_target=include_target, region="US")
    matrix = make_qr(text)
    results = zxingcpp.read_barcodes(draw_matrix(matrix))
    assert len(results) == 1
    assert results[0].format == zxingcpp.BarcodeFormat.QRCode
    decoded = results[0].text
    assert decoded.replace("\r\n", "\n") == text.replace("\r\n", "\n")
    card = parse_vcard(decoded)
    assert card.fn.value == "Sam Rivera"
    assert card.title.value == SAM.headline  # UTF-8 survives ("·")


def test_the_qr_code_is_as_small_as_possible_for_a_card():
    matrix = make_qr(profile_vcard(SAM, region="US"))
    assert matrix.version <= 12
    assert matrix.size == 17 + 4 * matrix.version


def test_too_much_text_is_refused_rather_than_printed_unreadably():
    with pytest.raises(QrTooLargeError):
        make_qr("x" * 2000)
