"""The plain-words check: would a neighbour understand this pitch when they hear it once?

Pure text analysis, offline: Flesch reading ease (syllables from :mod:`app.core.pitches.syllables`), sentences too long
to
say in one breath, long or formal words, buzzwords, acronyms and filler words — each found issue carries its
character span in the text (for highlighting) and a short explanation — and a one-line verdict.

Flesch reading ease = 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words). Higher is easier; 60–70
is plain English, what a spoken pitch should reach.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from app.core.pitches import languages
from app.core.pitches.languages import PitchLanguage
from app.core.pitches.timing import WORD_PATTERN as _WORD

AIM_READING_EASE = 60
LONG_SENTENCE_WORDS = 20  # words said in one breath; a dash, semicolon or colon is a place to breathe
MAX_SENTENCE_WORDS = 30  # longer than this is long even with pauses
_BREATH = re.compile(r"\s[—–-]\s|[;:]")
LONG_WORD_SYLLABLES = languages.ENGLISH.long_word_syllables  # English; each language has its own

_ACRONYM = re.compile(r"(?<![\w&])[A-Z][A-Z0-9&]*[A-Z0-9](?:s|'s)?(?![\w&])")
# Sentence ends: ., ! or ? (with closing quotes/brackets) before a space or the end, and line breaks.
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s|$)|\n+")


class IssueKind(StrEnum):
    JARGON = "jargon"
    ACRONYM = "acronym"
    LONG_WORD = "long_word"
    FILLER = "filler"
    LONG_SENTENCE = "long_sentence"


@dataclass(frozen=True)
class Issue:
    """Something to change, at ``text[start:end]``."""

    kind: IssueKind
    start: int
    end: int
    text: str
    message: str
    hint: str = ""


@dataclass(frozen=True)
class ReadingBand:
    """Where a Flesch score sits: ``label`` for people, ``ok`` when it meets the aim (≥ 60)."""

    label: str
    ok: bool


class Verdict(StrEnum):
    EMPTY = "empty"
    YES = "yes"
    ALMOST = "almost"
    NOT_YET = "not_yet"


@dataclass(frozen=True)
class Analysis:
    """Everything the plain-words panel shows for one text."""

    words: int
    sentences: int
    syllables: int
    reading_ease: float | None
    issues: tuple[Issue, ...]
    ends_with_ask: bool
    verdict: Verdict
    headline: str
    reasons: tuple[str, ...] = field(default=())
    # The reasons as (what, number) — "long_sentence", 2 — for the UI to word in the user's language (issue 23);
    # ``reasons`` is their English.
    reason_keys: tuple[tuple[str, float], ...] = field(default=())
    language: str = languages.DEFAULT  # the language the text was checked as

    def of_kind(self, kind: IssueKind) -> list[Issue]:
        return [issue for issue in self.issues if issue.kind == kind]

    @property
    def band(self) -> ReadingBand | None:
        return None if self.reading_ease is None else reading_band(self.reading_ease)


def flesch_reading_ease(words: int, sentences: int, syllable_total: int) -> float:
    """The Flesch formula; raises ValueError without words or sentences (the score is undefined)."""
    if words <= 0 or sentences <= 0:
        raise ValueError("Flesch reading ease needs at least one word and one sentence")
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllable_total / words)


def reading_band(score: float) -> ReadingBand:
    """Flesch's own bands, in words a job seeker understands."""
    bands = (
        (90, "very easy"),
        (80, "easy"),
        (70, "fairly easy"),
        (60, "plain English"),
        (50, "fairly hard"),
        (30, "hard"),
    )
    for floor, label in bands:
        if score >= floor:
            return ReadingBand(label, score >= AIM_READING_EASE)
    return ReadingBand("very hard", False)


def sentence_spans(text: str, language: str = languages.DEFAULT) -> list[tuple[int, int]]:
    """(start, end) of each sentence with at least one word, trimmed of surrounding space; a "." after one of the
    ``language``'s abbreviations ("e.g.", "z.B.", "p.ex.") does not end a sentence."""
    abbreviations = languages.get(language).abbreviations
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        before = text[start:end].rstrip().lower()
        if match.group().startswith(".") and before.endswith(abbreviations):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        if not _WORD.search(chunk):
            continue
        lead = len(chunk) - len(chunk.lstrip())
        out.append((s + lead, s + len(chunk.rstrip())))
    return out


def _phrase_pattern(phrases: dict[str, str], endings: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Any of ``phrases`` as whole words (a space or hyphen between their parts, either apostrophe), optionally
    followed by one of ``endings`` ("Synergie" → "Synergien")."""
    parts = sorted(phrases, key=len, reverse=True)
    alternatives = [
        r"[\s\-]+".join(re.escape(p).replace("'", "['’]") for p in re.split(r"[\s\-]+", phrase)) for phrase in parts
    ]
    suffix = "(?:" + "|".join(sorted(endings, key=len, reverse=True)) + ")?" if endings else ""
    return re.compile(r"(?<![\w\-])(?:" + "|".join(alternatives) + ")" + suffix + r"(?![\w\-])", re.IGNORECASE)


@dataclass(frozen=True)
class _Patterns:
    jargon: re.Pattern[str]
    fillers: re.Pattern[str]
    simpler: re.Pattern[str]


@cache
def _patterns(code: str) -> _Patterns:
    profile = languages.get(code)
    return _Patterns(
        _phrase_pattern(profile.jargon, profile.endings),
        _phrase_pattern(profile.fillers),
        _phrase_pattern(profile.simpler, profile.endings),
    )


def _key(matched: str) -> str:
    return re.sub(r"[\s\-]+", " ", matched.lower().replace("’", "'"))


_KEYED: dict[int, dict[str, str]] = {}


def _lookup(table: dict[str, str], matched: str, endings: tuple[str, ...] = ()) -> str:
    """The hint of the entry ``matched`` is (with one of ``endings`` taken off if needed)."""
    key = _key(matched)
    keys = _KEYED.get(id(table))
    if keys is None:  # the tables are the word lists' constants: key each once
        keys = _KEYED[id(table)] = {_key(phrase): hint for phrase, hint in table.items()}
    if key in keys:
        return keys[key]
    for ending in sorted(endings, key=len, reverse=True):
        if key.endswith(ending) and key[: -len(ending)] in keys:
            return keys[key[: -len(ending)]]
    return ""


# Fillers that are also ordinary words ("Who do you know?", "I mean it"; each language has its own): a filler only
# when set off by a comma, a dash or an ellipsis, as in "we were, you know, short of staff".
_SET_OFF_BEFORE = re.compile(r"[,;—–…-]\s*$")
_SET_OFF_AFTER = re.compile(r"^\s*[,;—–…-]")


def _set_off(text: str, start: int, end: int) -> bool:
    return bool(_SET_OFF_BEFORE.search(text[max(0, start - 3) : start]) or _SET_OFF_AFTER.match(text[end : end + 3]))


def _phrase_issues(
    text: str,
    pattern: re.Pattern[str],
    table: dict[str, str],
    kind: IssueKind,
    templates: tuple[str, str],
    profile: PitchLanguage,
    endings: tuple[str, ...] = (),
):
    with_hint, without_hint = templates
    for match in pattern.finditer(text):
        if _key(match.group()) in profile.set_off_only and not _set_off(text, match.start(), match.end()):
            continue
        hint = _lookup(table, match.group(), endings)
        message = (with_hint if hint else without_hint).format(word=match.group(), hint=hint)
        yield Issue(kind, match.start(), match.end(), match.group(), message, hint)


def find_issues(text: str, language: str = languages.DEFAULT) -> list[Issue]:
    """All issues in ``text``, written in ``language`` ("en", "de", "fr", "es"), in reading order (a word is reported
    once, under its most useful kind); the hints and messages are in that language."""
    profile = languages.get(language)
    patterns = _patterns(profile.code)
    say = profile.messages
    issues: list[Issue] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(issue: Issue) -> None:
        if free(issue.start, issue.end):
            issues.append(issue)
            taken.append((issue.start, issue.end))

    jargon = (say.jargon, say.jargon_no_hint)
    for issue in _phrase_issues(
        text, patterns.jargon, profile.jargon, IssueKind.JARGON, jargon, profile, profile.endings
    ):
        add(issue)
    filler = (say.filler, say.filler_no_hint)
    for issue in _phrase_issues(text, patterns.fillers, profile.fillers, IssueKind.FILLER, filler, profile):
        add(issue)
    for match in _ACRONYM.finditer(text):
        core = re.sub(r"(?:'s|s)$", "", match.group())
        if core in profile.known_acronyms or len(core) < 2:
            continue
        add(Issue(IssueKind.ACRONYM, match.start(), match.end(), match.group(), say.acronym.format(word=match.group())))
    for match in patterns.simpler.finditer(text):
        hint = _lookup(profile.simpler, match.group(), profile.endings)
        message = say.simpler.format(word=match.group(), hint=hint)
        add(Issue(IssueKind.LONG_WORD, match.start(), match.end(), match.group(), message, hint))
    for match in _WORD.finditer(text):
        word = match.group()
        bare = word.lower().replace("’", "'").rsplit("'", 1)[-1]  # "l'administration": the word after the article
        if word.lower() in profile.everyday_long_words or bare in profile.everyday_long_words or word.isupper():
            continue
        count = max(profile.count_syllables(part) for part in word.split("-"))
        if count >= profile.long_word_syllables:
            add(
                Issue(
                    IssueKind.LONG_WORD, match.start(), match.end(), word, say.long_word.format(word=word, count=count)
                )
            )
    for start, end in sentence_spans(text, profile.code):
        sentence = text[start:end]
        n = len(_WORD.findall(sentence))
        longest_breath = max(len(_WORD.findall(part)) for part in _BREATH.split(sentence))
        if longest_breath > LONG_SENTENCE_WORDS or n > MAX_SENTENCE_WORDS:
            message = say.long_sentence.format(count=n, aim=LONG_SENTENCE_WORDS)
            issues.append(Issue(IssueKind.LONG_SENTENCE, start, end, text[start:end], message))
    issues.sort(key=lambda issue: (issue.start, issue.kind != IssueKind.LONG_SENTENCE))
    return issues


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def reading_ease(words: int, sentences: int, syllable_total: int, language: str = languages.DEFAULT) -> float:
    """Flesch's reading ease as adapted to ``language`` (see :mod:`app.core.pitches.languages`); English is
    :func:`flesch_reading_ease`. Raises ValueError without words or sentences."""
    if words <= 0 or sentences <= 0:
        raise ValueError("reading ease needs at least one word and one sentence")
    return languages.get(language).reading_ease(words / sentences, syllable_total / words)


def analyse(text: str, language: str = languages.DEFAULT) -> Analysis:
    """Analyse a pitch written in ``language`` ("en", "de", "fr", "es"; another gets the English check). Never
    raises: an empty text gives the EMPTY verdict and no score. The issues' hints and messages are in the pitch's
    language; the headline and reasons stay English (``reason_keys`` are for the interface to word)."""
    profile = languages.get(language)
    word_list = _WORD.findall(text)
    spans = sentence_spans(text, profile.code)
    if not word_list:
        return Analysis(
            0,
            0,
            0,
            None,
            (),
            False,
            Verdict.EMPTY,
            "Write your pitch to see whether a neighbour would understand it.",
            language=profile.code,
        )
    syllable_total = sum(profile.count_syllables(w) for w in word_list)
    score = reading_ease(len(word_list), max(1, len(spans)), syllable_total, profile.code)
    issues = find_issues(text, profile.code)
    last = text[spans[-1][0] : spans[-1][1]] if spans else text
    ends_with_ask = bool(profile.ask.search(last))

    reasons: list[str] = []
    keys: list[tuple[str, float]] = []
    counts = {kind: sum(1 for i in issues if i.kind == kind) for kind in IssueKind}
    if score < AIM_READING_EASE:
        reasons.append(f"Reading ease {score:.0f} is below {AIM_READING_EASE}: use shorter words and sentences.")
        keys.append(("reading_ease", score))
    if counts[IssueKind.JARGON]:
        reasons.append(f"Swap {_plural(counts[IssueKind.JARGON], 'buzzword', 'buzzwords')} for everyday words.")
        keys.append(("jargon", counts[IssueKind.JARGON]))
    if counts[IssueKind.ACRONYM]:
        reasons.append(f"Spell out {_plural(counts[IssueKind.ACRONYM], 'acronym', 'acronyms')}.")
        keys.append(("acronym", counts[IssueKind.ACRONYM]))
    if counts[IssueKind.LONG_SENTENCE]:
        reasons.append(f"Split {_plural(counts[IssueKind.LONG_SENTENCE], 'long sentence', 'long sentences')}.")
        keys.append(("long_sentence", counts[IssueKind.LONG_SENTENCE]))
    if counts[IssueKind.LONG_WORD] >= 3:
        reasons.append(f"Shorten some of the {counts[IssueKind.LONG_WORD]} long words.")
        keys.append(("long_word", counts[IssueKind.LONG_WORD]))
    if counts[IssueKind.FILLER] >= 2:
        reasons.append(f"Cut {counts[IssueKind.FILLER]} filler words.")
        keys.append(("filler", counts[IssueKind.FILLER]))
    if not ends_with_ask:
        reasons.append("End with a question or an ask, such as “Who do you know at…?”")
        keys.append(("ask", 0))

    blocking = counts[IssueKind.JARGON] + counts[IssueKind.ACRONYM] + counts[IssueKind.LONG_SENTENCE]
    if not reasons:
        verdict, headline = Verdict.YES, "Yes — a neighbour would follow this."
    elif score >= AIM_READING_EASE - 10 and blocking <= 2 and len(reasons) <= 2:
        verdict, headline = (
            Verdict.ALMOST,
            "Almost — " + ("one thing" if len(reasons) == 1 else "two things") + " to fix.",
        )
    else:
        verdict, headline = Verdict.NOT_YET, "Not yet — a neighbour would get lost."
    return Analysis(
        len(word_list),
        len(spans),
        syllable_total,
        score,
        tuple(issues),
        ends_with_ask,
        verdict,
        headline,
        tuple(reasons),
        tuple(keys),
        profile.code,
    )
