"""The command line as scripts use it: a real subprocess per call (DESIGN §6)."""

import json
import os
import stat
import subprocess
import sys

import pytest

from app import __version__


def rapport(*args, data_dir=None, env=None):
    cmd = [sys.executable, "-m", "app"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(cmd + list(args), capture_output=True, text=True, env=full_env, timeout=120)


def test_version():
    result = rapport("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Rapport {__version__}"


@pytest.mark.parametrize(
    "args",
    [
        ["--no-such-flag"],
        ["no-such-command"],
        ["demo-data", "--contacts", "many"],
        ["export"],
        ["export", "--format", "pdf"],
    ],
)
def test_usage_errors_exit_1_with_a_message(args, tmp_path):
    result = rapport(*args, data_dir=tmp_path)
    assert result.returncode == 1
    assert "error" in result.stderr


def test_demo_data_export_and_self_test(tmp_path):
    made = rapport("demo-data", "--contacts", "60", "--seed", "4", data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "added 60 contacts" in made.stdout
    db_file = tmp_path / "rapport.sqlite3"
    assert stat.S_IMODE(db_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o700

    exported = rapport("export", "--format", "json", data_dir=tmp_path)
    assert exported.returncode == 0, exported.stderr
    data = json.loads(exported.stdout)
    assert len(data["contacts"]) == 60

    checked = rapport("self-test", data_dir=tmp_path)
    assert checked.returncode == 0, checked.stderr + checked.stdout
    assert checked.stdout.startswith("self-test ok")
    assert "contactsPage" in checked.stdout


def test_environment_variable_selects_the_data_folder(tmp_path):
    result = rapport("demo-data", "--contacts", "3", env={"RAPPORT_DATA_DIR": str(tmp_path / "env")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env" / "rapport.sqlite3").exists()


def test_export_to_a_file_is_atomic_and_reports(tmp_path):
    rapport("demo-data", "--contacts", "5", data_dir=tmp_path / "d")
    target = tmp_path / "out.json"
    result = rapport("export", "--format", "json", "-o", str(target), data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(target.read_text(encoding="utf-8"))["contacts"]) == 5
    assert "exported 5 contacts" in result.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.json")] == []


def test_export_into_a_missing_folder_is_a_usage_error(tmp_path):
    result = rapport("export", "--format", "json", "-o", str(tmp_path / "nope" / "x.json"), data_dir=tmp_path)
    assert result.returncode == 1
    assert "does not exist" in result.stderr


def test_a_database_from_a_newer_version_exits_3(tmp_path):
    import sqlite3

    rapport("demo-data", "--contacts", "1", data_dir=tmp_path)
    with sqlite3.connect(tmp_path / "rapport.sqlite3") as conn:
        conn.execute("INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '2031-01-01')")
    result = rapport("export", "--format", "json", data_dir=tmp_path)
    assert result.returncode == 3
    assert "newer version" in result.stderr


def test_log_by_id_and_by_unique_name(tmp_path):
    rapport("demo-data", "--contacts", "5", "--seed", "2", data_dir=tmp_path)
    people = json.loads(rapport("export", "--format", "json", data_dir=tmp_path).stdout)["contacts"]
    target = people[0]
    by_id = rapport(
        "log",
        str(target["id"]),
        "--kind",
        "coffee",
        "--when",
        "2026-03-01T10:00",
        "--summary",
        "Coffee at the corner café",
        data_dir=tmp_path,
    )
    assert by_id.returncode == 0, by_id.stderr
    interaction_id = int(by_id.stdout.split()[0])
    data = json.loads(rapport("export", "--format", "json", data_dir=tmp_path).stdout)
    [logged] = [i for i in data["interactions"] if i["id"] == interaction_id]
    assert logged["contact_id"] == target["id"]
    assert logged["summary"] == "Coffee at the corner café"
    assert logged["occurred_at"] == "2026-03-01T10:00:00"
    unique = [p for p in people if [q["display_name"].lower() for q in people].count(p["display_name"].lower()) == 1]
    by_name = rapport("log", unique[0]["display_name"].upper(), "--kind", "call", data_dir=tmp_path)
    assert by_name.returncode == 0, by_name.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["999", "--kind", "call"], 2, "no contact with id 999"),
        (["Nobody Here", "--kind", "call"], 2, "no contact named"),
        (["1", "--kind", "call", "--when", "yesterday"], 1, "not an ISO date"),
        (["1", "--kind", "telepathy"], 1, "invalid choice"),
    ],
)
def test_log_rejects_bad_input_with_a_clear_message(tmp_path, args, code, message):
    rapport("demo-data", "--contacts", "2", data_dir=tmp_path)
    result = rapport("log", *args, data_dir=tmp_path)
    assert result.returncode == code
    assert message in result.stderr


def test_every_command_module_is_listed_and_registers_its_name():
    import argparse
    import pkgutil

    import app.cli
    from app.main import COMMANDS, build_parser

    modules = {m.name for m in pkgutil.iter_modules(app.cli.__path__)} - {"common"}
    assert set(COMMANDS.values()) == modules
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(COMMANDS)


def test_opening_the_window_does_not_import_the_commands():
    code = (
        "import sys\n"
        "from app.main import build_parser, _names_a_command\n"
        "assert not _names_a_command(['--data-dir'])\n"
        "assert _names_a_command(['export']) and _names_a_command(['--help'])\n"
        "build_parser(with_commands=False).parse_args(['--data-dir', '/tmp/x'])\n"
        "loaded = [m for m in sys.modules if m.startswith('app.cli.') and m != 'app.cli.common']\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_main_window_module_leaves_the_validators_for_first_use():
    """phonenumbers and email-validator cost ~40 ms of start-up: loaded when the first email or phone is checked."""
    code = (
        "import sys\n"
        "import app.ui.main_window\n"
        "loaded = sorted({'phonenumbers', 'email_validator'} & set(sys.modules))\n"
        "assert not loaded, loaded\n"
        "from app.core.contacts.service import normalize_email, normalize_phone\n"
        "assert normalize_email('ada@example.org') == 'ada@example.org'\n"
        "assert normalize_phone('+44 20 7946 0000') == '+442079460000'\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
