"""Property-based checks: no user input reaches core and makes it crash (DESIGN §9, issue 9)."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli.common import CliError
from app.cli.log import parse_when
from app.core.contacts.contact_data import ContactData, EmailEntry, PhoneEntry
from app.core.contacts.interactions import InteractionError, log_interaction
from app.core.contacts.service import ContactValidationError, create_contact, validate
from app.models import Contact, ContactEmail, Interaction
from app.ui.widgets.text import relative_day

text = st.text(max_size=400)
fields = st.fixed_dictionaries(
    {
        "given_name": text,
        "family_name": text,
        "display_name": text,
        "company": text,
        "title": text,
        "linkedin_url": text,
        "how_met": text,
        "why_connect": text,
        "notes": text,
        "stage": st.sampled_from(["prospect", "met", "ally", "", "bogus"]),
        "keep_in_touch_days": st.one_of(st.none(), st.integers(-5, 5000)),
        "emails": st.lists(st.builds(EmailEntry, text, text, st.booleans()), max_size=3),
        "phones": st.lists(st.builds(PhoneEntry, text, text, st.booleans()), max_size=3),
        "circles": st.lists(text, max_size=3),
    }
)
relaxed = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@relaxed
@given(values=fields)
def test_any_contact_form_input_is_saved_or_refused_cleanly(db, values):
    data = ContactData(**values)
    try:
        clean = validate(data)
    except ContactValidationError as exc:
        assert exc.problems and all(p.field and p.message for p in exc.problems)
        return
    contact = create_contact(clean)
    stored = ContactData.from_contact(Contact.get_by_id(contact.id))
    assert stored.given_name == clean.given_name
    assert stored.notes == clean.notes
    assert [e.value for e in stored.emails] == [e.value for e in clean.emails]
    assert sum(e.primary for e in stored.emails) == (1 if stored.emails else 0)
    assert ContactEmail.select().where(ContactEmail.contact == contact).count() == len(clean.emails)


@relaxed
@given(summary=text, notes=text, kind=st.text(max_size=20))
def test_any_interaction_input_is_logged_or_refused_cleanly(db, summary, notes, kind):
    person = Contact.get_or_create(given_name="Prop", defaults={"display_name": "Prop"})[0]
    before = Interaction.select().count()
    try:
        logged = log_interaction(person.id, kind, summary=summary, notes=notes)
    except InteractionError:
        assert Interaction.select().count() == before
        return
    assert logged.interaction.summary == summary.replace("\x00", "").strip()[:500]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_when_text_parses_or_is_a_usage_error(value):
    try:
        result = parse_when(value)
    except CliError as exc:
        assert exc.code == 1 and "ISO" in str(exc)
        return
    assert result is None or isinstance(result, dt.datetime)


@settings(max_examples=300, deadline=None)
@given(st.dates(), st.dates())
def test_relative_day_describes_any_date(day, today):
    words = relative_day(day, today)
    assert words and isinstance(words, str)


@pytest.mark.parametrize("value", ["", "   ", None])
def test_empty_when_means_now(value):
    assert parse_when(value) is None


@pytest.fixture
def searchable(db):
    from app.core.contacts.service import create_contact as make

    for first, family, email in (
        ("José", "Müller", "jose@example.org"),
        ("Ada", "Okafor", "ada@example.com"),
        ("Zoë", "O'Brien", "zoe@example.net"),
    ):
        make(ContactData(given_name=first, family_name=family, emails=[EmailEntry(email)]))
    return db


search_text = st.one_of(
    st.text(max_size=60),
    st.text(alphabet='"*-^():\\%_ ORANDNEARnot', max_size=30),  # FTS5 syntax characters and operators
)


@relaxed
@given(text=search_text)
def test_any_search_text_returns_live_contact_ids_without_raising(searchable, text):
    from app.core.contacts import list_query as contact_list
    from app.core.contacts.search import Scope, search_ids

    found = search_ids(text, limit=50)
    live = {c.id for c in Contact.select(Contact.id)}
    assert set(found) <= live
    assert len(found) == len(set(found))
    assert set(search_ids(text, scope=Scope.TRASH)) == set()  # nobody is in the trash here
    listed = contact_list.query(contact_list.ContactFilter(text=text), today=dt.date(2026, 3, 16))
    assert set(listed.ids) <= live


@relaxed
@given(prefix_length=st.integers(1, 6), upper=st.booleans())
def test_every_prefix_of_a_name_finds_it_whatever_the_case_and_accents(searchable, prefix_length, upper):
    from app.core.contacts.search import search_ids

    jose = Contact.get(Contact.given_name == "José").id
    for typed in ("jose", "José", "muller", "Müller"):
        text = typed[:prefix_length]
        assert jose in search_ids(text.upper() if upper else text)
