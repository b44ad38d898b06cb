"""The prep sheet of an interview, and what a contact's pane and the board read."""

from app.core.coach import meeting_prep
from app.core.opportunities import interviews, prep, queries
from app.core.opportunities.interviews import InterviewData
from app.core.opportunities.service import Person
from app.models import FollowUp
from tests.unit.core.opportunities.helpers import D, at, opportunity, person


def test_the_prep_sheet_of_an_interview_follow_up_holds_the_opportunity(db, clock):
    joe, ada = person(clock, "Joe Park"), person(clock)
    opp = opportunity(
        clock, "Fabrikam", "Planner", stage="applied", day=D(2026, 3, 2), people=[Person(joe.id, "referrer")],
        notes="Ask about the night shift", salary_notes="60–65k",
    )  # fmt: skip
    interviews.add_interview(opp.id, InterviewData(at("2026-03-18T14:00"), format="onsite"), [ada.id], clock=clock)
    followup = FollowUp.get(FollowUp.kind == "interview_prep")
    sheet = meeting_prep.prep_sheet(ada.id, followup_id=followup.id, clock=clock)
    brief = sheet.opportunity
    assert brief is not None and brief.headline == "Planner at Fabrikam"
    assert brief.interview.starts_at == at("2026-03-18T14:00") and brief.interview.interviewers == ("Ada Okafor",)
    assert (brief.notes, brief.salary_notes) == ("Ask about the night shift", "60–65k")
    assert [name for _cid, name, _role in brief.people] == ["Joe Park", "Ada Okafor"]
    assert any("tell Joe Park how it went" in r for r in brief.reminders)
    assert meeting_prep.prep_sheet(ada.id, clock=clock).opportunity is None  # an ordinary meeting: none
    assert prep.prep_contact(opp.id, clock=clock) == ada.id


def test_prep_contact_falls_back_to_the_hiring_manager_and_then_nobody(db, clock):
    ben = person(clock, "Ben Ito")
    opp = opportunity(clock, people=[Person(ben.id, "hiring_manager")])
    assert prep.prep_contact(opp.id, clock=clock) == ben.id
    assert prep.prep_contact(opportunity(clock, "Contoso").id, clock=clock) is None


def test_a_contacts_opportunities_put_the_ones_they_referred_first(db, clock):
    joe = person(clock, "Joe Park")
    recruited = opportunity(clock, "A", "Analyst", people=[Person(joe.id, "recruiter")])
    referred = opportunity(clock, "B", "Lead", day=D(2026, 3, 1), people=[Person(joe.id, "referrer")])
    items = queries.for_contact(joe.id)
    assert [i.opportunity_id for i in items] == [referred.id, recruited.id]
    assert items[0].referred and items[0].role_text == "Lead at B" and items[1].roles == ("recruiter",)
    assert queries.for_contact(person(clock, "Nobody Here").id) == []


def test_rows_filter_by_words_stage_source_and_targets(db, clock):
    joe = person(clock, "Joe Park")
    opportunity(clock, "Northwind", "Operations lead", source="referral", people=[Person(joe.id, "referrer")])
    opportunity(clock, "Fabrikam", "Planner", stage="rejected", source="job_board", location="Rotterdam")
    assert [r.role for r in queries.rows(flt=queries.Filter(text="joe"), clock=clock)] == ["Operations lead"]
    assert [r.role for r in queries.rows(flt=queries.Filter(text="rotter plan"), clock=clock)] == ["Planner"]
    assert [r.role for r in queries.rows(flt=queries.Filter(open_only=True), clock=clock)] == ["Operations lead"]
    only_boards = queries.Filter(sources=frozenset({"job_board"}))
    assert [r.role for r in queries.rows(flt=only_boards, clock=clock)] == ["Planner"]
    assert queries.rows(flt=queries.Filter(targets_only=True), clock=clock) == []
    lanes = queries.by_stage(queries.rows(clock=clock))
    assert list(lanes)[:5] == ["interested", "applied", "screening", "interviewing", "offer"]
    assert [r.role for r in lanes["rejected"]] == ["Planner"]
