"""Sync tests run against a real Radicale on a random loopback port with htpasswd auth (one server per session;
each test gets its own address book and calendar names), and a fake keyring (this machine has no Secret Service)."""

from __future__ import annotations

import itertools
import os

import keyring
import pytest

from tests.helpers.fake_keyring import FileKeyring
from tests.helpers.radicale import PASSWORD, USER, RadicaleServer

_names = itertools.count(1)


@pytest.fixture(scope="session")
def radicale(tmp_path_factory):
    server = RadicaleServer(tmp_path_factory.mktemp("radicale"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def fake_keyring(tmp_path, monkeypatch):
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("RAPPORT_TEST_KEYRING", str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.helpers.fake_keyring.FileKeyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield path
    keyring.set_keyring(previous)


@pytest.fixture
def book_name(request) -> str:
    """Address book and calendar names of this test's own, on the shared account."""
    return f"t{next(_names)}-{os.getpid()}-{request.node.name[:40]}"


@pytest.fixture
def account_args(radicale, book_name):
    return {"url": radicale.url, "username": USER, "password": PASSWORD, "book": book_name}
