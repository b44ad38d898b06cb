"""The printed pitch card speaks the interface's language: its line beside the title (words, pace, audience) and its
footer (the lights and the ask) were English in every language."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QLocale

from app.core.pitches.queries import CardContent
from app.core.pitches.timing import Thresholds
from app.ui import i18n
from app.ui.pitches.card import card_texts

CARD = CardContent(
    title="Recruiter", audience="Personalerin", body="Ich leite Lager. " * 5, target_seconds=30, wpm=150,
    thresholds=Thresholds(green=22.5, yellow=27, red=30),
)  # fmt: skip


@pytest.fixture
def language(qapp):
    before = QLocale()

    def use(code: str) -> None:
        assert i18n.install_translators(code) == code
        QLocale.setDefault(QLocale(code))

    yield use
    i18n.remove_translators()
    QLocale.setDefault(before)


def test_the_card_in_english(language):
    language("en")
    meta, footer = card_texts(CARD)
    assert meta == "for Personalerin · 30 s · 15 words ≈ 6 s at 150 wpm"
    lights, ask = footer.split("\n")
    assert lights == "Lights: green 22.5 s · yellow 27 s · red 30 s"
    assert ask == "Smile, slow down, end with your ask — then: “How can I help you?”"


def test_the_card_in_german_and_french(language):
    language("de")
    meta, footer = card_texts(CARD)
    assert meta == "für Personalerin · 30 s · 15 Wörter ≈ 6 s bei 150 W/Min."
    assert footer.startswith("Ampel: grün 22,5 s · gelb 27 s · rot 30 s\nLächeln")
    language("fr")
    meta, footer = card_texts(CARD)
    assert meta == "pour Personalerin · 30 s · 15 mots ≈ 6 s à 150 mots/min"
    assert footer.startswith("Voyants\u00a0: vert 22,5 s")
    assert footer.endswith("«\u00a0Comment puis-je vous aider\u00a0?\u00a0»")


def test_one_word_is_singular(language):
    language("en")
    meta, _footer = card_texts(dataclasses.replace(CARD, body="Hello", audience=""))
    assert meta == "30 s · 1 word ≈ 0 s at 150 wpm"
