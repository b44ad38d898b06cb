"""Handing a message to the user's mail program: ``mailto:`` links and ``.eml`` drafts.

Rapport never sends mail itself (no network): a ``mailto:`` URL opens a new message in the default mail client,
and an ``.eml`` file (marked ``X-Unsent: 1`` so Outlook and Thunderbird open it as a draft) can be opened,
attached or kept. Long bodies do not fit every mail client's ``mailto:`` limit; :data:`MAILTO_SAFE_LENGTH` is the
length above which the UI suggests the ``.eml`` route instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

MAILTO_SAFE_LENGTH = 2000
_UNSAFE_FILENAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def mailto_url(to: Sequence[str], subject: str, body: str, *, bcc: Sequence[str] = ()) -> str:
    """A RFC 6068 ``mailto:`` URL; line breaks become CRLF as the RFC asks."""
    recipients = ",".join(quote(addr.strip(), safe="@+") for addr in to if addr and addr.strip())
    params = []
    if bcc:
        params.append("bcc=" + ",".join(quote(a.strip(), safe="@+") for a in bcc if a and a.strip()))
    if subject:
        params.append("subject=" + quote(subject, safe=""))
    if body:
        params.append("body=" + quote(body.replace("\r\n", "\n").replace("\n", "\r\n"), safe=""))
    return f"mailto:{recipients}" + ("?" + "&".join(params) if params else "")


def eml_bytes(
    *,
    to: Sequence[str],
    subject: str,
    body: str,
    sender: str = "",
    bcc: Sequence[str] = (),
    when: dt.datetime | None = None,
) -> bytes:
    """An unsent draft as an RFC 5322 message (UTF-8, CRLF line ends)."""
    message = EmailMessage(policy=SMTP)
    if sender:
        message["From"] = sender
    if to:
        message["To"] = ", ".join(a for a in to if a)
    if bcc:
        message["Bcc"] = ", ".join(a for a in bcc if a)
    message["Subject"] = " ".join(subject.split())
    message["Date"] = format_datetime((when or dt.datetime.now()).astimezone())
    message["X-Unsent"] = "1"
    message.set_content(body.replace("\r\n", "\n"))
    return message.as_bytes()


def safe_filename(text: str, fallback: str = "message") -> str:
    """A file name made from ``text`` that every file system accepts."""
    name = _UNSAFE_FILENAME.sub(" ", text or "").strip(" .")
    name = " ".join(name.split())[:80]
    return name or fallback


def write_eml(path: Path, data: bytes) -> Path:
    """Write a draft; the file is private (it holds other people's addresses)."""
    path = Path(path)
    path.write_bytes(data)
    path.chmod(0o600)
    return path
