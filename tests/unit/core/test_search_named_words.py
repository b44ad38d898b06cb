"""A long typed word named as the few words of the index it starts (issue 21): the contact list finds exactly what
the prefix finds, in the same order, whichever way it lists them."""

import datetime as dt

import pytest

from app.core.contacts import list_query as contact_list
from app.core.contacts import search
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.contacts.list_query import ContactFilter, Sort, SortKey
from app.core.contacts.service import create_contact, trash_contacts

TODAY = dt.date(2026, 3, 16)
TEXTS = ["example", "example.c", "example.com", "exam", "examples", "gmail", "josé", "muller", "müll", "zz9", "Ben"]


@pytest.fixture
def network(db, clock):
    people = [
        ("José", "Müller", "jose@example.com"),
        ("Ben", "Examples", "ben@gmail.com"),
        ("Ada", "Okafor", "ada@example.org"),
        ("Ben", "Ito", "b.ito@examplecorp.com"),
        ("Carla", "Mull", "carla@mail.example.com"),
        ("Dan", "Zz9", ""),
    ]
    ids = []
    for n in range(4):
        for given, family, email in people:
            data = ContactData(given_name=given, family_name=f"{family}{'' if n == 0 else n}")
            if email:
                data.emails = [EmailEntry(value=email.replace("@", f"{n}@"))]
            ids.append(create_contact(data, clock=clock).id)
    trash_contacts(ids[::7], clock=clock)
    return ids


def listed(text: str, sort: Sort | None, head: int) -> tuple[int, list[int]]:
    result = contact_list.query(ContactFilter(text=text), sort, today=TODAY, head=head)
    return result.count, list(result.ids)


@pytest.mark.parametrize("walk_from", [1, 10_000])
@pytest.mark.parametrize("full_limit", [0, 1000])
def test_named_words_list_what_the_prefix_lists(network, monkeypatch, walk_from, full_limit):
    monkeypatch.setattr(contact_list, "WALK_MIN_MATCHES", walk_from)
    monkeypatch.setattr(contact_list, "FULL_LIMIT", full_limit)
    for text in TEXTS:
        for sort in (None, Sort(SortKey.NAME), Sort(SortKey.NAME, descending=True)):
            named = listed(text, sort, head=3)
            with monkeypatch.context() as plain:
                plain.setattr(search, "list_expression", search.match_expression)
                assert named == listed(text, sort, head=3), (text, sort)


def test_long_ascii_words_are_named_and_others_keep_their_prefix(network, monkeypatch):
    named = '("example" OR "examplecorp" OR "examples" OR "examples2" OR "examples3")'
    assert search.list_expression("exampl") == named
    assert search.list_expression("exampl c") == f'{named} AND "c"*'
    assert search.list_expression("ex") == '"ex"*'  # the prefix index answers short words
    assert search.list_expression("müll") == '"müll"*'  # the index folds accents its own way
    assert search.list_expression("nobodyhere") == '"nobodyhere"*'
    monkeypatch.setattr(search, "EXPAND_AT_MOST", 4)
    assert search.list_expression("exampl") == '"exampl"*'  # too many words start with it


def test_named_words_make_a_long_word_cheap_to_test_row_by_row(network):
    assert search.is_cheap_to_test(search.list_expression("example.c"))
    assert not search.is_cheap_to_test(search.match_expression("example.c"))
