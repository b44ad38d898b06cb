"""Reading typed dates and times (issue 17 item 7): locale orders, words, dates without a year, relative words, and
every locale's own way of writing a day read back to that day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale, QTime

from app.ui.widgets.date_entry import date_format, locale_words
from app.ui.widgets.typed_dates import DateWords, parse_day, parse_time

TODAY = dt.date(2026, 12, 4)  # a Friday
DMY, MDY, YMD = DateWords(order="DMY"), DateWords(order="MDY"), DateWords(order="YMD")


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("12.3.", DMY, dt.date(2027, 3, 12)),  # no year: the nearest 12 March, next spring
        ("12.3.", MDY, dt.date(2027, 3, 12)),  # dots are day.month wherever they are written
        ("28.11.", DMY, dt.date(2026, 11, 28)),  # the November just gone is nearer than next year's
        ("3/12", DMY, dt.date(2026, 12, 3)),
        ("3/12", MDY, dt.date(2027, 3, 12)),
        ("13/3", MDY, dt.date(2027, 3, 13)),  # no 13th month: read the other way round
        ("3/12/27", DMY, dt.date(2027, 12, 3)),
        ("3/12/27", MDY, dt.date(2027, 3, 12)),
        ("2027-03-12", MDY, dt.date(2027, 3, 12)),  # ISO in every locale
        ("20270312", DMY, dt.date(2027, 3, 12)),
        ("1203", DMY, dt.date(2027, 3, 12)),
        ("12", DMY, dt.date(2026, 12, 12)),  # a day of this month
        ("12 Mar", DMY, dt.date(2027, 3, 12)),
        ("March 12, 2027", MDY, dt.date(2027, 3, 12)),
        ("Fri 12 Mar 2027", DMY, dt.date(2027, 3, 12)),
        ("3 sept.", DMY, dt.date(2026, 9, 3)),
        ("today", DMY, TODAY),
        ("Tomorrow", DMY, dt.date(2026, 12, 5)),
        ("yesterday", DMY, dt.date(2026, 12, 3)),
        ("fri", DMY, TODAY),
        ("mon", DMY, dt.date(2026, 12, 7)),
        ("next fri", DMY, dt.date(2026, 12, 11)),
        ("last fri", DMY, dt.date(2026, 11, 27)),
        ("+3", DMY, dt.date(2026, 12, 7)),
        ("-1w", DMY, dt.date(2026, 11, 27)),
        ("in 2 weeks", DMY, dt.date(2026, 12, 18)),
        ("3 days ago", DMY, dt.date(2026, 12, 1)),
        ("next month", DMY, dt.date(2027, 1, 4)),
    ],
)
def test_typed_days(text, words, expected):
    assert parse_day(text, TODAY, words) == expected


@pytest.mark.parametrize("text", ["", "foo", "12 marhc", "31.2.", "2027-03", "32.13.2027", "12 mar apr", "1/2/3/4"])
def test_what_is_not_a_day(text):
    assert parse_day(text, TODAY, DMY) is None


def test_a_day_without_its_year_is_taken_inside_the_range():
    # a past-only field (the day a stage was reached): "24.12." typed on 4 December is last Christmas
    assert parse_day("24.12.", TODAY, DMY, maximum=TODAY) == dt.date(2025, 12, 24)
    # a future-only field (a follow-up): "1.12." is next year's
    assert parse_day("1.12.", TODAY, DMY, minimum=TODAY) == dt.date(2027, 12, 1)


def test_a_bare_weekday_in_the_past_is_the_last_one():
    assert parse_day("wed", TODAY, DMY, weekday_direction="past") == dt.date(2026, 12, 2)
    assert parse_day("fri", TODAY, DMY, weekday_direction="past") == TODAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9", dt.time(9, 0)),
        ("930", dt.time(9, 30)),
        ("0930", dt.time(9, 30)),
        ("9:30", dt.time(9, 30)),
        ("9.30", dt.time(9, 30)),
        ("9h30", dt.time(9, 30)),
        ("14", dt.time(14, 0)),
        ("2pm", dt.time(14, 0)),
        ("2:30 p.m.", dt.time(14, 30)),
        ("12am", dt.time(0, 0)),
        ("12 PM", dt.time(12, 0)),
        ("noon", dt.time(12, 0)),
    ],
)
def test_typed_times(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "25", "9:75", "13pm", "x", "9:3"])
def test_what_is_not_a_time(text):
    assert parse_time(text) is None


def test_locale_words(qapp):
    german = locale_words(QLocale("de_DE"))
    assert german.order == "DMY" and german.month("märz") == 3
    assert parse_day("12. März 2027", TODAY, german) == dt.date(2027, 3, 12)
    assert locale_words(QLocale("en_US")).order == "MDY"
    assert locale_words(QLocale("sv_SE")).order == "YMD"
    spanish = locale_words(QLocale("es_ES"))  # "mar" is Tuesday and March: the other month wins
    assert parse_day("mar 6 de feb de 2029", TODAY, spanish) == dt.date(2029, 2, 6)


LOCALES = ["C", "de_DE", "en_US", "en_GB", "fr_FR", "es_ES", "ca_ES", "ja_JP", "zh_CN", "ko_KR", "sv_SE", "hu_HU"]
LOCALES += ["nl_NL", "pl_PL", "ru_RU", "he_IL", "ar_EG", "fa_IR", "th_TH", "vi_VN", "eu_ES", "tr_TR", "el_GR"]


@settings(max_examples=300, deadline=None)
@given(
    name=st.sampled_from(LOCALES),
    day=st.dates(dt.date(1950, 1, 1), dt.date(2076, 12, 31)),
    weekday=st.booleans(),
    minutes=st.integers(0, 24 * 60 - 1),
)
def test_every_locale_reads_back_what_it_writes(qapp, name, day, weekday, minutes):
    """The fields write a day in the locale's words and order and read it back; so does its short format, and its
    short time format."""
    locale = QLocale(name)
    words = locale_words(locale)
    shown = locale.toString(QDate(day.year, day.month, day.day), date_format(locale, weekday=weekday))
    assert parse_day(shown, TODAY, words) == day, shown
    short = locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
    if "yyyy" in locale.dateFormat(QLocale.FormatType.ShortFormat) or abs(day.year - TODAY.year) < 50:
        assert parse_day(short, TODAY, words) == day, short
    time = dt.time(minutes // 60, minutes % 60)
    written = locale.toString(QTime(time.hour, time.minute), locale.timeFormat(QLocale.FormatType.ShortFormat))
    assert parse_time(written, words) == time, written
