"""A locale's day-and-month format (issue 23's dates in the reader's language), without what else the contact facts
load: Today's heading asks for it before the window first paints (issue 21)."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_TOKEN = re.compile(r"'(?:[^']|'')*'|d+|M+|y+|[^dMy']+")


def _is_separator(literal: str) -> bool:
    """Punctuation and spaces between fields (", ", " ", ". "), as opposed to a word like 年 or 'de'."""
    return not any(ch.isalnum() for ch in literal.replace("'", ""))


def _is_field(token: str) -> bool:
    return token[0] in "dMy"


def _tokens(date_format: str) -> list[str]:
    """Fields ("dd", "MMMM", "yyyy") and the literal text between them, each literal run in one token."""
    tokens: list[str] = []
    for token in _TOKEN.findall(date_format):
        if tokens and not _is_field(token) and not _is_field(tokens[-1]):
            tokens[-1] += token
        else:
            tokens.append(token)
    return tokens


def _without_weekday(tokens: list[str]) -> list[str]:
    """``tokens`` without the weekday (``dddd``) and the separator that joined it to the rest."""
    out = list(tokens)
    i = next((i for i, t in enumerate(out) if t.startswith("ddd")), None)
    if i is None:
        return out
    del out[i]
    if i == 0 and out and not _is_field(out[0]) and _is_separator(out[0]):
        del out[0]  # "dddd, d MMMM"
    elif i > 0 and not _is_field(out[i - 1]) and _is_separator(out[i - 1]):
        dot = out[i - 1].startswith(".")  # keep the ordinal dot of "d., dddd" (hu)
        out[i - 1 : i] = ["."] if dot else []
    return out


def _without_year(tokens: list[str]) -> list[str]:
    """``tokens`` without the year and the words that belong to it ("yyyy年", "'de' yyyy", "yyyy 'г'.")."""
    out = list(tokens)
    i = next((i for i, t in enumerate(out) if t[0] == "y"), None)
    if i is None:
        return out
    del out[i]
    if i == 0:
        if out and not _is_field(out[0]):
            del out[0]
    elif all(not _is_field(t) for t in out[i:]):  # the last field: its trailing literals and the one before go
        del out[i:]
        if not _is_field(out[-1]):
            del out[-1]
    elif not _is_field(out[i - 1]) and _is_separator(out[i - 1]):
        del out[i - 1]
    return out


def day_month_format(locale: QLocale, *, with_year: bool = False) -> str:
    """The locale's long date format without the weekday (and without the year unless ``with_year``):
    "d MMMM" (en_GB), "MMMM d" (en_US), "d. MMMM" (de), "M月d日" (ja), "d 'de' MMMM" (es)."""
    tokens = _without_weekday(_tokens(locale.dateFormat(QLocale.FormatType.LongFormat)))
    if not with_year:
        tokens = _without_year(tokens)
    fields = "".join(t for t in tokens if _is_field(t))
    if "d" not in fields or "M" not in fields:
        return "d MMMM yyyy" if with_year else "d MMMM"
    return "".join(tokens).strip(" ,\u060c")
