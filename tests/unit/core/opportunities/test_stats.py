"""The job search on the Insights page: the funnel by source, time in each stage, who opened the doors."""

from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact
from app.core.opportunities import interviews, service, stats
from app.core.opportunities.interviews import InterviewData
from app.core.opportunities.service import Person
from tests.unit.core.opportunities.helpers import D, at, opportunity, person


def test_the_funnel_splits_people_from_cold_and_counts_how_far_each_got(db, clock):
    joe = person(clock, "Joe Park")
    referred = opportunity(clock, "A", stage="applied", day=D(2026, 1, 5), source="referral")
    service.set_people(referred.id, [Person(joe.id, "referrer")], clock=clock)
    interviews.add_interview(referred.id, InterviewData(at("2026-01-20T10:00")), [], clock=clock)
    service.move(referred.id, "offer", day=D(2026, 2, 1), clock=clock)
    service.move(referred.id, "declined", day=D(2026, 2, 5), clock=clock)
    contact = opportunity(clock, "B", stage="applied", day=D(2026, 1, 5), source="contact")
    service.move(contact.id, "rejected", day=D(2026, 1, 20), clock=clock)
    opportunity(clock, "C", stage="interested", source="recruiter")
    for name in ("D", "E", "F"):
        cold = opportunity(clock, name, stage="applied", day=D(2026, 2, 1), source="job_board")
    service.move(cold.id, "screening", day=D(2026, 2, 10), clock=clock)
    opportunity(clock, "G", stage="applied", day=D(2026, 2, 1), source="cold")

    funnel = stats.funnel_by_source()
    people, cold_side = funnel.people, funnel.cold
    assert (people.total, people.applied, people.interview, people.offer, people.accepted) == (3, 2, 1, 1, 0)
    assert (cold_side.total, cold_side.applied, cold_side.interview, cold_side.offer) == (4, 4, 0, 0)
    assert people.rate("interview") == 0.5 and cold_side.rate("interview") == 0.0
    assert people.ids["offer"] == (referred.id,)
    assert [s.key for s in funnel.sources] == ["referral", "contact", "job_board", "recruiter", "cold"]
    assert funnel.total == 7


def test_time_in_each_stage_counts_the_stays_that_ended_and_the_ones_running(db, clock):
    a = opportunity(clock, "A", stage="applied", day=D(2026, 3, 1))
    service.move(a.id, "screening", day=D(2026, 3, 5), clock=clock)  # 4 days applied
    b = opportunity(clock, "B", stage="applied", day=D(2026, 3, 1))
    service.move(b.id, "screening", day=D(2026, 3, 11), clock=clock)  # 10 days applied
    service.move(b.id, "rejected", day=D(2026, 3, 13), clock=clock)  # 2 days screening
    times = {t.stage: t for t in stats.time_in_stages(clock=clock)}
    assert times["applied"].median_days == 7 and times["applied"].ended == 2 and times["applied"].current == 0
    assert times["screening"].ended == 1 and times["screening"].median_days == 2
    assert times["screening"].current == 1 and times["screening"].current_days == 11  # a, since 5 March
    assert times["offer"].median_days is None and times["offer"].current == 0


def test_door_openers_are_the_people_whose_opportunities_reached_interviews_and_their_circles(db, clock):
    joe = create_contact(ContactData(given_name="Joe", family_name="Park", circles=["Former co-workers"]), clock=clock)
    ann = create_contact(ContactData(given_name="Ann", family_name="Lee", circles=["Neighbours"]), clock=clock)
    hired = opportunity(clock, "A", stage="applied", people=[Person(joe.id, "referrer")])
    interviews.add_interview(hired.id, InterviewData(at("2026-03-20T10:00")), [], clock=clock)
    opportunity(clock, "B", stage="applied", people=[Person(joe.id, "contact")])
    opportunity(clock, "C", stage="applied", people=[Person(ann.id, "referrer")])
    opportunity(clock, "D", stage="applied", source="job_board")
    doors = stats.door_openers()
    assert [(p.name, p.opportunities, p.interviews) for p in doors.people] == [("Joe Park", 2, 1), ("Ann Lee", 1, 0)]
    first = doors.circles[0]
    assert (first.name, first.interviews, first.contact_ids) == ("Former co-workers", 1, (joe.id,))
    assert (doors.through_people, doors.interviews_through_people, doors.interviews) == (3, 1, 1)
