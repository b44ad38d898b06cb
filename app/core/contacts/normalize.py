"""Reading what people type into one standard form: phone numbers (E.164, with the default country), e-mail
addresses, LinkedIn profile URLs. Used by contact validation (:mod:`.validation`), the profile and the cards."""

from __future__ import annotations

import functools
import locale
import re

from app.errors import RapportError
from app.models import Setting

DEFAULT_REGION_SETTING = "phone_default_region"


def default_region() -> str:
    """The country used to read phone numbers written without +country code: the setting, else the locale."""
    configured = Setting.read(DEFAULT_REGION_SETTING)
    if isinstance(configured, str) and len(configured) == 2:
        return configured.upper()
    code = (locale.getlocale()[0] or "") if hasattr(locale, "getlocale") else ""
    match = re.match(r"[a-z]{2,3}_([A-Z]{2})", code)
    return match.group(1) if match else "US"


class InvalidEmail(RapportError, ValueError):
    """An email address that cannot be used; the message says why."""


def normalize_phone(text: str, region: str | None = None) -> str:
    """E.164 form of a phone number, or "" when it cannot be read as a possible number."""
    return _phone(text or "", region or "US")


@functools.lru_cache(maxsize=8192)  # an import reads the same switchboard numbers many times; parsing is slow
def _phone(text: str, region: str) -> str:
    import phonenumbers  # here, not at the top: its metadata costs start-up time before any phone is typed

    digits = re.sub(r"[^\d+]", "", text)
    if len(re.sub(r"\D", "", digits)) < 3:
        return ""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_email(text: str) -> str:
    """The email as it will be stored: trimmed, domain lower-cased; raises :class:`InvalidEmail` when unusable.

    The check is the syntax of RFC 5322/6531, not deliverability: an address book keeps ``x@example.invalid`` or
    ``root@localhost`` (reserved names, RFC 2606/6761, are valid addresses), quoted local parts and domain
    literals as their owners wrote them.
    """
    text = text.strip()
    fast = _fast_email(text)
    if fast is not None:
        return fast
    value, problem = _validated(text)
    if problem:
        raise InvalidEmail(problem)
    return value


def _fast_email(text: str) -> str | None:
    """The address email_validator would make of ``text``, decided without it for the common shapes, else None.

    Taken here (a test compares the answers with email_validator's, address by address): a dot-atom local part of
    at most 64 characters, then a host name of letter-digit-hyphen labels ending in a letters-only TLD. The local
    part is either plain ASCII (not one of the role names email_validator lower-cases, ``Info@`` → ``info@``) or
    has accented Latin letters (U+00C0-U+024F, already in NFC, no ASCII form so no lower-casing): email_validator
    keeps it as written and lower-cases the domain. Anything else (IDN hosts, quotes, combining marks, other
    scripts, rejections) is left to email_validator.
    """
    if len(text) > 254:
        return None
    if _PLAIN_EMAIL.fullmatch(text):
        local, _, domain = text.rpartition("@")
        if local.lower() in _LOWERED_MAILBOXES:
            return None
    elif _LATIN_EMAIL.fullmatch(text) and not text.isascii() and len(text.encode("utf-8")) <= 254:
        local, _, domain = text.rpartition("@")
    else:
        return None
    return f"{local}@{domain.lower()}"


_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
# Latin-1 letters (not × ÷), Latin Extended-A and -B: all letters, all unchanged by NFC (a test checks both)
LATIN_LETTERS = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_LATIN_ATOM = rf"[A-Za-z0-9!#$%&'*+/=?^_`{{|}}~{LATIN_LETTERS}-]+"
_LABEL = r"(?!-)(?![A-Za-z0-9-]{2}--)[A-Za-z0-9-]{1,63}(?<!-)"
_HOST = rf"(?:{_LABEL}\.)+[A-Za-z]{{2,63}}"
_PLAIN_EMAIL = re.compile(rf"(?=[^@]{{1,64}}@){_ATOM}(?:\.{_ATOM})*@{_HOST}")
_LATIN_EMAIL = re.compile(rf"(?=[^@]{{1,64}}@){_LATIN_ATOM}(?:\.{_LATIN_ATOM})*@{_HOST}")
# email_validator's CASE_INSENSITIVE_MAILBOX_NAMES (RFC 2142), lower-cased when the local part is ASCII (a test
# compares the lists; not imported from email_validator, whose import costs start-up time)
_LOWERED_MAILBOXES = frozenset(
    [
        "info",
        "marketing",
        "sales",
        "support",
        "abuse",
        "noc",
        "security",
        "postmaster",
        "hostmaster",
        "usenet",
        "news",
        "webmaster",
        "www",
        "uucp",
        "ftp",
    ]
)


@functools.lru_cache(maxsize=8192)
def _validated(text: str) -> tuple[str, str]:
    """(the normalised address, "") or ("", why it is refused)."""
    import email_validator  # imported on first use (start-up time)

    email_validator.SPECIAL_USE_DOMAIN_NAMES = []  # documented switch: reserved names are not our business
    try:
        result = email_validator.validate_email(
            text,
            check_deliverability=False,
            allow_smtputf8=True,
            allow_quoted_local=True,
            allow_domain_literal=True,
            globally_deliverable=False,
        )
    except email_validator.EmailNotValidError as exc:
        return "", str(exc)
    return result.normalized, ""


LINKEDIN_RE = re.compile(r"^(?:https?://)?(?:[\w-]+\.)?linkedin\.com/", re.IGNORECASE)


def normalize_linkedin_url(text: str) -> str:
    """``linkedin.com/in/x`` → ``https://www.linkedin.com/in/x``; other URLs kept; "" stays ""."""
    text = (text or "").strip()
    if not text:
        return ""
    if LINKEDIN_RE.match(text):
        path = LINKEDIN_RE.sub("", text)
        return "https://www.linkedin.com/" + path.rstrip("/")
    return text
