"""scripts/system-deps.sh installs every system package a test needs (issue 16: without libpulse0 the recording test
could not even import QtMultimedia on a fresh machine), and what the program itself needs in both modes."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.helpers.system import PACKAGES
from tests.packaging.conftest import ROOT


def listed(mode: str) -> set[str]:
    if shutil.which("bash") is None:
        pytest.skip("needs bash")
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "system-deps.sh"), "--list", mode], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_make_test_installs_every_program_the_tests_run():
    assert set(PACKAGES.values()) - listed("test") == set()


@pytest.mark.parametrize("mode", ["test", "run"])
def test_the_sound_library_of_qtmultimedia_is_installed_for_tests_and_for_running(mode):
    assert "libpulse0" in listed(mode)
