import tomllib
from pathlib import Path

import app


def test_version_matches_pyproject():
    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    assert app.__version__ == pyproject["project"]["version"]
