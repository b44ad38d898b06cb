"""Windows of a long contact list (issue 21): a block of ids by offset, a contact's row counted in SQL, and the plans
that keep both off the contact rows — so a keystroke or a selection far down 50 000 names loads no id list."""

import datetime as dt

import pytest

from app.core.contacts import list_query as contact_list
from app.core.contacts.contact_data import ContactData
from app.core.contacts.list_query import ContactFilter, Sort, SortKey
from app.core.contacts.service import create_contact, trash_contacts
from app.db import database

from .test_start_up_query_plans import plans

TODAY = dt.date(2026, 3, 16)
NAMES = ["Ada Okafor", "Ben Ito", "ada okafor", "Zoë Ruiz", "Émile Zola", "Carla Diaz", "Dan Brown", "Ben Ito"]


@pytest.fixture
def listed(db, clock):
    ids = []
    for n, name in enumerate(NAMES * 3):
        given, family = name.split()
        stage = "prospect" if n % 2 else "connected"
        ids.append(create_contact(ContactData(given_name=given, family_name=family, stage=stage), clock=clock).id)
    trash_contacts(ids[::5], clock=clock)
    return ids


FILTERS = [ContactFilter(), ContactFilter(stage="prospect"), ContactFilter(text="ben"), ContactFilter(trash=True)]
SORTS = [Sort(SortKey.NAME), Sort(SortKey.NAME, descending=True)]


@pytest.mark.parametrize("flt", FILTERS)
@pytest.mark.parametrize("sort", SORTS)
def test_windows_and_positions_agree_with_the_whole_list(listed, flt, sort):
    full = list(contact_list.all_ids(flt, sort, today=TODAY))
    assert full
    for offset in range(0, len(full) + 3, 3):
        assert list(contact_list.ids_slice(flt, sort, offset, 3, today=TODAY)) == full[offset : offset + 3]
    for row, contact_id in enumerate(full):
        assert contact_list.position(flt, sort, contact_id, today=TODAY) == row
    unlisted = set(listed) - set(full)
    assert unlisted
    assert all(contact_list.position(flt, sort, cid, today=TODAY) is None for cid in unlisted)


def test_other_orders_say_so(listed):
    with pytest.raises(NotImplementedError):
        contact_list.position(ContactFilter(), Sort(SortKey.COMPANY), listed[1], today=TODAY)


def test_live_count_follows_writes(listed, clock):
    before = contact_list.live_count()
    assert before == len(listed) - len(listed[::5])
    new = create_contact(ContactData(given_name="New", family_name="Person"), clock=clock).id
    assert contact_list.live_count() == before + 1
    assert contact_list.query(ContactFilter(), today=TODAY).count == before + 1
    trash_contacts([new], clock=clock)
    assert contact_list.query(ContactFilter(), today=TODAY).count == before


@pytest.fixture
def statements(db, monkeypatch):
    seen: list[tuple[str, tuple]] = []
    original = type(database).execute_sql

    def recording(self, sql, params=None, *args, **kwargs):
        seen.append((sql, tuple(params or ())))
        return original(self, sql, params, *args, **kwargs)

    monkeypatch.setattr(type(database), "execute_sql", recording)
    return seen


def test_a_position_in_name_order_is_counted_on_the_name_index(statements):
    contact_id = create_contact(ContactData(given_name="Ada", family_name="Okafor")).id
    statements.clear()
    assert contact_list.position(ContactFilter(), Sort(SortKey.NAME), contact_id, today=TODAY) == 0
    (plan,) = plans(statements, containing="SELECT count(*)")
    assert "COVERING INDEX contact_deleted_at_display_name" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_a_window_of_the_whole_list_walks_the_name_index(statements):
    contact_list.ids_slice(ContactFilter(), Sort(SortKey.NAME), 500, 256, today=TODAY)
    (plan,) = plans(statements, containing="OFFSET")
    assert plan == "SEARCH c USING COVERING INDEX contact_deleted_at_display_name (deleted_at=?)", plan


def test_the_head_of_the_whole_list_reads_the_name_index_only(statements):
    contact_list.query(ContactFilter(), today=TODAY, head=60)
    (plan,) = plans(statements, containing="SELECT c.id FROM contact AS c")
    assert plan == "SEARCH c USING COVERING INDEX contact_deleted_at_display_name (deleted_at=?)", plan


@pytest.mark.parametrize("text", ["e", "exampl"])  # short words: one index probe per row; longer: matches collected
def test_a_large_search_is_listed_by_walking_the_name_index(db, statements, monkeypatch, text):
    """A search matching thousands is listed by name: the name index in order, each row checked against the
    matches — never a sort of every match, and no contact row read."""
    monkeypatch.setattr(contact_list, "WALK_MIN_MATCHES", 1)
    monkeypatch.setattr(contact_list, "FULL_LIMIT", 0)
    for n in range(4):
        create_contact(ContactData(given_name=f"Eve{n}", family_name="Example"))
    statements.clear()
    result = contact_list.query(ContactFilter(text=text), today=TODAY, head=2)
    assert result.count == 4 and len(result.ids) == 2
    (plan,) = plans(statements, containing="ORDER BY c.display_name ASC, c.id ASC LIMIT 2")
    assert plan.startswith("SEARCH c USING COVERING INDEX contact_deleted_at_display_name (deleted_at=?)"), plan
    assert "TEMP B-TREE" not in plan, plan
    assert "VIRTUAL TABLE" in plan, plan
