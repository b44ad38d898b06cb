"""The core reads and use cases the opportunity screens call instead of querying the models (issue 18): the forms'
lookups, moving several cards at once, applying the rules' settings, and what each write says it changed."""

from __future__ import annotations

import pytest

from app.core.changes import NOTHING, Changes
from app.core.opportunities import deletion, documents, interviews, lookups, rule_settings, rules, service
from app.core.opportunities.interviews import InterviewData
from app.core.opportunities.service import OpportunityData, OpportunityError
from app.models import Company, Opportunity
from tests.unit.core.opportunities.helpers import D, at, only, open_of, opportunity


def test_company_choices_put_the_target_list_first(db, clock):
    opportunity(clock, company="Zeta Freight")
    opportunity(clock, company="Acme")
    service.create_opportunity(OpportunityData(company="Northwind", role="Planner"), make_target=True, clock=clock)
    assert [(c.name, c.is_target) for c in lookups.company_choices()] == [
        ("Northwind", True),
        ("Acme", False),
        ("Zeta Freight", False),
    ]
    assert lookups.is_target_company("northwind")  # any case, as the company list matches names
    assert not lookups.is_target_company("Acme")
    assert not lookups.is_target_company("Nobody Inc")
    assert not lookups.is_target_company("")


def test_an_opportunity_as_its_form_and_dialogs_show_it(db, clock):
    opp = opportunity(clock, company="Northwind", role="Operations lead", location="Leeds", notes="Ask about shifts")
    assert lookups.opportunity_data(opp.id) == OpportunityData.of(Opportunity.get_by_id(opp.id))
    assert lookups.opportunity_data(opp.id).location == "Leeds"
    assert lookups.title(opp.id) == "Operations lead — Northwind"
    assert lookups.stored_notes(opp.id) == "Ask about shifts"
    assert lookups.stored_notes(opp.id + 1) is None
    assert lookups.interview_count(opp.id) == 0
    interviews.add_interview(opp.id, InterviewData(at("2026-03-20T10:00")), [], clock=clock)
    interviews.add_interview(opp.id, InterviewData(at("2026-03-27T10:00")), [], clock=clock)
    assert lookups.interview_count(opp.id) == 2
    with pytest.raises(Opportunity.DoesNotExist):
        lookups.title(opp.id + 1)


def test_the_day_of_a_move_in_the_history(db, clock):
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 2))
    done = service.move(opp.id, "screening", day=D(2026, 3, 9), clock=clock)
    assert lookups.history_day(done.history_id) == D(2026, 3, 9)
    assert lookups.history_day(done.history_id + 100) is None


def test_a_version_file_name(db, clock, paths, tmp_path):
    source = tmp_path / "cv.pdf"
    source.write_bytes(b"%PDF-1.4 my cv")
    version = documents.add_document(paths.data_dir, source, name="CV", kind="resume", clock=clock)
    name = lookups.version_file_name(version.id)
    assert documents.document_path(paths.data_dir, name).read_bytes() == b"%PDF-1.4 my cv"


def test_moving_several_is_all_or_none(db, clock):
    first = opportunity(clock, company="Acme", stage="applied", day=D(2026, 3, 2))
    second = opportunity(clock, company="Zeta", stage="screening", day=D(2026, 3, 14))
    moves = service.move_many([first.id, second.id], "screening", day=D(2026, 3, 10), clock=clock)
    assert [m.opportunity_id for m in moves] == [first.id]  # the second was there already
    assert Opportunity.get_by_id(first.id).stage == "screening"
    with pytest.raises(OpportunityError):  # the second cannot move before it reached its stage: neither moves
        service.move_many([first.id, second.id], "interviewing", day=D(2026, 3, 12), clock=clock)
    assert [Opportunity.get_by_id(i).stage for i in (first.id, second.id)] == ["screening", "screening"]


def test_applying_the_rules_settings_stores_them_and_brings_the_follow_ups_in_line(db, clock):
    opportunity(clock, stage="applied", day=D(2026, 3, 12))
    assert only("application_check_in")
    unchanged = rule_settings.load()
    assert rules.apply_settings(unchanged, clock=clock) is NOTHING
    new = unchanged.with_enabled("application_check_in", False).with_days("opportunity_nudge", 21)
    assert rules.apply_settings(new, clock=clock) == Changes.of("followups", "opportunities")
    assert rule_settings.load() == new
    assert open_of("application_check_in") == []
    assert only("opportunity_nudge").due == D(2026, 4, 2)
    # The days of a rule that is off: stored, but no follow-up moves, so the follow-ups are not in the Changes
    assert rules.apply_settings(new.with_days("application_check_in", 9), clock=clock) == Changes.of("opportunities")


def test_refused_rules_settings_write_nothing(db, clock):
    before = rule_settings.load()
    with pytest.raises(rule_settings.RuleSettingsError):
        rules.apply_settings(before.with_days("opportunity_nudge", 100_000), clock=clock)
    assert rule_settings.load() == before


def test_writes_say_what_they_change():
    assert Changes.of("opportunities", "followups") == service.CHANGES
    assert documents.SENT_CHANGES.touches("interactions") and documents.SENT_CHANGES.touches("contacts")
    assert documents.SENT_CHANGES.touches("opportunities") and documents.SENT_CHANGES.touches("followups")


def test_deleting_and_restoring_keep_the_same_id(db, clock):
    opp = opportunity(clock, company="Northwind")
    snapshot = deletion.delete_opportunity(opp.id, clock=clock)
    assert Opportunity.get_or_none(Opportunity.id == opp.id) is None
    assert Company.get_or_none(Company.name == "Northwind") is not None
    deletion.restore_opportunity(snapshot, clock=clock)
    assert Opportunity.get_by_id(opp.id).uid == opp.uid


def test_editing_fields_and_people_is_all_or_none(db, clock):
    from tests.unit.core.opportunities.helpers import person, referred_by

    ada = person(clock)
    opp = opportunity(clock, people=[referred_by(ada)])
    changed = OpportunityData(company="Northwind", role="Head of operations")
    with pytest.raises(OpportunityError):  # a person who does not exist: the new role is not kept either
        service.edit_opportunity(opp.id, changed, [service.Person(9999, "referrer")], clock=clock)
    assert Opportunity.get_by_id(opp.id).role == "Operations lead"
    before, before_people = service.edit_opportunity(opp.id, changed, [], clock=clock)
    assert before.role == "Operations lead" and before_people == [referred_by(ada)]
    assert Opportunity.get_by_id(opp.id).role == "Head of operations" and service.people_of(opp.id) == []


def test_scheduling_again_and_taking_back_include_the_move(db, clock):
    opp = opportunity(clock, stage="applied", day=D(2026, 3, 2))
    data = InterviewData(starts_at=at("2026-03-20T10:00"))
    scheduled = interviews.add_interview(opp.id, data, clock=clock)
    assert scheduled.move is not None and Opportunity.get_by_id(opp.id).stage == "interviewing"
    interviews.delete_interview(scheduled.interview_id, clock=clock, take_back=scheduled.move)
    assert Opportunity.get_by_id(opp.id).stage == "applied"
    again = interviews.add_interview(
        opp.id, data, clock=clock, interview_id=scheduled.interview_id, uid=scheduled.uid, move_again=scheduled.move
    )
    assert again.move is None and Opportunity.get_by_id(opp.id).stage == "interviewing"  # moved once, by the redo


def test_several_moves_are_undone_and_redone_together(db, clock):
    first = opportunity(clock, company="Acme", stage="applied", day=D(2026, 3, 2))
    second = opportunity(clock, company="Zeta", stage="applied", day=D(2026, 3, 3))
    moves = service.move_many([first.id, second.id], "screening", day=D(2026, 3, 10), clock=clock)
    service.undo_moves(moves, clock=clock)
    assert [Opportunity.get_by_id(i).stage for i in (first.id, second.id)] == ["applied", "applied"]
    service.redo_moves(moves, clock=clock)
    assert [Opportunity.get_by_id(i).stage for i in (first.id, second.id)] == ["screening", "screening"]
