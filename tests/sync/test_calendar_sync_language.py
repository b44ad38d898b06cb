"""CalDAV titles in the chosen language (issue 23 item 3): a rule's follow-up goes up as the reader reads it, comes
back as its key (not as German text baked into the row), and neither a second sync nor a language switch changes
anything on the server by itself."""

from __future__ import annotations

import datetime as dt

import pytest

from app.core.followups import titles
from app.core.followups import writes as followup_writes
from app.core.sync import service
from app.models import FollowUp
from tests.sync.test_calendar_sync import Tasks, account  # noqa: F401 - the fixture, used by name

pytestmark = pytest.mark.slow

GERMAN = titles.Wording(
    template=lambda text: {
        "Send thank-you to {name}": "Dankeschön an {name} senden",
        "{kind:phrase} with {name}": "{kind:phrase} mit {name}",
        "Coffee": "Kaffee",
    }.get(text, text)
)
FRENCH = titles.Wording(template=lambda text: {"Send thank-you to {name}": "Remercier {name}"}.get(text, text))
ENGLISH_TITLE = "Send thank-you to Ada Okafor"


@pytest.fixture
def thanks(account, clock):  # noqa: F811 - the fixture imported above
    """A follow-up the thank-you rule wrote: English text, with its key and parameters."""
    made = followup_writes.create(ENGLISH_TITLE, clock.today() + dt.timedelta(days=1), clock=clock)
    followup_id = made if isinstance(made, int) else made.id
    FollowUp.update(title_key="thank_you", title_params='{"name": "Ada Okafor"}').where(
        FollowUp.id == followup_id
    ).execute()
    return FollowUp.get_by_id(followup_id)


def _etags(tasks: Tasks) -> dict[str, str | None]:
    return {href: etag for href, (etag, _calendar) in tasks.items().items()}


def test_a_rule_title_goes_up_in_the_chosen_language_and_comes_back_as_its_key(account, thanks, radicale, clock):  # noqa: F811
    service.run(clock=clock, wording=GERMAN)
    tasks = Tasks(radicale.url, account.tasks_url)
    href, etag, calendar, todo = tasks.component(thanks.uid)
    assert str(todo["SUMMARY"]) == "Dankeschön an Ada Okafor senden"
    assert str(todo["X-RAPPORT-TITLE"]) == ENGLISH_TITLE
    events = [c for _e, cal in tasks.items().values() for c in cal.walk("VEVENT")]
    assert [str(e["SUMMARY"]) for e in events] == ["Kaffee mit Ada Okafor: Coffee at Lot Sixty One"]

    before = _etags(tasks)
    assert service.run(clock=clock, wording=GERMAN).as_json()["followups"]["uploaded"] == 0
    assert _etags(tasks) == before  # a second sync with nothing changed writes nothing there

    # moved on the phone, title untouched: the day comes here, the title stays the rule's (shown from its key)
    todo["DUE"].dt = clock.today() + dt.timedelta(days=4)
    tasks.save(href, etag, calendar)
    assert service.run(clock=clock, wording=GERMAN).as_json()["followups"]["downloaded"] == 1
    row = FollowUp.get_by_id(thanks.id)
    assert (row.due, row.title, row.title_key) == (clock.today() + dt.timedelta(days=4), ENGLISH_TITLE, "thank_you")
    assert service.run(clock=clock, wording=GERMAN).as_json()["followups"]["uploaded"] == 0

    # retitled on the phone: the user's words now, the key goes
    href, etag, calendar, todo = tasks.component(thanks.uid)
    todo["SUMMARY"] = "Ada eine Karte schreiben"
    tasks.save(href, etag, calendar)
    service.run(clock=clock, wording=GERMAN)
    row = FollowUp.get_by_id(thanks.id)
    assert (row.title, row.title_key) == ("Ada eine Karte schreiben", None)


def test_a_language_switch_uploads_nothing_until_a_follow_up_changes(account, thanks, radicale, clock):  # noqa: F811
    service.run(clock=clock, wording=GERMAN)
    tasks = Tasks(radicale.url, account.tasks_url)
    before = _etags(tasks)
    report = service.run(clock=clock, wording=FRENCH).as_json()["followups"]
    assert (report["uploaded"], report["downloaded"]) == (0, 0)
    assert _etags(tasks) == before  # every ETag as it was: the wording alone is no change
    assert str(tasks.component(thanks.uid)[3]["SUMMARY"]) == "Dankeschön an Ada Okafor senden"
    assert FollowUp.get_by_id(thanks.id).title_key == "thank_you"

    # the next change of that follow-up takes it up in the new language
    followup_writes.snooze([thanks.id], clock.today() + dt.timedelta(days=7), clock=clock)
    assert service.run(clock=clock, wording=FRENCH).as_json()["followups"]["uploaded"] == 1
    todo = tasks.component(thanks.uid)[3]
    assert str(todo["SUMMARY"]) == "Remercier Ada Okafor"
    row = FollowUp.get_by_id(thanks.id)
    assert (row.title, row.title_key) == (ENGLISH_TITLE, "thank_you")
    assert service.run(clock=clock, wording=FRENCH).as_json()["followups"]["uploaded"] == 0


def test_in_english_the_task_is_written_as_before(account, thanks, radicale, clock):  # noqa: F811
    service.run(clock=clock)
    todo = Tasks(radicale.url, account.tasks_url).component(thanks.uid)[3]
    assert str(todo["SUMMARY"]) == ENGLISH_TITLE
    assert "X-RAPPORT-TITLE" not in todo and "X-RAPPORT-SHOWN" not in todo
