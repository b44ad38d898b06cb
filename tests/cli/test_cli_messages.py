"""What the commands say (issue 16): an empty search is a usage error, a search that finds nobody says so, `log`
with an ambiguous name lists the candidates, `log` says what it logged for whom, self-test prints no Qt noise."""

import datetime as dt
import json

import pytest

from tests.cli.test_cli import rapport

PEOPLE = (("Ada", "Okafor"), ("Ada", "Lovelace"), ("Ben", "Ito"), ("José", "Müller"))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("messages")
    cards = folder / "people.vcf"
    cards.write_text(
        "".join(
            f"BEGIN:VCARD\nVERSION:3.0\nFN:{given} {family}\nN:{family};{given};;;\nEND:VCARD\n"
            for given, family in PEOPLE
        ),
        encoding="utf-8",
    )
    assert rapport("import", str(cards), data_dir=folder / "data").returncode == 0
    return folder / "data"


def people(folder) -> dict[str, int]:
    data = json.loads(rapport("export", "--format", "json", data_dir=folder).stdout)
    return {c["display_name"]: c["id"] for c in data["contacts"]}


def interactions(folder) -> list[dict]:
    return json.loads(rapport("export", "--format", "json", data_dir=folder).stdout)["interactions"]


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_search_is_a_usage_error(folder, text):
    result = rapport("search", text, data_dir=folder)
    assert result.returncode == 1
    assert "empty" in result.stderr and result.stdout == ""


@pytest.mark.parametrize("as_json", [False, True])
def test_a_search_without_a_match_says_so_on_stderr(folder, as_json):
    result = rapport("search", "zebrafish", *(["--json"] if as_json else []), data_dir=folder)
    assert result.returncode == 0
    assert "no contact matches 'zebrafish'" in result.stderr
    assert result.stdout.strip() == ("[]" if as_json else "")


def test_a_search_with_matches_says_nothing_on_stderr(folder):
    result = rapport("search", "ada", data_dir=folder)
    assert result.returncode == 0 and result.stderr == ""
    assert len(result.stdout.splitlines()) == 2


def test_log_with_a_name_two_contacts_answer_to_lists_them_and_logs_nothing(folder):
    ids = people(folder)
    before = len(interactions(folder))
    result = rapport("log", "Ada", "--kind", "call", data_dir=folder)
    assert result.returncode == 2
    assert "could be 2 contacts" in result.stderr
    assert f"{ids['Ada Okafor']}\tAda Okafor" in result.stderr
    assert f"{ids['Ada Lovelace']}\tAda Lovelace" in result.stderr
    assert "no contact named" not in result.stderr
    assert len(interactions(folder)) == before


def test_log_says_what_was_logged_for_whom(folder):
    ids = people(folder)
    when = (dt.datetime.now() - dt.timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
    result = rapport(
        "log", "jose", "--kind", "coffee", "--when", when.isoformat(), "--summary", "At the station",
        data_dir=folder,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    first, *rest = result.stdout.splitlines()
    interaction_id = int(first.split()[0])
    assert first == (
        f"{interaction_id}\tlogged a coffee with José Müller (contact {ids['José Müller']}) "
        f"on {when:%a %d %b %Y}, 10:00: At the station"
    )
    assert "stage: José Müller is now at met (was prospect)" in rest
    assert any(line.startswith("follow-up ") and "Send thank-you to José Müller" in line for line in rest)
    [logged] = [i for i in interactions(folder) if i["id"] == interaction_id]
    assert logged["contact_id"] == ids["José Müller"]


def test_log_with_a_whole_name_shared_by_nobody_else_still_works(folder):
    result = rapport("log", "ada lovelace", "--kind", "email", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert "logged an email with Ada Lovelace" in result.stdout


def test_self_test_prints_no_qt_platform_note(folder):
    result = rapport("self-test", data_dir=folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
