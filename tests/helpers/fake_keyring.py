"""A keyring backend for tests (this machine has no Secret Service): passwords in a JSON file named by
RAPPORT_TEST_KEYRING, so that a CLI run in a subprocess (``PYTHON_KEYRING_BACKEND=tests.helpers.fake_keyring.
FileKeyring``) and the test that reads it back share them. Never used outside tests."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 10

    def _path(self) -> Path:
        return Path(os.environ.get("RAPPORT_TEST_KEYRING", "/nonexistent/keyring.json"))

    def _load(self) -> dict:
        try:
            return json.loads(self._path().read_text())
        except (OSError, ValueError):
            return {}

    def get_password(self, service, username):
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service, username):
        data = self._load()
        data.pop(f"{service}\n{username}", None)
        self._path().write_text(json.dumps(data))
