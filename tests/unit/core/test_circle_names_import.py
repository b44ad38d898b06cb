"""A default circle's name in any shipped language comes back to the seeded circle on import (issue 23 leftovers): a
CSV exported in German ("Familie") and imported again on the command line, where no translator is loaded, joins the
seeded "Family" instead of making a second circle that reads the same."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.core import translated
from app.core.contacts import circle_names
from app.core.contacts import service as contacts
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.formats.exporters import csv_export, json_export
from app.core.formats.importers import load_source, run_import
from app.models import Circle, Contact

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"


def _ts_names(language: str) -> dict[str, str]:
    """The DefaultCircle context of a .ts file: source -> translation (read without Qt)."""
    names = {}
    for context in ET.parse(TRANSLATIONS / f"rapport_{language}.ts").getroot().iter("context"):
        if context.findtext("name") == circle_names.CONTEXT:
            for message in context.iter("message"):
                names[message.findtext("source")] = message.findtext("translation") or ""
    return names


def test_the_shipped_names_are_the_translations_of_the_ts_files():
    assert circle_names.SHIPPED_LANGUAGES == ("de", "fr", "es")
    assert set(circle_names.SHIPPED_NAMES) == set(circle_names.DEFAULTS)
    for index, language in enumerate(circle_names.SHIPPED_LANGUAGES):
        ts = _ts_names(language)
        for name, shipped in circle_names.SHIPPED_NAMES.items():
            assert shipped[index] == ts[name], (language, name)


def test_no_name_in_any_language_stands_for_two_default_circles():
    owners: dict[str, str] = {}
    for name, shipped in circle_names.SHIPPED_NAMES.items():
        for text in {name, *shipped}:
            assert owners.setdefault(text.casefold(), name) == name, text


@pytest.fixture
def language():
    """Installs a translator reading the DefaultCircle names of one .ts file, as the GUI does; None takes it off."""

    def use(code: str | None) -> None:
        if code in (None, "en"):
            translated.use(None)
            return
        names = _ts_names(code)
        translated.use(lambda context, text, *rest: names.get(text, text) if context == circle_names.CONTEXT else text)

    yield use
    translated.use(None)


def _people() -> None:
    contacts.create_contact(
        ContactData(
            given_name="Ada", family_name="Okafor", emails=[EmailEntry("ada@example.com")], circles=["Family", "Choir"]
        )
    )
    contacts.create_contact(
        ContactData(
            given_name="Bo", family_name="Lind", emails=[EmailEntry("bo@example.com")], circles=["People who serve me"]
        )
    )


def _circles_of(given_name: str) -> set[str]:
    contact = Contact.get(Contact.given_name == given_name)
    return set(ContactData.from_contact(contact).circles)


@pytest.mark.parametrize("code", ["de", "fr", "es", "en"])
def test_a_csv_exported_in_a_language_comes_back_to_the_seeded_circles_on_the_command_line(
    db, tmp_path, language, code
):
    _people()
    circles_before = sorted(Circle.select(Circle.name).tuples())
    language(code)
    out = io.StringIO()
    csv_export.export_csv(out)
    if code != "en":
        family = circle_names.SHIPPED_NAMES["Family"][circle_names.SHIPPED_LANGUAGES.index(code)]
        assert f"{family} ::: Choir" in out.getvalue()
    language(None)  # the command line: no translator
    exported = tmp_path / "contacts.csv"
    exported.write_text(out.getvalue(), encoding="utf-8")
    run_import(load_source(exported))  # the same people again: merged, their circles read back
    assert sorted(Circle.select(Circle.name).tuples()) == circles_before
    assert _circles_of("Ada") == {"Family", "Choir"}
    assert _circles_of("Bo") == {"People who serve me"}


@pytest.mark.parametrize("label", ["Familie", "famille", "Familia ", "Family"])
def test_a_vcard_category_in_any_shipped_language_joins_the_seeded_circle(db, tmp_path, label):
    before = Circle.select().count()
    card = tmp_path / "one.vcf"
    card.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cleo Park\r\nN:Park;Cleo;;;\r\nEMAIL:cleo@example.com\r\n"
        f"CATEGORIES:{label},Choir\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    run_import(load_source(card))
    assert _circles_of("Cleo") == {"Family", "Choir"}
    assert Circle.select().count() == before + 1  # only "Choir" is new


def test_a_json_backup_naming_a_default_circle_in_spanish_joins_the_seeded_circle(db, tmp_path):
    from app.core.formats.importers.json_backup import read_backup
    from app.core.formats.importers.json_import import run_json_import

    _people()
    out = io.StringIO()
    json_export.export_json(out)
    document = json.loads(out.getvalue())
    text = json.dumps(document).replace('"Family"', '"Familia"').replace("ada@example.com", "ada.new@example.com")
    backup = tmp_path / "backup.json"
    backup.write_text(text, encoding="utf-8")
    before = Circle.select().count()
    run_json_import(read_backup(backup))
    assert Circle.select().count() == before
    assert not Circle.select().where(Circle.name == "Familia").exists()


def test_a_renamed_seed_circle_is_left_alone_and_the_name_makes_its_own_circle(db, tmp_path):
    Circle.update(name="Kin").where(Circle.name == "Family").execute()
    assert contacts.circle_for_name("Familie").name == "Familie"
    assert Circle.get(Circle.name == "Kin")
    assert circle_names.default_named("Famille") == "Family"  # the caller checks the seed circle still has it
