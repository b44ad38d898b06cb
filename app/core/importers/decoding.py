"""Turning the bytes of an address-book file into text, whatever program wrote it.

Accepted: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM (Outlook, Excel "Unicode text"), UTF-16 without BOM
when its NUL pattern gives it away, and legacy Windows text (cp1252) when the bytes are not valid UTF-8. Line ends
become ``\\n`` (CRLF, LF and old-Mac CR alike) and stray NUL characters are dropped. A file that is too big, empty
or binary is rejected with :class:`ImportRejected` — before anything is written.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from app.core.importers.errors import ImportRejected

MAX_FILE_BYTES = 256 * 1024 * 1024
_SNIFF = 4096
_CONTROL_SHARE = 0.02  # more control characters than this in the first chunk: a binary file


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # a name for people: "UTF-8", "UTF-16", "Windows-1252"…


def _latin1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    """cp1252 leaves five bytes undefined; read them as Latin-1 so no byte is lost."""
    chunk = error.object[error.start : error.end]
    return "".join(chr(b) for b in chunk), error.end


codecs.register_error("rapport-latin1", _latin1_fallback)


def _utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit in every other byte of the start, as in BOM-less UTF-16 text."""
    sample = raw[:_SNIFF]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.7 * half and even_nuls < 0.1 * half:
        return "utf-16-le"
    if even_nuls > 0.7 * half and odd_nuls < 0.1 * half:
        return "utf-16-be"
    return None


def decode_bytes(raw: bytes, path: Path | str = "<input>") -> DecodedText:
    """The text of ``raw`` with ``\\n`` line ends and no NUL characters; raises :class:`ImportRejected`."""
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportRejected(path, "the file is empty")
    try:
        if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            text, name = raw.decode("utf-32"), "UTF-32"
        elif raw.startswith(codecs.BOM_UTF8):
            try:
                text, name = raw[3:].decode("utf-8"), "UTF-8"
            except UnicodeDecodeError:
                text, name = raw[3:].decode("cp1252", errors="rapport-latin1"), "Windows-1252"
        elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text, name = raw.decode("utf-16"), "UTF-16"
        elif (guess := _utf16_without_bom(raw)) is not None:
            text, name = raw.decode(guess), "UTF-16"
        else:
            try:
                text, name = raw.decode("utf-8"), "UTF-8"
            except UnicodeDecodeError:
                text, name = raw.decode("cp1252", errors="rapport-latin1"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise ImportRejected(path, f"the file says it is Unicode text but is not ({exc.reason})") from exc
    text = text.lstrip("\ufeff").replace("\x00", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    head = text[:_SNIFF]
    controls = sum(1 for ch in head if ord(ch) < 32 and ch not in "\t\n\f\v")
    if head and controls > _CONTROL_SHARE * len(head):
        raise ImportRejected(path, "this is not a text file (it looks like binary data)")
    if not text.strip():
        raise ImportRejected(path, "the file is empty")
    return DecodedText(text, name)


def read_text(path: Path | str) -> DecodedText:
    """Read and decode the file at ``path``; raises :class:`ImportRejected` when it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRejected(
                path,
                f"the file is {size // (1024 * 1024)} MB; files over {MAX_FILE_BYTES // (1024 * 1024)} MB "
                "are not address books Rapport can import",
            )
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError as exc:
        raise ImportRejected(path, "this is a folder, not a file") from exc
    except FileNotFoundError as exc:
        raise ImportRejected(path, "no such file") from exc
    except PermissionError as exc:
        raise ImportRejected(path, "permission denied") from exc
    except OSError as exc:
        raise ImportRejected(path, f"cannot read the file ({exc.strerror or exc})") from exc
    return decode_bytes(raw, path)
