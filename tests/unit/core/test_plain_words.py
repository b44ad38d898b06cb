"""The plain-words check: Flesch reading ease against known values, and what it flags."""

from __future__ import annotations

import pytest

from app.core.pitches.plain_words import (
    IssueKind,
    Verdict,
    analyse,
    find_issues,
    flesch_reading_ease,
    reading_band,
    sentence_spans,
)


def test_flesch_formula_on_known_counts():
    # 100 words, 5 sentences, 130 syllables: 206.835 − 1.015·20 − 84.6·1.3
    assert flesch_reading_ease(100, 5, 130) == pytest.approx(76.555)
    with pytest.raises(ValueError):
        flesch_reading_ease(0, 1, 0)


def test_flesch_of_the_platypus_sentence_is_24_point_4():
    # The worked example of the Flesch article: 13 words, 26 syllables, one sentence → 24.4.
    analysis = analyse("The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.")
    assert (analysis.words, analysis.sentences, analysis.syllables) == (13, 1, 26)
    assert analysis.reading_ease == pytest.approx(24.44, abs=0.01)


def test_flesch_of_a_plain_pitch():
    # 15 words, 2 sentences, 16 syllables (on-line is the only two-syllable word).
    analysis = analyse("I help small shops sell more online. Who do you know who runs a shop?")
    assert (analysis.words, analysis.sentences, analysis.syllables) == (15, 2, 16)
    assert analysis.reading_ease == pytest.approx(206.835 - 1.015 * 7.5 - 84.6 * 16 / 15)


@pytest.mark.parametrize(
    ("score", "label", "ok"),
    [
        (95, "very easy", True),
        (65, "plain English", True),
        (60, "plain English", True),
        (59.9, "fairly hard", False),
        (10, "very hard", False),
    ],
)
def test_reading_bands_aim_at_sixty(score, label, ok):
    band = reading_band(score)
    assert (band.label, band.ok) == (label, ok)


def test_sentences_split_on_end_marks_and_line_breaks_not_abbreviations():
    text = "I run teams, e.g. night shifts. Really?\nYes!  And more"
    pieces = [text[s:e] for s, e in sentence_spans(text)]
    assert pieces == ["I run teams, e.g. night shifts.", "Really?", "Yes!", "And more"]


def _kinds(text):
    return [(issue.kind, issue.text) for issue in find_issues(text)]


def test_jargon_is_found_with_hyphen_or_space_and_any_case():
    found = _kinds("A Results Driven self-starter who can leverage synergy.")
    assert (IssueKind.JARGON, "Results Driven") in found
    assert (IssueKind.JARGON, "self-starter") in found
    assert (IssueKind.JARGON, "leverage") in found
    assert (IssueKind.JARGON, "synergy") in found


def test_jargon_matches_whole_words_only():
    assert not [k for k, _ in _kinds("Our leverages and pivots") if k == IssueKind.JARGON]  # not the entries
    assert not _kinds("I pivoted.")


def test_fillers_are_found_including_phrases():
    found = _kinds("I basically just, you know, fix things in order to help.")
    fillers = [text for kind, text in found if kind == IssueKind.FILLER]
    assert fillers == ["basically", "just", "you know", "in order to"]


def test_acronyms_are_flagged_except_everyday_ones():
    found = _kinds("I track KPIs and ROI for the UK and US teams, OK? I like TV.")
    acronyms = [text for kind, text in found if kind == IssueKind.ACRONYM]
    assert acronyms == ["KPIs", "ROI"]


def test_long_and_formal_words_are_flagged_with_a_hint():
    issues = find_issues("I facilitate conversations and utilize methodology.")
    by_text = {issue.text: issue for issue in issues}
    assert by_text["facilitate"].kind == IssueKind.LONG_WORD and "help" in by_text["facilitate"].message
    assert by_text["conversations"].kind == IssueKind.LONG_WORD and "4 syllables" in by_text["conversations"].message
    assert by_text["utilize"].kind == IssueKind.JARGON  # jargon wins over "long word"
    assert "everybody" not in by_text


def test_long_sentence_is_reported_with_its_span():
    text = "Short one. " + " ".join(["word"] * 24) + ". Done?"
    [issue] = [i for i in find_issues(text) if i.kind == IssueKind.LONG_SENTENCE]
    assert text[issue.start : issue.end].startswith("word word")
    assert "24 words" in issue.message


def test_issue_spans_point_at_the_text():
    text = "We leverage data."
    [issue] = find_issues(text)
    assert text[issue.start : issue.end] == "leverage"


def test_verdicts():
    assert analyse("").verdict == Verdict.EMPTY
    assert analyse("   ").reading_ease is None
    plain = analyse("I fix broken bikes fast. My shop is on Elm Street. Who do you know who rides?")
    assert plain.verdict == Verdict.YES, plain.reasons
    no_ask = analyse("I fix broken bikes fast. My shop is on Elm Street.")
    assert no_ask.verdict == Verdict.ALMOST
    assert any("ask" in reason for reason in no_ask.reasons)
    buzz = analyse(
        "As a results-driven, innovative thought leader I leverage cross-functional synergies to deliver scalable, "
        "best-of-breed solutions and KPIs."
    )
    assert buzz.verdict == Verdict.NOT_YET
    assert any("buzzword" in reason for reason in buzz.reasons)


def test_you_know_is_a_filler_only_when_set_off():
    assert _kinds("Who do you know who hires?") == []
    assert _kinds("I mean it.") == []
    assert (IssueKind.FILLER, "you know") in _kinds("We were, you know, short of staff.")
    assert (IssueKind.FILLER, "I mean") in _kinds("I mean, it worked.")


def test_a_dash_or_semicolon_gives_a_long_sentence_a_breath():
    one_breath = " ".join(["word"] * 22) + "."
    assert [i.kind for i in find_issues(one_breath)] == [IssueKind.LONG_SENTENCE]
    with_pause = " ".join(["word"] * 12) + " — " + " ".join(["word"] * 10) + "."
    assert find_issues(with_pause) == []
    too_long_anyway = "; ".join([" ".join(["word"] * 10)] * 4) + "."
    assert [i.kind for i in find_issues(too_long_anyway)] == [IssueKind.LONG_SENTENCE]
