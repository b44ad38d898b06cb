"""The generated DEP-5 copyright file names every bundled Python distribution with a licence whose text it carries."""

from __future__ import annotations

import re
import tomllib

from .conftest import ROOT, load_module


def paragraphs(text: str) -> list[dict[str, str]]:
    result = []
    for block in text.strip().split("\n\n"):
        fields: dict[str, str] = {}
        key = None
        for line in block.splitlines():
            if line.startswith(" ") and key:
                fields[key] += "\n" + line
            else:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
        result.append(fields)
    return result


def test_copyright_covers_every_runtime_dependency(tmp_path):
    make_copyright = load_module("linux/make_copyright.py")
    (tmp_path / "_internal").mkdir()
    text = make_copyright.build(tmp_path)
    parts = paragraphs(text)
    assert parts[0]["Format"].startswith("https://www.debian.org/doc/packaging-manuals/copyright-format/1.0")

    comments = " ".join(p.get("Comment", "") for p in parts)
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    for requirement in declared:
        name = re.match(r"[A-Za-z0-9._-]+", requirement).group()
        if name.lower().startswith(("pyside6", "shiboken6")):
            assert "PySide6-Essentials" in comments
        else:
            assert re.search(rf"\b{re.escape(name)} \d", comments, re.IGNORECASE), f"{name} missing from copyright"

    standalone = {p["License"].split("\n")[0] for p in parts if "License" in p and "Files" not in p}
    for part in parts:
        if "Files" in part:
            assert ".." not in part["Files"]
            assert part["Copyright"].strip(), part["Files"]
            for name in re.split(r" or | and ", part["License"]):
                assert name in standalone, f"licence {name!r} has no text paragraph"


def test_every_licence_paragraph_is_used(tmp_path):
    """lintian warns about a stand-alone License paragraph that no Files paragraph names."""
    make_copyright = load_module("linux/make_copyright.py")
    (tmp_path / "_internal").mkdir()
    parts = paragraphs(make_copyright.build(tmp_path))
    used = {
        name.strip() for p in parts if "Files" in p for name in re.split(r" or | and ", p["License"].split("\n")[0])
    }
    standalone = [p["License"].split("\n")[0] for p in parts if "License" in p and "Files" not in p]
    assert sorted(set(standalone)) == sorted(standalone)  # each once
    assert set(standalone) == used
