"""app.core.translated: label sets read as written until the UI installs its translator, then translated."""

from __future__ import annotations

import pytest

from app.core import translated
from app.core.translated import QT_TRANSLATE_NOOP, Labels

STAGES = Labels("Labels", {"met": QT_TRANSLATE_NOOP("Labels", "Met"), "ally": QT_TRANSLATE_NOOP("Labels", "Ally")})


@pytest.fixture
def french():
    words = {("Labels", "Met"): "Rencontré"}
    translated.use(lambda context, text: words.get((context, text), text))
    yield
    translated.use(None)


def test_without_a_translator_labels_read_as_written():
    assert STAGES["met"] == "Met"
    assert dict(STAGES) == {"met": "Met", "ally": "Ally"}


def test_with_a_translator_every_read_is_translated(french):
    assert STAGES["met"] == "Rencontré"
    assert STAGES.get("met") == "Rencontré"
    assert list(STAGES.values()) == ["Rencontré", "Ally"]
    assert STAGES.english("met") == "Met"
    assert STAGES.get("unknown", "x") == "x"


def test_a_plural_text_reads_as_english_without_a_translation():
    assert translated.tr("Split %n long sentence(s).", "", 1) == "Split 1 long sentence."
    assert translated.tr("%Ln opportunit(y/ies)", "", 1204) == "1,204 opportunities"
    assert translated.label("Met") == "Met"


def test_a_plural_text_goes_through_the_translator_with_its_count(french):
    seen = []
    translated.use(lambda context, text, disambiguation=None, n=-1: seen.append((context, text, n)) or text)
    assert translated.tr("%n filler word(s)", "", 2) == "2 filler words"
    assert seen == [("", "%n filler word(s)", 2)]
