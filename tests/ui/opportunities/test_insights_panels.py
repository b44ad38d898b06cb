"""The job search on the Insights page: the evidence sentence, the funnel by source (each number opens those
opportunities), the time in each stage and the people who opened the doors (a name opens the contact)."""

import datetime as dt

from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact
from app.core.opportunities import interviews, service
from app.core.opportunities.interviews import InterviewData
from app.core.opportunities.service import OpportunityData, Person
from tests.helpers.qt import find


def test_the_job_search_panels_show_the_evidence_and_open_what_is_behind_a_number(window, qtbot):
    clock = window.ctx.clock
    today = clock.today()
    joe = create_contact(ContactData(given_name="Joe", family_name="Park", circles=["Friends"]), clock=clock)
    referred = service.create_opportunity(
        OpportunityData("Northwind", "Lead", source="referral"),
        stage="applied",
        day=today - dt.timedelta(days=20),
        people=[Person(joe.id, "referrer")],
        clock=clock,
    )
    interviews.add_interview(
        referred.id, InterviewData(dt.datetime.combine(today - dt.timedelta(days=3), dt.time(10))), [], clock=clock
    )
    for name in ("Fabrikam", "Contoso"):
        service.create_opportunity(
            OpportunityData(name, "Analyst", source="job_board"),
            stage="applied",
            day=today - dt.timedelta(days=10),
            clock=clock,
        )
    window.show()
    insights = window.show_page("insightsPage")
    insights.refresh_all_now()
    evidence = find(insights, "jobSearchEvidence").text()
    assert "<b>100%</b> of your applications reached an interview (1 of 1)" in evidence
    assert "<b>0%</b> (0 of 2)" in evidence
    assert "1 of your 1 interviews came through someone you know" in find(insights, "jobDoorOpenersNote").text()
    assert [b.label for b in find(insights, "stageTimes").bars()] == ["Applied", "Interviewing"]
    jobs = insights.job_search
    key = next(k for k, (kind, ids, _label) in jobs._links.items() if kind == "opportunities" and len(ids) == 2)
    jobs._open(key)
    page = window.current_page()
    assert page.objectName() == "opportunitiesPage"
    assert page.sort_model.rowCount() == 2 and find(page, "opportunityShowAll").isVisible()
    find(page, "opportunityShowAll").click()
    assert page.sort_model.rowCount() == 3
    window.show_page("insightsPage")
    jobs._open(f"c{joe.id}")
    assert window.current_page() is window.contacts_page and window.contacts_page.detail.contact_id == joe.id
