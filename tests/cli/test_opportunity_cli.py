"""`rapport opportunity add|list|move` as scripts use them (issue 22; exit codes as DESIGN §6)."""

import datetime as dt
import json
import shutil

import pytest

from app import db as app_db
from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact
from app.models import Company, FollowUp, Opportunity, OpportunityContact, OpportunityStage
from tests.cli.test_cli import rapport


@pytest.fixture
def folder(tmp_path, migrated_template):
    """A data folder with two contacts: Joe Park (id 1) and Ada Okafor (id 2)."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(migrated_template, data / "rapport.sqlite3")
    app_db.open_database(data / "rapport.sqlite3")
    create_contact(ContactData(given_name="Joe", family_name="Park"))
    create_contact(ContactData(given_name="Ada", family_name="Okafor", company="Northwind"))
    app_db.close_database()
    return data


def listed(folder) -> list[dict]:
    result = rapport("opportunity", "list", "--json", data_dir=folder)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_add_with_a_referrer_prints_the_id_and_the_follow_ups(folder):
    applied = (dt.date.today() - dt.timedelta(days=2)).isoformat()
    result = rapport(
        "opportunity", "add", "--company", "Northwind", "--role", "Operations lead", "--contact", "Joe",
        "--source", "referral", "--stage", "applied", "--date", applied, data_dir=folder,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    first, *rest = result.stdout.splitlines()
    new_id, text = first.split("\t")
    assert new_id.isdigit()
    assert text == f"added Operations lead at Northwind (referral), applied since {applied}; Joe Park (referred me)"
    check_in = (dt.date.today() + dt.timedelta(days=5)).isoformat()
    assert f"Check in about Operations lead at Northwind with Joe Park (due {check_in})" in "\n".join(rest)
    [item] = listed(folder)
    assert (item["id"], item["company"], item["stage"], item["source"]) == (
        int(new_id),
        "Northwind",
        "applied",
        "referral",
    )
    assert item["people"] == [{"contact_id": 1, "name": "Joe Park", "role": "referrer"}]
    assert item["stage_since"] == applied and item["applied_on"] == applied


def test_the_company_joins_the_existing_company_list(folder):
    assert rapport("opportunity", "add", "--company", "northwind", "--role", "Planner", data_dir=folder).returncode == 0
    app_db.open_database(folder / "rapport.sqlite3")
    try:
        assert Company.select().count() == 1 and Opportunity.get().company.name == "Northwind"
        assert Opportunity.get().source == "cold"
    finally:
        app_db.close_database()


def test_move_logs_the_stage_with_its_day(folder):
    rapport("opportunity", "add", "--company", "Fabrikam", "--role", "Planner", "--stage", "applied",
            "--date", (dt.date.today() - dt.timedelta(days=9)).isoformat(), data_dir=folder)  # fmt: skip
    day = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    result = rapport("opportunity", "move", "1", "interviewing", "--date", day, data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"1\tmoved Planner at Fabrikam: applied → interviewing on {day}"
    app_db.open_database(folder / "rapport.sqlite3")
    try:
        history = [(h.stage, h.day.isoformat()) for h in OpportunityStage.select().order_by(OpportunityStage.id)]
        assert [stage for stage, _day in history] == ["applied", "interviewing"] and history[1][1] == day
        assert not FollowUp.select().where(FollowUp.kind == "application_check_in", FollowUp.status == "open").exists()
    finally:
        app_db.close_database()
    again = rapport("opportunity", "move", "1", "interviewing", data_dir=folder)
    assert again.returncode == 0 and again.stdout == "" and "already at interviewing" in again.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["opportunity", "move", "9", "offer"], 2, "no opportunity with id 9"),
        (["opportunity", "move", "1", "hired"], 1, "invalid choice"),
        (["opportunity", "move", "1", "offer", "--date", "2999-01-01"], 2, "in the future"),
        (["opportunity", "move", "1", "offer", "--date", "soon"], 1, "is not a date"),
        (["opportunity", "add", "--company", "X", "--role", "Y", "--contact", "Nobody"], 2, "no contact named"),
        (["opportunity", "add", "--company", "X", "--role", " "], 2, "role"),
        (["opportunity", "add", "--role", "Y"], 1, "--company"),
        (["opportunity"], 1, "ACTION"),
    ],
)
def test_refused_input_exits_with_its_code_and_writes_nothing(folder, args, code, message):
    assert rapport("opportunity", "add", "--company", "Northwind", "--role", "Lead", data_dir=folder).returncode == 0
    result = rapport(*args, data_dir=folder)
    assert result.returncode == code, (result.stdout, result.stderr)
    assert message in result.stderr
    [item] = listed(folder)
    assert item["stage"] == "interested"
    app_db.open_database(folder / "rapport.sqlite3")
    try:
        assert Opportunity.select().count() == 1 and OpportunityContact.select().count() == 0
    finally:
        app_db.close_database()


def test_a_contact_several_people_answer_to_is_listed_with_ids(folder):
    rapport("opportunity", "add", "--company", "A", "--role", "B", data_dir=folder)
    app_db.open_database(folder / "rapport.sqlite3")
    create_contact(ContactData(given_name="Joe", family_name="Parker"))
    app_db.close_database()
    result = rapport("opportunity", "add", "--company", "X", "--role", "Y", "--contact", "Joe", data_dir=folder)
    assert result.returncode == 2
    assert "1\tJoe Park" in result.stderr and "3\tJoe Parker" in result.stderr


def test_list_filters_and_prints_text(folder):
    rapport("opportunity", "add", "--company", "A", "--role", "Analyst", "--stage", "applied", data_dir=folder)
    rapport("opportunity", "add", "--company", "B", "--role", "Planner", "--stage", "rejected", data_dir=folder)
    assert [
        i["role"] for i in json.loads(rapport("opportunity", "list", "--json", "--open", data_dir=folder).stdout)
    ] == ["Analyst"]
    text = rapport("opportunity", "list", "--stage", "rejected", data_dir=folder)
    assert text.returncode == 0 and "Planner at B" in text.stdout and "Analyst" not in text.stdout
    empty = rapport("opportunity", "list", "--stage", "offer", data_dir=folder)
    assert empty.stdout.strip() == "no opportunity matches"
