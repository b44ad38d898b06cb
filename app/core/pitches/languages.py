"""What the plain-words check needs to know about the language a pitch is written in (English, German, French,
Spanish), and which of them a text is in.

A :class:`PitchLanguage` holds its word lists (buzzwords, words with a simpler twin, fillers: data in the language
itself, shown to the user as written, never through the translators), its syllable counter, its reading-ease formula,
when a word is long, how an ask ends a pitch, and the wording of each issue. The reading-ease formulas are Flesch's
adaptations to each language, on the same 0–100 scale, so the aim (60) and the bands mean the same in all four:

- English: Flesch (1948), 206.835 − 1.015 × words per sentence − 84.6 × syllables per word;
- German: Amstad (1978), 180 − words per sentence − 58.5 × syllables per word;
- French: Kandel & Moles (1958), 207 − 1.015 × words per sentence − 73.6 × syllables per word;
- Spanish: Szigriszt-Pazos (1993, "perspicuidad"), 206.835 − 62.3 × syllables per word − words per sentence.

Words are longer in German, French and Spanish than in English (compounds; endings said aloud), so a word is long
from 5 syllables there and from 4 in English; each list of everyday long words keeps common ones unflagged.

The speaking pace is not language-specific: a pitch's pace (150 words a minute by default) is the user's own setting
and rehearsals measure it. We know of no published words-per-minute figures per language to start from (Pellegrino,
Coupé & Marsico 2011 compare syllables per second, which is not the same measure), so the default stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from app.core.pitches import syllables, syllables_intl, word_lists, word_lists_de, word_lists_es, word_lists_fr
from app.core.pitches.timing import WORD_PATTERN

DEFAULT = "en"


@dataclass(frozen=True)
class Messages:
    """The explanation of each kind of issue, in the pitch's language; ``{word}``, ``{hint}``, ``{count}``, ``{aim}``
    are filled in."""

    jargon: str
    jargon_no_hint: str
    filler: str
    filler_no_hint: str
    acronym: str
    simpler: str
    long_word: str
    long_sentence: str


@dataclass(frozen=True)
class PitchLanguage:
    code: str
    jargon: dict[str, str]
    simpler: dict[str, str]
    fillers: dict[str, str]
    set_off_only: frozenset[str]  # fillers that are also ordinary words: only between commas, dashes or ellipses
    known_acronyms: frozenset[str]
    everyday_long_words: frozenset[str]
    abbreviations: tuple[str, ...]  # a "." after these does not end a sentence
    ask: re.Pattern[str]
    stop_words: frozenset[str]  # frequent short words that tell the language of a text
    count_syllables: Callable[[str], int]
    reading_ease: Callable[[float, float], float]  # (words per sentence, syllables per word) → 0–100ish
    messages: Messages
    long_word_syllables: int = 5
    endings: tuple[str, ...] = ()  # inflections a buzzword or formal word may carry after its last word


def _ask(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p).replace("'", "['’]") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"\?|(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE)


def _lists(module: ModuleType) -> dict:
    return {
        "jargon": module.JARGON,
        "simpler": module.SIMPLER,
        "fillers": module.FILLERS,
        "set_off_only": module.SET_OFF_ONLY,
        "known_acronyms": module.KNOWN_ACRONYMS,
        "everyday_long_words": module.EVERYDAY_LONG_WORDS,
        "abbreviations": module.ABBREVIATIONS,
        "ask": _ask(module.ASK_PHRASES),
        "stop_words": module.STOP_WORDS,
        "endings": module.ENDINGS,
    }


ENGLISH = PitchLanguage(
    code="en",
    jargon=word_lists.JARGON,
    simpler=word_lists.SIMPLER,
    fillers=word_lists.FILLERS,
    set_off_only=frozenset({"you know", "i mean"}),
    known_acronyms=word_lists.KNOWN_ACRONYMS,
    everyday_long_words=word_lists.EVERYDAY_LONG_WORDS,
    abbreviations=("e.g.", "i.e.", "mr.", "mrs.", "ms.", "dr.", "st.", "vs.", "etc.", "inc.", "ltd.", "no.", "approx."),
    ask=re.compile(
        r"\?|\b(who do you know|do you know|could you|would you|can you|introduce|recommend|suggest|let me know|"
        r"i'd love|i would love|happy to|any ideas)\b",
        re.IGNORECASE,
    ),
    stop_words=frozenset(
        [
            "i",
            "am",
            "and",
            "the",
            "a",
            "an",
            "of",
            "to",
            "with",
            "for",
            "is",
            "not",
            "on",
            "me",
            "my",
            "who",
            "you",
            "we",
            "in",
            "at",
            "have",
            "has",
            "i'm",
            "i've",
            "it",
            "that",
            "this",
            "do",
            "know",
            "years",
            "looking",
        ]
    ),
    count_syllables=syllables.count,
    reading_ease=lambda per_sentence, per_word: 206.835 - 1.015 * per_sentence - 84.6 * per_word,
    messages=Messages(
        jargon="“{word}” is jargon: {hint}.",
        jargon_no_hint="“{word}” is jargon.",
        filler="“{word}” is a filler: {hint}.",
        filler_no_hint="“{word}” is a filler.",
        acronym="“{word}” is an acronym: say it in full unless every listener uses it.",
        simpler="“{word}” has a shorter twin: {hint}.",
        long_word="“{word}” has {count} syllables: is there a shorter word?",
        long_sentence="This sentence has {count} words: hard to say in one breath. Split it (aim for under {aim}).",
    ),
    long_word_syllables=4,
)

GERMAN = PitchLanguage(
    code="de",
    **_lists(word_lists_de),
    count_syllables=syllables_intl.count_de,
    reading_ease=lambda per_sentence, per_word: 180 - per_sentence - 58.5 * per_word,
    messages=Messages(
        jargon="„{word}“ ist ein Modewort: {hint}.",
        jargon_no_hint="„{word}“ ist ein Modewort.",
        filler="„{word}“ ist ein Füllwort: {hint}.",
        filler_no_hint="„{word}“ ist ein Füllwort.",
        acronym="„{word}“ ist eine Abkürzung: besser ganz aussprechen, wenn nicht alle Zuhörer sie kennen.",
        simpler="„{word}“ geht einfacher: {hint}.",
        long_word="„{word}“ hat {count} Silben: Gibt es ein kürzeres Wort?",
        long_sentence="Dieser Satz hat {count} Wörter: schwer in einem Atemzug zu sagen. Teilen Sie ihn (unter {aim} "
        "Wörter).",
    ),
)

FRENCH = PitchLanguage(
    code="fr",
    **_lists(word_lists_fr),
    count_syllables=syllables_intl.count_fr,
    reading_ease=lambda per_sentence, per_word: 207 - 1.015 * per_sentence - 73.6 * per_word,
    messages=Messages(
        jargon="«\u00a0{word}\u00a0» est un mot à la mode\u00a0: {hint}.",
        jargon_no_hint="«\u00a0{word}\u00a0» est un mot à la mode.",
        filler="«\u00a0{word}\u00a0» est un mot de remplissage\u00a0: {hint}.",
        filler_no_hint="«\u00a0{word}\u00a0» est un mot de remplissage.",
        acronym="«\u00a0{word}\u00a0» est un sigle\u00a0: dites-le en entier, sauf si tous vos auditeurs l'emploient.",
        simpler="«\u00a0{word}\u00a0» a un équivalent plus simple\u00a0: {hint}.",
        long_word="«\u00a0{word}\u00a0» a {count} syllabes\u00a0: existe-t-il un mot plus court\u00a0?",
        long_sentence="Cette phrase compte {count} mots\u00a0: difficile à dire d'une traite. Coupez-la (visez moins "
        "de {aim}).",
    ),
)

SPANISH = PitchLanguage(
    code="es",
    **_lists(word_lists_es),
    count_syllables=syllables_intl.count_es,
    reading_ease=lambda per_sentence, per_word: 206.835 - 62.3 * per_word - per_sentence,
    messages=Messages(
        jargon="«{word}» es una palabra de moda: {hint}.",
        jargon_no_hint="«{word}» es una palabra de moda.",
        filler="«{word}» es una muletilla: {hint}.",
        filler_no_hint="«{word}» es una muletilla.",
        acronym="«{word}» es una sigla: dila entera, salvo que todos tus oyentes la conozcan.",
        simpler="«{word}» tiene una forma más sencilla: {hint}.",
        long_word="«{word}» tiene {count} sílabas: ¿hay una palabra más corta?",
        long_sentence="Esta frase tiene {count} palabras: difícil de decir de un tirón. Divídela (mejor menos de "
        "{aim}).",
    ),
)

LANGUAGES: dict[str, PitchLanguage] = {p.code: p for p in (ENGLISH, GERMAN, FRENCH, SPANISH)}

# Detecting the language of a text: count each language's own stop words (those no other language here shares:
# "a", "de", "la", "en", "que", "me" tell nothing); the winner needs at least this many, and this many times the
# runner-up's count.
MIN_STOP_WORDS = 3
MIN_LEAD = 2.0


def get(code: str | None) -> PitchLanguage:
    """The profile of ``code`` ("de", "de_DE", "de-AT"…); English for a language the check does not know."""
    key = (code or DEFAULT).replace("_", "-").split("-")[0].lower()
    return LANGUAGES.get(key, ENGLISH)


def detect(text: str, default: str = DEFAULT) -> str:
    """The language ``text`` is written in, by counting each language's stop words; ``default`` (normally the
    interface's language) when the text is too short or too mixed to tell."""
    tokens = [w.lower().replace("’", "'") for w in WORD_PATTERN.findall(text)]
    own = _own_stop_words()
    scores = sorted(((sum(1 for t in tokens if t in own[code]), code) for code in LANGUAGES), reverse=True)
    (best, code), (second, _) = scores[0], scores[1]
    if best >= MIN_STOP_WORDS and best >= MIN_LEAD * second:
        return code
    return get(default).code


@cache
def _own_stop_words() -> dict[str, frozenset[str]]:
    """Each language's stop words that no other language here has."""
    return {
        code: p.stop_words.difference(*(o.stop_words for o in LANGUAGES.values() if o is not p))
        for code, p in LANGUAGES.items()
    }
