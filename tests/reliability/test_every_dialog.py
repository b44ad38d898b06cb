"""Every dialog the menus and toolbars open, opened and cancelled in a real process that then ends as a user's does:
exit 0 and nothing on stderr (issue 16: a dialog cancelled on the Contacts page made the process crash on exit)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.data import fill_with_demo_data

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("every_dialog.py")

# What the offscreen platform says about window-system features it does not have (not Rapport's doing).
PLATFORM_NOTES = {
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
}

# Dialogs the run must reach, so that a driver that opens nothing cannot pass.
EXPECTED = {
    "LogInteractionDialog:logInteractionDialog",
    "NewContactDialog:newContactDialog",
    "AskReferralsDialog:askReferralsDialog",
    "BrainstormWizard:brainstormWizard",
    "TargetCompaniesDialog:targetsDialog",
    "DuplicatesDialog:duplicatesDialog",
    "IntroduceDialog:introduceDialog",
    "MeetingPrepDialog:meetingPrep",
    "SettingsDialog:settingsDialog",
    "ProfileDialog:profileDialog",
    "ImportWizard:importWizard",
    "ExportDialog:exportDialog",
    "CardDesigner:cardDesigner",
    "ScriptsDialog:scriptsDialog",
    "MonthlyUpdateDialog:monthlyUpdateDialog",
    "RestoreDialog:restoreDialog",
    "RevisionsDialog:pitchRevisionsDialog",
    "CardDialog:pitchCardDialog",
    "PickDateDialog:pickDateDialog",
    "QFileDialog:QFileDialog",
    "QMessageBox:",
}


def run_driver(data_dir: Path, *args: str) -> tuple[subprocess.CompletedProcess, dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("QT_LOGGING_RULES", None)
    result = subprocess.run(
        [sys.executable, str(DRIVER), str(data_dir), *args], capture_output=True, text=True, env=env, timeout=600
    )
    report = json.loads(result.stdout.strip().splitlines()[-1]) if result.stdout.strip() else {}
    return result, report


def unexpected_stderr(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip() and line.strip() not in PLATFORM_NOTES]


@pytest.mark.slow
@pytest.mark.parametrize("data", ["empty", "demo"])
def test_every_dialog_opens_and_cancels_and_the_process_exits_cleanly(data, paths, migrated_template):
    if data == "demo":
        fill_with_demo_data(paths, migrated_template, contacts=40, seed=3)
    result, report = run_driver(paths.data_dir)
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stderr[-3000:]}"
    assert unexpected_stderr(result.stderr) == []
    assert report["owned_twice"] == [], "objects owned by Python and by a Qt parent: deleted twice at exit"
    if data == "demo":
        assert EXPECTED - set(report["opened"]) == set()
    else:
        assert "LogInteractionDialog:logInteractionDialog" in report["opened"]


def test_log_dialog_cancelled_on_the_contacts_page_then_exit(paths, migrated_template):
    """The steps of the report: Ctrl+2, Ctrl+L, Esc, close — a segmentation fault 7 times out of 7 before."""
    import shutil

    shutil.copyfile(migrated_template, paths.db_path)
    result, report = run_driver(paths.data_dir, "--as-reported")
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stderr[-3000:]}"
    assert unexpected_stderr(result.stderr) == []
    assert report["opened"] == ["LogInteractionDialog:logInteractionDialog"]
    assert report["owned_twice"] == []
