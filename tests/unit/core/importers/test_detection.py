"""Recognising the format from the content, not the file name (DESIGN §7)."""

import shutil

import pytest

from app.core.formats.importers import ImportRejected, load_source
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
        ("outlook_full.csv", "outlook"),
        ("outlook_com.csv", "outlook"),
        ("outlook_ja_cp932.csv", "outlook"),
        ("outlook_cp1250.csv", "outlook"),
        ("google_current_full.csv", "google"),
        ("google_legacy_full.csv", "google"),
        ("thunderbird_115.csv", "thunderbird"),
        ("thunderbird_78_cp1252.csv", "thunderbird"),
        ("thunderbird_koi8r.csv", "thunderbird"),
        ("signup_sheet.csv", "csv"),
        ("yahoo_mail.csv", "csv"),
        ("courriel_fr.csv", "csv"),
        ("excel_de_semicolon.csv", "csv"),
        ("excel_es_semicolon.csv", "csv"),
        ("outlook_de.csv", "csv"),
        ("excel_zh_gb18030.csv", "csv"),
        ("excel_ko_euckr.csv", "csv"),
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


def test_thunderbird_is_not_outlook_and_a_name_email_file_is_generic(tmp_path):
    tb = load_source(sample("thunderbird_115.csv"))
    assert (tb.format, tb.label) == ("thunderbird", "Thunderbird address book (CSV)")
    path = tmp_path / "people.csv"
    path.write_text("Name,Email\nAda Lovelace,ada@example.org\n")
    assert load_source(path).format == "csv"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed_for_every_dialect(delimiter, tmp_path):
    headers = {
        "linkedin": ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
        "google": ["First Name", "Last Name", "Labels", "E-mail 1 - Label", "E-mail 1 - Value"],
        "outlook": ["First Name", "Last Name", "E-mail Address", "Job Title"],
        "thunderbird": ["First Name", "Last Name", "Display Name", "Primary Email", "Mobile Number"],
        "csv": ["Full name", "E-mail", "Phone"],
    }
    for expected, header in headers.items():
        path = tmp_path / f"{expected}.csv"
        path.write_text(delimiter.join(header) + "\n" + delimiter.join(["Ada"] * len(header)) + "\n")
        source = load_source(path)
        assert (source.format, source.header.delimiter) == (expected, delimiter)


def test_forced_format_must_match_the_content():
    with pytest.raises(ImportRejected, match="not a vCard"):
        load_source(sample("linkedin_connections.csv"), "vcard")
    with pytest.raises(ImportRejected, match="no Google Contacts"):
        load_source(sample("linkedin_connections.csv"), "google")
    assert load_source(sample("apple_30.vcf"), "vcard").format == "vcard"
    assert load_source(sample("google_current.csv"), "csv").format == "csv"  # any CSV with a name column
    with pytest.raises(ImportRejected, match="no Thunderbird"):
        load_source(sample("outlook_full.csv"), "thunderbird")


@pytest.mark.parametrize(
    "content",
    [
        "Product,Price\nWidget,3\n",  # a CSV, but no column names or reaches a person
        '{"name": "Ada", "email": "ada@example.org"}\n',
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
