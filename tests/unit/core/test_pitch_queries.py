"""What the pitches page reads (app.core.pitches.queries): plain values, no rows, no Qt."""

from __future__ import annotations

import datetime as dt

from app.core.changes import Changes
from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact
from app.core.pitches import queries
from app.core.pitches import service as pitches
from app.core.pitches.rehearsal import RunResult
from app.core.pitches.service import PitchDetails
from app.core.pitches.timing import Light
from app.models import Profile


def test_rows_follow_the_users_order_with_words_estimate_and_runs(db, clock):
    first = pitches.create_pitch(PitchDetails("Neighbour", "neighbours", 30, 120), "one two three", clock=clock)
    second = pitches.create_pitch(PitchDetails("Recruiter"), "", clock=clock)
    result = RunResult(20, 3, 9.0, Light.GREEN)
    pitches.save_rehearsal(first.id, clock.now(), result)
    pitches.save_rehearsal(first.id, clock.now() + dt.timedelta(minutes=1), result)
    rows = queries.pitch_rows()
    assert [(r.id, r.title, r.audience, r.words, r.runs) for r in rows] == [
        (first.id, "Neighbour", "neighbours", 3, 2),
        (second.id, "Recruiter", "", 0, 0),
    ]
    assert rows[0].estimate == 1.5  # 3 words at 120 a minute


def test_stored_pitch_and_body(db, clock):
    pitch = pitches.create_pitch(PitchDetails("Neighbour", target_seconds=45), "I fix bikes.", clock=clock)
    stored = queries.stored_pitch(pitch.id)
    assert stored.id == pitch.id and stored.body == "I fix bikes."
    assert stored.details == PitchDetails("Neighbour", target_seconds=45)
    assert queries.stored_body(pitch.id) == "I fix bikes."
    assert queries.stored_pitch(None) is None and queries.stored_pitch(pitch.id + 1) is None
    assert queries.stored_body(None) is None and queries.stored_body(pitch.id + 1) is None


def test_runs_oldest_first_in_seconds(db, clock):
    pitch = pitches.create_pitch(PitchDetails("Neighbour"), "Text.", clock=clock)
    later = pitches.save_rehearsal(
        pitch.id, clock.now() + dt.timedelta(hours=1), RunResult(31.5, 80, 152.4, Light.YELLOW)
    )
    earlier = pitches.save_rehearsal(pitch.id, clock.now(), RunResult(28, 70, 150.0, Light.GREEN), rating=4, notes="ok")
    runs = queries.runs_of(pitch.id)
    assert [r.id for r in runs] == [earlier.id, later.id]
    assert runs[0].duration_seconds == 28.0 and runs[0].rating == 4 and runs[0].notes == "ok"
    assert queries.runs_of(pitch.id + 1) == []


def test_card_content_is_signed_with_the_profile_name(db, clock):
    pitch = pitches.create_pitch(PitchDetails("Recruiter", "recruiters", 60, 140, 50, 58), "I run ops.", clock=clock)
    card = queries.card_content(pitch.id)
    assert (card.title, card.audience, card.body, card.target_seconds, card.wpm) == (
        "Recruiter",
        "recruiters",
        "I run ops.",
        60,
        140,
    )
    assert card.owner == ""
    assert card == queries.CardContent.for_pitch(pitch.id)
    Profile.create(name="Sam Rivera")
    assert queries.card_content(pitch.id).owner == "Sam Rivera"


def test_search_contacts_by_every_word_leaves_the_trash_out(db):
    from app.core.contacts.service import trash_contacts

    ada = create_contact(ContactData(given_name="Ada", family_name="Okafor", company="Northwind"))
    ben = create_contact(ContactData(given_name="Ben", family_name="Ito"))
    gone = create_contact(ContactData(given_name="Ada", family_name="Gone", company="Northwind"))
    trash_contacts([gone.id])
    assert queries.search_contacts("") == [(ada.id, "Ada Okafor", "Northwind"), (ben.id, "Ben Ito", "")]
    assert queries.search_contacts("ada north") == [(ada.id, "Ada Okafor", "Northwind")]
    assert queries.search_contacts("", limit=1) == [(ada.id, "Ada Okafor", "Northwind")]


def test_save_body_with_a_short_wait_restores_the_usual_one(db, clock):
    pitch = pitches.create_pitch(PitchDetails("Neighbour"), "", clock=clock)
    assert pitches.save_body(pitch.id, "New text.", clock=clock, wait_ms=250)
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == pitches.LONG_WAIT_MS
    assert queries.stored_body(pitch.id) == "New text."


def test_pitch_writes_say_they_change_pitches():
    assert Changes.of("pitches") == pitches.CHANGES


def test_revisions_and_linked_contacts_come_back_as_values(db, clock):
    ada = create_contact(ContactData(given_name="Ada", family_name="Okafor"))
    pitch = pitches.create_pitch(PitchDetails("Neighbour"), "Before.", clock=clock)
    pitches.save_body(pitch.id, "After.", clock=clock, new_revision=True)
    pitches.set_contacts(pitch.id, [ada.id])
    assert [(r.body, type(r)) for r in pitches.revisions(pitch.id)] == [
        ("After.", pitches.Revision),
        ("Before.", pitches.Revision),
    ]
    assert pitches.linked_contacts(pitch.id) == [pitches.LinkedContact(ada.id, "Ada Okafor")]
