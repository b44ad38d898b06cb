"""Duplicates: finding likely pairs, and a merge that loses nothing and can be undone."""

import datetime as dt

import pytest

from app.core.coach import ledger
from app.core.contacts import duplicates
from app.core.contacts.contact_data import ContactData, EmailEntry, PhoneEntry
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact
from app.core.followups.reminders import add_reminder
from app.models import (
    Contact,
    ContactCircle,
    ContactEmail,
    ContactPhone,
    FollowUp,
    Interaction,
    LedgerEntry,
    Pitch,
    PitchContact,
)


def add(clock, given, family="", company="", emails=(), linkedin="", **extra):
    data = ContactData(
        given_name=given,
        family_name=family,
        company=company,
        emails=[EmailEntry(e) for e in emails],
        linkedin_url=linkedin,
        **extra,
    )
    return create_contact(data, clock=clock).id


def pairs(found):
    return {frozenset((p.keep_id, p.other_id)): p for p in found}


def test_same_email_same_profile_and_similar_names_are_found(db, clock):
    a = add(clock, "Ada", "Okafor", "Example Freight", emails=["ada@example.com"])
    b = add(clock, "Ada", "Okafor-Smith", emails=["ADA@example.com"])
    c = add(clock, "Ben", "Ito", linkedin="linkedin.com/in/ben-ito")
    d = add(clock, "Benjamin", "Ito", linkedin="https://www.linkedin.com/in/ben-ito/")
    e = add(clock, "José", "Müller", "Northwind Traders")
    f = add(clock, "Jose", "Muller", "Northwind Traders")
    g = add(clock, "Carla", "Ruiz", "Contoso Ltd")
    h = add(clock, "Carla", "Ruiz", "Contoso, Ltd.")
    add(clock, "Carla", "Ruiz", "Fabrikam")  # same name, unrelated company: not a duplicate
    add(clock, "Dan", "Moss", "Northwind Traders")
    found = pairs(duplicates.find_duplicates())
    assert "same email" in found[frozenset((a, b))].reason
    assert "LinkedIn" in found[frozenset((c, d))].reason
    assert found[frozenset((e, f))].score >= 90
    assert frozenset((g, h)) in found
    assert len(found) == 4


def test_trashed_contacts_are_not_duplicates(db, clock):
    from app.core.contacts.service import trash_contacts

    a = add(clock, "Ada", emails=["ada@example.com"])
    add(clock, "Ada", emails=["ada@example.com"])
    trash_contacts([a], clock=clock)
    assert duplicates.find_duplicates() == []


def test_the_contact_with_more_history_is_suggested_to_keep(db, clock):
    a = add(clock, "Ada", emails=["ada@example.com"])
    b = add(clock, "Ada", emails=["ada@example.com"])
    log_interaction(b, "call", clock=clock)
    [pair] = duplicates.find_duplicates()
    assert (pair.keep_id, pair.other_id) == (b, a)


def test_cancel_stops_the_search(db, clock):
    add(clock, "Ada", "Okafor", "X")
    with pytest.raises(duplicates.Cancelled):
        duplicates.find_duplicates(is_cancelled=lambda: True)


@pytest.fixture
def twins(db, clock):
    """Two records of Ada with history on both sides, a referral on each side, and a pitch link."""
    joe = add(clock, "Joe", "Park")
    keep = add(
        clock,
        "Ada",
        "Okafor",
        "Example Freight",
        emails=["ada@example.com"],
        phones=[PhoneEntry("(202) 555-0143", "mobile")],
        circles=["Former co-workers"],
        notes="Knows the Rotterdam scene",
    )
    other = add(
        clock,
        "Ada",
        "Okafor",
        "",
        emails=["ada@example.com", "ada.home@example.org"],
        phones=[PhoneEntry("+1 202 555 0199", "home")],
        circles=["Clubs & sports"],
        notes="Runs on Sundays",
        title="Ops lead",
        referred_by_id=joe,
        stage="met",
    )
    referred = add(clock, "Ben", "Ito", referred_by_id=other)
    for cid in (keep, other):
        log_interaction(cid, "coffee", when=dt.datetime(2026, 3, 1, 9), clock=clock)
    intro = log_interaction(joe, "introduction", other_contact_id=other, clock=clock).interaction.id
    ledger.add_entry(other, "gave", "Shared a job lead", clock=clock)
    add_reminder(other, dt.date(2026, 3, 20), "Call Ada back", clock=clock)
    pitch = Pitch.create(title="Recruiter")
    PitchContact.create(pitch=pitch, contact=other)
    return {"joe": joe, "keep": keep, "other": other, "referred": referred, "intro": intro}


def history(cid):
    return {
        "interactions": Interaction.select().where(Interaction.contact == cid).count(),
        "ledger": LedgerEntry.select().where(LedgerEntry.contact == cid).count(),
        "followups": FollowUp.select().where(FollowUp.contact == cid).count(),
        "referrals": Contact.select().where(Contact.referred_by == cid).count(),
        "pitches": PitchContact.select().where(PitchContact.contact == cid).count(),
        "emails": sorted(e.value for e in ContactEmail.select().where(ContactEmail.contact == cid)),
        "phones": sorted(p.value for p in ContactPhone.select().where(ContactPhone.contact == cid)),
        "circles": ContactCircle.select().where(ContactCircle.contact == cid).count(),
    }


def test_merge_keeps_every_interaction_followup_ledger_entry_email_phone_circle_and_referral(twins, clock):
    keep, other = twins["keep"], twins["other"]
    others_followups = {f.id: f for f in FollowUp.select().where(FollowUp.contact == other)}
    record = duplicates.merge(keep, other, clock=clock)
    merged = history(keep)
    assert merged["interactions"] == 2
    assert merged["ledger"] == 1
    kept_followups = {f.id for f in FollowUp.select().where(FollowUp.contact == keep)}
    for fid, followup in others_followups.items():
        per_contact_rule = followup.status == "open" and f":contact:{other}" in (followup.rule_key or "")
        assert (fid in kept_followups) != per_contact_rule, followup.title
    assert FollowUp.get(FollowUp.title == "Call Ada back").contact_id == keep
    reconnects = FollowUp.select().where(
        FollowUp.contact == keep, FollowUp.kind == "keep_in_touch", FollowUp.status == "open"
    )
    assert reconnects.count() <= 1
    assert merged["referrals"] == 1
    assert merged["pitches"] == 1
    assert merged["emails"] == ["ada.home@example.org", "ada@example.com"]
    assert merged["phones"] == ["(202) 555-0143", "+1 202 555 0199"]
    assert merged["circles"] == 2
    contact = Contact.get_by_id(keep)
    assert contact.title == "Ops lead"
    assert contact.stage == "met"
    assert contact.referred_by_id == twins["joe"]
    assert "Rotterdam" in contact.notes and "Sundays" in contact.notes
    assert Interaction.get_by_id(twins["intro"]).other_contact_id == keep
    assert Contact.get_by_id(other).deleted_at is not None
    assert record.moved() >= 6


def test_unmerge_puts_everything_back(twins, clock):
    keep, other = twins["keep"], twins["other"]
    before = {keep: history(keep), other: history(other)}
    keep_data = ContactData.from_contact(Contact.get_by_id(keep))
    record = duplicates.merge(keep, other, clock=clock)
    duplicates.unmerge(record, clock=clock)
    assert history(keep) == before[keep]
    assert history(other) == before[other]
    assert ContactData.from_contact(Contact.get_by_id(keep)) == keep_data
    assert Contact.get_by_id(other).deleted_at is None
    assert Interaction.get_by_id(twins["intro"]).other_contact_id == other


def test_merge_is_one_transaction(twins, clock, monkeypatch):
    keep, other = twins["keep"], twins["other"]
    before = history(keep)

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(duplicates, "_move", boom)
    with pytest.raises(RuntimeError):
        duplicates.merge(keep, other, clock=clock)
    assert history(keep) == before
    assert Contact.get_by_id(other).deleted_at is None


def test_merge_with_an_introduction_between_the_two(db, clock):
    a = add(clock, "Ada", emails=["a@example.com"])
    b = add(clock, "Ada", emails=["a@example.com"])
    intro = log_interaction(a, "introduction", other_contact_id=b, clock=clock).interaction.id
    record = duplicates.merge(a, b, clock=clock)
    assert Interaction.get_by_id(intro).other_contact_id is None
    duplicates.unmerge(record, clock=clock)
    assert Interaction.get_by_id(intro).other_contact_id == b


def test_merge_breaks_a_referral_loop_it_would_create(db, clock):
    other = add(clock, "Ada")
    middle = add(clock, "Ben", referred_by_id=other)
    keep = add(clock, "Ada", "O.", referred_by_id=middle)
    record = duplicates.merge(keep, other, clock=clock)
    assert record.cleared_loop
    assert Contact.get_by_id(keep).referred_by_id is None
    assert Contact.get_by_id(middle).referred_by_id == keep
    duplicates.unmerge(record, clock=clock)
    assert Contact.get_by_id(keep).referred_by_id == middle
    assert Contact.get_by_id(middle).referred_by_id == other


@pytest.mark.parametrize("case", ["same", "missing", "trashed"])
def test_impossible_merges_are_refused(db, clock, case):
    from app.core.contacts.service import trash_contacts

    a = add(clock, "Ada")
    b = add(clock, "Bea")
    if case == "trashed":
        trash_contacts([b], clock=clock)
    other = {"same": a, "missing": 999, "trashed": b}[case]
    with pytest.raises(duplicates.MergeError):
        duplicates.merge(a, other, clock=clock)


def test_merged_data_prefers_the_kept_values_and_fills_gaps(twins):
    data = duplicates.merged_data(twins["keep"], twins["other"])
    assert data.company == "Example Freight"
    assert data.title == "Ops lead"
    assert data.emails[0].value == "ada@example.com" and data.emails[0].primary
    assert [e.primary for e in data.emails].count(True) == 1


def test_two_people_with_different_linkedin_profiles_are_never_suggested(db, clock):
    from app.core.contacts.duplicates import find_duplicates

    a = create_contact(
        ContactData(
            given_name="John",
            family_name="Smith",
            company="IBM",
            linkedin_url="https://www.linkedin.com/in/john-smith-1",
        ),
        clock=clock,
    )
    b = create_contact(
        ContactData(
            given_name="John",
            family_name="Smith",
            company="IBM",
            linkedin_url="https://www.linkedin.com/in/john-smith-2",
        ),
        clock=clock,
    )
    c = create_contact(ContactData(given_name="John", family_name="Smith", company="IBM"), clock=clock)
    pairs = {(min(p.keep_id, p.other_id), max(p.keep_id, p.other_id)) for p in find_duplicates()}
    assert (a.id, b.id) not in pairs
    assert {(a.id, c.id), (b.id, c.id)} <= pairs  # without a profile, a look-alike is still worth a look


def test_merging_keeps_the_new_fields_and_moves_foreign_uids(db, clock):
    from app.core.contacts.contact_data import DateEntry, HandleEntry, WebsiteEntry
    from app.core.contacts.duplicates import merge, unmerge
    from app.models import ContactSourceUid

    keep = create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)
    other = create_contact(
        ContactData(
            given_name="Ada",
            family_name="Okafor",
            middle_name="N.",
            nickname="Adi",
            dates=[DateEntry(4, 12, 1985)],
            websites=[WebsiteEntry("https://ada.example.org", "blog")],
            handles=[HandleEntry("xmpp:ada@example.org", "xmpp")],
            vcard_properties=["X-ABRELATEDNAMES:Ben"],
        ),
        clock=clock,
    )
    ContactSourceUid.create(contact=other, uid="phone-1")
    record = merge(keep.id, other.id, clock=clock)
    merged = ContactData.from_contact(Contact.get_by_id(keep.id))
    assert (merged.middle_name, merged.nickname) == ("N.", "Adi")
    assert merged.birthday.iso() == "1985-04-12"
    assert [w.value for w in merged.websites] == ["https://ada.example.org"]
    assert [h.value for h in merged.handles] == ["xmpp:ada@example.org"]
    assert merged.vcard_properties == ["X-ABRELATEDNAMES:Ben"]
    assert ContactSourceUid.get(ContactSourceUid.uid == "phone-1").contact_id == keep.id
    unmerge(record, clock=clock)
    assert ContactSourceUid.get(ContactSourceUid.uid == "phone-1").contact_id == other.id
    assert ContactData.from_contact(Contact.get_by_id(keep.id)).nickname == ""
