"""The card classifier on recognised text (no OCR needed): hand-written cards and real recognition results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.cards.classify import RecognizedLine, classify
from tests.helpers.synthetic_cards import make_card, score

FIXTURES = Path(__file__).parent / "fixtures" / "recognised_cards.json"


def test_a_plain_european_card_is_read_field_by_field():
    fields = classify(
        [
            "Margaret O'Neill",
            "Senior Logistics Manager",
            "Northwind Freight GmbH",
            "m.oneill@northwind-freight.de",
            "+49 30 1234 5678",
            "www.northwind-freight.de",
            "Friedrichstraße 12, 10117 Berlin",
        ],
        region="DE",
    )
    assert (fields.given_name, fields.family_name) == ("Margaret", "O'Neill")
    assert fields.title == "Senior Logistics Manager"
    assert fields.company == "Northwind Freight GmbH"
    assert fields.emails == ["m.oneill@northwind-freight.de"]
    assert [p.value for p in fields.phones] == ["+49 30 1234 5678"]
    assert fields.websites == ["www.northwind-freight.de"]
    assert (fields.address.street, fields.address.postal_code, fields.address.locality) == (
        "Friedrichstraße 12",
        "10117",
        "Berlin",
    )
    assert fields.notes == []


def test_us_card_with_logo_credentials_separators_and_a_tagline():
    fields = classify(
        [
            "CONTOSO",
            "Jane Q. Doe, PhD",
            "VP of Engineering",
            "T +1 (415) 555-0134 | M +1 415 555 0199",
            "E: jane.doe@contoso.com",
            "contoso.com",
            "350 Fifth Avenue, Suite 400",
            "New York, NY 10118",
            "Building better bridges since 1921",
        ]
    )
    assert (fields.given_name, fields.family_name) == ("Jane Q.", "Doe")
    assert fields.title == "VP of Engineering"
    assert fields.company == "Contoso"  # the logo line, matched to the email's domain
    assert [(p.value, p.label) for p in fields.phones] == [("+1 (415) 555-0134", "work"), ("+1 415 555 0199", "mobile")]
    assert fields.emails == ["jane.doe@contoso.com"]
    assert fields.websites == ["contoso.com"]
    address = fields.address
    assert (address.street, address.locality, address.region, address.postal_code) == (
        "350 Fifth Avenue, Suite 400",
        "New York",
        "NY",
        "10118",
    )
    assert fields.notes == ["Building better bridges since 1921"]


def test_capitals_are_written_as_people_write_names_and_companies():
    fields = classify(["BLUE HARBOR STUDIO", "TOM BECKER", "Art Director", "tom@blueharbor.studio"], region="GB")
    assert (fields.given_name, fields.family_name) == ("Tom", "Becker")
    assert fields.company == "Blue Harbor Studio"
    assert fields.title == "Art Director"


def test_fax_and_mobile_labels_and_a_linkedin_profile():
    fields = classify(
        [
            "Lucas Moreau",
            "Directeur commercial",
            "Tailspin SAS",
            "Mobile: 06 12 34 56 78",
            "Fax +33 1 42 68 53 00",
            "linkedin.com/in/lucas-moreau",
            "lucas@tailspin.fr",
        ],
        region="FR",
    )
    assert [(p.value, p.label) for p in fields.phones] == [("06 12 34 56 78", "mobile"), ("+33 1 42 68 53 00", "fax")]
    assert fields.linkedin_url == "https://www.linkedin.com/in/lucas-moreau"
    assert fields.websites == []  # the LinkedIn address is not the company's website
    assert fields.title == "Directeur commercial"
    assert fields.company == "Tailspin SAS"


def test_the_tallest_line_wins_the_name_when_sizes_are_known():
    lines = [
        RecognizedLine("Harbor Lights", height=20, top=10),
        RecognizedLine("Ana Silva", height=48, top=60),
        RecognizedLine("Owner", height=18, top=120),
        RecognizedLine("ana@harborlights.pt", height=16, top=200),
    ]
    fields = classify(lines, region="PT")
    assert (fields.given_name, fields.family_name) == ("Ana", "Silva")
    assert fields.company == "Harbor Lights"
    assert fields.title == "Owner"


def test_family_name_particles_stay_with_the_family_name():
    fields = classify(["Anna van Dijk", "Data Analyst", "anna@litware.nl"], region="NL")
    assert (fields.given_name, fields.family_name) == ("Anna", "van Dijk")


def test_uk_address_over_three_lines_with_country():
    fields = classify(
        ["Oliver Grant", "Head of Operations", "22 Clerkenwell Road", "London EC1M 5RD", "United Kingdom"], region="GB"
    )
    address = fields.address
    assert (address.street, address.postal_code, address.locality, address.country) == (
        "22 Clerkenwell Road",
        "EC1M 5RD",
        "London",
        "United Kingdom",
    )
    assert fields.title == "Head of Operations"


def test_a_town_line_is_not_mistaken_for_a_street_and_vice_versa():
    fields = classify(["Hiroshi Tanaka", "1200 Congress Avenue", "Austin, TX 78701"])
    address = fields.address
    assert (address.street, address.locality, address.region, address.postal_code) == (
        "1200 Congress Avenue",
        "Austin",
        "TX",
        "78701",
    )


def test_ocr_spacing_slips_in_web_and_email_addresses_are_repaired():
    fields = classify(["Isabel Costa", "www. contoso.com", "isabel (at) contoso.com"])
    assert fields.websites == ["www.contoso.com"]
    assert fields.emails == ["isabel@contoso.com"]


def test_a_card_without_text_gives_empty_fields():
    assert classify([]).is_empty()
    assert classify(["", "   ", "|"]).is_empty()


def test_a_card_with_only_a_company_and_contact_details_has_no_name():
    fields = classify(["Coho Winery", "info@cohowinery.com", "+1 (707) 555-0144"])
    assert fields.full_name == ""
    assert fields.company == "Coho Winery"


def _fixtures() -> list[dict]:
    return json.loads(FIXTURES.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fixture", _fixtures(), ids=lambda f: f"{f['engine']}-card{f['seed']}")
def test_real_recognition_results_are_classified_field_by_field(fixture):
    """What RapidOCR and Tesseract really read on synthetic cards (tests/helpers/record_ocr_fixtures.py): every
    field whose printed text survived recognition must come out right."""
    card = make_card(fixture["seed"])
    lines = [RecognizedLine(text, height or None, top) for text, height, top in fixture["lines"]]
    result = score(card, classify(lines, region=fixture["region"]))
    wrong = [name for name in fixture["checkable"] if not result[name]]
    assert not wrong, f"misread {wrong} from {[line.text for line in lines]}"
