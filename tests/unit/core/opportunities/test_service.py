"""Writing opportunities: one transaction per change, validation before anything is written, undo data returned."""

import datetime as dt

import pytest

from app.core.opportunities import deletion, interviews, service
from app.core.opportunities.interviews import InterviewData
from app.core.opportunities.service import OpportunityData, OpportunityError, Person
from app.models import Company, FollowUp, Interview, Opportunity, OpportunityContact, OpportunityStage
from tests.unit.core.opportunities.helpers import D, at, opportunity, person


def stages_of(opp_id: int) -> list[tuple[str, dt.date]]:
    query = OpportunityStage.select().where(OpportunityStage.opportunity == opp_id)
    return [(h.stage, h.day) for h in query.order_by(OpportunityStage.day, OpportunityStage.id)]


def test_a_new_opportunity_links_the_company_list_and_logs_its_first_stage(db, clock):
    Company.create(name="Northwind", is_target=True)
    opp = opportunity(clock, "northwind", stage="applied", day=D(2026, 3, 10), source="job_board")
    assert opp.company.name == "Northwind" and opp.company.is_target  # found ignoring case, not doubled
    assert Company.select().count() == 1
    assert (opp.stage, opp.stage_since) == ("applied", D(2026, 3, 10))
    assert stages_of(opp.id) == [("applied", D(2026, 3, 10))]
    assert opp.uid and len(opp.uid) == 36


def test_a_new_company_joins_the_list_and_can_join_the_targets(db, clock):
    plain = opportunity(clock, "Fabrikam")
    assert not plain.company.is_target
    data = OpportunityData("Contoso", "Analyst")
    target = service.create_opportunity(data, make_target=True, clock=clock)
    assert Company.get_by_id(target.company_id).is_target


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"company": "  "}, "company"),
        ({"role": ""}, "role"),
        ({"source": "newspaper"}, "source"),
        ({"posting_url": "javascript:alert(1)"}, "posting_url"),
        ({"role": "x" * 301}, "role"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(db, clock, changes, field):
    data = OpportunityData(**{"company": "Northwind", "role": "Lead", **changes})
    with pytest.raises(OpportunityError) as caught:
        service.create_opportunity(data, clock=clock)
    assert caught.value.field == field
    assert Opportunity.select().count() == 0 and Company.select().count() == 0


def test_a_posting_address_without_a_scheme_is_read_as_https(db, clock):
    opp = opportunity(clock, posting_url="jobs.example.com/42")
    assert opp.posting_url == "https://jobs.example.com/42"


def test_a_move_is_logged_with_its_day_and_can_be_undone_and_redone(db, clock):
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 2))
    done = service.move(opp.id, "screening", day=D(2026, 3, 12), clock=clock)
    assert (done.before_stage, done.before_since, done.stage, done.day) == (
        "applied",
        D(2026, 3, 2),
        "screening",
        D(2026, 3, 12),
    )
    assert stages_of(opp.id) == [("applied", D(2026, 3, 2)), ("screening", D(2026, 3, 12))]
    service.undo_move(done, clock=clock)
    assert (Opportunity.get_by_id(opp.id).stage, Opportunity.get_by_id(opp.id).stage_since) == (
        "applied",
        D(2026, 3, 2),
    )
    assert stages_of(opp.id) == [("applied", D(2026, 3, 2))]
    service.redo_move(done, clock=clock)
    assert Opportunity.get_by_id(opp.id).stage == "screening"
    assert OpportunityStage.get_by_id(done.history_id).day == D(2026, 3, 12)


def test_moving_to_the_same_stage_changes_nothing(db, clock):
    opp = opportunity(clock, stage="applied")
    assert service.move(opp.id, "applied", clock=clock) is None
    assert len(stages_of(opp.id)) == 1


def test_a_move_defaults_to_today(db, clock):
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 1))
    assert service.move(opp.id, "rejected", clock=clock).day == clock.today()


@pytest.mark.parametrize("day", [D(2026, 3, 17), D(2026, 2, 28)])
def test_a_move_in_the_future_or_before_the_current_stage_is_refused(db, clock, day):
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 1))
    with pytest.raises(OpportunityError) as caught:
        service.move(opp.id, "screening", day=day, clock=clock)
    assert caught.value.field == "date"
    assert Opportunity.get_by_id(opp.id).stage == "applied" and len(stages_of(opp.id)) == 1


def test_an_unknown_stage_is_refused(db, clock):
    opp = opportunity(clock)
    with pytest.raises(OpportunityError):
        service.move(opp.id, "hired", clock=clock)


def test_people_keep_their_roles_once_each_and_the_edit_returns_who_was_there(db, clock):
    ada, ben = person(clock), person(clock, "Ben Ito")
    opp = opportunity(clock, people=[Person(ada.id, "referrer"), Person(ada.id, "referrer")])
    before = service.set_people(opp.id, [Person(ada.id, "referrer"), Person(ben.id, "hiring_manager")], clock=clock)
    assert before == [Person(ada.id, "referrer")]
    assert {(p.contact_id, p.role) for p in service.people_of(opp.id)} == {
        (ada.id, "referrer"),
        (ben.id, "hiring_manager"),
    }
    with pytest.raises(OpportunityError):
        service.set_people(opp.id, [Person(999, "recruiter")], clock=clock)
    assert len(service.people_of(opp.id)) == 2


def test_scheduling_an_interview_moves_the_opportunity_to_interviewing_in_the_same_change(db, clock):
    ada = person(clock)
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 2))
    scheduled = interviews.add_interview(opp.id, InterviewData(at("2026-03-19T14:00")), [ada.id], clock=clock)
    assert scheduled.move is not None and scheduled.move.day == clock.today()
    assert Opportunity.get_by_id(opp.id).stage == "interviewing"
    interview = Interview.get_by_id(scheduled.interview_id)
    assert interview.round == 1 and interview.uid == scheduled.uid
    assert interviews.interviewers_of(interview.id) == [ada.id]
    second = interviews.add_interview(opp.id, InterviewData(at("2026-03-26T10:00")), [], clock=clock)
    assert second.move is None and Interview.get_by_id(second.interview_id).round == 2


def test_an_interview_logged_after_the_fact_moves_on_its_own_day(db, clock):
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 2))
    scheduled = interviews.add_interview(opp.id, InterviewData(at("2026-03-09T14:00")), [], clock=clock)
    assert scheduled.move.day == D(2026, 3, 9)


def test_an_interviewer_added_without_a_round_joins_the_latest_one_held(db, clock):
    ada = person(clock)
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 2))
    held = interviews.add_interview(opp.id, InterviewData(at("2026-03-12T10:00")), [], clock=clock)
    interviews.add_interview(opp.id, InterviewData(at("2026-03-20T10:00")), [], clock=clock)
    service.add_person(opp.id, Person(ada.id, "interviewer"), clock=clock)
    link = OpportunityContact.get(OpportunityContact.contact == ada.id)
    assert link.interview_id == held.interview_id


def test_deleting_an_opportunity_and_putting_it_back_restores_everything_with_the_same_ids(db, clock):
    ada = person(clock)
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 2), people=[Person(ada.id, "referrer")])
    service.move(opp.id, "screening", day=D(2026, 3, 10), clock=clock)
    scheduled = interviews.add_interview(opp.id, InterviewData(at("2026-03-19T14:00")), [ada.id], clock=clock)
    open_before = sorted((f.id, f.rule_key, f.due) for f in FollowUp.select().where(FollowUp.status == "open"))
    assert open_before
    snapshot = deletion.delete_opportunity(opp.id, clock=clock)
    assert Opportunity.select().count() == 0 and Interview.select().count() == 0
    assert not [f for f in FollowUp.select() if opp.uid in (f.rule_key or "")]
    deletion.restore_opportunity(snapshot, clock=clock)
    assert Opportunity.get_by_id(opp.id).uid == opp.uid
    assert Interview.get_by_id(scheduled.interview_id).uid == scheduled.uid
    assert [s for s, _d in stages_of(opp.id)] == ["applied", "screening", "interviewing"]
    assert sorted((f.id, f.rule_key, f.due) for f in FollowUp.select().where(FollowUp.status == "open")) == open_before


def test_an_interview_deleted_and_restored_keeps_its_interviewers(db, clock):
    ada = person(clock)
    opp = opportunity(clock, stage="interviewing")
    scheduled = interviews.add_interview(opp.id, InterviewData(at("2026-03-19T14:00")), [ada.id], clock=clock)
    snapshot = interviews.delete_interview(scheduled.interview_id, clock=clock)
    assert interviews.interviewers_of(scheduled.interview_id) == []
    interviews.restore_interview(snapshot, clock=clock)
    assert interviews.interviewers_of(scheduled.interview_id) == [ada.id]


def test_a_logged_day_can_be_corrected_within_its_neighbours(db, clock):
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 2))
    done = service.move(opp.id, "screening", day=D(2026, 3, 10), clock=clock)
    assert service.edit_history_day(done.history_id, D(2026, 3, 8), clock=clock) == D(2026, 3, 10)
    assert Opportunity.get_by_id(opp.id).stage_since == D(2026, 3, 8)
    with pytest.raises(OpportunityError):
        service.edit_history_day(done.history_id, D(2026, 3, 1), clock=clock)


def test_editing_the_fields_returns_what_they_were(db, clock):
    opp = opportunity(clock, location="Rotterdam")
    before = service.update_opportunity(
        opp.id, OpportunityData("Northwind", "Head of operations", source="referral"), clock=clock
    )
    assert before.role == "Operations lead" and before.location == "Rotterdam"
    assert Opportunity.get_by_id(opp.id).role == "Head of operations"
