"""Meeting prep: research notes and questions, the pitch that suits the person, and the sheet that gathers it all."""

import datetime as dt

import pytest

from app.core.coach import ledger, meeting_prep
from app.core.contacts import research
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact
from app.core.followups import planned_meetings
from app.core.pitches import match as pitch_match
from app.core.pitches.service import PitchDetails, create_pitch, set_contacts
from app.models import Company, ContactResearch, FollowUp, Rehearsal


def person(clock, given, family="", **fields) -> int:
    return create_contact(ContactData(given_name=given, family_name=family, **fields), clock=clock).id


@pytest.fixture
def pitches(db, clock):
    recruiter = create_pitch(PitchDetails("Recruiter", "recruiter", 30), "I run warehouses.", clock=clock)
    neighbour = create_pitch(PitchDetails("Neighbour", "neighbour", 15), "I ship parcels on time.", clock=clock)
    engineer = create_pitch(PitchDetails("Engineer", "engineer", 60), "I work with data.", clock=clock)
    return {"recruiter": recruiter.id, "neighbour": neighbour.id, "engineer": engineer.id}


# --- research --------------------------------------------------------------------------------------------------
def test_research_is_empty_until_saved_and_round_trips(db, clock):
    ada = person(clock, "Ada")
    assert research.load(ada).empty
    saved = research.save(ada, research.Research("Runs the Rotterdam hub", frozenset({"who_team"}), ("Q1?",)))
    assert saved.before.empty
    again = research.load(ada)
    assert again.notes == "Runs the Rotterdam hub"
    assert again.asked == {"who_team"} and again.custom == ("Q1?",)


def test_saving_nothing_removes_the_row_and_restore_brings_it_back(db, clock):
    ada = person(clock, "Ada")
    research.save(ada, research.Research("notes"))
    saved = research.save(ada, research.Research())
    assert ContactResearch.select().count() == 0
    research.restore(saved)
    assert research.load(ada).notes == "notes"


def test_unreadable_questions_read_as_none(db, clock):
    ada = person(clock, "Ada")
    ContactResearch.create(contact=ada, notes="kept", questions="{not json")
    assert research.load(ada) == research.Research("kept")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (research.Research("x" * (research.MAX_NOTES + 1)), "notes"),
        (research.Research("", frozenset(), ("q" * 301,)), "question"),
        (research.Research("", frozenset(), tuple(f"q{i}" for i in range(31))), "at most"),
    ],
)
def test_research_limits_write_nothing(db, clock, data, message):
    ada = person(clock, "Ada")
    with pytest.raises(research.ResearchError, match=message):
        research.save(ada, data)
    assert ContactResearch.select().count() == 0


def test_questions_cover_who_what_why_where_when_for_their_company(db, clock):
    joe = person(clock, "Joe", "Park")
    ada = person(clock, "Ada", company="Northwind", title="Ops Lead", referred_by_id=joe)
    research.save(ada, research.Research("", frozenset({"why_choice", "custom:Ask about Lyon?"}), ("Ask about Lyon?",)))
    questions = research.questions(ada)
    assert {q.word for q in questions} == {"who", "what", "why", "where", "when", "mine"}
    texts = {q.key: q.text for q in questions}
    assert texts["who_referrer"] == "How do you know Joe Park?"
    assert texts["why_choice"].startswith("Why did you choose Northwind")
    assert texts["what_week"] == "What does a typical week look like in your role as Ops Lead?"
    assert [q.key for q in questions if q.asked] == ["why_choice", "custom:Ask about Lyon?"]


def test_merging_keeps_both_peoples_notes(db, clock):
    keep, other = person(clock, "Ada"), person(clock, "Ada", "O.")
    research.save(keep, research.Research("From the gym"))
    research.save(other, research.Research("Works at Northwind", frozenset({"who_else"})))
    saved = research.merge_into(keep, other)
    merged = research.load(keep)
    assert merged.notes == "From the gym\n\nWorks at Northwind" and merged.asked == {"who_else"}
    research.restore(saved)
    assert research.load(keep).notes == "From the gym"


# --- the suited pitch ------------------------------------------------------------------------------------------
def test_a_linked_pitch_wins(pitches, clock):
    ada = person(clock, "Ada", title="Recruiter")
    set_contacts(pitches["engineer"], [ada])
    choice = pitch_match.suited_pitch(ada)
    assert choice.pitch_id == pitches["engineer"] and "linked" in choice.reason


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Talent Acquisition Lead", "recruiter"), ("HR Business Partner", "recruiter"), ("Software Engineer", "engineer")],
)
def test_the_title_picks_the_audience(pitches, clock, title, expected):
    ada = person(clock, "Ada", title=title)
    choice = pitch_match.suited_pitch(ada)
    assert choice.pitch_id == pitches[expected]
    assert title in choice.reason


def test_people_from_outside_work_get_the_plain_pitch(pitches, clock):
    ada = person(clock, "Ada", circles=["Neighbours"])
    choice = pitch_match.suited_pitch(ada)
    assert choice.pitch_id == pitches["neighbour"] and "Neighbours" in choice.reason


def test_otherwise_the_30_second_pitch_with_its_last_rehearsal(pitches, clock):
    ada = person(clock, "Ada", title="Accountant")
    Rehearsal.create(
        pitch=pitches["recruiter"], started_at=dt.datetime(2026, 3, 10, 9), duration_ms=29000, words=70, wpm=145
    )
    Rehearsal.create(
        pitch=pitches["recruiter"], started_at=dt.datetime(2026, 3, 14, 9), duration_ms=28000, words=70, wpm=150
    )
    choice = pitch_match.suited_pitch(ada)
    assert choice.pitch_id == pitches["recruiter"] and "30-second" in choice.reason
    assert choice.rehearsals == 2 and choice.last_rehearsed == dt.datetime(2026, 3, 14, 9)


def test_no_pitch_written_yet(db, clock):
    create_pitch(PitchDetails("Empty"), "", clock=clock)
    assert pitch_match.suited_pitch(person(clock, "Ada")) is None


# --- the sheet -------------------------------------------------------------------------------------------------
def test_the_sheet_gathers_what_we_know(pitches, clock):
    Company.create(name="Northwind", is_target=True)
    Company.create(name="Fabrikam", is_target=True)
    joe = person(clock, "Joe", "Park")
    ada = person(
        clock,
        "Ada",
        "Okafor",
        company="Northwind",
        title="Recruiter",
        how_met="Gym, early class",
        why_connect="Hires for operations",
        referred_by_id=joe,
        circles=["Clubs & sports"],
    )
    person(clock, "Ben", "Ito", company="Northwind")
    log_interaction(ada, "call", when=dt.datetime(2026, 3, 2, 9), summary="First call", clock=clock)
    log_interaction(ada, "email", when=dt.datetime(2026, 3, 3, 9), summary="Thanks", clock=clock)
    ledger.add_entry(ada, "gave", "Send her the robotics report", clock=clock)
    ledger.add_entry(ada, "received", "Feedback on my CV", done=True, clock=clock)
    sheet = meeting_prep.prep_sheet(ada, clock=clock)
    assert (sheet.name, sheet.title, sheet.company, sheet.company_is_target) == (
        "Ada Okafor",
        "Recruiter",
        "Northwind",
        True,
    )
    assert sheet.colleagues == ("Ben Ito",) and sheet.colleague_count == 1
    assert sheet.trail == ("Joe Park",)
    assert [r.summary for r in sheet.recent] == ["Thanks", "First call"]
    assert sheet.promised == ("Send her the robotics report",)
    assert sheet.they_gave == ("Feedback on my CV",)
    assert sheet.give.balance.gave == 1 and sheet.give.conversations == 1
    assert sheet.pitch.pitch_id == pitches["recruiter"]
    assert sheet.target_companies == 2
    assert any("How can I help you?" in r for r in sheet.reminders)
    assert any("target companies (2)" in r for r in sheet.reminders)
    assert any("résumé" in r for r in sheet.reminders)
    assert sheet.meeting == meeting_prep.Meeting()


def test_the_sheet_is_for_the_next_planned_meeting(db, clock):
    ada = person(clock, "Ada")
    planned = log_interaction(ada, "lunch", when=dt.datetime(2026, 3, 19, 12, 30), summary="Lunch at Roma", clock=clock)
    sheet = meeting_prep.prep_sheet(ada, clock=clock)
    assert sheet.meeting.interaction_id == planned.interaction.id
    assert (sheet.meeting.kind, sheet.meeting.when) == ("lunch", dt.datetime(2026, 3, 19, 12, 30))
    assert sheet.recent == ()  # a planned lunch has not happened yet


def test_the_sheet_for_a_follow_up(db, clock):
    ada = person(clock, "Ada")
    item = FollowUp.create(contact=ada, title="Coffee with Ada", kind="custom", due=dt.date(2026, 3, 18), status="open")
    meeting = meeting_prep.prep_sheet(ada, followup_id=item.id, clock=clock).meeting
    assert (meeting.followup_id, meeting.title, meeting.kind) == (item.id, "Coffee with Ada", "coffee")


def test_asking_for_something_that_is_not_there(db, clock):
    with pytest.raises(meeting_prep.PrepError):
        meeting_prep.prep_sheet(42, clock=clock)


def test_upcoming_meetings_are_the_planned_conversations_of_the_next_days(db, clock):
    ada, ben = person(clock, "Ada"), person(clock, "Ben")
    log_interaction(ada, "coffee", when=dt.datetime(2026, 3, 18, 9), clock=clock)
    log_interaction(ben, "call", when=dt.datetime(2026, 3, 17, 16), clock=clock)
    log_interaction(ben, "email", when=dt.datetime(2026, 3, 17, 10), clock=clock)  # not a meeting
    log_interaction(ada, "coffee", when=dt.datetime(2026, 3, 30, 9), clock=clock)  # too far
    log_interaction(ada, "coffee", when=dt.datetime(2026, 3, 16, 8), clock=clock)  # already happened
    upcoming = planned_meetings.upcoming_meetings(7, clock=clock)
    assert [(m.contact_name, m.kind) for m in upcoming] == [("Ben", "call"), ("Ada", "coffee")]
    assert planned_meetings.planned_count(ada, clock=clock) == 2


def test_questions_need_no_circle_or_company(db, clock):
    questions = research.questions(person(clock, "Ada"))
    assert questions[0].text == "Who do you work with most closely where you work?"


def test_merging_two_contacts_keeps_the_research_and_unmerge_puts_it_back(db, clock):
    from app.core.contacts import duplicates

    keep, other = person(clock, "Ada", "Okafor"), person(clock, "Ada", "Okafor")
    research.save(other, research.Research("Met her at the expo"))
    record = duplicates.merge(keep, other, clock=clock)
    assert research.load(keep).notes == "Met her at the expo"
    duplicates.unmerge(record, clock=clock)
    assert research.load(keep).empty and research.load(other).notes == "Met her at the expo"


def test_research_is_in_the_json_export(db, clock):
    from app.core.formats.exporters.json_export import build_export

    ada = person(clock, "Ada")
    research.save(ada, research.Research("Blog post on hubs", frozenset({"who_else"})), clock=clock)
    [row] = build_export()["research"]
    assert (row["contact_id"], row["notes"]) == (ada, "Blog post on hubs")
    assert '"asked": ["who_else"]' in row["questions"]
