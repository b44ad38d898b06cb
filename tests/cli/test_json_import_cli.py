"""`rapport import FILE.json`: Rapport's own export back in, as scripts use it (DESIGN §6, issue 15 item 6)."""

import json
import sqlite3

import pytest

from tests.cli.test_cli import rapport
from tests.helpers.export_compare import canonical, differences


def dump(data_dir):
    path = data_dir / "rapport.sqlite3"
    if not path.exists():
        return None
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def exported(data_dir, path=None):
    args = ("export", "--format", "json") + (("-o", str(path)) if path else ())
    result = rapport(*args, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return json.loads(path.read_text(encoding="utf-8") if path else result.stdout)


@pytest.fixture(scope="module")
def backup(tmp_path_factory):
    """A demo data folder and its JSON export."""
    folder = tmp_path_factory.mktemp("source")
    made = rapport("demo-data", "--contacts", "40", "--seed", "3", data_dir=folder / "data")
    assert made.returncode == 0, made.stderr
    path = folder / "all.json"
    exported(folder / "data", path)
    return path


def test_restore_merge_again_and_the_round_trip(tmp_path, backup):
    target = tmp_path / "data"
    result = rapport("import", str(backup), data_dir=target)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    summary, details = result.stdout.splitlines()
    assert summary == "imported 40, merged 0, skipped 0"
    assert details.startswith("restored the profile, ") and " interactions, " in details and "follow-ups" in details
    first = json.loads(backup.read_text(encoding="utf-8"))
    assert differences(canonical(first), canonical(exported(target))) == []
    before = dump(target)
    again = rapport("import", str(backup), data_dir=target)
    assert again.returncode == 0, again.stderr
    assert again.stdout == "imported 0, merged 40, skipped 0\nnothing new: everything in all.json is already here\n"
    assert dump(target) == before


def test_dry_run_says_what_it_would_do_and_writes_nothing(tmp_path, backup):
    target = tmp_path / "data"
    rapport("import", str(backup), "--dry-run", data_dir=target)  # creates the empty database
    before = dump(target)
    result = rapport("import", str(backup), "--dry-run", data_dir=target)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "would import 40, merge 0, skip 0"
    assert lines[1].startswith("would restore the profile, ")
    assert dump(target) == before


def test_merge_into_a_folder_with_data(tmp_path, backup):
    target = tmp_path / "data"
    assert rapport("demo-data", "--contacts", "10", "--seed", "8", data_dir=target).returncode == 0
    result = rapport("import", str(backup), data_dir=target)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("imported ") and lines[0].endswith(", skipped 0")
    assert lines[1].startswith("added ")
    people = exported(target)["contacts"]
    assert len({c["uid"] for c in people}) == len(people)
    before = dump(target)
    again = rapport("import", str(backup), data_dir=target)
    assert again.stdout.splitlines()[1] == "nothing new: everything in all.json is already here"
    assert dump(target) == before


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        ('{"format": "rapport-export", "version": 2, "contacts": []}', [], "newer Rapport (export version 2)"),
        ('{"name": "not an export"}', [], "a JSON file, but not a Rapport export"),
        ('[{"given_name": "Ada"}]', [], "a JSON file, but not a Rapport export"),
        ('{"format": "rapport-export", "version": 1, "contacts": [', [], "not valid JSON"),
        ('{"format": "rapport-export", "version": 1, "contacts": [{"notes": "x"}]}', [], "nobody could be imported"),
        ("Name,Email\nAda,ada@example.com\n", ["--format", "json"], "not valid JSON"),
    ],
)
def test_a_rejected_file_exits_2_and_writes_nothing(tmp_path, backup, content, args, message):
    target = tmp_path / "data"
    assert rapport("demo-data", "--contacts", "5", "--seed", "1", data_dir=target).returncode == 0
    before = dump(target)
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    result = rapport("import", str(bad), *args, data_dir=target)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"rapport: {bad}: ") and message in result.stderr
    assert dump(target) == before


def test_a_rejected_file_does_not_even_create_the_data_folder(tmp_path):
    bad = tmp_path / "new.json"
    bad.write_text('{"format": "rapport-export", "version": 9}', encoding="utf-8")
    result = rapport("import", str(bad), data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert dump(tmp_path / "data") is None


def test_odd_values_are_imported_and_reported_by_place(tmp_path):
    doc = {
        "format": "rapport-export",
        "version": 1,
        "contacts": [
            {"id": 1, "given_name": "Ada", "emails": [{"value": 42}], "phones": [{"value": "BusinessPhone"}]},
            {"id": 2, "given_name": "Ben", "referred_by": 7},
        ],
    }
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = rapport("import", str(path), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "imported 2, merged 0, skipped 0"
    assert result.stderr.splitlines() == [
        f'{path}: contacts[0].emails[0].value: expected text, found a number; kept as "42"',
        f'{path}: contacts[0]: kept "42" as a note: not an email address (An email address must have an @-sign.)',
        f'{path}: contacts[0]: kept "BusinessPhone" as a note: not a phone number',
        f"{path}: contacts[1].referred_by: no contact with id 7 in the file; left out who referred them",
    ]


def test_a_locked_database_exits_3_and_changes_nothing(tmp_path, backup):
    target = tmp_path / "data"
    assert rapport("demo-data", "--contacts", "5", "--seed", "1", data_dir=target).returncode == 0
    before = dump(target)
    holder = sqlite3.connect(target / "rapport.sqlite3", check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock throughout
    try:
        result = rapport("import", str(backup), data_dir=target)
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 3
    assert "database" in result.stderr.lower() and "busy" in result.stderr.lower()
    assert dump(target) == before
