"""The follow-up rules of job applications (issue 22), each with an injected clock and its day boundaries — the
same engine and contract as the networking rules (tests/unit/core/test_followup_rules.py)."""

import datetime as dt

import pytest

from app.core.clock import FixedClock
from app.core.contacts.service import trash_contacts
from app.core.followups import rules as followup_rules
from app.core.followups.writes import complete, dismiss, snooze
from app.core.opportunities import interviews, rule_settings, rules, service
from app.core.opportunities.documents import add_bytes, record_sent
from app.core.opportunities.interviews import InterviewData
from app.core.opportunities.service import Person
from app.models import FollowUp, Opportunity
from tests.unit.core.opportunities.helpers import D, at, only, open_of, opportunity, person


# --- check in after applying -------------------------------------------------------------------------------------
def test_a_week_after_applying_check_in_with_the_recruiter(db, clock):
    ben = person(clock, "Ben Ito")
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 12), people=[Person(ben.id, "recruiter")])
    check = only("application_check_in")
    assert check.due == D(2026, 3, 19) and check.original_due == D(2026, 3, 19)
    assert check.contact_id == ben.id
    assert check.title == "Check in about Operations lead at Northwind with Ben Ito"
    assert check.rule == "application_check_in" and opp.uid in check.rule_key


def test_the_check_in_goes_once_something_moves(db, clock):
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 12))
    assert open_of("application_check_in")
    service.move(opp.id, "screening", clock=clock)
    assert open_of("application_check_in") == []


def test_a_check_in_done_is_not_made_again(db, clock):
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 12))
    complete([only("application_check_in").id], clock=clock)
    rules.sync([opp.id], clock=clock)
    rules.run_all(clock)
    assert open_of("application_check_in") == []


def test_an_application_entered_long_after_the_fact_gets_no_stale_check_in(db, clock):
    opportunity(clock, stage="applied", day=D(2026, 1, 5))
    assert open_of("application_check_in") == []
    nudge = only("opportunity_nudge")  # …but the quiet opportunity is worth a look, today, not overdue
    assert nudge.due == clock.today()


def test_the_check_in_counts_from_the_day_it_was_applied_to_not_the_day_entered(db, clock):
    opportunity(clock, stage="applied", day=D(2026, 3, 5))
    assert only("application_check_in").due == D(2026, 3, 12)  # already overdue: it is the rule's day


# --- thank each interviewer --------------------------------------------------------------------------------------
def test_each_interviewer_is_thanked_on_the_day_of_the_interview(db, clock):
    ada, ben = person(clock), person(clock, "Ben Ito")
    opp = opportunity(clock, "Fabrikam", "Planner", stage="applied", day=D(2026, 3, 2))
    interviews.add_interview(opp.id, InterviewData(at("2026-03-18T14:00")), [ada.id, ben.id], clock=clock)
    thanks = open_of("interview_thank_you")
    assert {(t.contact_id, t.due) for t in thanks} == {(ada.id, D(2026, 3, 18)), (ben.id, D(2026, 3, 18))}
    assert thanks[0].title == "Thank Ada Okafor for the interview (Planner at Fabrikam)"


def test_moving_the_interview_moves_the_thank_yous_and_removing_an_interviewer_removes_theirs(db, clock):
    ada, ben = person(clock), person(clock, "Ben Ito")
    opp = opportunity(clock, stage="interviewing")
    scheduled = interviews.add_interview(opp.id, InterviewData(at("2026-03-18T14:00")), [ada.id, ben.id], clock=clock)
    interviews.update_interview(scheduled.interview_id, InterviewData(at("2026-03-20T09:00")), [ada.id], clock=clock)
    assert [(t.contact_id, t.due) for t in open_of("interview_thank_you")] == [(ada.id, D(2026, 3, 20))]


def test_an_interviewer_in_the_trash_is_not_thanked(db, clock):
    ada, ben = person(clock), person(clock, "Ben Ito")
    trash_contacts([ben.id], clock=clock)
    opp = opportunity(clock, stage="interviewing")
    interviews.add_interview(opp.id, InterviewData(at("2026-03-18T14:00")), [ada.id, ben.id], clock=clock)
    assert [t.contact_id for t in open_of("interview_thank_you")] == [ada.id]


# --- tell the referrer -------------------------------------------------------------------------------------------
def test_the_referrer_hears_after_each_stage_change_one_open_at_a_time(db, clock):
    joe = person(clock, "Joe Park")
    opp = opportunity(clock, stage="interested", day=D(2026, 3, 9), people=[Person(joe.id, "referrer")])
    assert open_of("opportunity_update") == []  # nothing happened yet
    service.move(opp.id, "applied", day=D(2026, 3, 13), clock=clock)
    update = only("opportunity_update")
    assert (update.contact_id, update.due) == (joe.id, D(2026, 3, 14))
    assert update.title == "Tell Joe Park how it's going at Northwind: you applied"
    service.move(opp.id, "screening", clock=clock)
    moved = only("opportunity_update")
    assert moved.id == update.id  # the same follow-up, now about the latest news
    assert (moved.due, moved.title) == (D(2026, 3, 17), "Tell Joe Park how it's going at Northwind: a screening call")


def test_a_done_update_stays_done_and_the_next_move_asks_for_a_new_one(db, clock):
    joe = person(clock, "Joe Park")
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 13), people=[Person(joe.id, "referrer")])
    complete([only("opportunity_update").id], clock=clock)
    rules.sync([opp.id], clock=clock)
    assert open_of("opportunity_update") == []
    service.move(opp.id, "rejected", clock=clock)
    assert only("opportunity_update").title.endswith("it did not work out")


def test_undoing_a_move_takes_the_update_back(db, clock):
    joe = person(clock, "Joe Park")
    opp = opportunity(clock, stage="interested", people=[Person(joe.id, "referrer")])
    done = service.move(opp.id, "applied", clock=clock)
    assert open_of("opportunity_update")
    service.undo_move(done, clock=clock)
    assert open_of("opportunity_update") == []


# --- prepare the day before --------------------------------------------------------------------------------------
def test_prepare_the_day_before_an_interview_with_the_interviewer(db, clock):
    ada = person(clock)
    opp = opportunity(clock, "Fabrikam", stage="interviewing")
    interviews.add_interview(opp.id, InterviewData(at("2026-03-19T14:00"), round=2), [ada.id], clock=clock)
    prep = only("interview_prep")
    assert (prep.due, prep.contact_id) == (D(2026, 3, 18), ada.id)
    assert prep.title == "Prepare for the Fabrikam interview (round 2, Thu 19 Mar)"
    assert rules.opportunity_of_followup(prep.id) == opp.id


def test_an_interview_today_is_prepared_for_today_not_yesterday(db, clock):
    opp = opportunity(clock, stage="interviewing")
    interviews.add_interview(opp.id, InterviewData(at("2026-03-16T16:00")), [], clock=clock)
    assert only("interview_prep").due == D(2026, 3, 16)
    assert only("interview_prep").contact_id is None  # nobody to name: the prep sheet opens from the opportunity


def test_the_preparation_goes_once_the_interview_started_or_the_opportunity_closed(db):
    clock = FixedClock("2026-03-16T10:30:00")
    opp = opportunity(clock, stage="interviewing")
    interviews.add_interview(opp.id, InterviewData(at("2026-03-17T09:00")), [], clock=clock)
    assert open_of("interview_prep")
    clock.set(at("2026-03-17T09:01"))
    rules.run_all(clock)
    assert open_of("interview_prep") == []
    clock.set(at("2026-03-16T10:30"))
    rules.run_all(clock)
    assert open_of("interview_prep")
    service.move(opp.id, "withdrawn", clock=clock)
    assert open_of("interview_prep") == []


# --- nudge a quiet opportunity -----------------------------------------------------------------------------------
def test_an_opportunity_quiet_for_two_weeks_gets_a_gentle_nudge(db, clock):
    opp = opportunity(clock, stage="screening", day=D(2026, 3, 10))
    nudge = only("opportunity_nudge")
    assert nudge.due == D(2026, 3, 24)
    assert nudge.title == "No news about Operations lead at Northwind since 10 Mar: follow up, or let it go"
    service.move(opp.id, "interviewing", clock=clock)
    moved = only("opportunity_nudge")
    assert moved.id == nudge.id and moved.due == D(2026, 3, 30)


def test_an_interview_ahead_means_it_is_not_quiet_and_one_held_restarts_the_clock(db):
    clock = FixedClock("2026-03-16T10:30:00")
    opp = opportunity(clock, stage="screening", day=D(2026, 3, 1))
    interviews.add_interview(opp.id, InterviewData(at("2026-03-20T10:00")), [], clock=clock)
    assert open_of("opportunity_nudge") == []
    clock.set(at("2026-03-21T08:00"))
    rules.run_all(clock)
    assert only("opportunity_nudge").due == D(2026, 4, 3)


def test_a_document_sent_for_it_counts_as_something_happening(db, paths, clock):
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 2))
    version = add_bytes(paths.data_dir, b"%PDF-1.4", "cv.pdf", name="CV", clock=clock)
    record_sent(version.id, opportunity_id=opp.id, day=D(2026, 3, 9), clock=clock)
    assert only("opportunity_nudge").due == D(2026, 3, 23)


def test_interested_but_not_applied_asks_whether_to_apply(db, clock):
    opportunity(clock, stage="interested", day=D(2026, 3, 1))
    assert only("opportunity_nudge").title == "Still interested in Operations lead at Northwind? Apply, or let it go"


def test_a_closed_opportunity_is_never_nudged(db, clock):
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 1))
    service.move(opp.id, "rejected", clock=clock)
    assert open_of("opportunity_nudge") == [] and open_of("application_check_in") == []


def test_a_snoozed_nudge_keeps_the_day_chosen(db, clock):
    opp = opportunity(clock, stage="screening", day=D(2026, 3, 10))
    nudge = only("opportunity_nudge")
    snooze([nudge.id], D(2026, 4, 1), clock=clock)
    service.update_opportunity(opp.id, service.OpportunityData("Northwind", "Ops lead"), clock=clock)
    assert only("opportunity_nudge").due == D(2026, 4, 1)


# --- settings and the engine -------------------------------------------------------------------------------------
def test_a_rule_turned_off_removes_its_open_follow_ups_and_days_move_them(db, clock):
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 12))
    settings = rule_settings.load().with_enabled("application_check_in", False).with_days("opportunity_nudge", 21)
    rule_settings.save(settings)
    rules.run_all(clock)
    assert open_of("application_check_in") == []
    assert only("opportunity_nudge").due == D(2026, 4, 2)
    assert Opportunity.get_by_id(opp.id).stage == "applied"


def test_bad_stored_settings_fall_back_to_the_defaults(db):
    from app.models import Setting

    Setting.write(rule_settings.SETTING_KEY, {"days": {"opportunity_nudge": 1000, "interview_prep": "x"}, "enabled": 3})
    loaded = rule_settings.load()
    assert loaded.offset("opportunity_nudge") == 14 and loaded.offset("interview_prep") == 1
    with pytest.raises(rule_settings.RuleSettingsError):
        rule_settings.save(loaded.with_days("opportunity_nudge", 2))


def test_the_networking_rules_pass_runs_these_rules_too_and_is_idempotent(db, clock):
    opp = opportunity(clock, stage="screening", day=D(2026, 3, 10))
    FollowUp.delete().execute()
    first = followup_rules.run_all(clock)
    assert first.created >= 1 and only("opportunity_nudge")
    again = followup_rules.run_all(clock)
    assert not again.changed
    assert rules.opportunity_of_followup(only("opportunity_nudge").id) == opp.id


def test_follow_ups_of_an_opportunity_deleted_behind_the_services_back_go(db, clock):
    opp = opportunity(clock, stage="screening", day=D(2026, 3, 10))
    done = only("opportunity_nudge")
    dismiss([done.id], clock=clock)
    service.move(opp.id, "interviewing", clock=clock)
    assert open_of("opportunity_nudge")
    Opportunity.delete().where(Opportunity.id == opp.id).execute()
    rules.run_all(clock)
    assert open_of("opportunity_nudge") == []
    assert FollowUp.get_by_id(done.id).status == "dismissed"  # history stays


@pytest.mark.parametrize("stage", ["accepted", "declined", "rejected", "withdrawn"])
def test_the_referrer_hears_how_it_ended(db, clock, stage):
    joe = person(clock, "Joe Park")
    opp = opportunity(clock, stage="offer", day=D(2026, 3, 10), people=[Person(joe.id, "referrer")])
    complete([only("opportunity_update").id], clock=clock)
    service.move(opp.id, stage, clock=clock)
    assert only("opportunity_update").contact_id == joe.id
    assert dt.date.fromisoformat(str(only("opportunity_update").due)) == D(2026, 3, 17)


def test_the_opportunitys_coming_follow_ups_are_titled_in_the_readers_language(db, clock):
    """The detail's "Coming up" list showed the stored English titles ("Prepare for the … interview") in a German
    window, where Today and the calendar show the same follow-ups in German."""
    from app.core.followups import titles
    from app.core.opportunities import queries

    ada = person(clock, "Ada")
    opp = opportunity(clock, "Fabrikam", stage="interviewing")
    interviews.add_interview(opp.id, InterviewData(at("2026-03-19T14:00"), round=2), [ada.id], clock=clock)
    german = titles.Wording(
        template={
            "Prepare for the {company} interview (round {round}, {day:weekday_day})": (
                "Vorbereitung auf das Gespräch bei {company} (Runde {round}, {day:weekday_day})"
            )
        }.get,
        day=lambda day: f"{day.day}. März",
        weekday=lambda day: "Do.",
    )
    try:
        titles.use(german)
        coming = [f.title for f in queries.detail(opp.id, clock=clock).followups]
    finally:
        titles.use(None)
    assert "Vorbereitung auf das Gespräch bei Fabrikam (Runde 2, Do. 19. März)" in coming, coming
