"""Turning the bytes of an address-book file into text, whatever program wrote it.

Accepted: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM (Outlook, Excel "Unicode text"), UTF-16 without BOM
when its NUL pattern gives it away, 7-bit ISO-2022-JP (old Japanese phones and mailers), and any legacy code page
when the bytes are not valid UTF-8: Outlook and Excel write the ANSI code page of the Windows locale (Windows-1252 in
Western Europe and the Americas, 1250 in Central Europe, 1251 for Cyrillic, Shift-JIS, GBK, Big5, EUC-KR in East
Asia), older Unix programs KOI8-R or ISO-8859-x. Which one is found by ``charset-normalizer`` (imported on first use:
start-up never pays for it) over the lines that hold non-ASCII bytes; when several code pages read those lines
equally well — Western and Central European ones differ only in a few accented letters — the reading whose words
each belong to one language's alphabet, with the fewest languages for the whole file, wins (:func:`_plausibility`).
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
import itertools
import re
import stat
import unicodedata
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.core.formats.importers.errors import ImportRejected

MAX_FILE_BYTES = 256 * 1024 * 1024
_SNIFF = 4096
_CONTROL_SHARE = 0.02  # more control characters than this in the first chunk: a binary file
_SAMPLE_BYTES = 64 * 1024  # lines with non-ASCII bytes given to the detector
_SCORED_CHARS = 16 * 1024  # of each reading, scored for plausibility
_CHAOS_MARGIN = 0.1  # detector readings this close to the best one are compared by plausibility

# The code pages address books are written in; the detector chooses among these only (it knows ~90, many of which
# read any Latin text "fine": EBCDIC, Mac, DOS and Vietnamese pages would turn a plain accent into a wrong letter).
CANDIDATES = (
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "iso8859_2",
    "iso8859_4",
    "iso8859_5",
    "iso8859_7",
    "iso8859_8",
    "iso8859_9",
    "iso8859_13",
    "iso8859_15",
    "iso8859_16",
    "koi8_r",
    "koi8_u",
    "cp866",
    "cp874",
    "cp932",
    "euc_jp",
    "gb18030",
    "big5",
    "cp949",
    "mac_roman",  # Excel for Mac before 2016 wrote its "CSV" in Mac Roman
)
# Windows writes the superset of the standard its locale is named after: decode with it, so that a NEC circled
# digit in Shift-JIS or a UHC syllable in EUC-KR is read too.
_SUPERSET = {
    "ascii": "cp1252",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "cp950",
    "tis_620": "cp874",
    "iso8859_11": "cp874",
}
_NAMES = {
    "utf_8": "UTF-8",
    "cp932": "Shift-JIS",
    "euc_jp": "EUC-JP",
    "iso2022_jp": "ISO-2022-JP",
    "gb18030": "GB18030",
    "cp950": "Big5",
    "big5": "Big5",
    "big5hkscs": "Big5-HKSCS",
    "cp949": "EUC-KR",
    "koi8_r": "KOI8-R",
    "koi8_u": "KOI8-U",
    "cp866": "DOS-866",
    "cp874": "Windows-874",
    "mac_roman": "Mac Roman",
}
# A small preference when two readings are equally plausible: the code pages Windows uses for its locales first.
_PRIOR = {"cp1252": 0.5, "cp1250": 0.3, "cp1251": 0.3, "cp932": 0.3, "gb18030": 0.3, "cp950": 0.3, "cp949": 0.3}
_PRIOR["mac_roman"] = -0.5  # rare now, and it reads any Windows-1252 text without an error

# The accented letters of the languages whose names fill address books in Latin script (lower case).
ALPHABETS = {
    "fr": "àâæçéèêëîïôœùûüÿ",
    "de": "äöüß",
    "es": "áéíóúñü",
    "pt": "áâãàçéêíóôõú",
    "it": "àèéìíîòóùú",
    "ca": "àçèéíïòóúü",
    "nl": "áäéèêëïíóöüú",
    "da": "æøåéó",
    "sv": "åäöé",
    "fi": "äöåšž",
    "is": "áðéíóúýþæö",
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "pl": "ąćęłńóśźż",
    "hu": "áéíóöőúüű",
    "ro": "ăâîșțşţ",
    "hr": "čćđšž",
    "tr": "çğıöşüîâûİ",  # "İ".lower() is two characters: kept upper case
    "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž",
    "et": "äõöüšž",
    "sq": "çë",
    "mt": "ċġħż",
    "cy": "âêîôûŵŷ",
}
_ALPHABET_SETS = {language: frozenset(letters) for language, letters in ALPHABETS.items()}
_CJK_NAMES = ("CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH", "FULLWIDTH", "IDEOGRAPHIC")
_WORD_SPLIT = re.compile(r"[\s,;\t\"'()<>\[\]{}/\\|:=+*!?.@#&%$\-]+")
_PUNCTUATION = frozenset("«»“”„‘’‚‹›–—…·•¿¡")  # at the edge of a word: quotes, dashes


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # a name for people: "UTF-8", "UTF-16", "Windows-1252"…


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)  # registered for decoding only
    """cp1252 leaves five bytes undefined; read them as Latin-1 so no byte is lost."""
    chunk = error.object[error.start : error.end]
    return "".join(chr(b) for b in chunk), error.end


codecs.register_error("rapport-latin1", _latin1_fallback)


def display_name(codec: str) -> str:
    """'Windows-1252' for cp1252, 'ISO-8859-2' for iso8859_2, 'Shift-JIS' for cp932…"""
    codec = codecs.lookup(codec).name.replace("-", "_")
    if codec in _NAMES:
        return _NAMES[codec]
    if codec.startswith("cp125"):
        return "Windows-" + codec[2:]
    if codec.startswith("iso8859_"):
        return "ISO-8859-" + codec[8:]
    return codec.upper().replace("_", "-")


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


_HIGH = re.compile(rb"[\x80-\xff]")


def _high_lines(raw: bytes, limit: int = _SAMPLE_BYTES) -> tuple[list[bytes], list[bytes]]:
    """The lines of ``raw`` that hold non-ASCII bytes, as (valid UTF-8, not UTF-8), up to ``limit`` bytes each."""
    utf8: list[bytes] = []
    other: list[bytes] = []
    sizes = [0, 0]
    position = 0
    while (found := _HIGH.search(raw, position)) is not None:
        start = raw.rfind(b"\n", 0, found.start()) + 1
        end = raw.find(b"\n", found.start())
        end = len(raw) if end < 0 else end
        line = raw[start:end]
        try:
            line.decode("utf-8")
            bucket, index = utf8, 0
        except UnicodeDecodeError:
            bucket, index = other, 1
        if sizes[index] < limit:
            bucket.append(line)
            sizes[index] += len(line) + 1
        if sizes[1] >= limit:
            break
        position = end + 1
    return utf8, other


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """'LATIN', 'CYRILLIC', 'GREEK', 'CJK', 'HANGUL'… for a letter."""
    name = unicodedata.name(char, "")
    if name.startswith(_CJK_NAMES):
        return "CJK"
    return name.split(" ", 1)[0]


def _lower(char: str) -> str:
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char  # "İ".lower() is two characters


def _languages(letters: frozenset[str]) -> frozenset[str]:
    return frozenset(language for language, alphabet in _ALPHABET_SETS.items() if letters <= alphabet)


def _plausibility(text: str, codec: str) -> float:
    """How much ``text`` (read with ``codec``) reads like names and words rather than mojibake: 0 at best.

    Each word with non-ASCII letters must fit one alphabet: the accented letters of one language (Latin script) or
    one script (Cyrillic, Greek, CJK…). A word that fits none, a symbol between letters (``Wó³cik``), a C1 control
    character, a case flip inside a word (``иЧБО``: Windows-1251 read as KOI8-R), a Cyrillic or Greek word without
    a capital (Hebrew read as Windows-1251: names are capitalised) or a rarely used ideograph (:func:`_rare_cjk`)
    costs; then every language the whole text needs costs one (a French list read as Windows-1250 needs Czech too,
    for ``Hélčne``)."""
    penalty = 0.0
    latin_sets: list[frozenset[str]] = []
    scripts: set[str] = set()
    for char in text:
        if "\x80" <= char <= "\x9f":
            penalty += 10
        elif char == "¤":
            penalty += 2
    for word in _WORD_SPLIT.split(text):
        if not word or word.isascii():
            continue
        letterlike = [unicodedata.category(c)[0] in "LM" for c in word]
        if not any(letterlike):
            continue
        first = letterlike.index(True)
        last = len(word) - 1 - letterlike[::-1].index(True)
        for i, char in enumerate(word):
            if not letterlike[i] and char > "\x9f":  # "Wó³cik"; at an edge "©»astný" (ISO-8859-2 as 1250)
                penalty += 3 if first < i < last else (0 if char in _PUNCTUATION else 1)
        accented = [c for c, like in zip(word, letterlike, strict=True) if like and not c.isascii()]
        if not accented:
            continue
        word_scripts = {_script(c) for c in accented}
        if len(word_scripts) > 1:
            penalty += 10
            continue
        script = word_scripts.pop()
        if any(a.islower() and b.isupper() and not b.isascii() for a, b in itertools.pairwise(word)):
            penalty += 2  # "HÈlËne" (Windows-1252 read as Mac Roman), "иЧБО" (Windows-1251 read as KOI8-R)
        if script != "LATIN":
            scripts.add(script)
            if any(c.isascii() and c.isalpha() for c in word):
                # "Fran็oise" (Windows-1252 read as Thai) is mojibake; "NTTドコモ" may be a name, "H謖ne" is not
                penalty += 1 if script in ("CJK", "HANGUL") else 10
            if script in ("CYRILLIC", "GREEK") and not any(c.isupper() for c in accented):
                penalty += 0.5
            continue
        fitting = _languages(frozenset(_lower(c) for c in accented))
        if not fitting:
            penalty += 10
            continue
        latin_sets.append(fitting)
    penalty += len(scripts) + _cover_size(latin_sets) + _rare_cjk(text, codec)
    return -penalty


# The first, most used level of each East Asian character set (two-byte codes, inclusive): JIS level 1 kanji, GB2312
# level 1 hanzi, Big5 frequent hanzi, the 2,350 KS X 1001 Hangul syllables. Text read with the wrong one of these code
# pages lands mostly on rare characters.
_COMMON_CJK = {
    "cp932": ((0x889F, 0x9872),),
    "euc_jp": ((0xB0A1, 0xCFD3),),
    "gb18030": ((0xB0A1, 0xD7F9),),
    "cp950": ((0xA440, 0xC67E),),
    "big5": ((0xA440, 0xC67E),),
    "cp949": ((0xB0A1, 0xC8FE),),
}


def _rare_cjk(text: str, codec: str) -> float:
    """One per ideograph or Hangul syllable outside the most used level of ``codec``; kana are always common."""
    levels = _COMMON_CJK.get(codec)
    if levels is None:
        return 0.0
    rare = 0
    for char in text:
        if char < "\u3400" or _script(char) not in ("CJK", "HANGUL"):
            continue
        if "\u3040" <= char <= "\u30ff" or "\uff61" <= char <= "\uff9f":
            continue  # hiragana, katakana, half-width katakana
        try:
            encoded = char.encode(codec)
        except UnicodeEncodeError:
            rare += 1
            continue
        code = int.from_bytes(encoded, "big")
        if len(encoded) != 2 or not any(low <= code <= high for low, high in levels):
            rare += 1
    return float(rare)


def _cover_size(word_languages: list[frozenset[str]]) -> int:
    """How many languages (greedily chosen) explain every word: each word lists the languages it fits."""
    remaining = set(word_languages)
    size = 0
    while remaining:
        counts: dict[str, int] = {}
        for languages in remaining:
            for language in languages:
                counts[language] = counts.get(language, 0) + 1
        best = max(counts, key=lambda language: (counts[language], language))
        remaining = {languages for languages in remaining if best not in languages}
        size += 1
    return size


def _decodes(sample: bytes, codec: str) -> str | None:
    try:
        if codec == "cp1252":  # its five undefined bytes read as Latin-1 (C1 controls: the scoring frowns on them)
            return sample.decode(codec, errors="rapport-latin1")
        return sample.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def guess_encoding(raw: bytes) -> str:
    """The Python codec most likely to have written ``raw`` (bytes that are not valid UTF-8), e.g. ``cp1252``,
    ``cp1250``, ``cp932``; ``cp1252`` when nothing fits better. Give it as much of the file as you have."""
    from charset_normalizer import from_bytes  # ~20 ms of imports: only when a legacy file is read

    matches = list(from_bytes(raw, cp_isolation=list(CANDIDATES)))
    best_chaos = min((m.chaos for m in matches), default=0.0)
    # The detector keeps one of several code pages that give the same text: Windows-1252 is read here too, so that
    # a German list (ä, ö, ü, ß are alike in 1250 and 1252) is not called Windows-1250.
    names = ["cp1252", *[m.encoding for m in matches if m.chaos <= best_chaos + _CHAOS_MARGIN][:8]]
    readings: list[tuple[float, int, str]] = []
    for rank, name in enumerate(names):
        codec = _SUPERSET.get(name, name)
        text = _decodes(raw, codec)
        if text is None:
            codec, text = name, _decodes(raw, name)
        if text is None or any(codec == seen for _, _, seen in readings):
            continue
        readings.append((_plausibility(text[:_SCORED_CHARS], codec) + _PRIOR.get(codec, 0.0), -rank, codec))
    if not readings:
        return "cp1252"
    return max(readings)[2]


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
    utf8_lines, other_lines = _high_lines(raw)
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
