"""`rapport search` and `rapport log` as scripts use them (DESIGN §6)."""

import json

import pytest

from tests.cli.test_cli import rapport

HOSTILE = ['"', "'", "*", "-", "a OR (", "NEAR(", ")", "^", "name:", "\\", "%", "_", "Robert'); DROP TABLE contact;--"]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search-cli")
    made = rapport("demo-data", "--contacts", "150", "--seed", "9", data_dir=folder)
    assert made.returncode == 0, made.stderr
    return folder


@pytest.fixture(scope="module")
def everyone(data_dir):
    return json.loads(rapport("export", "--format", "json", data_dir=data_dir).stdout)["contacts"]


def test_search_json_has_the_export_shape_and_finds_every_family_member(data_dir, everyone):
    family = everyone[0]["family_name"]
    expected = {c["id"] for c in everyone if c["family_name"] == family}
    result = rapport("search", family, "--limit", "1000", "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert expected <= {c["id"] for c in found}
    by_id = {c["id"]: c for c in everyone}
    assert found[0] == by_id[found[0]["id"]]  # exactly the export's dictionary
    assert family.lower() in found[0]["display_name"].lower()


def test_search_prefix_and_limit(data_dir, everyone):
    family = everyone[0]["family_name"]
    found = json.loads(rapport("search", family[:3], "--limit", "1000", "--json", data_dir=data_dir).stdout)
    assert any(c["family_name"] == family for c in found)
    one = json.loads(rapport("search", family[:3], "--limit", "1", "--json", data_dir=data_dir).stdout)
    assert len(one) == 1


def test_search_plain_output_one_line_per_contact(data_dir, everyone):
    target = everyone[5]
    result = rapport("search", target["display_name"], data_dir=data_dir)
    assert result.returncode == 0
    first = result.stdout.splitlines()[0].split("\t")
    assert int(first[0]) == target["id"] or target["display_name"] in result.stdout


@pytest.mark.parametrize("text", HOSTILE)
def test_search_hostile_text_prints_a_json_list(data_dir, text):
    result = rapport("search", text, "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert isinstance(json.loads(result.stdout), list)


def test_search_ignores_accents(tmp_path):
    rapport("demo-data", "--contacts", "0", data_dir=tmp_path)
    import sqlite3

    from app.core.contacts.contact_data import ContactData
    from app.core.contacts.service import create_contact
    from app.db import close_database, open_database

    open_database(tmp_path / "rapport.sqlite3")
    create_contact(ContactData(given_name="José", family_name="Müller-Lüdenscheidt"))
    close_database()
    sqlite3.connect(tmp_path / "rapport.sqlite3").close()
    found = json.loads(rapport("search", "jose mull", "--json", data_dir=tmp_path).stdout)
    assert [c["given_name"] for c in found] == ["José"]


def test_search_trash_and_usage_errors(data_dir, everyone):
    assert rapport("search", "x", "--limit", "0", data_dir=data_dir).returncode == 1
    assert rapport("search", data_dir=data_dir).returncode == 1
    trashed = json.loads(rapport("search", "a", "--trash", "--json", data_dir=data_dir).stdout)
    assert trashed == []


def test_log_then_search_shows_the_new_last_interaction(data_dir, everyone):
    target = everyone[3]
    logged = rapport(
        "log",
        str(target["id"]),
        "--kind",
        "sent",
        "--when",
        "2030-01-02T09:00",
        "--summary",
        "Target list",
        data_dir=data_dir,
    )
    assert logged.returncode == 0, logged.stderr
    assert logged.stdout.split()[0].isdigit()
    [found] = [
        c
        for c in json.loads(
            rapport("search", target["display_name"], "--json", "--limit", "500", data_dir=data_dir).stdout
        )
        if c["id"] == target["id"]
    ]
    assert found["last_interaction_at"] == "2030-01-02T09:00:00"
