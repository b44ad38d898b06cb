"""Programs from the system that some tests run. scripts/system-deps.sh installs their packages on Debian/Ubuntu,
so there a missing one fails the test that needs it (a skip would hide that `make test` did not set it up);
elsewhere (Windows, macOS) the test is skipped."""

from __future__ import annotations

import shutil

import pytest

from tests.helpers.pulse import is_debian_like

# program -> the Debian package that provides it (each is in `scripts/system-deps.sh --list test`)
PACKAGES = {
    "strace": "strace",
    "pdftoppm": "poppler-utils",
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "pulseaudio": "pulseaudio",
    "pactl": "pulseaudio-utils",
}


def require_program(program: str) -> str:
    """The path of ``program``; fails the test on Debian/Ubuntu when it is missing, skips it elsewhere."""
    path = shutil.which(program)
    if path is None:
        message = f"{program} is not installed (package {PACKAGES[program]}: run scripts/system-deps.sh test)"
        if is_debian_like():
            pytest.fail(message)
        pytest.skip(message)
    return path
