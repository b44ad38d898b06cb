"""`rapport log`, `rapport agenda` and `rapport export --format ics` as scripts use them (DESIGN §6, §7)."""

import datetime as dt
import json

import icalendar
import pytest

from app import db as app_db
from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact
from tests.cli.test_cli import rapport


@pytest.fixture
def folder(tmp_path, migrated_template):
    """A data folder with one contact, Adaeze Okafor (id 1), created the way the GUI does."""
    import shutil

    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(migrated_template, data / "rapport.sqlite3")
    app_db.open_database(data / "rapport.sqlite3")
    create_contact(ContactData(given_name="Adaeze", family_name="Okafor", company="Example Freight"))
    app_db.close_database()
    return data


def agenda(folder, days=14):
    result = rapport("agenda", "--days", str(days), "--json", data_dir=folder)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_log_prints_the_interaction_and_the_follow_ups_it_created(folder):
    when = (dt.date.today() - dt.timedelta(days=2)).isoformat()
    result = rapport(
        "log", "Adaeze Okafor", "--kind", "sent", "--when", f"{when}T09:00", "--summary", "CV", data_dir=folder
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[0].isdigit()  # the interaction's id first, then what was logged for whom
    due = (dt.date.today() + dt.timedelta(days=5)).isoformat()
    assert any(f"Friendly reminder to Adaeze Okafor about CV (due {due})" in line for line in lines[1:])


def test_agenda_after_a_coffee_and_a_sent_list(folder):
    today = dt.date.today()
    coffee, sent = today - dt.timedelta(days=3), today - dt.timedelta(days=2)
    assert rapport("log", "1", "--kind", "coffee", "--when", f"{coffee}T10:00", data_dir=folder).returncode == 0
    assert rapport("log", "1", "--kind", "sent", "--when", f"{sent}T09:00", data_dir=folder).returncode == 0
    items = agenda(folder)
    by_kind = {item["kind"]: item for item in items}
    assert by_kind["thank_you"]["due"] == coffee.isoformat()
    assert by_kind["thank_you"]["overdue"] is True
    assert by_kind["reminder"]["due"] == (sent + dt.timedelta(days=7)).isoformat()
    assert by_kind["reminder"]["overdue"] is False
    assert by_kind["reminder"]["contact_id"] == 1 and by_kind["reminder"]["contact_name"] == "Adaeze Okafor"
    assert {"id", "kind", "title", "due", "contact_id", "contact_name", "status", "overdue"} <= set(items[0])
    overdue_flags = [item["overdue"] for item in items]
    assert overdue_flags == sorted(overdue_flags, reverse=True)  # overdue first
    assert [i["due"] for i in items if not i["overdue"]] == sorted(i["due"] for i in items if not i["overdue"])
    assert agenda(folder) == items  # running again adds nothing


def test_agenda_text_and_window(folder):
    far = (dt.date.today() + dt.timedelta(days=10)).isoformat()
    app_db.open_database(folder / "rapport.sqlite3")
    from app.core.followups import writes as followup_writes

    followup_writes.create("Ask about the warehouse role", dt.date.fromisoformat(far), contact_id=1)
    app_db.close_database()
    assert agenda(folder, days=7) == []
    assert [i["title"] for i in agenda(folder, days=10)] == ["Ask about the warehouse role"]
    text = rapport("agenda", "--days", "30", data_dir=folder)
    assert text.returncode == 0 and "Ask about the warehouse role — Adaeze Okafor" in text.stdout
    empty = rapport("agenda", data_dir=folder)
    assert "nothing due in the next 7 days" in empty.stdout


@pytest.mark.parametrize("days", ["-1", "99999", "soon"])
def test_agenda_refuses_bad_days(folder, days):
    result = rapport("agenda", "--days", days, data_dir=folder)
    assert result.returncode == 1
    assert "--days" in result.stderr


def test_ics_export_is_readable_and_its_uids_are_stable(folder, tmp_path):
    today = dt.date.today()
    rapport("log", "1", "--kind", "coffee", "--when", f"{today}T10:00", data_dir=folder)
    rapport("log", "1", "--kind", "sent", "--when", f"{today}T11:00", data_dir=folder)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    for target in (first, second):
        result = rapport("export", "--format", "ics", "-o", str(target), data_dir=folder)
        assert result.returncode == 0, result.stderr
        assert "follow-ups" in result.stderr
    calendars = [icalendar.Calendar.from_ical(p.read_bytes()) for p in (first, second)]
    events = [[c for c in cal.walk() if c.name == "VEVENT"] for cal in calendars]
    uids = [sorted(str(e["uid"]) for e in evs) for evs in events]
    open_uids = {item["uid"] for item in agenda(folder, days=3650)}
    # Every open follow-up is an event (a coffee later today is one more: a planned meeting, under its own UID).
    assert open_uids <= {str(e["uid"]) for e in events[0]} and len(open_uids) >= 3
    assert len(events[0]) - len(open_uids) == (dt.datetime.now().hour < 10)
    assert uids[0] == uids[1] and len(set(uids[0])) == len(uids[0])
    thank_you = next(e for e in events[0] if str(e["summary"]).startswith("Send thank-you"))
    assert thank_you.decoded("dtstart") == today
    assert [a.name for a in thank_you.subcomponents] == ["VALARM"]
    assert b"\r\n" in first.read_bytes()


def test_ics_todo_option_writes_tasks(folder):
    rapport("log", "1", "--kind", "coffee", data_dir=folder)
    result = rapport("export", "--format", "ics", "--ics-todo", data_dir=folder)
    assert result.returncode == 0, result.stderr
    cal = icalendar.Calendar.from_ical(result.stdout.encode())
    todos = [c for c in cal.walk() if c.name == "VTODO"]
    assert todos and all(str(t["status"]) == "NEEDS-ACTION" for t in todos)
    assert not [c for c in cal.walk() if c.name == "VEVENT"]


def _next_spring_forward(zone: str) -> dt.datetime:
    """The next moment (UTC) the clocks of ``zone`` jump forward, at least two days from now."""
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(zone)
    moment = dt.datetime.now(dt.UTC).replace(minute=0, second=0, microsecond=0) + dt.timedelta(days=2)
    while moment.astimezone(tz).utcoffset() >= (moment + dt.timedelta(hours=1)).astimezone(tz).utcoffset():
        moment += dt.timedelta(hours=1)
    return moment + dt.timedelta(hours=1)


def test_log_with_a_utc_offset_across_a_dst_change_lands_on_the_local_day(folder):
    """Europe/Berlin springs forward at 01:00 UTC: a coffee 30 minutes either side is on that same local day."""
    switch = _next_spring_forward("Europe/Berlin")
    env = {"TZ": "Europe/Berlin"}
    local_day = switch.astimezone(dt.timezone(dt.timedelta(hours=2))).date()
    for offset in (-30, 30):
        when = (switch + dt.timedelta(minutes=offset)).isoformat()
        result = rapport("log", "1", "--kind", "coffee", "--when", when, data_dir=folder, env=env)
        assert result.returncode == 0, result.stderr
    result = rapport("log", "1", "--kind", "sent", "--when", switch.isoformat(), data_dir=folder, env=env)
    assert f"(due {local_day + dt.timedelta(days=7)})" in result.stdout
    days = (local_day - dt.date.today()).days + 8
    items = agenda(folder, days=days)
    # both coffees are on that local day: one thank-you for the day (one per person per day)
    assert [i["due"] for i in items if i["kind"] == "thank_you"] == [local_day.isoformat()]
