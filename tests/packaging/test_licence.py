"""Rapport is MIT-licensed, and says so everywhere (issue 17): LICENSE, pyproject, the AppStream metadata, the
Windows and macOS version resources, the Debian copyright file; the files the app package needs besides its modules
(the Getting Started guide) ship in the wheel and in the PyInstaller bundle."""

from __future__ import annotations

import fnmatch
import tomllib

from .conftest import PACKAGING, ROOT, load_module

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_licence_file_is_the_mit_licence():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) 2026 Rapport developers\n")
    assert "Permission is hereby granted, free of charge, to any person obtaining a copy" in text
    assert 'THE SOFTWARE IS PROVIDED "AS IS"' in text


def test_pyproject_declares_mit():
    project = PYPROJECT["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    assert not any("License ::" in c for c in project.get("classifiers", []))  # PEP 639: the expression only


def test_metadata_and_installers_say_mit():
    metainfo = (PACKAGING / "linux" / "io.github.rapport.Rapport.metainfo.xml").read_text(encoding="utf-8")
    assert "<project_license>MIT</project_license>" in metainfo
    spec = (PACKAGING / "rapport.spec").read_text(encoding="utf-8")
    assert spec.count("Copyright © 2026 Rapport developers. MIT licence") == 2  # Windows version info, macOS plist
    assert "GPL" not in spec
    assert '(str(ROOT / "LICENSE"), ".")' in spec


def test_debian_copyright_gives_rapport_under_expat(tmp_path):
    make_copyright = load_module("linux/make_copyright.py")
    (tmp_path / "_internal").mkdir()
    text = make_copyright.build(tmp_path)
    first = text.split("\n\n")[1]
    assert first.splitlines()[:3] == ["Files: *", "Copyright: 2026 Rapport developers", "License: Expat"]
    assert "\nLicense: Expat\n Permission is hereby granted, free of charge" in text


def test_every_data_file_of_the_app_package_ships_in_the_wheel_and_the_bundle():
    policy = load_module("bundle_policy.py")
    package = ROOT / "app"
    data = policy.app_data_files(package)
    assert (package / "ui" / "help" / "getting-started.html", "app/ui/help") in data
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["app"]
    for path, dest in data:
        relative = path.relative_to(package).as_posix()
        assert any(fnmatch.fnmatch(relative, p) for p in patterns), f"{relative} is not package data of the wheel"
        assert dest == path.parent.relative_to(ROOT).as_posix()  # where the package looks for it
    spec = (PACKAGING / "rapport.spec").read_text(encoding="utf-8")
    assert 'policy.app_data_files(ROOT / "app")' in spec
