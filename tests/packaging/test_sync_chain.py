"""The modules the installer leaves out of the sync's chain (bundle_policy.SYNC_UNUSED_MODULES: HTTP/3, HTTP/2,
dnspython, the legacy urllib3 copy, lxml's objectify/html) are not needed by a sync: `rapport sync` runs in a child
interpreter where importing any of them fails as it does in the bundle (ModuleNotFoundError), against a real Radicale
on loopback (HTTP/1.1, Basic auth; plain and over TLS with a certificate made here). The bundled binary itself is
run by test_bundled_sync.py once dist/ exists."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.radicale import PASSWORD, USER
from tests.packaging.conftest import ROOT

pytestmark = pytest.mark.slow

# Runs app.main with a finder in front of every other that refuses the blocked names (PyInstaller's excluded
# modules are simply absent, so their import raises ModuleNotFoundError) and writes down which were asked for.
CHILD = """
import importlib.abc, json, sys
blocked, record, argv = json.loads(sys.argv[1]), sys.argv[2], sys.argv[3:]
asked = set()

class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == b or name.startswith(b + ".") for b in blocked):
            asked.add(name)
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, Refuse())
from app.main import main
try:
    code = main(argv)
finally:
    loaded = sorted(m for m in sys.modules if any(m == b or m.startswith(b + ".") for b in blocked))
    with open(record, "w") as f:
        json.dump({"asked": sorted(asked), "loaded": loaded}, f)
sys.exit(code)
"""


def _rapport(blocked, record: Path, data: Path, *args: str, ca: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("RAPPORT_DATA_DIR", "PYTHON_KEYRING_BACKEND")}
    env["PYTHONPATH"] = str(ROOT)
    if ca is not None:
        env["REQUESTS_CA_BUNDLE"] = str(ca)
    command = [sys.executable, "-c", CHILD, json.dumps(list(blocked)), str(record), "--data-dir", str(data), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


def test_the_modules_left_out_are_in_the_excludes(policy):
    assert set(policy.SYNC_UNUSED_MODULES) <= set(policy.EXCLUDED_PYTHON_MODULES)
    assert {"qh3", "jh2", "dns", "urllib3", "lxml.objectify"} <= set(policy.SYNC_UNUSED_MODULES)
    # what the sync does need stays in
    for needed in ("caldav", "niquests", "urllib3_future", "lxml", "lxml.etree", "ssl", "keyring", "secretstorage"):
        assert needed not in policy.EXCLUDED_PYTHON_MODULES
    assert "cryptography" not in policy.EXCLUDED_PYTHON_MODULES  # SecretStorage's session encryption


def test_a_sync_runs_without_the_modules_left_out(tmp_path, radicale, policy):
    blocked = policy.SYNC_UNUSED_MODULES
    record, data = tmp_path / "record.json", tmp_path / "data"
    password = tmp_path / "password"
    password.write_text(PASSWORD + "\n")
    book = f"chain-{os.getpid()}"
    ca = radicale.tls[0] if radicale.tls else None
    assert radicale.url.startswith("https://" if ca else "http://")

    assert _rapport(blocked, record, data, "demo-data", "--contacts", "7", "--seed", "3").returncode == 0
    setup = _rapport(
        blocked, record, data, "sync", "setup", radicale.url, "--username", USER,
        "--password-command", f"cat {password}", "--addressbook", book, "--calendar", book, ca=ca,
    )  # fmt: skip
    assert setup.returncode == 0, setup.stderr
    done = _rapport(blocked, record, data, "sync", "--json", ca=ca)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["contacts"]["uploaded"] == 7 and report["contacts"]["conflicts"] == 0
    seen = json.loads(record.read_text())
    assert seen["loaded"] == []
    # the sync's libraries did reach for them (so the block was in the way and the fallbacks ran)
    assert any(name.split(".")[0] in ("jh2", "qh3", "urllib3") for name in seen["asked"]), seen
    again = json.loads(_rapport(blocked, record, data, "sync", "--json", ca=ca).stdout)
    assert all(value == 0 for kind in again.values() for value in kind.values()), again
