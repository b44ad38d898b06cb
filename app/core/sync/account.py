"""The sync account: server URL, user name, the chosen address book and calendar(s), and where the password is.

The account lives with the data (``Setting`` "sync.account": one data folder, one account, its sync state beside
it). The password never does: it goes to the system keyring (``keyring``: Secret Service/KWallet on Linux, Windows
Credential Locker, macOS Keychain) under the service "Rapport" and the name ``user@server``, or — on a machine
without a keyring — it is read at each sync from the output of a command the person chose
(``--password-command "pass show dav"``, as vdirsyncer allows); only that command is stored.
"""

from __future__ import annotations

import contextlib
import shlex
import subprocess
from dataclasses import asdict, dataclass, field
from urllib.parse import urlsplit

from app.core.sync.dav import SyncError
from app.core.translated import QT_TRANSLATE_NOOP, said
from app.models import Setting

SETTING = "sync.account"
KEYRING_SERVICE = "Rapport"
DEFAULT_COLLECTION_NAME = "Rapport"
DEFAULT_INTERVAL_MINUTES = 15
PASSWORD_COMMAND_TIMEOUT = 60


class NoKeyring(SyncError):
    """No system keyring here: the password can only come from a command."""

    def __init__(self, detail: str = ""):
        message = said(
            "SyncProblem",
            QT_TRANSLATE_NOOP(
                "SyncProblem",
                "this machine has no system keyring (Secret Service, KWallet, Windows Credential Locker or macOS "
                "Keychain) to keep the password in; give a command that prints it instead, e.g. "
                "--password-command 'pass show dav'",
            ),
        )
        super().__init__(
            message if not detail else said("SyncProblem", "{message} ({detail})", message=message, detail=detail)
        )


class PasswordUnavailable(SyncError):
    """The keyring has no password for the account, or the password command failed."""


@dataclass
class Account:
    url: str
    username: str
    addressbook_url: str = ""
    addressbook_name: str = ""
    tasks_url: str = ""
    tasks_name: str = ""
    events_url: str = ""
    events_name: str = ""
    vcard_version: str = "3.0"
    password_command: str = ""
    auto_sync: bool = True
    interval_minutes: int = DEFAULT_INTERVAL_MINUTES
    extra: dict = field(default_factory=dict)

    @property
    def keyring_name(self) -> str:
        host = urlsplit(self.url).netloc or self.url
        return f"{self.username}@{host}"

    @property
    def collection_urls(self) -> list[str]:
        return [u for u in dict.fromkeys((self.addressbook_url, self.tasks_url, self.events_url)) if u]


def load() -> Account | None:
    """The account of the open data folder, or None when sync is not set up."""
    value = Setting.read(SETTING)
    if not isinstance(value, dict) or not value.get("url"):
        return None
    known = {k: v for k, v in value.items() if k in Account.__dataclass_fields__}
    try:
        return Account(**known)
    except TypeError:
        return None


def save(account: Account) -> None:
    Setting.write(SETTING, asdict(account))


def remove() -> None:
    Setting.delete().where(Setting.key == SETTING).execute()


# --- the password ----------------------------------------------------------------------------------------------
def _keyring():
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        raise NoKeyring()
    return keyring


def has_keyring() -> bool:
    try:
        _keyring()
    except NoKeyring:
        return False
    except Exception:
        return False
    return True


def store_password(account: Account, password: str) -> None:
    """Keep ``password`` in the system keyring (raises NoKeyring where there is none)."""
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, account.keyring_name, password)
    except Exception as exc:  # a locked or broken keyring
        raise NoKeyring(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc


def forget_password(account: Account) -> None:
    with contextlib.suppress(Exception):
        _keyring().delete_password(KEYRING_SERVICE, account.keyring_name)


def run_password_command(command: str) -> str:
    """The first line the command prints (its output is never logged)."""
    try:
        done = subprocess.run(
            command if _needs_shell(command) else shlex.split(command),
            shell=_needs_shell(command),
            capture_output=True,
            text=True,
            timeout=PASSWORD_COMMAND_TIMEOUT,
            check=False,
        )
    except (OSError, ValueError, subprocess.TimeoutExpired) as exc:
        raise PasswordUnavailable(
            said(
                "SyncProblem",
                QT_TRANSLATE_NOOP("SyncProblem", "the password command could not run: {reason}"),
                reason=str(exc),
            )
        ) from exc
    if done.returncode != 0:
        raise PasswordUnavailable(
            said(
                "SyncProblem",
                QT_TRANSLATE_NOOP("SyncProblem", "the password command exited with {code}"),
                code=done.returncode,
            )
        )
    password = done.stdout.splitlines()[0] if done.stdout else ""
    if not password:
        raise PasswordUnavailable(
            said("SyncProblem", QT_TRANSLATE_NOOP("SyncProblem", "the password command printed nothing"))
        )
    return password


def _needs_shell(command: str) -> bool:
    return any(ch in command for ch in "|&;<>$`")


def password_for(account: Account) -> str:
    """The account's password: from its command, else from the keyring."""
    if account.password_command:
        return run_password_command(account.password_command)
    keyring = _keyring()
    try:
        password = keyring.get_password(KEYRING_SERVICE, account.keyring_name)
    except Exception as exc:
        raise PasswordUnavailable(
            said(
                "SyncProblem",
                QT_TRANSLATE_NOOP("SyncProblem", "the system keyring did not give the password: {reason}"),
                reason=str(exc),
            )
        ) from exc
    if not password:
        raise PasswordUnavailable(
            said(
                "SyncProblem",
                QT_TRANSLATE_NOOP(
                    "SyncProblem", "the system keyring has no password for {name}; run 'rapport sync setup' again"
                ),
                name=account.keyring_name,
            )
        )
    return password
