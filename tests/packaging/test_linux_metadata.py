"""The desktop entry, AppStream metainfo, changelog and lintian overrides of the Linux package, checked without
building it (the validators run again on the built .deb in `make dist-check`)."""

from __future__ import annotations

import configparser
import re
import subprocess
import xml.etree.ElementTree as ET

from app import APP_ID, APP_NAME
from tests.helpers.system import require_program

from .conftest import ROOT

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MAIN_CATEGORIES = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics", "Network",
                   "Office", "Science", "Settings", "System", "Utility"}  # fmt: skip


def desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entry_matches_the_app():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "rapport"  # /usr/bin/rapport
    assert entry["Icon"] == APP_ID  # hicolor icons are installed under the app id
    # QApplication.setDesktopFileName(APP_ID) (Wayland app id) and X11 WM_CLASS = applicationName must match
    assert DESKTOP.name == f"{APP_ID}.desktop"
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Terminal"] == "false"


def test_desktop_entry_categories_and_keywords():
    entry = desktop_entry()
    categories = [c for c in entry["Categories"].split(";") if c]
    assert entry["Categories"].endswith(";")
    assert MAIN_CATEGORIES & set(categories), f"no main category in {categories}"
    keywords = [k for k in entry["Keywords"].split(";") if k]
    assert entry["Keywords"].endswith(";") and len(keywords) >= 5


def test_desktop_file_validate_is_clean():
    require_program("desktop-file-validate")
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_icons_for_the_hicolor_theme_exist():
    icons = ROOT / "resources" / "icons" / "app"
    assert (icons / "rapport.svg").read_text(encoding="utf-8").lstrip().startswith("<svg")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = icons / f"rapport-{size}.png"
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n", png
        width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
        assert (width, height) == (size, size), f"{png} is {width}×{height}"


def test_metainfo_describes_this_app_and_this_release(project_version):
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id" and launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == "rapport"
    images = [img.text or "" for img in root.iter("image")]
    assert images and all(url.startswith("https://") for url in images), "screenshots need absolute https URLs"
    releases = root.findall("releases/release")
    assert releases, "metainfo needs release notes"
    assert releases[0].get("version") == project_version, (
        f"the newest <release> in {METAINFO.name} is {releases[0].get('version')}, pyproject.toml says "
        f"{project_version}: add release notes for it"
    )
    assert all(r.find("description") is not None and re.match(r"\d{4}-\d\d-\d\d$", r.get("date", "")) for r in releases)


def test_the_screenshot_the_metainfo_names_is_in_the_repository():
    root = ET.parse(METAINFO).getroot()
    for image in root.iter("image"):
        path = re.sub(r"^https://raw\.githubusercontent\.com/[^/]+/[^/]+/[^/]+/", "", image.text or "")
        screenshot = ROOT / path
        assert screenshot.exists(), f"{image.text} should point at {screenshot.relative_to(ROOT)} in the repository"
        header = screenshot.read_bytes()[:24]
        size = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
        assert size == (int(image.get("width", 0)), int(image.get("height", 0)))


def test_appstreamcli_validate_passes():
    require_program("appstreamcli")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_changelog_starts_with_this_version(project_version):
    first = (LINUX / "changelog").read_text(encoding="utf-8").splitlines()
    assert re.match(rf"^rapport \({re.escape(project_version)}\) \w+; urgency=\w+$", first[0]), (
        f"packaging/linux/changelog must start with an entry for {project_version}"
    )
    trailer = next(line for line in first if line.startswith(" -- "))
    assert re.match(r"^ -- .+ <[^@\s]+@[^>\s]+>  \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4}$", trailer)


def test_every_lintian_override_has_a_reason():
    lines = (LINUX / "lintian-overrides").read_text(encoding="utf-8").splitlines()
    overrides = [i for i, line in enumerate(lines) if line.strip() and not line.startswith("#")]
    assert overrides
    for index in overrides:
        assert re.match(r"^rapport: [a-z0-9-]+( [^ [\]]+)*( \[[^\]]+\])?$", lines[index]), lines[index]
        above = lines[:index]
        while above and not above[-1].startswith("#") and above[-1].strip():
            above.pop()  # overrides grouped under one comment
        assert above and above[-1].startswith("# "), f"override without a reason: {lines[index]}"


def test_smoke_vcard_is_a_valid_two_contact_vcard():
    text = (LINUX / "smoke" / "contacts.vcf").read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD") == text.count("END:VCARD") == 2
    assert "Zoë Ångström" in text and "\r\n" in text
