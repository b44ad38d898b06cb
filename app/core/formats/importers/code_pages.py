"""Which legacy code page a file that is not UTF-8 is written in (see :mod:`.decoding`): the candidates address books
use, ``charset-normalizer``'s readings of the lines with non-ASCII bytes, and the plausibility score (each word in
one language's alphabet, the fewest languages for the whole file) that settles close calls."""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from functools import lru_cache

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


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    """cp1252 leaves five bytes undefined; read them as Latin-1 so no byte is lost."""
    assert isinstance(error, UnicodeDecodeError)  # registered for decoding only
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


_HIGH = re.compile(rb"[\x80-\xff]")


def high_lines(raw: bytes, limit: int = _SAMPLE_BYTES) -> tuple[list[bytes], list[bytes]]:
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


def plausibility(text: str, codec: str) -> float:
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
        readings.append((plausibility(text[:_SCORED_CHARS], codec) + _PRIOR.get(codec, 0.0), -rank, codec))
    if not readings:
        return "cp1252"
    return max(readings)[2]
