"""The GitHub Actions workflow cannot run here: validate it offline against the GitHub workflow schema vendored in
check-jsonschema, and check the shape the issue asks for (tests on three OSes, installers on tags)."""

from __future__ import annotations

import fnmatch
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from .conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
CHECK = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows"]


def load(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def test_there_is_a_workflow():
    assert WORKFLOWS, "no .github/workflows/*.yml"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_matches_the_github_schema(path):
    result = subprocess.run([*CHECK, str(path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_rejects_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    step:\n      - run: true\n")
    result = subprocess.run([*CHECK, str(broken)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "'step' was unexpected" in result.stdout


def ci() -> dict:
    return load(ROOT / ".github" / "workflows" / "ci.yml")


def test_tests_run_on_linux_windows_and_macos():
    test = ci()["jobs"]["test"]
    systems = " ".join(test["strategy"]["matrix"]["os"])
    for name in ("ubuntu", "windows", "macos"):
        assert name in systems
    assert test["runs-on"] == "${{ matrix.os }}"
    commands = " ".join(step.get("run", "") for step in test["steps"])
    assert "pytest" in commands and "ruff check" in commands


def test_installers_are_built_on_tags_after_the_tests():
    jobs = ci()["jobs"]
    triggers = ci()["on"]
    assert "v*" in triggers["push"]["tags"]
    expected = {
        "linux-package": ("make dist-check", "dist/*.deb"),
        "windows-installer": ("rapport.iss", "dist/Rapport-*-setup.exe"),
        "macos-installer": ("build-dmg.sh", "dist/Rapport-*.dmg"),
    }
    for name, (command, artefact) in expected.items():
        job = jobs[name]
        assert job["needs"] == "test"
        assert job["if"] == "startsWith(github.ref, 'refs/tags/v')"
        steps = job["steps"]
        assert any(command in step.get("run", "") for step in steps), f"{name} does not run {command}"
        uploads = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact@")]
        assert uploads and uploads[0]["with"]["path"] == artefact
        assert uploads[0]["with"]["if-no-files-found"] == "error"


def test_the_workflow_uses_scripts_that_exist():
    text = (ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    for script in ("scripts/system-deps.sh", "packaging/build.py", "packaging/macos/build-dmg.sh"):
        assert script in text and (ROOT / script).exists()
    assert "packaging\\windows\\rapport.iss" in text and (ROOT / "packaging" / "windows" / "rapport.iss").exists()


def test_a_version_tag_publishes_the_installers_on_a_github_release():
    jobs = ci()["jobs"]
    release = jobs["release"]
    assert set(release["needs"]) == {"linux-package", "windows-installer", "macos-installer"}
    assert release["if"] == "startsWith(github.ref, 'refs/tags/v')"
    assert release["permissions"] == {"contents": "write"}  # the workflow's default stays read-only
    assert ci()["permissions"] == {"contents": "read"}
    download = next(s for s in release["steps"] if str(s.get("uses", "")).startswith("actions/download-artifact@"))
    assert download["with"]["path"] == "dist" and download["with"]["merge-multiple"] is True
    pattern = download["with"]["pattern"]
    for name in ("linux-package", "windows-installer", "macos-installer"):
        upload = next(s for s in jobs[name]["steps"] if str(s.get("uses", "")).startswith("actions/upload-artifact@"))
        assert fnmatch.fnmatch(upload["with"]["name"], pattern), f"{name}'s artefact is not downloaded"
    script = next(s["run"] for s in release["steps"] if "run" in s)
    assert 'gh release create "$TAG" dist/*' in script and 'gh release upload "$TAG" dist/* --clobber' in script
    env = next(s["env"] for s in release["steps"] if "run" in s)
    assert env == {"GH_TOKEN": "${{ github.token }}", "TAG": "${{ github.ref_name }}"}


def test_the_readme_links_to_the_releases():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    install = readme.split("## Install", 1)[1].split("\n## ", 1)[0]
    assert "https://github.com/rapport/rapport/releases/latest" in install
    metainfo = (ROOT / "packaging" / "linux" / "io.github.rapport.Rapport.metainfo.xml").read_text(encoding="utf-8")
    assert "https://github.com/rapport/rapport" in metainfo  # the same project the release link names
