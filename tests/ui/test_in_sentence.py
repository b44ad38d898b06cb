"""A stage, role or kind inside running text (issue 23): lower-cased in English, French and Spanish, kept in German,
whose nouns keep their capital ("1 im Gespräch · 1 Angebot", not "1 im gespräch · 1 angebot")."""

from __future__ import annotations

import pytest

from app.ui import i18n


@pytest.mark.parametrize(("language", "label", "expected"), [
    ("en", "Interviewing", "interviewing"),
    ("fr", "Entretiens", "entretiens"),
    ("es", "En entrevistas", "en entrevistas"),
    ("de", "Im Gespräch", "Im Gespräch"),
])  # fmt: skip
def test_in_sentence_follows_the_language(monkeypatch, language, label, expected):
    monkeypatch.setattr(i18n, "current_language", lambda: language)
    assert i18n.in_sentence(label) == expected
