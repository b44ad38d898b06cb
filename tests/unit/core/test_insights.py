"""Network insights on a small hand-built network whose right answers are known.

Joe (close, Friends) ──► Ada (at target Northwind; coffee 2 Mar) ──► Carla (email) ──► Dan
     └──────────────► Ben (call 4 Mar)
Eve (new, Former co-workers) ──► Fay (meeting 10 Mar; a coffee planned on 20 Mar)
Gus (acquaintance, trashed) ──► Hal
"""

import datetime as dt

import pytest

from app.core.coach import insights
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact, trash_contacts
from app.models import Company, Contact


def add(clock, given, **fields) -> int:
    return create_contact(ContactData(given_name=given, **fields), clock=clock).id


@pytest.fixture
def net(db, clock):
    Company.create(name="Northwind", is_target=True)
    p = {}
    p["joe"] = add(clock, "Joe", tie="close", circles=["Friends"], stage="ally")
    p["ada"] = add(clock, "Ada", referred_by_id=p["joe"], company="Northwind", stage="met", keep_in_touch_days=10)
    p["ben"] = add(clock, "Ben", referred_by_id=p["joe"], stage="talked", keep_in_touch_days=10)
    p["carla"] = add(clock, "Carla", referred_by_id=p["ada"], stage="connected")
    p["dan"] = add(clock, "Dan", referred_by_id=p["carla"], tie="new")
    p["eve"] = add(clock, "Eve", tie="new", circles=["Former co-workers"], stage="talked")
    p["fay"] = add(clock, "Fay", referred_by_id=p["eve"], stage="met", circles=["Former co-workers"])
    p["gus"] = add(clock, "Gus")
    p["hal"] = add(clock, "Hal", referred_by_id=p["gus"])
    trash_contacts([p["gus"]], clock=clock)
    log_interaction(p["ada"], "coffee", when=dt.datetime(2026, 2, 14, 9), clock=clock)  # 30 days ago: cold
    log_interaction(p["ben"], "call", when=dt.datetime(2026, 3, 4, 9), clock=clock)  # 12 days ago: due
    log_interaction(p["carla"], "email", when=dt.datetime(2026, 3, 15, 9), clock=clock)
    log_interaction(p["fay"], "meeting", when=dt.datetime(2026, 3, 10, 9), clock=clock)
    log_interaction(p["fay"], "coffee", when=dt.datetime(2026, 3, 20, 9), clock=clock)  # planned
    return p


def test_door_openers_count_first_hand_referrals_meetings_and_leads(net, clock):
    result = insights.door_openers(clock=clock)
    scores = [(p.name, p.referrals, p.meetings, p.leads) for p in result.people]
    assert scores == [("Joe", 2, 2, 1), ("Eve", 1, 1, 0), ("Ada", 1, 0, 0), ("Carla", 1, 0, 0)]
    assert result.pareto == insights.Pareto(referrers=4, referrals=5, top=1, top_referrals=2)
    assert result.pareto.top_share == pytest.approx(0.4)
    assert (result.meetings, result.meetings_via_referrals, result.leads) == (3, 3, 1)


def test_circles_count_members_meetings_and_the_referrals_of_their_members(net, clock):
    circles = {c.name: (c.members, c.meetings, c.referrals, c.leads) for c in insights.circle_scores(clock=clock)}
    assert circles["Friends"] == (1, 0, 2, 1)
    assert circles["Former co-workers"] == (2, 1, 1, 0)
    assert "Family" not in circles  # no members: not listed


def test_referral_depth_follows_the_trail(net):
    depth = insights.referral_depth()
    assert depth.levels == {1: 4, 2: 1, 3: 1}  # Ada, Ben, Fay and Hal (whose referrer is trashed); Carla; Dan
    assert depth.referred == 6
    assert depth.max_depth == 3
    assert depth.starters == 2  # Joe and Eve; Gus is in the trash
    assert depth.longest == ("Joe", "Ada", "Carla", "Dan")


def test_a_referral_loop_in_old_data_does_not_hang(net):
    Contact.update(referred_by=net["dan"]).where(Contact.id == net["joe"]).execute()  # Joe ← Dan: a loop
    depth = insights.referral_depth()
    assert depth.max_depth >= 1 and sum(depth.levels.values()) == 7


def test_the_stage_funnel_counts_each_stage_and_everyone_beyond(net):
    funnel = {s.stage: (s.at_stage, s.reached) for s in insights.stage_funnel()}
    assert funnel == {
        "prospect": (2, 8),  # Dan, Hal (Gus is trashed)
        "invited": (0, 6),
        "connected": (1, 6),
        "talked": (2, 5),
        "met": (2, 3),
        "ally": (1, 1),
    }
    steps = insights.stage_funnel()
    assert steps[5].conversion_from(steps[4]) == pytest.approx(1 / 3)
    assert steps[0].conversion_from(None) is None


def test_strong_and_weak_ties_reached_and_their_referrals(net):
    ties = {t.tie: (t.total, t.reached, t.referrals, t.strong) for t in insights.ties()}
    assert ties == {
        "close": (1, 0, 2, True),
        "acquaintance": (5, 4, 2, False),  # Ada, Ben, Carla, Fay reached; Ada and Carla referred
        "new": (2, 0, 1, False),
    }


def test_going_cold_counts_only_people_i_have_been_in_touch_with(net, clock):
    cold = insights.going_cold(clock=clock)
    assert (cold.in_touch, cold.due, cold.cold) == (4, 1, 1)
    assert [(p.name, p.days_past_max) for p in cold.coldest] == [("Ada", 15)]  # 30 days, maximum 15


@pytest.mark.parametrize(
    ("kind", "value", "names"),
    [
        ("referred_by", "joe", {"Ada", "Ben"}),
        ("meetings_via", "joe", {"Ada", "Ben"}),
        ("leads_via", "joe", {"Ada"}),
        ("referrers", None, {"Joe", "Ada", "Carla", "Eve"}),
        ("top_referrers", None, {"Joe"}),
        ("referred", None, {"Ada", "Ben", "Carla", "Dan", "Fay", "Hal"}),
        ("referral_meetings", None, {"Ada", "Ben", "Fay"}),
        ("leads", None, {"Ada"}),
        ("met", None, {"Ada", "Ben", "Fay"}),
        ("depth", 2, {"Carla"}),
        ("stage", "met", {"Ada", "Fay"}),
        ("reached_stage", "met", {"Ada", "Fay", "Joe"}),
        ("tie_all", "new", {"Dan", "Eve"}),
        ("tie_reached", "acquaintance", {"Ada", "Ben", "Carla", "Fay"}),
        ("tie_referrals", "close", {"Ada", "Ben"}),
        ("tie_referrals_weak", None, {"Carla", "Dan", "Fay"}),
        ("cold", None, {"Ada"}),
        ("due", None, {"Ben"}),
        ("in_touch", None, {"Ada", "Ben", "Carla", "Fay"}),
        ("nonsense", None, set()),
    ],
)
def test_every_number_opens_the_contacts_behind_it(net, clock, kind, value, names):
    value = net.get(value, value) if isinstance(value, str) and value in net else value
    ids = insights.contacts_for(insights.Selection(kind, value), clock=clock)
    found = {n for (n,) in Contact.select(Contact.given_name).where(Contact.id.in_(ids)).tuples()}
    assert found == names
    assert len(ids) == len(set(ids))


def test_circle_selections(net, clock):
    from app.models import Circle

    friends = Circle.get(Circle.name == "Friends").id
    coworkers = Circle.get(Circle.name == "Former co-workers").id

    def names(kind, circle):
        ids = insights.contacts_for(insights.Selection(kind, circle), clock=clock)
        return {n for (n,) in Contact.select(Contact.given_name).where(Contact.id.in_(ids)).tuples()}

    assert names("circle_members", coworkers) == {"Eve", "Fay"}
    assert names("circle_met", coworkers) == {"Fay"}
    assert names("circle_referrals", friends) == {"Ada", "Ben"}
    assert names("circle_leads", friends) == {"Ada"}


def test_an_empty_network_has_no_insights_and_no_errors(db, clock):
    assert insights.door_openers(clock=clock).people == []
    assert insights.door_openers(clock=clock).pareto.top_share == 0
    assert insights.referral_depth().levels == {} and insights.referral_depth().longest == ()
    assert all(s.reached == 0 for s in insights.stage_funnel())
    assert insights.going_cold(clock=clock).in_touch == 0


def test_a_person_s_own_cadence_decides_when_they_go_cold(net, clock):
    Contact.update(keep_in_touch_days=20, keep_in_touch_max_days=40).where(Contact.id == net["ada"]).execute()
    cold = insights.going_cold(clock=clock)
    assert (cold.due, cold.cold) == (2, 0)  # Ada: 30 days, ideal 20, maximum 40


def test_people_in_the_trash_are_left_out_of_every_count(net, clock):
    trash_contacts([net["fay"]], clock=clock)
    circles = {c.name: (c.members, c.meetings, c.referrals, c.leads) for c in insights.circle_scores(clock=clock)}
    assert circles["Former co-workers"] == (1, 0, 0, 0)
    openers = insights.door_openers(clock=clock)
    assert openers.meetings == 2 and "Eve" not in [p.name for p in openers.people]
    assert {s.stage: s.at_stage for s in insights.stage_funnel()}["met"] == 1
    assert {t.tie: t.referrals for t in insights.ties()}["new"] == 0


def test_door_openers_break_ties_by_name_reading_only_the_tied_names(db, clock):
    """Equal referrals, leads and meetings: by name (case-insensitive); a trashed referrer is no door-opener."""
    referrers = {name: add(clock, name) for name in ("zoe", "Adam", "bea", "Carl", "dave", "Eli")}
    for n, (name, cid) in enumerate(referrers.items()):
        for k in range(1 + (name == "Eli")):
            add(clock, f"R{n}{k}", referred_by_id=cid)
    trash_contacts([referrers["Adam"]], clock=clock)
    openers = insights.door_openers(clock=clock, limit=3)
    assert [p.name for p in openers.people] == ["Eli", "bea", "Carl"]
    assert openers.pareto.referrers == 5 and openers.pareto.referrals == 6
    everyone = insights.door_openers(clock=clock, limit=100)
    assert [p.name for p in everyone.people] == ["Eli", "bea", "Carl", "dave", "zoe"]
