"""Open follow-ups ⇄ VTODO and planned meetings ⇄ VEVENT against a real Radicale: up, nothing on a second sync,
completion each way, a task made on the phone, deletes each way, a meeting moved on the phone, a second folder."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from app.core.contacts import interactions
from app.core.contacts import service as contacts
from app.core.contacts.contact_data import ContactData
from app.core.followups import writes as followup_writes
from app.core.sync import service
from app.core.sync.dav import DavSession, href_key, item_name
from app.models import FollowUp, Interaction
from tests.helpers.radicale import PASSWORD, USER
from tests.sync.test_contacts_sync import other_folder

pytestmark = pytest.mark.slow


class Tasks:
    """The phone's task and calendar app on the same account."""

    def __init__(self, url: str, calendar_url: str):
        self.session = DavSession(url, USER, PASSWORD)
        self.url = calendar_url

    def items(self) -> dict[str, tuple[str | None, icalendar.Calendar]]:
        listing = self.session.listing(self.url)
        return {
            href: (etag, icalendar.Calendar.from_ical(text))
            for href, etag, text in self.session.fetch(self.url, listing.changed, "calendar")
        }

    def component(self, uid: str):
        for href, (etag, calendar) in self.items().items():
            for component in calendar.walk():
                if component.name in ("VTODO", "VEVENT") and str(component["UID"]) == uid:
                    return href, etag, calendar, component
        raise AssertionError(f"{uid} is not on the server")

    def save(self, href: str, etag: str | None, calendar: icalendar.Calendar) -> None:
        self.session.put(href, calendar.to_ical().decode(), "text/calendar", etag=etag)


@pytest.fixture
def account(db, clock, radicale, book_name):
    ada = contacts.create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)
    bob = contacts.create_contact(ContactData(given_name="Bob", family_name="Marley"), clock=clock)
    today = clock.today()
    followup_writes.create("Send Ada the target list", today + dt.timedelta(days=2), contact_id=ada.id, clock=clock)
    followup_writes.create(
        "Call Bob", today + dt.timedelta(days=3), contact_id=bob.id, due_time=dt.time(14, 30), clock=clock
    )
    followup_writes.create("Monthly update", today + dt.timedelta(days=5), notes="to everyone", clock=clock)
    interactions.log_interaction(
        ada.id, "coffee", clock.now() + dt.timedelta(days=1, hours=2), summary="Coffee at Lot Sixty One", clock=clock
    )
    return service.setup(radicale.url, USER, PASSWORD, addressbook=book_name, calendar=book_name)


def _open() -> int:
    return FollowUp.select().where(FollowUp.status == "open").count()


def test_open_followups_and_planned_meetings_go_up_once(account, radicale, clock):
    open_before = _open()
    report = service.run(clock=clock).as_json()["followups"]
    assert report["uploaded"] == open_before + 1  # the open follow-ups and the planned coffee
    tasks = Tasks(radicale.url, account.tasks_url)
    found = [c for _e, cal in tasks.items().values() for c in cal.walk() if c.name in ("VTODO", "VEVENT")]
    todos = {str(c["SUMMARY"]): c for c in found if c.name == "VTODO"}
    events = [c for c in found if c.name == "VEVENT"]
    assert len(todos) == open_before and len(events) == 1
    call = todos["Call Bob"]
    assert call.decoded("DUE") == dt.datetime.combine(clock.today() + dt.timedelta(days=3), dt.time(14, 30))
    assert str(call["STATUS"]) == "NEEDS-ACTION" and call.walk("VALARM")
    assert todos["Send Ada the target list"].decoded("DUE") == clock.today() + dt.timedelta(days=2)
    assert str(events[0]["SUMMARY"]) == "Coffee with Ada Okafor: Coffee at Lot Sixty One"
    assert service.run(clock=clock).as_json()["followups"]["uploaded"] == 0
    assert service.run(clock=clock).moved == 0


def test_completion_flows_both_ways(account, radicale, clock):
    service.run(clock=clock)
    tasks = Tasks(radicale.url, account.tasks_url)
    call = FollowUp.get(FollowUp.title == "Call Bob")
    href, etag, calendar, todo = tasks.component(call.uid)
    todo["STATUS"] = "COMPLETED"
    todo.add("completed", dt.datetime(2026, 3, 17, 9, 0, tzinfo=dt.UTC))
    tasks.save(href, etag, calendar)
    assert service.run(clock=clock).as_json()["followups"]["downloaded"] == 1
    assert FollowUp.get_by_id(call.id).status == "done"

    send = FollowUp.get(FollowUp.title == "Send Ada the target list")
    followup_writes.complete([send.id], clock=clock)
    assert service.run(clock=clock).as_json()["followups"]["uploaded"] >= 1
    assert str(tasks.component(send.uid)[3]["STATUS"]) == "COMPLETED"


def test_a_task_made_on_the_phone_and_deletes_each_way(account, radicale, clock):
    service.run(clock=clock)
    tasks = Tasks(radicale.url, account.tasks_url)
    todo = icalendar.Todo()
    todo.add("uid", "phone-task-1")
    todo.add("summary", "Buy a birthday card")
    todo.add("due", clock.today() + dt.timedelta(days=4))
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Phone//EN")
    calendar.add("version", "2.0")
    calendar.add_component(todo)
    tasks.session.put(
        href_key(account.tasks_url) + item_name("phone-task-1", "ics"),
        calendar.to_ical().decode(),
        "text/calendar",
        create=True,
    )
    assert service.run(clock=clock).as_json()["followups"]["downloaded"] == 1
    made = FollowUp.get(FollowUp.uid == "phone-task-1")
    assert (made.title, made.kind, made.status) == ("Buy a birthday card", "custom", "open")

    monthly = FollowUp.get(FollowUp.title == "Monthly update")
    href, etag, _calendar, _todo = tasks.component(monthly.uid)
    tasks.session.delete(href, etag)
    followup_writes.dismiss([made.id], clock=clock)
    report = service.run(clock=clock).as_json()["followups"]
    assert (report["deleted_here"], report["deleted_there"]) == (1, 1)
    assert FollowUp.get_by_id(monthly.id).status == "dismissed"
    with pytest.raises(AssertionError):
        tasks.component("phone-task-1")
    followup_writes.reopen([monthly.id], clock=clock)
    assert service.run(clock=clock).as_json()["followups"]["uploaded"] == 1
    assert tasks.component(monthly.uid)
    assert service.run(clock=clock).moved == 0


def test_a_meeting_moved_on_the_phone_moves_here(account, radicale, clock):
    service.run(clock=clock)
    tasks = Tasks(radicale.url, account.events_url)
    coffee = Interaction.get(Interaction.summary == "Coffee at Lot Sixty One")
    href, etag, calendar, event = tasks.component(coffee.uid)
    later = coffee.occurred_at + dt.timedelta(days=1, hours=1)
    event["DTSTART"] = icalendar.vDDDTypes(later)
    event["DTEND"] = icalendar.vDDDTypes(later + dt.timedelta(hours=1))
    tasks.save(href, etag, calendar)
    assert service.run(clock=clock).as_json()["followups"]["downloaded"] == 1
    assert Interaction.get_by_id(coffee.id).occurred_at == later


def test_a_second_folder_gets_the_followups_with_their_contacts(account, radicale, clock, tmp_path, migrated_template):
    service.run(clock=clock)
    first = {(f.uid, f.title, f.due, f.contact.uid if f.contact_id else None) for f in FollowUp.select()}
    open_first = {u for u, *_ in first if FollowUp.get(FollowUp.uid == u).status == "open"}
    with other_folder(tmp_path, migrated_template):
        service.setup(radicale.url, USER, PASSWORD, addressbook=account.addressbook_name, calendar=account.tasks_name)
        service.run(clock=clock)
        second = {(f.uid, f.title, f.due, f.contact.uid if f.contact_id else None) for f in FollowUp.select()}
        assert {row for row in first if row[0] in open_first} <= second
        assert Interaction.select().where(Interaction.summary == "Coffee at Lot Sixty One").count() == 1
        assert service.run(clock=clock).moved == 0


def test_a_contact_in_the_trash_takes_its_followups_off_the_server_and_back(account, radicale, clock):
    service.run(clock=clock)
    tasks = Tasks(radicale.url, account.tasks_url)
    send = FollowUp.get(FollowUp.title == "Send Ada the target list")
    hers = FollowUp.select().where(FollowUp.contact == send.contact_id, FollowUp.status == "open").count()
    assert hers >= 1
    contacts.trash_contacts([send.contact_id], clock=clock)
    report = service.run(clock=clock).as_json()["followups"]
    assert report["deleted_there"] == hers + 1  # her open follow-ups and the planned coffee
    with pytest.raises(AssertionError):
        tasks.component(send.uid)
    contacts.restore_contacts([send.contact_id])
    assert service.run(clock=clock).as_json()["followups"]["uploaded"] == hers + 1
    assert tasks.component(send.uid)
    assert service.run(clock=clock).moved == 0
