"""The start-up probe (issue 21): `RAPPORT_STARTUP_PROBE=1 rapport` reports its first paint and quits by itself."""

import re

from tests.cli.test_cli import rapport


def test_probe_prints_one_painted_line_and_exits_0(tmp_path):
    result = rapport(data_dir=tmp_path / "data", env={"RAPPORT_STARTUP_PROBE": "1"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    match = re.fullmatch(r"painted (\d+\.\d{3}) (\d+)", lines[0])
    assert match, lines[0]
    seconds, rss_kib = float(match.group(1)), int(match.group(2))
    assert 0 < seconds < 120  # since the process started, not since boot or the epoch
    assert rss_kib > 10_000  # a Qt window holds more than 10 MiB: KiB, not MiB or pages


def test_without_the_variable_the_probe_is_not_installed(monkeypatch):
    import app.main

    monkeypatch.setattr(app.main, "install_startup_probe", lambda: (_ for _ in ()).throw(AssertionError("installed")))
    monkeypatch.delenv("RAPPORT_STARTUP_PROBE", raising=False)
    monkeypatch.setattr("app.ui.application.run_gui", lambda paths, background=False: 0)
    assert app.main.main(["--data-dir", "/nonexistent-never-made"]) == 0
