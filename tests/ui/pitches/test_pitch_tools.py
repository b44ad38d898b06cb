"""Teleprompter, revisions, pitch card, contact links and the history chart."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from app.core.clock import FixedClock
from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact
from app.core.pitches import service as pitches
from app.core.pitches.rehearsal import RunResult
from app.core.pitches.timing import Light, Thresholds
from app.models import Pitch, PitchContact
from app.ui.pitches.card import CardContent, export_pdf, preview_image
from app.ui.pitches.contacts_dialog import LinkContactsDialog, search_contacts
from app.ui.pitches.history_chart import HistoryChart
from app.ui.pitches.revisions_dialog import RevisionsDialog, diff_html
from app.ui.pitches.teleprompter import PromptClock, Teleprompter


def test_prompt_clock_follows_the_clock_and_keeps_its_place_when_the_pace_changes():
    clock = FixedClock("2026-03-16T10:30:00")
    prompt = PromptClock(clock, 150)
    assert prompt.paused and prompt.words() == 0
    prompt.toggle()
    clock.advance(10)
    assert prompt.words() == pytest.approx(25)
    prompt.set_wpm(120)
    assert prompt.words() == pytest.approx(25)
    clock.advance(10)
    assert prompt.words() == pytest.approx(45)
    prompt.toggle()
    clock.advance(30)
    assert prompt.words() == pytest.approx(45)
    assert prompt.elapsed() == pytest.approx(20)
    prompt.jump(-50)
    assert prompt.words() == 0
    prompt.set_wpm(5000)
    assert prompt.wpm == 300


def test_teleprompter_scrolls_with_the_words_and_escape_closes(qtbot):
    clock = FixedClock("2026-03-16T10:30:00")
    text = " ".join(f"word{i}" for i in range(120))
    prompter = Teleprompter(text, 150, clock, Thresholds.for_target(30))  # deletes itself on close
    prompter.resize(800, 600)
    prompter.show()
    qtbot.waitExposed(prompter)
    prompter.grab()  # lays the text out
    assert prompter.scroll_offset(0) == 0
    later = prompter.scroll_offset(60)
    assert later > 0
    assert prompter.scroll_offset(61) >= later
    qtbot.keyClick(prompter, Qt.Key.Key_Space)
    clock.advance(4)
    assert prompter.prompt.words() == pytest.approx(10)
    qtbot.keyClick(prompter, Qt.Key.Key_Up)
    assert prompter.prompt.wpm == 155
    with qtbot.waitSignal(prompter.closed):
        qtbot.keyClick(prompter, Qt.Key.Key_Escape)


def test_diff_marks_removed_and_added_words():
    html = diff_html("I fix old bikes", "I fix new bikes fast")
    assert "<s" in html and "old" in html
    assert "<u" in html and "new" in html and "fast" in html


def test_revisions_dialog_lists_versions_and_returns_the_chosen_one(db, clock, qtbot):
    pitch = pitches.create_pitch(pitches.PitchDetails("Recruiter"), "First words.", clock=clock)
    clock.advance(60)
    pitches.save_body(pitch.id, "Second words.", clock=clock)
    dialog = RevisionsDialog(pitch.id, "Second words.", clock)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    dialog.list.setCurrentRow(1)
    assert "First" in dialog.preview.toPlainText()
    dialog.restore.click()
    assert dialog.chosen_body() == "First words."


def test_restoring_a_revision_from_the_page_is_undoable(pitch_page, qtbot, monkeypatch):
    pitch_id = pitch_page.pitch_id
    pitch_page.editor.setPlainText("A newer text.")
    pitch_page.save_now()

    def choose_oldest(dialog):
        dialog.list.setCurrentRow(dialog.list.count() - 1)
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(RevisionsDialog, "exec", choose_oldest)
    pitch_page.show_revisions()
    assert Pitch.get_by_id(pitch_id).body == "I keep warehouses running."
    assert pitch_page.editor.toPlainText() == "I keep warehouses running."
    pitch_page.ctx.undo_stack.undo()
    assert Pitch.get_by_id(pitch_id).body == "A newer text."
    assert pitch_page.editor.toPlainText() == "A newer text."


@pytest.mark.parametrize(("pocket", "media_box"), [(True, (360, 216)), (False, None)])
def test_pitch_card_pdf(db, tmp_path, pocket, media_box):
    pitch = pitches.create_pitch(pitches.PitchDetails("Recruiter", "recruiter"), "I keep warehouses running. " * 8)
    card = CardContent.for_pitch(pitch.id)
    path = tmp_path / "card.pdf"
    export_pdf(path, card, pocket)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = {
        tuple(round(float(v)) for v in m.groups())
        for m in re.finditer(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", data)
    }
    assert len(boxes) == 1
    if media_box:
        assert boxes == {media_box}
    else:
        assert boxes <= {(595, 842), (612, 792)}  # A4 or Letter


def test_card_preview_draws_the_text(db):
    pitch = pitches.create_pitch(pitches.PitchDetails("Recruiter"), "I keep warehouses running.")
    image = preview_image(CardContent.for_pitch(pitch.id), True, 500)
    assert image.width() == 500
    dark = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if image.pixelColor(x, y).lightness() < 100
    )
    assert dark > 20


def test_card_export_to_an_unwritable_place_raises_oserror(db, tmp_path):
    pitch = pitches.create_pitch(pitches.PitchDetails("Recruiter"), "Text.")
    with pytest.raises(OSError):
        export_pdf(tmp_path / "missing-folder" / "card.pdf", CardContent.for_pitch(pitch.id), True)


def test_link_contacts_dialog_searches_and_ticks(db, qtbot):
    ada = create_contact(ContactData(given_name="Ada", family_name="Okafor", company="Northwind"))
    create_contact(ContactData(given_name="Ben", family_name="Ito"))
    assert [row[1] for row in search_contacts("north")] == ["Ada Okafor"]
    assert len(search_contacts("")) == 2
    dialog = LinkContactsDialog({ada.id})
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).checkState() == Qt.CheckState.Checked
    dialog.list.item(1).setCheckState(Qt.CheckState.Checked)
    assert len(dialog.selected()) == 2
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert ada.id not in dialog.selected()


def test_linking_contacts_from_the_page_is_undoable(pitch_page, monkeypatch):
    ada = create_contact(ContactData(given_name="Ada"))

    def tick_ada(dialog):
        dialog._selected = {ada.id}
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(LinkContactsDialog, "exec", tick_ada)
    pitch_page.link_contacts()
    assert PitchContact.select().count() == 1
    assert "Ada" in pitch_page.header.contacts.full_text()
    pitch_page.ctx.undo_stack.undo()
    assert PitchContact.select().count() == 0


def test_history_chart_paints_runs(qtbot, clock):
    from app.core.pitches.rehearsal_history import Run

    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.resize(600, 260)
    runs = [Run(i, clock.now(), 20 + i * 3, 70, 150 - i * 5) for i in range(5)]
    chart.set_runs(runs, Thresholds.for_target(30))
    image = chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert "#d64545" in colours  # the target line
    assert "5 runs" in chart.accessibleDescription()


def test_saved_run_light_matches_its_duration(db, clock):
    pitch = pitches.create_pitch(pitches.PitchDetails("Recruiter"), "Text.")
    saved = pitches.save_rehearsal(pitch.id, clock.now(), RunResult(26, 1, 2.3, Light.YELLOW))
    assert Thresholds.for_target(30).light_at(saved.duration_ms / 1000) == Light.YELLOW


def test_thresholds_dialog_keeps_defaults_as_none_and_refuses_bad_order(qtbot):
    from app.core.pitches.service import PitchDetails
    from app.ui.pitches.header import ThresholdsDialog

    dialog = ThresholdsDialog(PitchDetails("Recruiter", target_seconds=30))
    qtbot.addWidget(dialog)
    assert (dialog.green.value(), dialog.yellow.value()) == (20, 25)
    assert dialog.values() == (None, None)
    dialog.green.setValue(22)
    assert dialog.values() == (22, None)
    dialog.green.setValue(26)
    assert not dialog._ok.isEnabled()
    assert "yellow" in dialog.problem.text().lower()
    dialog._defaults()
    assert dialog._ok.isEnabled() and dialog.values() == (None, None)


def test_custom_thresholds_from_the_page_drive_the_light(pitch_page, monkeypatch):
    from app.ui.pitches.header import ThresholdsDialog

    def set_green_22(dialog):
        dialog.green.setValue(22)
        dialog.yellow.setValue(27)
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(ThresholdsDialog, "exec", set_green_22)
    pitch_page.edit_thresholds()
    pitch = Pitch.get_by_id(pitch_page.pitch_id)
    assert (pitch.green_at, pitch.yellow_at) == (22, 27)
    thresholds = pitch_page.rehearsal.stopwatch.thresholds
    assert (thresholds.green, thresholds.yellow, thresholds.red) == (22, 27, 30)
    assert "22 / 27 / 30" in pitch_page.header.lights.full_text()
    pitch_page.ctx.undo_stack.undo()
    assert Pitch.get_by_id(pitch_page.pitch_id).green_at is None


def test_audio_probe_without_the_multimedia_module_disables_recording(monkeypatch):
    import builtins

    from app.ui.pitches import recorder

    real_import = builtins.__import__

    def no_multimedia(name, *args, **kwargs):
        if name == "PySide6.QtMultimedia":
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(recorder, "_status", None)
    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    status = recorder.probe()
    assert not status.can_record and not status.can_play
    assert "libpulse" in status.reason
    assert recorder.probe() is status  # cached


def test_audio_probe_on_this_machine_never_raises(monkeypatch):
    from app.ui.pitches import recorder

    monkeypatch.setattr(recorder, "_status", None)
    status = recorder.probe()
    assert status.can_record or status.reason
