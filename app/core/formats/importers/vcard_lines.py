"""Splitting vCard text (2.1, 3.0, 4.0) into cards and properties, with the line each starts on.

Why not vobject's reader: measured on vobject 0.9.9, its content-line regular expression takes exponential time on
a line with a couple of dozen empty parameters (``X;;;;…;:v`` hangs for minutes — any hostile file could freeze the
app), it fails on vCard 2.1 quoted-printable soft line breaks (a line ending in ``=`` continues on the next line),
it leaves Google's escaped ``https\\://`` in URLs, splits a 2.1 ``ORG`` at commas (2.1 has no comma escaping) and
cuts a 4.0 ``data:`` URI at its comma. The grammar is small, so this module reads it in linear time; vobject stays
in the tests as an independent reader of what we export.

Decoding done here: line unfolding (3.0/4.0 folding, 2.1 quoted-printable soft breaks), parameters (quoted values,
comma lists, 2.1 bare types), ``ENCODING=QUOTED-PRINTABLE`` with or without ``CHARSET``, and the text escapes of each
version. ``BEGIN``/``END`` may carry a group (``home.begin:vcard``, allowed by RFC 2426).

Quoted-printable bytes without a ``CHARSET`` (or with one Python does not know) are read as UTF-8 when they are valid
UTF-8; otherwise the encoding is detected (:func:`app.core.formats.importers.code_pages.guess_encoding`,
charset-normalizer)
over every such value of the file at once (a single name is too short to tell Shift-JIS from Windows-1252), so an
old phone's Japanese or Cyrillic export does not turn into mojibake. No byte is ever lost.
"""

from __future__ import annotations

import binascii
import codecs
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.core.formats.importers.code_pages import guess_encoding
from app.core.formats.importers.decoding import decode_unknown
from app.errors import RapportError

MAX_LOGICAL_LINE = 16 * 1024 * 1024
_NAME = re.compile(r"[A-Za-z0-9_-]+")  # a property name (linear: one character class, no backtracking)
_GROUP = re.compile(r"[A-Za-z0-9-]+")
_DETECT_SAMPLE = 256 * 1024  # bytes of undecodable quoted-printable text handed to the encoding detector


@dataclass
class Property:
    name: str  # upper case: EMAIL, TEL, X-ABLABEL
    group: str  # lower case: "item1", or ""
    params: dict[str, list[str]]  # upper-case parameter names → values as written (quotes removed)
    value: str  # after quoted-printable decoding, before text unescaping
    line: int
    raw: str = ""  # the unfolded content line as written (group, parameters and value)
    decoded_qp: bool = False  # the value was quoted-printable (``raw`` then holds the encoded text)

    @property
    def types(self) -> list[str]:
        """TYPE values (2.1 bare parameters included), lower case, comma lists split: ``TYPE="voice,cell"``."""
        out: list[str] = []
        for raw in self.params.get("TYPE", []):
            out.extend(part.strip().lower() for part in raw.split(",") if part.strip())
        return out

    def param(self, name: str) -> str:
        values = self.params.get(name, [])
        return values[0] if values else ""


@dataclass
class Card:
    line: int
    version: str = ""
    properties: list[Property] = field(default_factory=list)
    problem: str = ""
    warnings: list[str] = field(default_factory=list)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> Property | None:
        return next((p for p in self.properties if p.name == name), None)


def _is_qp(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def begin_or_end(line: str) -> str:
    """ "BEGIN" or "END" when ``line`` opens or closes a vCard (``BEGIN:VCARD``, ``home.begin:vcard``), else ""."""
    head, sep, rest = line.partition(":")
    if not sep or rest.strip().upper() != "VCARD":
        return ""
    group, _, name = head.strip().rpartition(".")
    name = name.strip().upper()
    if name not in ("BEGIN", "END") or (group and not _is_group(group)):
        return ""
    return name


def _is_group(text: str) -> bool:
    return _GROUP.fullmatch(text) is not None


def logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """(first line number, unfolded line) for each content line; blank lines are dropped."""
    current: list[str] = []
    size = 0
    start = 0
    qp_property = False  # the logical line being built is ENCODING=QUOTED-PRINTABLE
    qp_open = False  # …and its last physical line ended with a soft break
    for number, line in enumerate(text.split("\n"), start=1):
        if current and qp_open and not begin_or_end(line):
            current[-1] = current[-1][:-1]  # the soft-break "="
            current.append(line)
        elif current and line[:1] in (" ", "\t"):
            current.append(line[1:])
        else:
            if current:
                yield start, "".join(current)
            current, size, start = [], 0, number
            if not line.strip():
                qp_property = qp_open = False
                continue
            current.append(line)
            qp_property = _is_qp(line)
        size += len(line)
        if size > MAX_LOGICAL_LINE:
            yield start, "\x00too long"
            current, size, qp_property = [], 0, False
        qp_open = qp_property and bool(current) and current[-1].endswith("=")
    if current:
        yield start, "".join(current)


class ContentLineError(RapportError, ValueError):
    pass


def parse_content_line(text: str, line: int) -> Property:
    """``group.NAME;PARAM=a,"b;c";BARE:value`` → :class:`Property` (linear time; raises ContentLineError)."""
    length = len(text)
    i = 0
    while i < length and text[i] not in ";:":
        i += 1
    if i >= length:
        raise ContentLineError("no ':' between the property name and its value")
    full_name = text[:i].strip()
    group, _, name = full_name.rpartition(".")
    if _NAME.fullmatch(name) is None:
        raise ContentLineError(f"{full_name[:40]!r} is not a property name")
    params: dict[str, list[str]] = {}
    while i < length and text[i] == ";":
        i += 1
        start = i
        while i < length and text[i] not in "=;:":
            i += 1
        pname = text[start:i].strip().upper()
        values: list[str] = []
        if i < length and text[i] == "=":
            i += 1
            while True:
                if i < length and text[i] == '"':
                    end = text.find('"', i + 1)
                    if end < 0:
                        raise ContentLineError("a parameter value opens a quote that is never closed")
                    values.append(text[i + 1 : end])
                    i = end + 1
                else:
                    start = i
                    while i < length and text[i] not in ",;:":
                        i += 1
                    values.append(text[start:i])
                if i < length and text[i] == ",":
                    i += 1
                    continue
                break
        if not pname:
            continue
        if not values:  # vCard 2.1: a bare parameter is a type (HOME, CELL, PREF) or an encoding
            upper = pname.upper()
            if upper in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
                params.setdefault("ENCODING", []).append(upper)
            else:
                params.setdefault("TYPE", []).append(pname.lower())
            continue
        if pname == "TYPE":
            values = [v for part in values for v in part.split(",")]
        params.setdefault(pname, []).extend(values)
    if i >= length or text[i] != ":":
        raise ContentLineError("no ':' after the parameters")
    if group and not _is_group(group.strip()):
        raise ContentLineError(f"{group[:40]!r} is not a property group")
    return Property(name.upper(), group.strip().lower(), params, text[i + 1 :], line, text)


def _qp_bytes(value: str) -> bytes:
    return quopri.decodestring(value.encode("utf-8", errors="surrogatepass"))


def _known_charset(charset: str) -> str:
    """The Python codec for a CHARSET parameter, or "" when there is none or Python does not know it."""
    if not charset:
        return ""
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return ""


class QpCharsets:
    """How quoted-printable bytes that are not UTF-8 and name no usable CHARSET are read: in the encoding detected
    once over every such value of the file (worked out the first time one is met)."""

    def __init__(self, text: str):
        self._text = text
        self._guess: str | None = None

    def _file_guess(self) -> str:
        if self._guess is None:
            pool, size = [], 0
            for _line, content in logical_lines(self._text):
                head = content.split(":", 1)[0].upper()
                if "QUOTED-PRINTABLE" not in head or _known_charset(_charset_of(head)):
                    continue
                raw = _qp_bytes(content.split(":", 1)[1] if ":" in content else "")
                try:
                    raw.decode("utf-8")
                except UnicodeDecodeError:
                    pool.append(raw)
                    size += len(raw)
                    if size > _DETECT_SAMPLE:
                        break
            self._guess = guess_encoding(b"\n".join(pool)) if pool else ""
        return self._guess

    def decode(self, raw: bytes, charset: str) -> str:
        codec = _known_charset(charset)
        if codec:
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                pass
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        return decode_unknown(raw, self._file_guess() or None)


def _charset_of(head: str) -> str:
    """The CHARSET parameter's value in the upper-cased head of a content line (for the detection pre-scan)."""
    at = head.find("CHARSET=")
    if at < 0:
        return ""
    value = head[at + 8 :].split(";", 1)[0].strip().strip('"')
    return value


def decode_qp(prop: Property, charsets: QpCharsets | None = None) -> None:
    """Replace a quoted-printable value by its text, read in the property's CHARSET (else UTF-8, else detected)."""
    encodings = [e.upper() for e in prop.params.get("ENCODING", [])]
    if "QUOTED-PRINTABLE" not in encodings:
        return
    raw = _qp_bytes(prop.value)
    charsets = charsets or QpCharsets("")
    prop.value = charsets.decode(raw, prop.param("CHARSET")).replace("\r\n", "\n").replace("\r", "\n")
    prop.params["ENCODING"] = [e for e in prop.params["ENCODING"] if e.upper() != "QUOTED-PRINTABLE"]
    if not prop.params["ENCODING"]:
        del prop.params["ENCODING"]
    prop.params.pop("CHARSET", None)
    prop.decoded_qp = True


def decode_base64(value: str) -> bytes | None:
    """The bytes of base64 text (whitespace ignored), or None when it is not base64."""
    cleaned = "".join(value.split())
    cleaned += "=" * (-len(cleaned) % 4)
    try:
        return binascii.a2b_base64(cleaned.encode("ascii"))
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None


def split_unescaped(value: str, separator: str) -> list[str]:
    """Split at ``separator`` where it is not escaped with a backslash (escapes are kept for :func:`unescape`)."""
    parts, current, i = [], [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            current.append(value[i : i + 2])
            i += 2
            continue
        if ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def unescape(value: str, version: str) -> str:
    """Text escapes: 3.0/4.0 ``\\n \\, \\; \\\\`` (and Google's ``\\:``); 2.1 only escapes ``\\;``."""
    if "\\" not in value:
        return value
    out, i = [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            if version == "2.1":
                if nxt == ";":
                    out.append(";")
                    i += 2
                    continue
                out.append(ch)
                i += 1
                continue
            if nxt in "nN":
                out.append("\n")
            elif nxt in ',;:\\"':
                out.append(nxt)
            else:
                out.append(ch + nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def read_cards(text: str) -> Iterator[Card]:
    """Every ``BEGIN:VCARD … END:VCARD`` block, outermost only (an embedded AGENT card is skipped).

    A content line that cannot be read becomes a warning of its card; a card that never ends gets a ``problem``.
    """
    card: Card | None = None
    depth = 0
    charsets = QpCharsets(text)
    for line, content in logical_lines(text):
        if content == "\x00too long":
            if card is not None:
                card.problem = "a line of this card is longer than 16 MB"
            continue
        marker = begin_or_end(content)
        if marker == "BEGIN":
            if card is None:
                card, depth = Card(line), 1
            else:
                depth += 1
            continue
        if marker == "END":
            if card is not None:
                depth -= 1
                if depth == 0:
                    yield card
                    card = None
            continue
        if card is None or depth > 1:
            continue
        try:
            prop = parse_content_line(content, line)
        except ContentLineError as exc:
            card.warnings.append(f"line {line}: ignored a line that is not a vCard property ({exc})")
            continue
        if prop.name == "VERSION":
            card.version = prop.value.strip()
            continue
        decode_qp(prop, charsets)
        card.properties.append(prop)
    if card is not None:
        card.problem = card.problem or "the card is not complete (END:VCARD is missing; is the file cut short?)"
        yield card
