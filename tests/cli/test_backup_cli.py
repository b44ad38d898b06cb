"""`rapport backup` / `rapport restore` and damaged databases on the command line."""

import json
import stat

from tests.cli.test_cli import rapport


def contact_names(data_dir) -> list[str]:
    result = rapport("export", "--format", "json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return sorted(c["display_name"] for c in json.loads(result.stdout)["contacts"])


def test_backup_then_restore_round_trip(tmp_path):
    data = tmp_path / "d"
    rapport("demo-data", "--contacts", "8", data_dir=data)
    before = contact_names(data)
    made = rapport("backup", data_dir=data)
    assert made.returncode == 0, made.stderr
    saved = made.stdout.strip()
    assert saved.endswith("-manual.sqlite3") and "/backups/" in saved
    assert stat.S_IMODE((tmp_path / "d" / "backups").stat().st_mode) == 0o700
    more = tmp_path / "more.vcf"
    more.write_text(
        "".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:New Person {i}\nN:Person {i};New;;;\nEND:VCARD\n" for i in range(3)),
        encoding="utf-8",
    )
    assert rapport("import", str(more), data_dir=data).returncode == 0
    assert len(contact_names(data)) == 11
    restored = rapport("restore", saved, data_dir=data)
    assert restored.returncode == 0, restored.stderr
    assert "previous database was saved as" in restored.stdout
    assert contact_names(data) == before
    pre = [p for p in (data / "backups").iterdir() if p.name.endswith("-pre-restore.sqlite3")]
    assert len(pre) == 1


def test_backup_to_a_chosen_file(tmp_path):
    rapport("demo-data", "--contacts", "2", data_dir=tmp_path / "d")
    target = tmp_path / "mine.sqlite3"
    result = rapport("backup", "-o", str(target), data_dir=tmp_path / "d")
    assert result.returncode == 0 and target.exists()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_restoring_a_bad_file_is_rejected_and_changes_nothing(tmp_path):
    data = tmp_path / "d"
    rapport("demo-data", "--contacts", "4", data_dir=data)
    before = (data / "rapport.sqlite3").read_bytes()
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database")
    result = rapport("restore", str(junk), data_dir=data)
    assert result.returncode == 2
    assert "not restored" in result.stderr and "not an SQLite file" in result.stderr
    assert (data / "rapport.sqlite3").read_bytes() == before


def test_damaged_database_exits_3_and_points_to_the_newest_good_backup(tmp_path):
    data = tmp_path / "d"
    rapport("demo-data", "--contacts", "4", data_dir=data)
    saved = rapport("backup", data_dir=data).stdout.strip()
    db_file = data / "rapport.sqlite3"
    for side in data.glob("rapport.sqlite3-*"):
        side.unlink()
    db_file.write_bytes(b"\x13" * 9000)
    result = rapport("export", "--format", "json", data_dir=data)
    assert result.returncode == 3
    assert "damaged" in result.stderr and saved in result.stderr
    assert db_file.read_bytes() == b"\x13" * 9000  # never replaced silently
    fixed = rapport("restore", saved, data_dir=data)
    assert fixed.returncode == 0, fixed.stderr
    assert len(contact_names(data)) == 4
    assert list(data.glob("rapport.sqlite3.damaged-*"))


def test_restore_is_refused_while_the_window_holds_the_folder(tmp_path):
    from app.instance_lock import InstanceLock

    data = tmp_path / "d"
    rapport("demo-data", "--contacts", "2", data_dir=data)
    saved = rapport("backup", data_dir=data).stdout.strip()
    lock = InstanceLock(data)
    assert lock.acquire()
    try:
        result = rapport("restore", saved, data_dir=data)
    finally:
        lock.release()
    assert result.returncode == 3
    assert "close it before restoring" in result.stderr
