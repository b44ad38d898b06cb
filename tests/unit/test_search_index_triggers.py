"""The FTS index and the contact list's derived columns follow every write, in the same transaction."""

import datetime as dt

import pytest

from app.models import Company, Contact, ContactEmail, ContactIndex, FollowUp, Interaction


def matches(text: str) -> set[int]:
    query = ContactIndex.select(ContactIndex.rowid).where(ContactIndex.match(text))
    return {row.rowid for row in query}


@pytest.fixture
def jose(db):
    company = Company.create(name="Exämple Freight")
    contact = Contact.create(given_name="José", family_name="Müller-Lüdenscheidt", company=company, title="Ops lead")
    ContactEmail.create(contact=contact, value="jose@example.org")
    return contact


def test_insert_indexes_names_without_accents(jose):
    assert matches('"jose"* "mull"*') == {jose.id}
    assert matches('"ludenscheidt"') == {jose.id}


def test_company_title_and_email_are_indexed(jose):
    assert matches('"example"') == {jose.id}  # company name, accents removed
    assert matches('"ops"') == {jose.id}
    assert matches('"jose" "org"') == {jose.id}


def test_update_reindexes(jose):
    jose.family_name = "Okafor"
    jose.display_name = "José Okafor"
    jose.save()
    assert matches('"okafor"') == {jose.id}
    assert matches('"muller"') == set()


def test_email_changes_and_deletes_reindex(jose):
    email = ContactEmail.get(ContactEmail.contact == jose)
    email.value = "pepe@example.net"
    email.save()
    assert matches('"pepe"') == {jose.id}
    assert matches('"org"') == set()
    email.delete_instance()
    assert matches('"pepe"') == set()


def test_company_rename_and_delete_reindex(jose):
    company = jose.company
    company.name = "Northwind Traders"
    company.save()
    assert matches('"northwind"') == {jose.id}
    company.delete_instance()
    assert matches('"northwind"') == set()
    assert Contact.get_by_id(jose.id).company_id is None


def test_contact_delete_removes_it_from_the_index(jose):
    jose.delete_instance()
    assert matches('"jose"') == set()


def test_last_interaction_follows_inserts_updates_and_deletes(jose):
    early = Interaction.create(contact=jose, kind="call", occurred_at=dt.datetime(2026, 1, 5, 9))
    late = Interaction.create(contact=jose, kind="coffee", occurred_at=dt.datetime(2026, 2, 1, 9))
    assert Contact.get_by_id(jose.id).last_interaction_at == dt.datetime(2026, 2, 1, 9)
    late.delete_instance()
    assert Contact.get_by_id(jose.id).last_interaction_at == dt.datetime(2026, 1, 5, 9)
    early.occurred_at = dt.datetime(2026, 3, 1, 9)
    early.save()
    assert Contact.get_by_id(jose.id).last_interaction_at == dt.datetime(2026, 3, 1, 9)


def test_next_followup_is_the_earliest_open_one(jose):
    soon = FollowUp.create(contact=jose, title="Thank", due=dt.date(2026, 3, 2))
    FollowUp.create(contact=jose, title="Call", due=dt.date(2026, 3, 9))
    assert Contact.get_by_id(jose.id).next_followup_due == dt.date(2026, 3, 2)
    soon.status = "done"
    soon.save()
    assert Contact.get_by_id(jose.id).next_followup_due == dt.date(2026, 3, 9)
    FollowUp.delete().execute()
    assert Contact.get_by_id(jose.id).next_followup_due is None


def test_derived_columns_do_not_touch_updated_at(jose):
    before = Contact.get_by_id(jose.id).updated_at
    Interaction.create(contact=jose, kind="email", occurred_at=dt.datetime(2026, 2, 1, 9))
    assert Contact.get_by_id(jose.id).updated_at == before


def test_a_rolled_back_write_leaves_the_index_unchanged(db):
    from app.db import database

    with pytest.raises(RuntimeError), database.atomic():
        Contact.create(given_name="Ghost")
        raise RuntimeError("abort")
    assert matches('"ghost"') == set()
