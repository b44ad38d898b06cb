"""`rapport import` and the vCard/CSV formats of `rapport export`, as scripts use them (DESIGN §6)."""

import json
import sqlite3

import pytest

from tests.cli.test_cli import rapport
from tests.helpers.imports import sample


def dump(data_dir):
    path = data_dir / "rapport.sqlite3"
    if not path.exists():
        return None
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def people(data_dir):
    result = rapport("export", "--format", "json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return {c["display_name"]: c for c in json.loads(result.stdout)["contacts"]}


def test_import_prints_the_summary_and_each_skipped_row(tmp_path):
    path = sample("linkedin_connections.csv")
    result = rapport("import", str(path), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "imported 5, merged 0, skipped 1\n"
    assert result.stderr == f"{path}:9: name: give at least a name, a company or an email address\n"
    again = rapport("import", str(path), "--format", "linkedin", data_dir=tmp_path)
    assert again.stdout == "imported 0, merged 5, skipped 1\n"
    assert len(people(tmp_path)) == 5


def test_dry_run_reports_without_writing(tmp_path):
    rapport("import", str(sample("google_30.vcf")), data_dir=tmp_path)
    before = dump(tmp_path)
    result = rapport("import", str(sample("linkedin_connections.csv")), "--dry-run", data_dir=tmp_path)
    assert result.returncode == 0
    assert result.stdout == "would import 4, merge 1, skip 1\n"
    assert dump(tmp_path) == before


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (b"Product,Price\nWidget,1\n", [], "cannot tell what kind of file"),
        (b"", [], "empty"),
        (bytes(range(256)) * 8, [], "not a text file"),
        (b"BEGIN:VCARD\nFN:Ann\nEND:VCARD\n", ["--format", "linkedin"], "no LinkedIn connections (CSV) header"),
    ],
)
def test_rejected_file_exits_2_and_writes_nothing(tmp_path, content, args, message):
    data_dir = tmp_path / "data"
    rapport("import", str(sample("apple_30.vcf")), data_dir=data_dir)
    before = dump(data_dir)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    result = rapport("import", str(bad), *args, data_dir=data_dir)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"rapport: {bad}: ") and message in result.stderr
    assert dump(data_dir) == before


def test_missing_file_exits_2_without_creating_a_database(tmp_path):
    result = rapport("import", str(tmp_path / "nope.vcf"), data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert "no such file" in result.stderr
    assert dump(tmp_path / "data") is None


def test_import_usage_errors_exit_1(tmp_path):
    assert rapport("import", data_dir=tmp_path).returncode == 1
    assert rapport("import", "x.csv", "--format", "palm", data_dir=tmp_path).returncode == 1


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcard_round_trip_between_data_folders(tmp_path, version):
    source, target = tmp_path / "source", tmp_path / "target"
    made = rapport("demo-data", "--contacts", "40", "--seed", "9", data_dir=source)
    assert made.returncode == 0, made.stderr
    out = tmp_path / "all.vcf"
    exported = rapport("export", "--format", "vcard", "--vcard-version", version, "-o", str(out), data_dir=source)
    assert exported.returncode == 0, exported.stderr
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 40
    imported = rapport("import", str(out), data_dir=target)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == "imported 40, merged 0, skipped 0\n"
    before, after = people(source), people(target)
    assert before.keys() == after.keys()
    phone_key = "e164" if version == "4.0" else "value"
    for name, old in before.items():
        new = after[name]
        for field in ("given_name", "family_name", "company", "title"):
            assert new[field] == old[field], (name, field)
        assert [e["value"] for e in new["emails"]] == [e["value"] for e in old["emails"]]
        assert [p[phone_key] for p in new["phones"]] == [p[phone_key] for p in old["phones"]]


def test_csv_export_to_stdout(tmp_path):
    rapport("import", str(sample("google_current.csv")), data_dir=tmp_path)
    result = rapport("export", "--format", "csv", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("First Name,Middle Name,Last Name,")
    assert "carla.ruiz@fabrikam.example.com" in result.stdout
