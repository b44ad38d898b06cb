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

from app.core.pitches import syllables
from app.core.pitches.timing import WORD_PATTERN as _WORD
from app.core.pitches.word_lists import EVERYDAY_LONG_WORDS, FILLERS, JARGON, KNOWN_ACRONYMS, SIMPLER

AIM_READING_EASE = 60
LONG_SENTENCE_WORDS = 20  # words said in one breath; a dash, semicolon or colon is a place to breathe
MAX_SENTENCE_WORDS = 30  # longer than this is long even with pauses
_BREATH = re.compile(r"\s[—–-]\s|[;:]")
LONG_WORD_SYLLABLES = 4

_ACRONYM = re.compile(r"(?<![\w&])[A-Z][A-Z0-9&]*[A-Z0-9](?:s|'s)?(?![\w&])")
# Sentence ends: ., ! or ? (with closing quotes/brackets) before a space or the end, and line breaks.
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s|$)|\n+")
_ABBREVIATIONS = ("e.g.", "i.e.", "mr.", "mrs.", "ms.", "dr.", "st.", "vs.", "etc.", "inc.", "ltd.", "no.", "approx.")
_ASK = re.compile(
    r"\?|\b(who do you know|do you know|could you|would you|can you|introduce|recommend|suggest|let me know|"
    r"i'd love|i would love|happy to|any ideas)\b",
    re.IGNORECASE,
)


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


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence with at least one word, trimmed of surrounding space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        before = text[start:end].rstrip().lower()
        if match.group().startswith(".") and before.endswith(_ABBREVIATIONS):
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


def _phrase_pattern(phrases: dict[str, str]) -> re.Pattern[str]:
    parts = sorted(phrases, key=len, reverse=True)
    alternatives = [r"[\s\-]+".join(re.escape(p) for p in re.split(r"[\s\-]+", phrase)) for phrase in parts]
    return re.compile(r"(?<![\w\-])(?:" + "|".join(alternatives) + r")(?![\w\-])", re.IGNORECASE)


_JARGON_RE = _phrase_pattern(JARGON)
_FILLER_RE = _phrase_pattern(FILLERS)
_SIMPLER_RE = _phrase_pattern(SIMPLER)


def _key(matched: str) -> str:
    return re.sub(r"[\s\-]+", " ", matched.lower())


def _lookup(table: dict[str, str], matched: str) -> str:
    key = _key(matched)
    for phrase, hint in table.items():
        if _key(phrase) == key:
            return hint
    return ""


# Fillers that are also ordinary words ("Who do you know?", "I mean it"): a filler only when set off by a comma,
# a dash or an ellipsis, as in "we were, you know, short of staff".
_SET_OFF_ONLY = {"you know", "i mean"}
_SET_OFF_BEFORE = re.compile(r"[,;—–…-]\s*$")
_SET_OFF_AFTER = re.compile(r"^\s*[,;—–…-]")


def _set_off(text: str, start: int, end: int) -> bool:
    return bool(_SET_OFF_BEFORE.search(text[max(0, start - 3) : start]) or _SET_OFF_AFTER.match(text[end : end + 3]))


def _phrase_issues(text: str, pattern: re.Pattern[str], table: dict[str, str], kind: IssueKind, what: str):
    for match in pattern.finditer(text):
        if _key(match.group()) in _SET_OFF_ONLY and not _set_off(text, match.start(), match.end()):
            continue
        hint = _lookup(table, match.group())
        message = f"“{match.group()}” is {what}: {hint}." if hint else f"“{match.group()}” is {what}."
        yield Issue(kind, match.start(), match.end(), match.group(), message, hint)


def find_issues(text: str) -> list[Issue]:
    """All issues in ``text``, in reading order (a word is reported once, under its most useful kind)."""
    issues: list[Issue] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(issue: Issue) -> None:
        if free(issue.start, issue.end):
            issues.append(issue)
            taken.append((issue.start, issue.end))

    for issue in _phrase_issues(text, _JARGON_RE, JARGON, IssueKind.JARGON, "jargon"):
        add(issue)
    for issue in _phrase_issues(text, _FILLER_RE, FILLERS, IssueKind.FILLER, "a filler"):
        add(issue)
    for match in _ACRONYM.finditer(text):
        core = re.sub(r"(?:'s|s)$", "", match.group())
        if core in KNOWN_ACRONYMS or len(core) < 2:
            continue
        add(
            Issue(
                IssueKind.ACRONYM,
                match.start(),
                match.end(),
                match.group(),
                f"“{match.group()}” is an acronym: say it in full unless every listener uses it.",
            )
        )
    for match in _SIMPLER_RE.finditer(text):
        hint = _lookup(SIMPLER, match.group())
        add(
            Issue(
                IssueKind.LONG_WORD,
                match.start(),
                match.end(),
                match.group(),
                f"“{match.group()}” has a shorter twin: {hint}.",
                hint,
            )
        )
    for match in _WORD.finditer(text):
        word = match.group()
        if word.lower() in EVERYDAY_LONG_WORDS or word.isupper():
            continue
        count = max(syllables.count(part) for part in word.split("-"))
        if count >= LONG_WORD_SYLLABLES:
            add(
                Issue(
                    IssueKind.LONG_WORD,
                    match.start(),
                    match.end(),
                    word,
                    f"“{word}” has {count} syllables: is there a shorter word?",
                )
            )
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        n = len(_WORD.findall(sentence))
        longest_breath = max(len(_WORD.findall(part)) for part in _BREATH.split(sentence))
        if longest_breath > LONG_SENTENCE_WORDS or n > MAX_SENTENCE_WORDS:
            issues.append(
                Issue(
                    IssueKind.LONG_SENTENCE,
                    start,
                    end,
                    text[start:end],
                    f"This sentence has {n} words: hard to say in one breath. Split it (aim for under "
                    f"{LONG_SENTENCE_WORDS}).",
                )
            )
    issues.sort(key=lambda issue: (issue.start, issue.kind != IssueKind.LONG_SENTENCE))
    return issues


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def analyse(text: str) -> Analysis:
    """Analyse a pitch. Never raises: an empty text gives the EMPTY verdict and no score."""
    word_list = _WORD.findall(text)
    spans = sentence_spans(text)
    if not word_list:
        return Analysis(
            0, 0, 0, None, (), False, Verdict.EMPTY, "Write your pitch to see whether a neighbour would understand it."
        )
    syllable_total = sum(syllables.count(w) for w in word_list)
    score = flesch_reading_ease(len(word_list), max(1, len(spans)), syllable_total)
    issues = find_issues(text)
    last = text[spans[-1][0] : spans[-1][1]] if spans else text
    ends_with_ask = bool(_ASK.search(last))

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
    )
