"""Recognising the format from the content, not the file name (DESIGN §7)."""

import shutil

import pytest

from app.core.importers import ImportRejected, load_source
from tests.helpers.imports import sample


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("linkedin_connections.csv", "linkedin"),
        ("linkedin_no_url.csv", "linkedin"),
        ("linkedin_no_email.csv", "linkedin"),
        ("google_current.csv", "google"),
        ("google_legacy.csv", "google"),
        ("outlook_contacts.csv", "outlook"),
        ("android_21.vcf", "vcard"),
        ("outlook_21_cp1252.vcf", "vcard"),
        ("apple_30.vcf", "vcard"),
        ("google_30.vcf", "vcard"),
        ("nextcloud_40.vcf", "vcard"),
    ],
)
def test_each_sample_is_recognised_even_with_a_misleading_name(name, expected, tmp_path):
    misleading = tmp_path / "contacts.txt"
    shutil.copyfile(sample(name), misleading)
    assert load_source(misleading).format == expected


def test_linkedin_header_is_found_after_the_notes_preamble():
    source = load_source(sample("linkedin_connections.csv"))
    assert source.header.line == 4
    assert source.header.columns[:2] == ["First Name", "Last Name"]


def test_semicolon_separated_outlook_csv_is_recognised(tmp_path):
    path = tmp_path / "kontakte.csv"
    path.write_text('"First Name";"Last Name";"E-mail Address";"Job Title"\n"Anna";"Berg";"anna@example.com";"CTO"\n')
    source = load_source(path)
    assert (source.format, source.header.delimiter) == ("outlook", ";")


def test_forced_format_must_match_the_content():
    with pytest.raises(ImportRejected, match="not a vCard"):
        load_source(sample("linkedin_connections.csv"), "vcard")
    with pytest.raises(ImportRejected, match="no Google Contacts"):
        load_source(sample("linkedin_connections.csv"), "google")
    assert load_source(sample("apple_30.vcf"), "vcard").format == "vcard"


@pytest.mark.parametrize(
    "content",
    [
        "Name,Phone\nAda,123\n",  # a CSV, but not an address-book export we know
        "hello world\nthis is a letter\n",
        '{"contacts": []}\n',
        "Notes:\n" + "\n" * 60 + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
    ],
)
def test_unrecognised_content_is_rejected_with_what_was_expected(content, tmp_path):
    path = tmp_path / "file.csv"
    path.write_text(content)
    with pytest.raises(ImportRejected, match="expected a LinkedIn"):
        load_source(path)


def test_unknown_format_name_is_rejected():
    with pytest.raises(ImportRejected, match="unknown format"):
        load_source(sample("apple_30.vcf"), "palm")
