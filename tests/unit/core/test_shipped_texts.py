"""The built-in script templates in the reader's language until the user edits them (issue 23 item 3)."""

from __future__ import annotations

import pytest

from app.core.coach import shipped_texts, templates
from app.core.coach.templates import TemplateData
from app.models import Template

GERMAN = {"Thank you after a conversation": "Dank nach einem Gespräch"}


@pytest.fixture
def german():
    shipped_texts.use(lambda text: GERMAN.get(text, f"DE {text}"))
    yield
    shipped_texts.use(None)


def test_every_seeded_template_is_shipped_text(db):
    seeded = list(Template.select().where(Template.builtin == True))  # noqa: E712 - peewee's comparison
    assert seeded and all(shipped_texts.is_shipped(t.name, t.kind, t.subject, t.body) for t in seeded)


def test_an_unedited_built_in_template_reads_in_the_installed_language(db, german):
    thanks = templates.for_kind("thank_you")
    name, subject, body = shipped_texts.shown(thanks.name, thanks.kind, thanks.subject, thanks.body)
    assert name == "Dank nach einem Gespräch"
    assert subject == f"DE {thanks.subject}" and body == f"DE {thanks.body}"


def test_an_edited_or_own_template_reads_as_written(db, german):
    thanks = templates.for_kind("thank_you")
    edited = TemplateData(thanks.name, thanks.kind, thanks.subject, thanks.body + "\nP.S. See you soon")
    templates.save(edited, thanks.id)
    row = templates.get(thanks.id)
    assert shipped_texts.shown(row.name, row.kind, row.subject, row.body) == (row.name, row.subject, row.body)
    own = (thanks.name, thanks.kind, thanks.subject, thanks.body)
    assert shipped_texts.shown(*own, builtin=False) == (thanks.name, thanks.subject, thanks.body)


def test_without_a_translation_the_texts_are_english(db):
    thanks = templates.for_kind("thank_you")
    assert shipped_texts.shown(thanks.name, thanks.kind, thanks.subject, thanks.body) == (
        thanks.name,
        thanks.subject,
        thanks.body,
    )


def test_the_texts_for_lupdate_are_every_shipped_name_subject_and_body(tmp_path):
    import importlib.util

    from tests.packaging.conftest import ROOT

    spec = importlib.util.spec_from_file_location("rapport_shipped_texts_script", ROOT / "scripts" / "shipped-texts.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    texts = script.texts()
    for name, _kind, subject, body in shipped_texts.shipped():
        assert name in texts and body in texts and (not subject or subject in texts)
    script.main(tmp_path / "shipped.py")
    assert (tmp_path / "shipped.py").read_text(encoding="utf-8").count("QT_TRANSLATE_NOOP(") == len(texts)


def test_the_drafts_use_the_unedited_templates_in_the_installed_language(db, german):
    from app.core.coach import monthly_update

    draft = monthly_update.draft()
    shipped = templates.for_kind("monthly_update")
    assert (draft.subject, draft.body) == (f"DE {shipped.subject}", f"DE {shipped.body}")
