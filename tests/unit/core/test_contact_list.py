"""What the contact list shows: filters, orders, the head-then-rest loading, and the per-row data."""

import datetime as dt

import pytest

from app.core.coach import ledger
from app.core.contacts import bulk_edit as bulk
from app.core.contacts import list_query as contact_list
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import log_interaction
from app.core.contacts.list_query import ContactFilter, Sort, SortKey
from app.core.contacts.list_rows import rows_for
from app.core.contacts.service import create_contact, delete_contacts, empty_trash, restore_contacts, trash_contacts
from app.core.followups.reminders import add_reminder
from app.models import Circle, Company, Contact

TODAY = dt.date(2026, 3, 16)


def ids_of(flt=None, sort=None):
    result = contact_list.query(flt or ContactFilter(), sort, today=TODAY)
    assert result.complete
    return list(result.ids)


@pytest.fixture
def people(db, clock):
    def add(given, family, company="", stage="prospect", circles=(), invitation="none"):
        data = ContactData(
            given_name=given,
            family_name=family,
            company=company,
            stage=stage,
            circles=list(circles),
            invitation_status=invitation,
        )
        return create_contact(data, clock=clock).id

    p = {
        "ada": add("Ada", "Okafor", "Example Freight", "met", ["Former co-workers"]),
        "ben": add("Ben", "Ito", "Northwind", "invited", invitation="sent"),
        "carla": add("Carla", "Ruiz", "", "talked", ["Family", "Former co-workers"]),
        "dan": add("Dan", "Moss", "Contoso", "prospect"),
    }
    Company.update(is_target=True).where(Company.name == "Northwind").execute()
    log_interaction(p["ada"], "coffee", when=dt.datetime(2026, 3, 13, 9), clock=clock)
    log_interaction(p["carla"], "call", when=dt.datetime(2025, 6, 1, 9), clock=clock)
    add_reminder(p["dan"], dt.date(2026, 3, 20), "Call Dan", clock=clock)
    ledger.add_entry(p["ben"], "gave", "An article", clock=clock)
    return p


def test_default_order_is_by_name(people):
    assert ids_of() == [people["ada"], people["ben"], people["carla"], people["dan"]]
    assert ids_of(sort=Sort(SortKey.NAME, descending=True))[0] == people["dan"]


def test_search_text_filters_best_first(people):
    result = contact_list.query(ContactFilter(text="okaf"), today=TODAY)
    assert list(result.ids) == [people["ada"]]
    assert result.sort.key is SortKey.RELEVANCE


def test_hostile_text_in_the_list_never_raises(people):
    for text in ['"', "a OR (", "NEAR(", "Robert'); DROP TABLE contact;--", "*", "^", "-"]:
        assert isinstance(ids_of(ContactFilter(text=text), Sort()), list)


def test_filters(people):
    coworkers = Circle.get(Circle.name == "Former co-workers").id
    assert set(ids_of(ContactFilter(circle_id=coworkers))) == {people["ada"], people["carla"]}
    assert set(ids_of(ContactFilter(circle_id=contact_list.NO_CIRCLE))) == {people["ben"], people["dan"]}
    assert ids_of(ContactFilter(stage="invited")) == [people["ben"]]
    assert ids_of(ContactFilter(invitation_status="sent")) == [people["ben"]]
    assert ids_of(ContactFilter(targets_only=True)) == [people["ben"]]
    quiet = set(ids_of(ContactFilter(quiet_days=30)))
    assert quiet == {people["ben"], people["carla"], people["dan"]}  # never contacted counts as quiet
    assert ids_of(ContactFilter(text="ruiz", circle_id=coworkers)) == [people["carla"]]


def test_reconnect_filter_matches_keep_in_touch_status(people):
    # Carla: Family circle (90 days), last call 1 Jun 2025 -> overdue; the others were added today.
    assert ids_of(ContactFilter(reconnect=True)) == [people["carla"]]
    rows = rows_for([people["carla"], people["ada"]], TODAY)
    assert rows[people["carla"]].status == "red"
    assert rows[people["ada"]].status == "green"


@pytest.mark.parametrize(
    ("key", "first"),
    [
        (SortKey.COMPANY, "ada"),  # Contoso < Example Freight < Northwind, no company last
        (SortKey.STAGE, "dan"),  # prospect first
        (SortKey.LAST, "carla"),  # oldest interaction first, never contacted last
        (SortKey.NEXT, None),  # earliest open follow-up first (the rules' and the custom ones), none last
        (SortKey.BALANCE, "ada"),
        (SortKey.STATUS, "carla"),  # most overdue first
    ],
)
def test_sort_keys(people, key, first):
    order = ids_of(sort=Sort(key))
    if key is SortKey.COMPANY:
        assert order[0] == people["dan"] and order[-1] == people["carla"]
    elif key is SortKey.BALANCE:
        assert order[-1] == people["ben"]
    elif key is SortKey.NEXT:
        dues = {cid: Contact.get_by_id(cid).next_followup_due for cid in order}
        with_due = [cid for cid in order if dues[cid] is not None]
        assert with_due == order[: len(with_due)]
        assert [dues[cid] for cid in with_due] == sorted(dues[cid] for cid in with_due)
        assert dues[people["dan"]] <= dt.date(2026, 3, 20)  # the custom "Call Dan" counts
    else:
        assert order[0] == people[first]
    assert sorted(order) == sorted(people.values())


def test_trash_view_restore_and_empty(people, clock):
    trash_contacts([people["ben"]], clock=clock)
    assert people["ben"] not in ids_of()
    assert ids_of(ContactFilter(trash=True)) == [people["ben"]]
    assert ids_of(ContactFilter(trash=True, text="ito")) == [people["ben"]]
    assert ids_of(ContactFilter(trash=True, text="okafor")) == []
    restore_contacts([people["ben"]])
    assert ids_of(ContactFilter(trash=True)) == []
    assert people["ben"] in ids_of(ContactFilter(text="ito"))
    trash_contacts([people["dan"]], clock=clock)
    assert empty_trash() == 1
    assert Contact.get_or_none(Contact.id == people["dan"]) is None


def test_large_results_come_as_a_head_then_the_rest(db, clock):
    from app.core.demo import contacts as demo_data

    demo_data.generate(contacts=300, seed=3, clock=clock)
    result = contact_list.query(ContactFilter(), today=TODAY, head=50)
    full = contact_list.all_ids(ContactFilter(), result.sort, today=TODAY)
    assert result.count == 300 == len(full)
    if not result.complete:
        assert list(result.ids) == list(full[:50])
    names = [Contact.get_by_id(i).display_name.lower() for i in full[:20]]
    assert names == sorted(names)


def test_a_search_matching_many_is_listed_by_name(db, clock, monkeypatch):
    from app.core.demo import contacts as demo_data

    demo_data.generate(contacts=120, seed=3, clock=clock)
    monkeypatch.setattr(contact_list, "FULL_LIMIT", 10)
    result = contact_list.query(ContactFilter(text="e"), today=TODAY, head=10)
    assert result.sort.key is SortKey.NAME
    assert result.count > 10 and not result.complete
    assert list(result.ids) == list(contact_list.all_ids(ContactFilter(text="e"), result.sort, today=TODAY)[:10])


def test_rows_carry_what_the_columns_show(people):
    rows = rows_for(list(people.values()), TODAY)
    ada, ben, dan = rows[people["ada"]], rows[people["ben"]], rows[people["dan"]]
    assert (ada.name, ada.company, ada.stage) == ("Ada Okafor", "Example Freight", "met")
    assert ada.last_interaction_at == dt.datetime(2026, 3, 13, 9)
    assert ben.company_is_target and ben.balance == 1
    assert dan.next_followup_due == dt.date(2026, 3, 20)
    assert len(rows[people["carla"]].circle_ids) == 2


def test_bulk_circle_and_stage_round_trip(people, clock):
    circle_id, added = bulk.add_to_circle(list(people.values()), "Book club")
    assert sorted(added) == sorted(people.values())
    assert bulk.add_to_circle([people["ada"]], "Book club")[1] == []
    assert sorted(bulk.remove_from_circle(added, circle_id)) == sorted(added)
    previous = bulk.set_stage([people["ada"], people["dan"]], "ally", clock=clock)
    assert previous == {people["ada"]: "met", people["dan"]: "prospect"}
    bulk.restore_stages(previous, clock=clock)
    assert Contact.get_by_id(people["ada"]).stage == "met"
    with pytest.raises(ValueError):
        bulk.set_stage([people["ada"]], "best friend", clock=clock)


def test_create_again_at_the_same_id_after_undo(people, clock):
    data = ContactData.from_contact(Contact.get_by_id(people["dan"]))
    uid = Contact.get_by_id(people["dan"]).uid
    delete_contacts([people["dan"]])
    again = create_contact(data, clock=clock, contact_id=people["dan"], uid=uid)
    assert (again.id, again.uid) == (people["dan"], uid)
    assert people["dan"] in ids_of(ContactFilter(text="moss"))


def test_just_these_people_from_an_insights_number(people):
    only = frozenset({people["carla"], people["ada"], 9999})
    flt = ContactFilter(only_ids=only, only_label="Referred by Joe")
    assert ids_of(flt) == [people["ada"], people["carla"]]
    assert flt.restrictions() == 1
    assert ids_of(ContactFilter(only_ids=only, text="ruiz")) == [people["carla"]]
    assert ids_of(ContactFilter(only_ids=frozenset())) == []
