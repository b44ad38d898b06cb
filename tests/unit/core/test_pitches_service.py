"""The pitch write path: details, autosave revisions, duplicates, links, rehearsals and undoable deletes."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact
from app.core.pitches import service as pitches
from app.core.pitches.rehearsal import RunResult
from app.core.pitches.service import PitchDetails, PitchError
from app.core.pitches.timing import Light
from app.models import Pitch, PitchContact, PitchRevision, Rehearsal


def _pitch(clock, body="I fix bikes.", **kw):
    return pitches.create_pitch(PitchDetails(kw.pop("title", "Neighbour"), **kw), body, clock=clock)


def test_create_appends_at_the_end(db, clock):
    first = _pitch(clock)
    second = _pitch(clock, title="Recruiter")
    assert (first.position, second.position) == (0, 1)
    assert Pitch.get_by_id(second.id).title == "Recruiter"


@pytest.mark.parametrize(
    ("details", "field"),
    [
        (PitchDetails("  "), "title"),
        (PitchDetails("x" * 201), "title"),
        (PitchDetails("A", wpm=20), "wpm"),
        (PitchDetails("A", target_seconds=1), "target"),
        (PitchDetails("A", green_at=26), "green"),
        (PitchDetails("A", yellow_at=40), "yellow"),
    ],
)
def test_bad_details_are_refused_naming_the_field(db, clock, details, field):
    with pytest.raises(PitchError) as info:
        pitches.create_pitch(details, clock=clock)
    assert info.value.field.startswith(field)
    assert Pitch.select().count() == 0


def test_update_details_keeps_thresholds(db, clock):
    pitch = _pitch(clock)
    pitches.update_details(pitch.id, PitchDetails(" Night   shift ", "recruiter", 60, 140, 38, 52), clock=clock)
    saved = Pitch.get_by_id(pitch.id)
    assert (saved.title, saved.target_seconds, saved.wpm, saved.green_at, saved.yellow_at) == (
        "Night shift",
        60,
        140,
        38,
        52,
    )


def test_autosaves_within_five_minutes_share_one_revision(db, clock):
    pitch = _pitch(clock, body="")
    assert pitches.save_body(pitch.id, "I fix", clock=clock)
    clock.advance(30)
    pitches.save_body(pitch.id, "I fix bikes", clock=clock)
    clock.advance(60)
    pitches.save_body(pitch.id, "I fix bikes fast.", clock=clock)
    assert [r.body for r in pitches.revisions(pitch.id)] == ["I fix bikes fast."]
    clock.advance(6 * 60)
    pitches.save_body(pitch.id, "I fix bikes fast. Who rides?", clock=clock)
    assert [r.body for r in pitches.revisions(pitch.id)] == ["I fix bikes fast. Who rides?", "I fix bikes fast."]
    assert Pitch.get_by_id(pitch.id).body == "I fix bikes fast. Who rides?"


def test_text_without_a_revision_is_kept_before_the_first_change(db, clock):
    pitch = _pitch(clock, body="Original words.")
    clock.advance(10)
    pitches.save_body(pitch.id, "New words.", clock=clock)
    assert [r.body for r in pitches.revisions(pitch.id)] == ["New words.", "Original words."]


def test_unchanged_text_is_not_saved_and_new_revision_forces_one(db, clock):
    pitch = _pitch(clock, body="")
    pitches.save_body(pitch.id, "Same.", clock=clock)
    assert not pitches.save_body(pitch.id, "Same.", clock=clock)
    clock.advance(5)
    pitches.save_body(pitch.id, "Same, more.", clock=clock, new_revision=True)
    assert PitchRevision.select().count() == 2


def test_body_size_is_limited(db, clock):
    pitch = _pitch(clock)
    with pytest.raises(PitchError, match="body"):
        pitches.save_body(pitch.id, "x" * (pitches.MAX_BODY + 1), clock=clock)
    assert Pitch.get_by_id(pitch.id).body == "I fix bikes."


def _contact(name):
    return create_contact(ContactData(given_name=name))


def test_duplicate_copies_text_timing_and_links_but_not_history(db, clock):
    ada = _contact("Ada")
    pitch = _pitch(clock, target_seconds=15)
    other = _pitch(clock, title="Engineer")
    pitches.set_contacts(pitch.id, [ada.id])
    pitches.save_rehearsal(pitch.id, clock.now(), RunResult(12, 30, 150, Light.GREEN))
    copy = pitches.duplicate_pitch(pitch.id, clock=clock)
    assert (copy.title, copy.body, copy.target_seconds) == ("Neighbour (copy)", "I fix bikes.", 15)
    assert copy.position == 1 and Pitch.get_by_id(other.id).position == 2
    assert [c.id for c in pitches.linked_contacts(copy.id)] == [ada.id]
    assert copy.rehearsals.count() == 0


def test_set_contacts_adds_and_removes(db, clock):
    ada, ben, cy = _contact("Ada"), _contact("Ben"), _contact("Cy")
    pitch = _pitch(clock)
    pitches.set_contacts(pitch.id, [ada.id, ben.id])
    pitches.set_contacts(pitch.id, [ben.id, cy.id, 99999])
    assert sorted(c.display_name for c in pitches.linked_contacts(pitch.id)) == ["Ben", "Cy"]


def test_save_rehearsal_validates_rating_and_duration(db, clock):
    pitch = _pitch(clock)
    result = RunResult(28.4, 70, 147.9, Light.YELLOW)
    saved = pitches.save_rehearsal(pitch.id, clock.now(), result, rating=4, notes=" smooth ")
    row = Rehearsal.get_by_id(saved.id)
    assert (row.duration_ms, row.words, row.wpm, row.self_rating, row.notes) == (28400, 70, 147.9, 4, "smooth")
    with pytest.raises(PitchError, match="self_rating"):
        pitches.save_rehearsal(pitch.id, clock.now(), result, rating=6)
    with pytest.raises(PitchError, match="duration"):
        pitches.save_rehearsal(pitch.id, clock.now(), RunResult(0, 70, 0, Light.NONE))


def test_deleting_a_rehearsal_deletes_its_recording_and_undo_restores_both(db, clock, paths):
    pitch = _pitch(clock)
    audio = paths.data_dir / "recordings" / "take.m4a"
    audio.parent.mkdir()
    audio.write_bytes(b"sound")
    saved = pitches.save_rehearsal(
        pitch.id, clock.now(), RunResult(20, 50, 150, Light.GREEN), audio_path="recordings/take.m4a"
    )
    snapshot = pitches.delete_rehearsal(saved.id, paths.data_dir)
    assert not audio.exists()
    assert Rehearsal.select().count() == 0
    pitches.restore_rehearsal(snapshot, paths.data_dir)
    assert audio.read_bytes() == b"sound"
    assert Rehearsal.get_by_id(saved.id).audio_path == "recordings/take.m4a"


def test_recording_paths_cannot_leave_the_recordings_folder(paths):
    with pytest.raises(PitchError):
        pitches.recording_path(paths.data_dir, "../rapport.sqlite3")
    with pytest.raises(PitchError):
        pitches.recording_path(paths.data_dir, "rapport.sqlite3")


def test_delete_pitch_and_restore_puts_everything_back(db, clock, paths):
    ada = _contact("Ada")
    pitch = _pitch(clock, body="Before.")
    clock.advance(10)
    pitches.save_body(pitch.id, "After.", clock=clock)
    pitches.set_contacts(pitch.id, [ada.id])
    pitches.save_rehearsal(pitch.id, clock.now(), RunResult(20, 50, 150, Light.GREEN), rating=3)
    snapshot = pitches.delete_pitch(pitch.id, paths.data_dir)
    assert (Pitch.select().count(), PitchRevision.select().count(), Rehearsal.select().count()) == (0, 0, 0)
    assert PitchContact.select().count() == 0
    pitches.restore_pitch(snapshot, paths.data_dir)
    restored = Pitch.get_by_id(pitch.id)
    assert restored.body == "After."
    assert [r.body for r in pitches.revisions(pitch.id)] == ["After.", "Before."]
    assert [c.id for c in pitches.linked_contacts(pitch.id)] == [ada.id]
    assert restored.rehearsals.get().self_rating == 3


def test_started_at_is_stored_as_given(db, clock):
    pitch = _pitch(clock)
    when = dt.datetime(2026, 3, 1, 8, 15)
    saved = pitches.save_rehearsal(pitch.id, when, RunResult(20, 50, 150, Light.GREEN))
    assert Rehearsal.get_by_id(saved.id).started_at == when
