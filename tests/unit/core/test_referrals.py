"""The trail of breadcrumbs: up to the root, down through everyone referred, and adding referrals in one go."""

import pytest

from app.core.contacts import referrals
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.contacts.service import ContactValidationError, create_contact, trash_contacts
from app.models import Contact


@pytest.fixture
def chain(db, clock):
    """joe → ada → (ben → dan, carla); eve unrelated."""

    def add(name, referrer=None):
        given, family = name.split()
        return create_contact(
            ContactData(given_name=given, family_name=family, referred_by_id=referrer), clock=clock
        ).id

    joe = add("Joe Park")
    ada = add("Ada Okafor", joe)
    ben = add("Ben Ito", ada)
    carla = add("Carla Ruiz", ada)
    dan = add("Dan Moss", ben)
    eve = add("Eve Lind")
    return {"joe": joe, "ada": ada, "ben": ben, "carla": carla, "dan": dan, "eve": eve}


def test_trail_up_goes_to_the_root(chain):
    assert [p.name for p in referrals.trail_up(chain["dan"])] == ["Joe Park", "Ada Okafor", "Ben Ito"]
    assert referrals.trail_up(chain["joe"]) == []


def test_tree_down_holds_everyone_referred_alphabetically(chain):
    node = referrals.tree_down(chain["ada"])
    assert [c.person.name for c in node.children] == ["Ben Ito", "Carla Ruiz"]
    assert [c.person.name for c in node.children[0].children] == ["Dan Moss"]
    assert node.size() == 4
    assert node.depth() == 3


def test_referral_tree_has_root_and_both_directions(chain):
    tree = referrals.referral_tree(chain["ben"])
    assert tree.root.name == "Joe Park"
    assert [p.id for p in tree.ancestors] == [chain["joe"], chain["ada"]]
    assert [c.person.id for c in tree.node.children] == [chain["dan"]]


def test_trashed_people_leave_the_tree_below(chain, clock):
    trash_contacts([chain["carla"]], clock=clock)
    node = referrals.tree_down(chain["ada"])
    assert [c.person.name for c in node.children] == ["Ben Ito"]
    assert referrals.referred_count(chain["ada"]) == 1


def test_a_loop_in_old_data_does_not_hang(chain):
    Contact.update(referred_by=chain["dan"]).where(Contact.id == chain["joe"]).execute()
    trail = referrals.trail_up(chain["ada"])
    assert len(trail) <= 5
    node = referrals.tree_down(chain["joe"])
    assert node.size() == 5


def test_missing_contact():
    assert referrals.referral_tree(999) is None


def test_add_referrals_creates_all_in_one_transaction(chain, clock):
    ids = referrals.add_referrals(
        chain["eve"],
        [ContactData(given_name="Fay", family_name="Gold"), ContactData(given_name="Gus", company="Northwind")],
        clock=clock,
    )
    assert [Contact.get_by_id(i).referred_by_id for i in ids] == [chain["eve"], chain["eve"]]
    assert referrals.referred_count(chain["eve"]) == 2


def test_add_referrals_refuses_the_whole_batch_on_one_bad_row(chain, clock):
    before = Contact.select().count()
    with pytest.raises(ContactValidationError) as info:
        referrals.add_referrals(
            chain["eve"],
            [ContactData(given_name="Fay"), ContactData(given_name="Gus", emails=[EmailEntry("nope")])],
            clock=clock,
        )
    assert "row 2" in str(info.value)
    assert Contact.select().count() == before


def test_add_referrals_and_log_is_one_undoable_use_case(db, clock):
    from app.core.contacts.referrals import add_referrals_and_log, undo_referrals
    from app.models import Interaction

    rita = Contact.create(display_name="Rita")
    people = [ContactData(given_name="Hana"), ContactData(given_name="Omar")]
    done = add_referrals_and_log(rita.id, people, "Suggested Hana, Omar", clock=clock)
    assert [Contact.get_by_id(i).referred_by_id for i in done.ids] == [rita.id, rita.id]
    assert done.logged is not None and Interaction.get_by_id(done.logged.interaction_id).kind == "referral_given"
    assert done.changes.interactions and set(done.ids) <= done.changes.contact_ids
    undo_referrals(done, clock=clock)
    assert Contact.select().count() == 1 and Interaction.select().count() == 0
    again = add_referrals_and_log(rita.id, people, "Suggested Hana, Omar", clock=clock, again=done)
    assert (again.ids, again.uids) == (done.ids, done.uids)
    assert [Contact.get_by_id(i).referred_by_id for i in again.ids] == [rita.id, rita.id]  # still referred on redo
    assert again.logged.interaction_id == done.logged.interaction_id


def test_a_refused_referral_log_adds_nobody(db, clock, monkeypatch):
    from app.core.contacts.interactions import InteractionError
    from app.core.contacts.referrals import add_referrals_and_log

    def refuse(*_args, **_kwargs):
        raise InteractionError("the database said no")

    rita = Contact.create(display_name="Rita")
    monkeypatch.setattr(referrals, "log_with_reminder", refuse)
    with pytest.raises(InteractionError):
        add_referrals_and_log(rita.id, [ContactData(given_name="Hana")], "Suggested Hana", clock=clock)
    assert Contact.select().count() == 1  # Hana was rolled back with the log
