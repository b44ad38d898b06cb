"""Scripts and email templates with merge fields ({first_name}, {referrer}, {my_pitch}…), filled safely.

Rendering never fails, whatever the template text: a known field is replaced by its value (or by a visible
``[placeholder]`` when there is no value, reported in ``missing``); an unknown ``{word}`` or a lone brace stays as
written (unknown names are reported so the editor can warn); ``{{`` and ``}}`` give literal braces. Values are
plain text — nothing in them is interpreted again.

The values come from the contact, from my Profile (the ``my_*`` fields), my pitches, my target companies and the
interaction history; :func:`merge_values` gathers them.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.core.changes import Changes
from app.core.clock import SYSTEM_CLOCK, Clock
from app.db import database
from app.errors import RapportError
from app.models import TEMPLATE_KINDS, Company, Contact, Interaction, Pitch, PitchContact, Profile, Template

# Field → (what it is, the placeholder shown when there is no value).
FIELDS: dict[str, tuple[str, str]] = {
    "first_name": ("The contact's first name", "first name"),
    "full_name": ("The contact's full name", "name"),
    "company": ("Where the contact works", "their company"),
    "referrer": ("Who referred the contact to me", "who referred you"),
    "why_connect": ("Why I want to connect with them", "why you'd like to connect"),
    "other_name": ("The other person (introductions, telling a referrer how it went)", "other person"),
    "why_meet": ("Why two people should meet (introductions)", "why you two should meet"),
    "what_i_sent": ("What I last sent them", "what I sent"),
    "my_name": ("My name (Edit → My Profile)", "your name"),
    "my_target": ("What I'm looking for (Edit → My Profile)", "what you're looking for"),
    "my_pitch": ("My pitch (the one linked to this contact, else my 30-second one)", "your pitch"),
    "target_companies": ("My list of target companies, one per line", "your target companies"),
    "my_contact_block": ("My name, headline, email, phone and LinkedIn, one per line", "your contact details"),
    "month": ("The month of the update, e.g. March 2026", "month"),
    "month_summary": ("What I did this month (monthly update)", "what you did this month"),
}
MAX_NAME = 200
MAX_SUBJECT = 500
MAX_BODY = 50_000

_TOKEN = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]{0,40})\}")


@dataclass(frozen=True)
class Rendered:
    text: str
    missing: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def render(text: str, values: Mapping[str, str]) -> Rendered:
    """Fill the merge fields of ``text`` from ``values`` (see the module docstring for the guarantees)."""
    missing: list[str] = []
    unknown: list[str] = []

    def replace(match: re.Match) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = match.group(1)
        if name not in FIELDS:
            if name not in unknown:
                unknown.append(name)
            return token
        value = values.get(name)
        value = "" if value is None else str(value)
        if value.strip():
            return value
        if name not in missing:
            missing.append(name)
        return f"[{FIELDS[name][1]}]"

    return Rendered(_TOKEN.sub(replace, text or ""), missing, unknown)


def fields_used(text: str) -> list[str]:
    """The known merge fields a template uses, in order of first use."""
    seen: list[str] = []
    for match in _TOKEN.finditer(text or ""):
        name = match.group(1)
        if name in FIELDS and name not in seen:
            seen.append(name)
    return seen


# --- values ----------------------------------------------------------------------------------------------------
def _sentence(text: str) -> str:
    text = " ".join((text or "").split())
    if text and text[-1] not in ".!?":
        text += "."
    return text


def _first_name(contact: Contact) -> str:
    if contact.given_name.strip():
        return contact.given_name.strip()
    parts = contact.display_name.split()
    return parts[0] if parts else ""


def _pitch_for(contact_id: int | None) -> str:
    if contact_id is not None:
        linked = (
            Pitch.select(Pitch.body)
            .join(PitchContact)
            .where(PitchContact.contact == contact_id, Pitch.body != "")
            .order_by(Pitch.position)
            .first()
        )
        if linked is not None:
            return linked.body.strip()
    preferred = Pitch.select(Pitch.body).where(Pitch.body != "")
    pitch = (
        preferred.where(Pitch.target_seconds == 30).order_by(Pitch.position).first()
        or preferred.order_by(Pitch.position).first()
    )
    return pitch.body.strip() if pitch is not None else ""


def target_companies_text() -> str:
    names = [n for (n,) in Company.select(Company.name).where(Company.is_target).order_by(Company.name).tuples()]
    return "\n".join(f"• {name}" for name in names)


def contact_block(profile: Profile) -> str:
    parts = [profile.name, profile.headline, profile.email, profile.phone, profile.linkedin_url, profile.website]
    return "\n".join(p.strip() for p in parts if p and p.strip())


def what_i_sent(contact_id: int) -> str:
    latest = (
        Interaction.select(Interaction.summary, Interaction.occurred_at)
        .where(Interaction.contact == contact_id, Interaction.kind == "sent")
        .order_by(Interaction.occurred_at.desc())
        .first()
    )
    if latest is None:
        return ""
    text = " ".join(latest.summary.split())
    if text.lower().startswith("sent "):
        text = text[5:]
    return text or f"what I sent on {latest.occurred_at:%d %B}"


def merge_values(
    contact_id: int | None = None,
    *,
    other_contact_id: int | None = None,
    month: dt.date | None = None,
    month_summary: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> dict[str, str]:
    """Everything a template may use, for one contact (or none: the ``my_*`` fields only)."""
    profile = Profile.get_me()
    month = month or clock.today()
    values = {
        "my_name": profile.name.strip(),
        "my_target": profile.target_role.strip(),
        "my_pitch": _pitch_for(contact_id),
        "target_companies": target_companies_text(),
        "my_contact_block": contact_block(profile),
        "month": f"{month:%B %Y}",
        "month_summary": month_summary,
    }
    contact = Contact.get_or_none(Contact.id == contact_id) if contact_id is not None else None
    if contact is not None:
        values.update(
            first_name=_first_name(contact),
            full_name=contact.display_name,
            company=contact.company.name if contact.company_id else "",
            referrer=contact.referred_by.display_name if contact.referred_by_id else "",
            why_connect=_sentence(contact.why_connect),
            what_i_sent=what_i_sent(contact.id),
        )
    other = Contact.get_or_none(Contact.id == other_contact_id) if other_contact_id is not None else None
    if other is not None:
        values["other_name"] = other.display_name
    return values


# --- the template store ------------------------------------------------------------------------------------------
class TemplateError(RapportError, ValueError):
    """A template cannot be saved as given; the message names the field. Nothing was written."""


@dataclass(frozen=True)
class TemplateData:
    name: str
    kind: str
    subject: str
    body: str


CHANGES = Changes.of("templates")  # what every write here changes, as the UI publishes it


def all_templates() -> list[Template]:
    return list(Template.select().order_by(Template.position, Template.id))


def of_kind(kind: str) -> list[Template]:
    """The templates of one kind, in their order."""
    return list(Template.select().where(Template.kind == kind).order_by(Template.position, Template.id))


def get(template_id: int | None) -> Template | None:
    """The template with this id, None when there is none (any more)."""
    return Template.get_or_none(Template.id == template_id) if template_id is not None else None


def stored(template_id: int | None) -> TemplateData | None:
    """What template ``template_id`` holds now (None when there is no such template)."""
    template = get(template_id)
    if template is None:
        return None
    return TemplateData(template.name, template.kind, template.subject, template.body)


def for_kind(kind: str) -> Template | None:
    """The first template of a kind (the one a follow-up offers)."""
    return Template.select().where(Template.kind == kind).order_by(Template.position, Template.id).first()


def _clean(data: TemplateData) -> TemplateData:
    name = " ".join((data.name or "").replace("\x00", "").split())
    subject = " ".join((data.subject or "").replace("\x00", "").split())
    body = (data.body or "").replace("\x00", "").replace("\r\n", "\n")
    if not name:
        raise TemplateError("name: a template needs a name")
    if len(name) > MAX_NAME:
        raise TemplateError(f"name: longer than {MAX_NAME} characters")
    if data.kind not in TEMPLATE_KINDS:
        raise TemplateError(f"kind: {data.kind!r} is not one of {', '.join(TEMPLATE_KINDS)}")
    if len(subject) > MAX_SUBJECT:
        raise TemplateError(f"subject: longer than {MAX_SUBJECT} characters")
    if not body.strip():
        raise TemplateError("text: a template needs some text")
    if len(body) > MAX_BODY:
        raise TemplateError(f"text: longer than {MAX_BODY} characters")
    return TemplateData(name, data.kind, subject, body)


def save(data: TemplateData, template_id: int | None = None, *, clock: Clock = SYSTEM_CLOCK) -> Template:
    """Create (``template_id`` None) or update a template."""
    clean = _clean(data)
    now = clock.now()
    with database.atomic():
        if template_id is None:
            position = (Template.select(Template.position).order_by(Template.position.desc()).scalar() or 0) + 1
            return Template.create(
                name=clean.name,
                kind=clean.kind,
                subject=clean.subject,
                body=clean.body,
                builtin=False,
                position=position,
                created_at=now,
                updated_at=now,
            )
        template = Template.get_or_none(Template.id == template_id)
        if template is None:
            raise TemplateError(f"no template with id {template_id}")
        template.name, template.kind, template.subject, template.body = (
            clean.name,
            clean.kind,
            clean.subject,
            clean.body,
        )
        template.updated_at = now
        template.save()
        return template


def delete(template_id: int) -> TemplateData | None:
    """Delete a template; returns its data (for undo)."""
    with database.atomic():
        template = Template.get_or_none(Template.id == template_id)
        if template is None:
            return None
        data = TemplateData(template.name, template.kind, template.subject, template.body)
        template.delete_instance()
        return data


def put(template_id: int | None, data: TemplateData | None, *, clock: Clock = SYSTEM_CLOCK) -> int | None:
    """Make template ``template_id`` hold ``data`` (undo and redo of an edit, a new script or a delete): ``None``
    deletes it; a template that does not exist (any more) is created anew. Returns the id it has afterwards.
    Raises :class:`TemplateError`, writing nothing. Publish :data:`CHANGES` afterwards."""
    if data is None:
        if template_id is not None:
            delete(template_id)
        return template_id
    with database.atomic():
        if get(template_id) is None:
            return save(data, clock=clock).id
        return save(data, template_id, clock=clock).id


def builtin_default(kind: str, name: str) -> TemplateData | None:
    """The text Rapport shipped for a built-in template (to reset an edited one)."""
    from app.db import migrations_dir

    shipped: list[tuple[str, str, str, str]] = []
    # Newest texts first: a later migration may have replaced a default (0060: the introduction).
    for file_name in ("0060_coach.py", "0002_seed_defaults.py"):
        spec = importlib.util.spec_from_file_location(f"rapport_seed_{file_name[:4]}", migrations_dir() / file_name)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        shipped += module.TEMPLATES
    for t_name, t_kind, subject, body in shipped:
        if t_kind == kind and t_name == name:
            return TemplateData(t_name, t_kind, subject, body)
    matches = [TemplateData(*t) for t in shipped if t[1] == kind]
    return matches[0] if matches else None
