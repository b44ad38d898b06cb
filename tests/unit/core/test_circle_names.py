"""The default circles in the reader's language while the user has not renamed them (issue 23 item 3)."""

from __future__ import annotations

import csv
import importlib.util
import io
import json

import pytest

from app import db as app_db
from app.core import translated
from app.core.contacts import bulk_edit, circle_names, lookup
from app.core.contacts import service as contacts
from app.core.contacts.contact_data import ContactData
from app.core.formats.exporters import csv_export, json_export, vcard_writer
from app.models import Circle

GERMAN = {
    "Family": "Familie",
    "Former co-workers": "Ehemalige Kollegen",
    "Parents, siblings, in-laws, cousins — distant cousins too.": "Eltern, Geschwister, Schwiegerfamilie, Cousins.",
}


@pytest.fixture
def german():
    calls = []

    def translate(context, text, *rest):
        calls.append(context)
        return GERMAN.get(text, text) if context == circle_names.CONTEXT else text

    translated.use(translate)
    yield calls
    translated.use(None)


def _seeded() -> list[tuple]:
    spec = importlib.util.spec_from_file_location("seed_0002", app_db.migrations_dir() / "0002_seed_defaults.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CIRCLES


def test_the_defaults_are_the_circles_migration_0002_seeds():
    assert {name: prompt for name, _colour, _days, prompt in _seeded()} == circle_names.DEFAULTS


def test_without_a_translation_the_names_read_as_stored(db):
    assert [c.label for c in lookup.circles_in_order()] == [c.name for c in lookup.circles_in_order()]
    assert circle_names.shown("Family") == "Family"
    assert circle_names.default_named("Family") is None


def test_a_default_circle_reads_in_the_interface_language(db, german):
    circles = {c.name: c for c in lookup.circles_in_order()}
    assert circles["Family"].label == "Familie"
    assert circles["Family"].hint == "Eltern, Geschwister, Schwiegerfamilie, Cousins."
    assert circles["Former co-workers"].label == "Ehemalige Kollegen"
    assert set(german) == {circle_names.CONTEXT}


def test_a_renamed_or_own_circle_reads_as_the_user_wrote_it(db, german):
    Circle.update(name="My family").where(Circle.name == "Family").execute()
    contacts.circle_for_name("Choir")
    labels = {c.name: c.label for c in lookup.circles_in_order()}
    assert labels["My family"] == "My family" and labels["Choir"] == "Choir"
    # a prompt the user changed stays as written even on a circle with a default name
    assert circle_names.shown_prompt("Family", "Cousins only") == "Cousins only"


def test_a_label_comes_back_to_the_default_circle_it_names(db, german):
    before = Circle.select().count()
    family = Circle.get(Circle.name == "Family")
    assert contacts.circle_for_name("Familie").id == family.id
    assert contacts.circle_for_name("familie").id == family.id
    assert lookup.stored_circle_name("Familie") == "Family"
    assert lookup.stored_circle_name("Family") == "Family"
    assert lookup.stored_circle_name("Chor") == "Chor"
    circle_id, added = bulk_edit.add_to_circle([contacts.create_contact(ContactData(given_name="Ada")).id], "Familie")
    assert circle_id == family.id and len(added) == 1
    assert Circle.select().count() == before


def test_a_circle_stored_under_the_label_wins_over_the_default(db, german):
    own = Circle.create(name="Familie", position=99)
    assert contacts.circle_for_name("Familie").id == own.id
    assert lookup.stored_circle_name("familie") == "Familie"


def test_without_the_default_circle_a_label_makes_a_new_circle(db, german):
    Circle.delete().where(Circle.name == "Family").execute()
    made = contacts.circle_for_name("Familie")
    assert made.name == "Familie"


def test_the_editor_keeps_stored_names_so_saving_a_label_changes_nothing(db, german):
    ada = contacts.create_contact(ContactData(given_name="Ada", circles=["Familie"]))
    assert ContactData.from_contact(ada).circles == ["Family"]


def _export_people(db):
    contacts.create_contact(ContactData(given_name="Ada", family_name="Okafor", circles=["Family", "Choir"]))


def test_csv_writes_a_default_circle_in_the_chosen_language(db, german):
    _export_people(db)
    out = io.StringIO()
    csv_export.export_csv(out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["Labels"] == "Familie ::: Choir"
    english = io.StringIO()
    csv_export.export_csv(english, circle_label=str)
    assert next(csv.DictReader(io.StringIO(english.getvalue())))["Labels"] == "Family ::: Choir"


def test_vcard_and_json_keep_the_stored_names(db, german):
    _export_people(db)
    vcard = io.StringIO()
    vcard_writer.export_vcard(vcard)
    assert "CATEGORIES:Family,Choir" in vcard.getvalue()
    data = io.StringIO()
    json_export.export_json(data)
    exported = json.loads(data.getvalue())
    assert "Familie" not in data.getvalue()
    assert any("Family" in json.dumps(c) for c in exported["contacts"])
