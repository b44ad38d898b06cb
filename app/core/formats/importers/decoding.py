"""Turning the bytes of an address-book file into text, whatever program wrote it.

Accepted: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM (Outlook, Excel "Unicode text"), UTF-16 without BOM
when its NUL pattern gives it away, 7-bit ISO-2022-JP (old Japanese phones and mailers), and any legacy code page
when the bytes are not valid UTF-8: Outlook and Excel write the ANSI code page of the Windows locale (Windows-1252 in
Western Europe and the Americas, 1250 in Central Europe, 1251 for Cyrillic, Shift-JIS, GBK, Big5, EUC-KR in East
Asia), older Unix programs KOI8-R or ISO-8859-x. Which one is found by ``charset-normalizer`` (imported on first use:
start-up never pays for it) over the lines that hold non-ASCII bytes; when several code pages read those lines
equally well — Western and Central European ones differ only in a few accented letters — the reading whose words
each belong to one language's alphabet, with the fewest languages for the whole file, wins
(:func:`.code_pages.plausibility`).
A file that is UTF-8 except for a few lines (two exports pasted together) is read line by line.

Line ends become ``\\n`` (CRLF, LF and old-Mac CR alike) and stray NUL characters are dropped. A file that is too big,
empty or binary is rejected with :class:`ImportRejected` — before anything is written. Whether a file is text at
all is decided from its first bytes, so a 250 MB random file, ``/dev/urandom`` or a pipe of noise is turned away
after a few kilobytes instead of being read and decoded whole. LinkedIn's data export arrives as a .zip: its
``Connections.csv`` is read from it (so is the only address book of any other zip).

:func:`decode_unknown` is the same detection for one value of unknown charset (a vCard property without CHARSET).
"""

from __future__ import annotations

import codecs
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.core.formats.importers.code_pages import display_name, guess_encoding, high_lines
from app.core.formats.importers.errors import ImportRejected

MAX_FILE_BYTES = 256 * 1024 * 1024
_SNIFF = 4096
_CONTROL_SHARE = 0.02  # more control characters than this in the first chunk: a binary file


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # a name for people: "UTF-8", "UTF-16", "Windows-1252"…


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


def decode_unknown(raw: bytes, encoding: str | None = None) -> str:
    """Text of one value of unknown charset (a vCard property without CHARSET): UTF-8 when it is valid UTF-8, else
    ``encoding`` if given (say, :func:`guess_encoding` over all such values of the file: more text, better guess),
    else the code page detected from ``raw`` alone. Never fails: bytes no code page explains are kept as Latin-1."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = encoding or guess_encoding(raw)
    try:
        return raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return raw.decode("cp1252", errors="rapport-latin1")


def _decode_legacy(raw: bytes) -> tuple[str, str]:
    """(text, name) of bytes that are not valid UTF-8."""
    utf8_lines, other_lines = high_lines(raw)
    codec = guess_encoding(b"\n".join(other_lines))
    if utf8_lines and len(utf8_lines) >= len(other_lines):
        # Mostly UTF-8 with a few lines in a code page (two exports pasted together): each line as it was written.
        parts = []
        for line in raw.split(b"\n"):
            try:
                parts.append(line.decode("utf-8"))
            except UnicodeDecodeError:
                parts.append(_line(line, codec))
        return "\n".join(parts), f"UTF-8 and {display_name(codec)}"
    try:
        return raw.decode(codec), display_name(codec)
    except UnicodeDecodeError:
        pass
    if codec == "cp1252":
        return raw.decode("cp1252", errors="rapport-latin1"), "Windows-1252"
    # The detector saw a sample; a byte elsewhere does not fit: decode line by line, Windows-1252 for the odd lines.
    return "\n".join(_line(line, codec) for line in raw.split(b"\n")), display_name(codec)


def _line(line: bytes, codec: str) -> str:
    try:
        return line.decode(codec)
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="rapport-latin1")


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
                text, name = _decode_legacy(raw[3:])  # a BOM that lies: Excel re-saved the file in its code page
        elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text, name = raw.decode("utf-16"), "UTF-16"
        elif (guess := _utf16_without_bom(raw)) is not None:
            text, name = raw.decode(guess), "UTF-16"
        else:
            try:
                text, name = raw.decode("utf-8"), "UTF-8"
            except UnicodeDecodeError:
                text, name = _decode_legacy(raw)
            else:
                if name == "UTF-8" and text.isascii() and "\x1b$" in text:
                    text, name = _iso2022_jp(raw, text)
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


def _iso2022_jp(raw: bytes, ascii_text: str) -> tuple[str, str]:
    """7-bit Japanese text switching character sets with ``ESC $ B`` … ``ESC ( B`` (old phones, mail)."""
    try:
        return raw.decode("iso2022_jp_2"), "ISO-2022-JP"
    except UnicodeDecodeError:
        return ascii_text, "UTF-8"


_ZIP_MAGIC = b"PK\x03\x04"
# Bytes that text never holds (control characters but tab, line ends, form feeds; NUL is dropped when decoding).
_BINARY_BYTES = bytes([*range(1, 9), *range(14, 32)])


def looks_binary(start: bytes) -> bool:
    """Whether the first bytes of a file say it is no text file: the same rule :func:`decode_bytes` applies to the
    decoded start, taken on the bytes themselves (UTF-16 and UTF-32, whose bytes are not characters, are left to
    the full decoding)."""
    if start.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if _utf16_without_bom(start) is not None:
        return False
    sample = start[:_SNIFF]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return controls > _CONTROL_SHARE * len(sample) or sample.count(0) > 0.9 * len(sample)  # /dev/zero


def _too_big(path: Path, size: int) -> ImportRejected:
    return ImportRejected(
        path,
        f"the file is {size // (1024 * 1024)} MB; files over {MAX_FILE_BYTES // (1024 * 1024)} MB "
        "are not address books Rapport can import",
    )


def _read_bounded(handle, path: Path) -> bytes:
    """The bytes of an open file: its start first (a binary one is rejected right there, whatever its size — also
    an endless device or pipe), then the rest, at most :data:`MAX_FILE_BYTES`."""
    start = handle.read(_SNIFF)
    if looks_binary(start):
        raise ImportRejected(path, "this is not a text file (it looks like binary data)")
    if not handle.seekable() or start == b"":
        raw = start + handle.read(MAX_FILE_BYTES + 1 - len(start))
    else:
        handle.seek(0)
        raw = handle.read(MAX_FILE_BYTES + 1)  # one buffer: no copy of a large file
    if len(raw) > MAX_FILE_BYTES:
        raise ImportRejected(path, f"the file is over {MAX_FILE_BYTES // (1024 * 1024)} MB; not an address book")
    return raw


# What to read from a .zip: LinkedIn's connections first; else the one address book the archive holds.
_ZIP_PREFERRED = ("connections.csv",)
_ZIP_READABLE = (".csv", ".vcf", ".vcard", ".txt")


def _zip_member(archive: zipfile.ZipFile, path: Path) -> zipfile.ZipInfo:
    files = [info for info in archive.infolist() if not info.is_dir() and not info.filename.startswith("__MACOSX/")]
    for wanted in _ZIP_PREFERRED:
        found = [info for info in files if info.filename.rsplit("/", 1)[-1].lower() == wanted]
        if found:
            return min(found, key=lambda info: info.filename.count("/"))
    books = [info for info in files if info.filename.lower().endswith(_ZIP_READABLE)]
    if len(books) == 1:
        return books[0]
    if not books:
        raise ImportRejected(path, "this .zip holds no address book (no Connections.csv, no .csv or .vcf file)")
    names = ", ".join(info.filename for info in books[:3]) + (" …" if len(books) > 3 else "")
    raise ImportRejected(path, f"this .zip holds several files ({names}); unpack it and import the one you mean")


def _read_zip(path: Path) -> DecodedText:
    """The address book inside a .zip (LinkedIn's data export: ``Connections.csv``), size-checked as it is read."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = _zip_member(archive, path)
            if info.file_size > MAX_FILE_BYTES:
                raise _too_big(path, info.file_size)
            with archive.open(info) as member:
                raw = _read_bounded(member, path)
    except ImportRejected:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, OSError) as exc:
        raise ImportRejected(path, f"this .zip file cannot be opened ({exc})") from exc
    decoded = decode_bytes(raw, path)
    return DecodedText(decoded.text, f"{decoded.encoding}, {info.filename} from the .zip")


def read_text(path: Path | str) -> DecodedText:
    """Read and decode the file at ``path``; raises :class:`ImportRejected` when it cannot be read."""
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        if info.st_size > MAX_FILE_BYTES:
            raise _too_big(path, info.st_size)
        with path.open("rb") as handle:
            if stat.S_ISREG(info.st_mode):
                if handle.read(len(_ZIP_MAGIC)) == _ZIP_MAGIC:
                    return _read_zip(path)
                handle.seek(0)
            raw = _read_bounded(handle, path)
    except IsADirectoryError as exc:
        raise ImportRejected(path, "this is a folder, not a file") from exc
    except FileNotFoundError as exc:
        raise ImportRejected(path, "no such file") from exc
    except PermissionError as exc:
        raise ImportRejected(path, "permission denied") from exc
    except OSError as exc:
        raise ImportRejected(path, f"cannot read the file ({exc.strerror or exc})") from exc
    return decode_bytes(raw, path)
