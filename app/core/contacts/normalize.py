"""Reading what people type into one standard form: phone numbers (E.164, with the default country), e-mail
addresses, LinkedIn profile URLs. Used by contact validation (:mod:`.validation`), the profile and the cards."""

from __future__ import annotations

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
    import phonenumbers  # here, not at the top: its metadata costs start-up time before any phone is typed

    digits = re.sub(r"[^\d+]", "", text or "")
    if len(re.sub(r"\D", "", digits)) < 3:
        return ""
    try:
        number = phonenumbers.parse(text, region or "US")
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
    import email_validator  # imported on first use (start-up time)

    email_validator.SPECIAL_USE_DOMAIN_NAMES = []  # documented switch: reserved names are not our business
    try:
        result = email_validator.validate_email(
            text.strip(),
            check_deliverability=False,
            allow_smtputf8=True,
            allow_quoted_local=True,
            allow_domain_literal=True,
            globally_deliverable=False,
        )
    except email_validator.EmailNotValidError as exc:
        raise InvalidEmail(str(exc)) from exc
    return result.normalized


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
