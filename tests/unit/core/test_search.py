"""The search engine: words, accents, prefixes, ranking, trash, and text that must never break it."""

import pytest

from app.core.contacts import search
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.contacts.search import Scope, match_expression, search_ids, words
from app.core.contacts.service import create_contact, restore_contacts, trash_contacts

HOSTILE = [
    '"',
    "'",
    "*",
    "-",
    "a OR (",
    "NEAR(",
    ")",
    "^",
    "name:",
    "\\",
    "%",
    "_",
    "Robert'); DROP TABLE contact;--",
    '"unbalanced',
    "AND",
    "NOT",
    "a NOT b",
    "{name}: x",
    "x*y",
    "-x",
    "+",
    "\x00",
    "名前",
    "🙂",
    " " * 50,
    "a" * 5000,
    " ".join(["w"] * 500),
]


@pytest.fixture
def people(db, clock):
    def add(given, family, company="", title="", notes="", emails=()):
        data = ContactData(
            given_name=given,
            family_name=family,
            company=company,
            title=title,
            notes=notes,
            emails=[EmailEntry(e) for e in emails],
        )
        return create_contact(data, clock=clock).id

    return {
        "jose": add("José", "Müller-Lüdenscheidt", "Exämple Freight", "Ops lead", emails=["jose@example.org"]),
        "joseph": add("Joseph", "Park", "Northwind", "Driver"),
        "ada": add("Ada", "Okafor", "Contoso", "Engineer", notes="Met Joseph at the depot"),
        "chen": add("Wei", "Chen", "Fabrikam", "Analyst", emails=["wei.chen@fabrikam.example"]),
        "obrien": add("Niamh", "O'Brien", "Tailspin"),
    }


def test_words_split_like_the_tokenizer():
    assert words("José Müller-Lüdenscheidt") == ["josé", "müller", "lüdenscheidt"]
    assert words("Robert'); DROP TABLE contact;--") == ["robert", "drop", "table", "contact"]
    assert words("a OR (") == ["a", "or"]
    assert words('"*-^:') == []


def test_match_expression_quotes_every_word_as_a_prefix():
    assert match_expression("jose mull") == '"jose"* "mull"*'
    assert match_expression("NEAR(") == '"near"*'
    assert match_expression("%_") is None


def test_accents_are_ignored_both_ways(people):
    assert search_ids("jose mull") == [people["jose"]]
    assert search_ids("JOSÉ")[0] == people["jose"]
    assert people["jose"] in search_ids("ludenscheidt")
    assert people["jose"] in search_ids("example")  # company "Exämple Freight"


def test_prefixes_match_any_word(people):
    assert set(search_ids("jos")) == {people["jose"], people["joseph"], people["ada"]}  # Ada's notes mention Joseph
    assert search_ids("fabr") == [people["chen"]]
    assert search_ids("wei.chen@fabrikam") == [people["chen"]]
    assert search_ids("o'brien") == [people["obrien"]]


def test_best_match_first_name_before_notes(people):
    found = search_ids("joseph")
    assert found[0] == people["joseph"]
    assert found[-1] == people["ada"]


def test_whole_name_words_come_before_prefixes(people):
    assert search_ids("JOSÉ")[0] == people["jose"]  # "José" exactly, before "Joseph"
    assert search_ids("jos")[-1] == people["ada"]  # notes only


def test_limit(people):
    assert len(search_ids("jos", limit=1)) == 1
    assert search_ids("jos", limit=0) == []


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_never_raises(people, text):
    result = search_ids(text)
    assert isinstance(result, list)
    assert all(isinstance(i, int) for i in result)
    assert isinstance(search_ids(text, scope=Scope.ALL), list)


def test_sql_injection_text_changes_nothing(people):
    from app.models import Contact

    before = Contact.select().count()
    search_ids("Robert'); DROP TABLE contact;--")
    assert Contact.select().count() == before


def test_trashed_contacts_leave_the_index_and_come_back(people, clock):
    trash_contacts([people["chen"]], clock=clock)
    assert search_ids("chen") == []
    assert search.count_live_matches('"chen"*') == 0
    assert search_ids("chen", scope=Scope.TRASH) == [people["chen"]]
    assert search_ids("fabrik", scope=Scope.ALL) == [people["chen"]]
    restore_contacts([people["chen"]])
    assert search_ids("chen") == [people["chen"]]


def test_trash_search_ignores_accents_and_uses_word_prefixes(people, clock):
    trash_contacts([people["jose"]], clock=clock)
    assert search_ids("jose mull", scope=Scope.TRASH) == [people["jose"]]
    assert search_ids("ose", scope=Scope.TRASH) == []


def test_edits_of_a_trashed_contact_stay_out_of_the_index(people, clock):
    from app.models import Contact

    trash_contacts([people["ada"]], clock=clock)
    contact = Contact.get_by_id(people["ada"])
    contact.title = "Principal engineer"
    contact.save()
    assert search_ids("principal") == []


def test_nickname_and_middle_name_are_searchable_and_follow_edits(db, clock):
    from app.core.contacts.service import update_contact
    from app.models import Contact

    contact = create_contact(
        ContactData(given_name="Robert", middle_name="Xavier", family_name="Lindqvist", nickname="Bobby"), clock=clock
    )
    assert search_ids("bobby") == [contact.id]
    assert search_ids("xav") == [contact.id]
    data = ContactData.from_contact(Contact.get_by_id(contact.id))
    data.nickname = "Robin"
    update_contact(contact.id, data, clock=clock)
    assert search_ids("bobby") == [] and search_ids("robin") == [contact.id]
