"""`rapport demo-data` only fills an empty folder nobody has open, and says what it wrote (issue 16: run twice it
printed a traceback; into a folder with real data it silently added fictional people; it wrote while the window
was open; its counts differed from the export)."""

import json
import re

from tests.cli.test_cli import rapport


def folder_bytes(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_the_summary_counts_what_an_export_lists(tmp_path):
    made = rapport("demo-data", "--contacts", "40", "--seed", "3", data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    said = {
        name: int(count.replace(",", "")) for count, name in re.findall(r"([\d,]+) ([a-z -]+?)(?:,| to )", made.stdout)
    }
    data = json.loads(rapport("export", "--format", "json", data_dir=tmp_path).stdout)
    exported = {name: len(value) for name, value in data.items() if isinstance(value, list)}
    exported["contacts"] += exported["trash"]
    key = {"ledger entries": "ledger", "follow-ups": "followups"}  # the summary's words for the export's lists
    assert {"contacts", "companies", "interactions", "ledger entries", "follow-ups", "pitches"} <= set(said)
    assert {name: exported[key.get(name, name)] for name in said} == said
    assert made.stdout.rstrip().endswith(f"to {tmp_path}")


def test_a_second_run_is_refused_with_exit_2_and_writes_nothing(tmp_path):
    assert rapport("demo-data", "--contacts", "5", data_dir=tmp_path).returncode == 0
    rapport("backup", data_dir=tmp_path)  # checkpoints the WAL: the bytes below are the whole database
    before = folder_bytes(tmp_path)
    again = rapport("demo-data", "--contacts", "5", data_dir=tmp_path)
    assert again.returncode == 2
    assert "Traceback" not in again.stderr
    assert "already holds data" in again.stderr and str(tmp_path) in again.stderr
    assert again.stdout == ""
    assert folder_bytes(tmp_path) == before


def test_a_folder_with_real_data_is_refused(tmp_path):
    card = tmp_path / "ada.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ada Okafor\nN:Okafor;Ada;;;\nEND:VCARD\n", encoding="utf-8")
    data = tmp_path / "data"
    assert rapport("import", str(card), data_dir=data).returncode == 0
    result = rapport("demo-data", "--contacts", "5", data_dir=data)
    assert result.returncode == 2 and "already holds data" in result.stderr
    people = json.loads(rapport("export", "--format", "json", data_dir=data).stdout)["contacts"]
    assert [p["display_name"] for p in people] == ["Ada Okafor"]


def test_a_folder_open_in_a_window_is_refused_with_exit_3(tmp_path):
    from app.instance_lock import InstanceLock

    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    try:
        result = rapport("demo-data", "--contacts", "5", data_dir=tmp_path)
    finally:
        lock.release()
    assert result.returncode == 3
    assert "close it" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "rapport.sqlite3").exists()


def test_a_folder_with_only_an_empty_database_is_filled(tmp_path):
    assert rapport("agenda", data_dir=tmp_path).returncode == 0  # creates the (empty) database
    made = rapport("demo-data", "--contacts", "3", data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("added 3 contacts, ")


def test_the_search_index_is_left_in_one_segment(tmp_path):
    """Issue 21 item 3: the contact list walks names testing each in the search index, a seek in every segment."""
    import sqlite3
    from contextlib import closing

    made = rapport("demo-data", "--contacts", "40", "--seed", "3", data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    with closing(sqlite3.connect(tmp_path / "rapport.sqlite3")) as connection:
        segments = connection.execute("SELECT count(DISTINCT segid) FROM contact_fts_idx").fetchone()[0]
    assert segments == 1
