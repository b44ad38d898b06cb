"""The pitch page checks a pitch in its own language: the one its words are in, else the interface's."""

from __future__ import annotations

from dataclasses import replace

from app.core.pitches import plain_words
from app.ui.pitches import write_tab


def _hints(page) -> list[str]:
    tree = page.analysis.tree
    return [
        tree.topLevelItem(i).child(j).text(0)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]


def test_a_german_pitch_gets_german_hints_in_an_english_interface(pitch_page):
    pitch_page.editor.setPlainText(
        "Ich bin ein ergebnisorientierter Teamplayer und arbeite proaktiv. Kennen Sie jemanden bei der Bahn?"
    )
    pitch_page.write.analyse()
    hints = _hints(pitch_page)
    assert "ergebnisorientierter → stattdessen ein Ergebnis nennen" in hints
    assert "Teamplayer → sagen, wie Sie Ihrem Team geholfen haben" in hints


def test_a_short_text_is_checked_in_the_interface_language(pitch_page, monkeypatch):
    pitch_page.editor.setPlainText("Synergien, proaktiv.")  # too short to tell its language
    pitch_page.write.analyse()
    assert _hints(pitch_page) == ["Synergien"]  # English: a long word, no buzzword
    monkeypatch.setattr(write_tab, "current_language", lambda: "de")
    pitch_page.write.analyse()
    assert _hints(pitch_page) == [
        "Synergien → sagen, was zusammen besser lief",
        "proaktiv → sagen, was Sie getan haben, bevor jemand fragte",
    ]


def test_an_english_pitch_in_a_french_interface_keeps_its_english_hints(pitch_page, monkeypatch):
    monkeypatch.setattr(write_tab, "current_language", lambda: "fr")
    pitch_page.editor.setPlainText("I am a team player and I leverage my network. Who do you know at the port?")
    pitch_page.write.analyse()
    assert _hints(pitch_page) == ["team player → say how you helped your team", "leverage → use"]


def test_the_reading_band_says_plain_language_for_a_pitch_not_in_english(pitch_page):
    english = plain_words.analyse("I fix bikes.")
    german = plain_words.analyse("Ich repariere Räder.", "de")
    for analysis, band in ((english, "plain English"), (german, "plain language")):
        pitch_page.analysis.show_analysis(replace(analysis, reading_ease=65.0))
        assert f"— {band} (aim for 60+)" in pitch_page.analysis.reading_ease.text()
    pitch_page.analysis.show_analysis(replace(german, reading_ease=45.0))
    assert "— hard (aim for 60+)" in pitch_page.analysis.reading_ease.text()
