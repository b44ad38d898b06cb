"""The words the detail pane uses for the newer contact fields: the full name with its parts, birthdays and other
yearly dates in the user's locale ("12 April (turns 41)", "April 12" in the US), and websites and handles as links.

Dates go through QLocale: the day and month are written in the order and words of the locale's long date format,
with the weekday and (for a day without a year) the year left out.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QUrl

from app.core.contacts.contact_data import ContactData, DateEntry, HandleEntry, WebsiteEntry
from app.core.followups import birthdays
from app.ui.contacts.field_labels import DATE_LABELS, shown
from app.ui.widgets.date_format import day_month_format  # its home since issue 21; still used here
from app.ui.widgets.text import labelled

# Schemes a click may hand to the desktop: the web, mail, and the usual chat/call addresses (never file: or code).
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "xmpp", "sip", "sips", "tel", "matrix", "skype", "im", "irc"})
# Social services whose handle (``@ada``, ``ada``) has a well-known profile address.
PROFILE_URLS = {
    "github": "https://github.com/{user}",
    "gitlab": "https://gitlab.com/{user}",
    "x": "https://x.com/{user}",
    "twitter": "https://x.com/{user}",
    "instagram": "https://www.instagram.com/{user}",
    "bluesky": "https://bsky.app/profile/{user}",
    "threads": "https://www.threads.net/@{user}",
    "youtube": "https://www.youtube.com/@{user}",
    "tiktok": "https://www.tiktok.com/@{user}",
    "facebook": "https://www.facebook.com/{user}",
    "telegram": "https://t.me/{user}",
}
SERVICE_NAMES = {
    "signal": "Signal",
    "whatsapp": "WhatsApp",
    "telegram": "Telegram",
    "matrix": "Matrix",
    "xmpp": "XMPP",
    "jabber": "Jabber",
    "skype": "Skype",
    "teams": "Teams",
    "slack": "Slack",
    "discord": "Discord",
    "sip": "SIP",
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "x": "X",
    "twitter": "X (Twitter)",
    "github": "GitHub",
    "gitlab": "GitLab",
    "instagram": "Instagram",
    "facebook": "Facebook",
    "threads": "Threads",
    "youtube": "YouTube",
    "tiktok": "TikTok",
}
DATE_WORDS = {"birthday": "Birthday", "anniversary": "Anniversary", "other": "Date"}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)  # the empty context: lupdate files a bare tr() there


# --- names ---------------------------------------------------------------------------------------------------------
def full_name(data: ContactData) -> str:
    """Prefix, given, middle, family and suffix names as one line ("Dr. Ada Marie Okafor Jr.")."""
    parts = (data.name_prefix, data.given_name, data.middle_name, data.family_name, data.name_suffix)
    return " ".join(p.strip() for p in parts if p and p.strip())


def name_line(data: ContactData) -> str:
    """What the heading (the display name) does not already say: the full name with its parts, and the nickname."""
    pieces = []
    full = full_name(data)
    if (data.name_prefix or data.middle_name or data.name_suffix) and full != data.display_name:
        pieces.append(full)
    if data.nickname and data.nickname != data.display_name:
        pieces.append(tr("goes by “{nickname}”").format(nickname=data.nickname))
    line = " · ".join(pieces)
    return line[:1].upper() + line[1:]


def work_line(title: str, department: str, company: str) -> str:
    """ "Title · Department, Company" with whatever is known."""
    where = ", ".join(p for p in (department, company) if p)
    return " · ".join(p for p in (title, where) if p)


# --- dates -------------------------------------------------------------------------------------------------------
def day_text(month: int, day: int, year: int | None = None, locale: QLocale | None = None) -> str:
    """A yearly day in words: "12 April", or "12 April 1985" when the year is known."""
    locale = locale or QLocale()
    shown = QDate(year if year is not None else 2000, month, day)  # 2000: a leap year, so 29 February exists
    return locale.toString(shown, day_month_format(locale, with_year=year is not None))


def long_date(day: dt.date, locale: QLocale | None = None) -> str:
    """The full date for a tooltip, in the locale's long format ("Sunday, April 12, 2026")."""
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def _soon(next_day: dt.date, today: dt.date) -> str:
    days = (next_day - today).days
    if days == 0:
        return tr("today")
    if days == 1:
        return tr("tomorrow")
    if days < 7:
        return tr("in %n day(s)", "", days)
    return ""


def birthday_text(entry: DateEntry, today: dt.date, locale: QLocale | None = None) -> str:
    """ "12 April (turns 41)", "12 April" without a year; "today"/"in 3 days" when it is this week."""
    text = day_text(entry.month, entry.day, locale=locale)
    age = birthdays.turns(entry.year, entry.month, entry.day, today)
    if age is not None:
        text += " " + tr("(turns {age})").format(age=age)
    soon = _soon(birthdays.next_occurrence(entry.month, entry.day, today), today)
    return f"{text}, {soon}" if soon else text


def date_label(entry: DateEntry) -> str:
    label = shown(entry.label, DATE_LABELS) if entry.label else tr(DATE_WORDS.get(entry.kind, "Date"))
    return label[:1].upper() + label[1:]


def date_lines(data: ContactData, today: dt.date, locale: QLocale | None = None) -> list[tuple[str, str, str]]:
    """(kind, line, tooltip) per yearly date: the birthday first, then the others in their order."""
    lines = []
    entries = sorted(data.dates, key=lambda d: d.kind != "birthday")
    for entry in entries:
        if entry.kind == "birthday":
            value = birthday_text(entry, today, locale)
        else:
            value = day_text(entry.month, entry.day, entry.year, locale)
        upcoming = birthdays.next_occurrence(entry.month, entry.day, today)
        tip = tr("Next: {day}").format(day=long_date(upcoming, locale))
        if entry.year is not None and entry.as_date() is not None:
            tip = f"{long_date(entry.as_date(), locale)}\n{tip}"
        lines.append((entry.kind, labelled(date_label(entry), value), tip))
    return lines


# --- links ---------------------------------------------------------------------------------------------------------
def safe_url(text: str) -> QUrl | None:
    """The address a click may open, or None (no scheme we trust, or not an address at all)."""
    text = (text or "").strip()
    if not text or any(ch.isspace() for ch in text):
        return None
    if re.match(r"^[a-z][a-z0-9+.-]*:", text, re.IGNORECASE):
        url = QUrl(text)
    elif re.match(r"^[\w-]+(\.[\w-]+)+(/\S*)?$", text):
        url = QUrl("https://" + text)  # "ada.dev/blog"
    else:
        return None
    if not url.isValid() or url.scheme().lower() not in SAFE_SCHEMES:
        return None
    if url.scheme().lower() in ("http", "https") and not url.host():
        return None
    return url


def handle_url(entry: HandleEntry) -> QUrl | None:
    """Where a handle leads: its own address (``xmpp:…``, ``https://…``), a Mastodon or known profile, else None."""
    value = entry.value.strip()
    direct = safe_url(value) if ":" in value else None
    if direct is not None:
        return direct
    service = entry.service.lower()
    mastodon = re.fullmatch(r"@?([\w.]+)@([\w-]+(?:\.[\w-]+)+)", value)
    if mastodon and service in ("mastodon", "fediverse", ""):
        return QUrl(f"https://{mastodon.group(2)}/@{mastodon.group(1)}")
    user = value.lstrip("@")
    if service in PROFILE_URLS and re.fullmatch(r"[\w.-]+", user):
        return QUrl(PROFILE_URLS[service].format(user=user))
    return None


def service_name(service: str) -> str:
    return SERVICE_NAMES.get(service.lower(), service[:1].upper() + service[1:]) if service else ""


def shown_address(url: QUrl, fallback: str) -> str:
    """An address as people read it: without https:// and a trailing slash."""
    if url.scheme() in ("http", "https"):
        text = url.toDisplayString()
        text = text.split("://", 1)[-1].removeprefix("www.").rstrip("/")
        return text or fallback
    if ":" in fallback and not fallback.lower().startswith(("tel:", "sip:")):
        return fallback.split(":", 1)[1]  # "xmpp:ada@example.org", "mailto:…" read without the scheme
    return fallback


def _link(url: QUrl | None, text: str) -> str:
    shown = html.escape(text)
    if url is None:
        return shown
    return f'<a href="{html.escape(url.toString(QUrl.ComponentFormattingOption.FullyEncoded), quote=True)}">{shown}</a>'


def website_html(entry: WebsiteEntry) -> str:
    url = safe_url(entry.value)
    text = shown_address(url, entry.value) if url is not None else entry.value
    label = f" ({html.escape(shown(entry.label))})" if entry.label else ""
    return _link(url, text) + label


def handle_html(entry: HandleEntry) -> str:
    url = handle_url(entry)
    value = shown_address(url, entry.value) if url is not None and ":" in entry.value else entry.value
    name = service_name(entry.service)
    label = f" ({html.escape(shown(entry.label))})" if entry.label else ""
    head = f"{html.escape(name)} " if name else ""
    return head + _link(url, value) + label


def links_html(data: ContactData) -> str:
    """Websites on one line, chat and social handles on the next; "" when there are none."""
    lines = []
    if data.websites:
        lines.append(" · ".join(website_html(w) for w in data.websites))
    if data.handles:
        lines.append(" · ".join(handle_html(h) for h in data.handles))
    return "<br>".join(lines)
