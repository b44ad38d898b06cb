"""Contacts ⇄ vCards against a real Radicale (issue 20 "Done when"): first sync up, a second sync that moves
nothing, edits each way, edits on both sides (nothing lost), deletes each way, a second data folder on the same
account getting everyone, the server stopped mid-sync (the next sync completes, no duplicates)."""

from __future__ import annotations

import contextlib
import re
import shutil

import pytest
import vobject

from app import db as app_db
from app.core.contacts import service as contacts
from app.core.contacts.contact_data import ContactData, EmailEntry, PhoneEntry
from app.core.demo import contacts as demo_data
from app.core.sync import service
from app.core.sync.dav import DavSession, ServerUnreachable, SyncInterrupted, href_key, item_name
from app.models import Contact, SyncConflict, SyncItem
from tests.helpers.radicale import PASSWORD, USER

pytestmark = pytest.mark.slow
ZERO = {"uploaded": 0, "downloaded": 0, "deleted_here": 0, "deleted_there": 0, "conflicts": 0}


class Phone:
    """Another client of the same account (a phone through DAVx5): reads and writes the address book directly."""

    def __init__(self, url: str, book_url: str):
        self.session = DavSession(url, USER, PASSWORD)
        self.book = book_url

    def cards(self) -> dict[str, tuple[str | None, str]]:
        listing = self.session.listing(self.book)
        return {href: (etag, text) for href, etag, text in self.session.fetch(self.book, listing.changed, "contacts")}

    def find(self, uid: str) -> tuple[str, str | None, str]:
        for href, (etag, text) in self.cards().items():
            if re.search(rf"^UID:{re.escape(uid)}\r?$", text, re.MULTILINE):
                return href, etag, text
        raise AssertionError(f"no card with UID {uid} on the server")

    def edit(self, uid: str, change) -> None:
        href, etag, text = self.find(uid)
        self.session.put(href, change(text), "text/vcard", etag=etag)

    def add(self, uid: str, text: str) -> None:
        self.session.put(href_key(self.book) + item_name(uid, "vcf"), text, "text/vcard", create=True)

    def delete(self, uid: str) -> None:
        href, etag, _text = self.find(uid)
        self.session.delete(href, etag)


def _set_line(text: str, name: str, value: str) -> str:
    lines = [line for line in text.replace("\r\n", "\n").split("\n") if line and not line.startswith(f"{name}:")]
    lines.insert(len(lines) - 1, f"{name}:{value}")  # before END:VCARD
    return "\r\n".join(lines) + "\r\n"


@pytest.fixture
def synced(db, account_args, clock):
    """A data folder with 25 demo contacts, set up on this test's own address book."""
    demo_data.generate(contacts=25, seed=5, clock=clock)
    account = service.setup(
        account_args["url"],
        USER,
        PASSWORD,
        addressbook=account_args["book"],
        calendar="",
    )
    return account


def _counts(report, kind="contacts"):
    return report.as_json()[kind]


def _live() -> int:
    return Contact.select().where(Contact.deleted_at.is_null()).count()


@contextlib.contextmanager
def other_folder(tmp_path, migrated_template, name="second"):
    """A second data folder (the same person's laptop): its own database, opened in place of the first."""
    first = app_db.database.database
    path = tmp_path / name / "rapport.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        shutil.copyfile(migrated_template, path)
    app_db.close_database()
    app_db.open_database(path)
    try:
        yield
    finally:
        app_db.close_database()
        app_db.open_database(first)


def test_first_sync_uploads_everyone_and_a_second_sync_moves_nothing(synced, radicale):
    report = service.run()
    assert _counts(report) == {**ZERO, "uploaded": 25}
    cards = Phone(radicale.url, synced.addressbook_url).cards()
    assert len(cards) == 25
    uids = {c.uid for c in Contact.select()}
    for _etag, text in cards.values():
        card = vobject.readOne(text)  # an independent reader takes every card
        assert card.uid.value in uids
        assert card.contents.get("x-rapport-stage")
    assert _counts(service.run()) == ZERO
    assert _counts(service.run()) == ZERO
    assert SyncItem.select().count() == 25
    assert service.pending_changes() == 0


def test_an_edit_here_goes_up_and_an_edit_there_comes_down(synced, radicale):
    service.run()
    phone = Phone(radicale.url, synced.addressbook_url)
    ada = Contact.select().order_by(Contact.id).first()
    data = ContactData.from_contact(ada)
    data.title = "Head of Partnerships"
    contacts.update_contact(ada.id, data)
    assert service.pending_changes() == 1
    assert _counts(service.run()) == {**ZERO, "uploaded": 1}
    assert "TITLE:Head of Partnerships" in phone.find(ada.uid)[2]

    phone.edit(ada.uid, lambda text: _set_line(text, "NICKNAME", "Addie"))
    assert _counts(service.run()) == {**ZERO, "downloaded": 1}
    ada = Contact.get_by_id(ada.id)
    assert ada.nickname == "Addie"
    assert ada.title == "Head of Partnerships"
    assert _counts(service.run()) == ZERO


def test_edits_on_both_sides_both_survive_and_a_true_conflict_keeps_both_values(synced, radicale, clock):
    service.run()
    phone = Phone(radicale.url, synced.addressbook_url)
    people = list(Contact.select().order_by(Contact.id).limit(2))
    ada, bob = people
    # different fields, and list entries added on each side
    data = ContactData.from_contact(ada)
    data.title = "Director"
    data.phones.append(PhoneEntry("+31 6 11112222", "mobile"))
    contacts.update_contact(ada.id, data)
    phone.edit(ada.uid, lambda text: _set_line(text, "NICKNAME", "Ace") + "")
    phone.edit(ada.uid, lambda text: text.replace("END:VCARD", "EMAIL;TYPE=home:ace@example.org\r\nEND:VCARD"))
    # the same field, changed differently on each side
    data = ContactData.from_contact(bob)
    data.title = "Our title"
    contacts.update_contact(bob.id, data)
    phone.edit(bob.uid, lambda text: _set_line(text, "TITLE", "Their title"))

    report = _counts(service.run())
    assert report["conflicts"] == 1
    ada, bob = Contact.get_by_id(ada.id), Contact.get_by_id(bob.id)
    assert (ada.title, ada.nickname) == ("Director", "Ace")
    ada_data = ContactData.from_contact(ada)
    assert "+31 6 11112222" in [p.value for p in ada_data.phones]
    assert "ace@example.org" in [e.value for e in ada_data.emails]
    assert bob.title == "Our title"
    assert "title on the server was: Their title" in bob.notes
    conflict = SyncConflict.get()
    assert (conflict.field, conflict.ours, conflict.theirs) == ("title", "Our title", "Their title")
    assert service.status()["open_conflicts"] == 1
    # the server has the merged versions too: both values, nothing lost
    ada_card = phone.find(ada.uid)[2]
    assert "Director" in ada_card and "Ace" in ada_card and "ace@example.org" in ada_card and "11112222" in ada_card
    assert "Their title" in phone.find(bob.uid)[2]
    assert _counts(service.run()) == ZERO


def test_deletes_each_way_and_restore_uploads_again(synced, radicale):
    service.run()
    phone = Phone(radicale.url, synced.addressbook_url)
    gone_there, gone_here = list(Contact.select().order_by(Contact.id).limit(2))
    phone.delete(gone_there.uid)
    contacts.trash_contacts([gone_here.id])
    report = _counts(service.run())
    assert (report["deleted_here"], report["deleted_there"]) == (1, 1)
    assert Contact.get_by_id(gone_there.id).deleted_at is not None  # in the trash, restorable
    cards = phone.cards()
    assert len(cards) == 23
    assert not any(gone_here.uid in text for _e, text in cards.values())
    assert _counts(service.run()) == ZERO

    contacts.restore_contacts([gone_there.id])
    assert _counts(service.run()) == {**ZERO, "uploaded": 1}
    assert phone.find(gone_there.uid)
    contacts.restore_contacts([gone_here.id])
    assert _counts(service.run()) == {**ZERO, "uploaded": 1}
    assert len(phone.cards()) == 25
    assert _counts(service.run()) == ZERO


def test_a_new_card_on_the_phone_becomes_a_contact(synced, radicale):
    service.run()
    phone = Phone(radicale.url, synced.addressbook_url)
    phone.add(
        "phone-made-1",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-made-1\r\nFN:Zoë Quist\r\nN:Quist;Zoë;;;\r\n"
        "TEL;TYPE=cell:+44 7700 900123\r\nX-PHONE-ONLY:kept\r\nEND:VCARD\r\n",
    )
    assert _counts(service.run()) == {**ZERO, "downloaded": 1}
    zoe = Contact.get(Contact.uid == "phone-made-1")
    assert zoe.display_name == "Zoë Quist"
    assert any("X-PHONE-ONLY:kept" in line for line in ContactData.from_contact(zoe).vcard_properties)
    data = ContactData.from_contact(zoe)
    data.emails.append(EmailEntry("zoe@example.org"))
    contacts.update_contact(zoe.id, data)
    assert _counts(service.run()) == {**ZERO, "uploaded": 1}
    text = phone.find("phone-made-1")[2]
    assert "X-PHONE-ONLY:kept" in text and "zoe@example.org" in text  # a phone's own property is never stripped


def test_a_second_data_folder_on_the_same_account_gets_everyone(synced, radicale, tmp_path, migrated_template):
    service.run()
    first = {c.uid: (c.display_name, c.stage, c.how_met) for c in Contact.select()}
    referred = {c.uid: c.referred_by.uid for c in Contact.select() if c.referred_by_id}
    with other_folder(tmp_path, migrated_template):
        service.setup(radicale.url, USER, PASSWORD, addressbook=synced.addressbook_name, calendar="")
        assert _counts(service.run()) == {**ZERO, "downloaded": 25}
        second = {c.uid: (c.display_name, c.stage, c.how_met) for c in Contact.select()}
        assert second == first
        assert {c.uid: c.referred_by.uid for c in Contact.select() if c.referred_by_id} == referred
        assert _counts(service.run()) == ZERO
        someone = Contact.select().order_by(Contact.id).first()
        data = ContactData.from_contact(someone)
        data.how_met = "Met again at the laptop"
        contacts.update_contact(someone.id, data)
        assert _counts(service.run()) == {**ZERO, "uploaded": 1}
        uid = someone.uid
    assert _counts(service.run()) == {**ZERO, "downloaded": 1}
    assert Contact.get(Contact.uid == uid).how_met == "Met again at the laptop"
    assert Contact.select().count() == 25


def test_a_folder_that_imported_the_same_people_links_them_instead_of_doubling(
    synced, radicale, tmp_path, migrated_template
):
    """The same people already in the second folder (e.g. from a vCard export): matched by UID, never doubled."""
    import io

    from app.core.formats.exporters import vcard_writer as vcard
    from app.core.formats.importers import load_source, run_import

    out = io.StringIO()
    vcard.export_vcard(out, "3.0")
    exported = tmp_path / "all.vcf"
    exported.write_text(out.getvalue(), encoding="utf-8", newline="")
    service.run()
    with other_folder(tmp_path, migrated_template):
        run_import(load_source(exported))
        assert Contact.select().count() == 25
        service.setup(radicale.url, USER, PASSWORD, addressbook=synced.addressbook_name, calendar="")
        report = _counts(service.run())
        assert report["conflicts"] == 0
        assert Contact.select().count() == 25
        assert _counts(service.run()) == ZERO
    assert len(Phone(radicale.url, synced.addressbook_url).cards()) == 25


def test_the_server_stopped_mid_sync_the_next_sync_completes_without_duplicates(db, clock, tmp_path, monkeypatch):
    from tests.helpers.radicale import RadicaleServer

    server = RadicaleServer(tmp_path / "own-radicale")
    server.start()
    try:
        demo_data.generate(contacts=30, seed=8, clock=clock)
        account = service.setup(server.url, USER, PASSWORD, addressbook="Rapport", calendar="")
        puts = {"n": 0}
        real_put = DavSession.put

        def put_then_stop(self, *args, **kwargs):
            puts["n"] += 1
            if puts["n"] == 12:
                server.stop()
            return real_put(self, *args, **kwargs)

        monkeypatch.setattr(DavSession, "put", put_then_stop)
        with pytest.raises(SyncInterrupted, match="the next sync completes it"):
            service.run()
        monkeypatch.setattr(DavSession, "put", real_put)
        assert 0 < SyncItem.select().count() < 30
        with pytest.raises(ServerUnreachable) as still_down:
            service.run()  # still down: nothing changes
        assert not isinstance(still_down.value, SyncInterrupted)
        server.start()
        report = _counts(service.run())
        assert report["uploaded"] + SyncItem.select().count() >= 30
        cards = Phone(server.url, account.addressbook_url).cards()
        uids = [re.search(r"^UID:(.*?)\r?$", text, re.MULTILINE).group(1) for _e, text in cards.values()]
        assert len(uids) == len(set(uids)) == 30
        assert _counts(service.run()) == ZERO
        assert Contact.select().count() == 30
    finally:
        server.stop()


def test_a_sync_stopped_part_way_keeps_the_old_token_and_the_next_completes_it(synced, radicale):
    from app.models import SyncCollection

    report = service.run(stop=lambda: SyncItem.select().count() >= 10)
    assert _counts(report)["uploaded"] == 10
    assert SyncCollection.get().sync_token is None
    assert service.last_sync() is None
    assert _counts(service.run()) == {**ZERO, "uploaded": 15}
    assert len(Phone(radicale.url, synced.addressbook_url).cards()) == 25
    assert _counts(service.run()) == ZERO


def test_deleted_here_and_changed_there_comes_back_and_changed_here_deleted_there_goes_up(synced, radicale):
    service.run()
    phone = Phone(radicale.url, synced.addressbook_url)
    first, second = list(Contact.select().order_by(Contact.id).limit(2))
    contacts.trash_contacts([first.id])
    phone.edit(first.uid, lambda text: _set_line(text, "NICKNAME", "Still here"))
    data = ContactData.from_contact(second)
    data.title = "Changed here"
    contacts.update_contact(second.id, data)
    phone.delete(second.uid)
    service.run()
    first, second = Contact.get_by_id(first.id), Contact.get_by_id(second.id)
    assert first.deleted_at is None and first.nickname == "Still here"  # the server's change won over our delete
    assert second.deleted_at is None and second.title == "Changed here"
    assert "Changed here" in phone.find(second.uid)[2]  # our change won over their delete
    assert len(phone.cards()) == 25
    assert _counts(service.run()) == ZERO


def test_every_field_survives_the_server_and_comes_back_in_another_folder(
    db, clock, radicale, book_name, tmp_path, migrated_template
):
    """The issue-12 fidelity through a real server: Radicale stores (and re-serialises) every card; a second folder
    gets every contact field back as the JSON export shows it, and a phone-side re-save of every card changes
    nothing here."""
    from app.core.formats.exporters.json_export import contacts_as_dicts
    from app.core.sync.contacts_sync import _kept_key
    from tests.helpers.rich_people import ADA, EDGE_PEOPLE

    demo_data.generate(contacts=30, seed=12, clock=clock)
    contacts.create_contact(ADA, clock=clock)
    for person in EDGE_PEOPLE:
        contacts.create_contact(person, clock=clock)
    ignored = {"id", "created_at", "updated_at", "last_interaction_at", "next_followup_due", "referred_by"}

    def snapshot() -> dict[str, dict]:
        """Every contact as the JSON export shows it. A server may store a card's properties in another order
        (Radicale groups them by name and renumbers Apple's item groups): dates, handles and kept lines compare as
        sets, kept lines without their group's number."""
        ids = [i for (i,) in Contact.select(Contact.id).where(Contact.deleted_at.is_null()).tuples()]
        uids = dict(Contact.select(Contact.id, Contact.uid).tuples())
        out = {}
        for item in contacts_as_dicts(ids):
            item["referred_by_uid"] = uids.get(item["referred_by"])
            item["dates"] = sorted(map(repr, item["dates"]))
            item["handles"] = sorted(map(repr, item["handles"]))
            item["vcard_properties"] = sorted(_kept_key(line) for line in item["vcard_properties"])
            out[item["uid"]] = {k: v for k, v in item.items() if k not in ignored}
        return out

    before = snapshot()
    account = service.setup(radicale.url, USER, PASSWORD, addressbook=book_name, calendar="")
    assert _counts(service.run(clock=clock))["uploaded"] == len(before)
    with other_folder(tmp_path, migrated_template):
        service.setup(radicale.url, USER, PASSWORD, addressbook=book_name, calendar="")
        assert _counts(service.run(clock=clock))["downloaded"] == len(before)
        after = snapshot()
    differences = [
        f"{old['display_name']}: {key}: {old[key]!r} became {after[uid][key]!r}"
        for uid, old in before.items()
        for key in old
        if after[uid][key] != old[key]
    ]
    assert not differences, "\n".join(differences)

    # every card saved again as the server serialises it (as a phone that touched each card would): no change here
    phone = Phone(radicale.url, account.addressbook_url)
    for href, (etag, text) in phone.cards().items():
        phone.session.put(href, text.replace("\n", "\r\n").replace("\r\r\n", "\r\n"), "text/vcard", etag=etag)
    report = _counts(service.run(clock=clock))
    assert report["conflicts"] == 0 and report["uploaded"] == 0
    assert snapshot() == before


def test_a_token_the_server_no_longer_knows_falls_back_to_the_full_listing(synced, radicale):
    from app.models import SyncCollection

    service.run()
    phone = Phone(radicale.url, synced.addressbook_url)
    someone = Contact.select().order_by(Contact.id).first()
    phone.edit(someone.uid, lambda text: _set_line(text, "NICKNAME", "Renamed"))
    collection = SyncCollection.get()
    collection.sync_token = "http://radicale.org/ns/sync/" + "0" * 64  # not one it gave
    collection.save()
    assert _counts(service.run()) == {**ZERO, "downloaded": 1}
    assert Contact.get_by_id(someone.id).nickname == "Renamed"
    assert SyncCollection.get().sync_token.startswith("http://radicale.org/ns/sync/")
    assert _counts(service.run()) == ZERO


def test_moving_to_another_address_book_never_duplicates(synced, radicale, book_name):
    service.run()
    old = Phone(radicale.url, synced.addressbook_url)
    moved = service.setup(radicale.url, USER, PASSWORD, addressbook=book_name + "-moved", calendar="")
    new = Phone(radicale.url, moved.addressbook_url)
    for _href, (_etag, text) in list(old.cards().items())[:10]:  # some people are there already (moved by hand)
        uid = re.search(r"^UID:(.*?)\r?$", text, re.MULTILINE).group(1)
        new.add(uid, text.replace("\n", "\r\n").replace("\r\r\n", "\r\n"))
    report = _counts(service.run())
    assert report["uploaded"] == 15 and report["conflicts"] == 0
    uids = [re.search(r"^UID:(.*?)\r?$", t, re.MULTILINE).group(1) for _e, t in new.cards().values()]
    assert len(uids) == len(set(uids)) == 25
    assert Contact.select().count() == 25
    assert _counts(service.run()) == ZERO


def test_a_server_without_sync_tokens_is_synced_by_its_etag_listing(synced, radicale, monkeypatch):
    """Servers that offer no RFC 6578 sync-collection: every sync lists the ETags (PROPFIND Depth 1)."""
    from app.models import SyncCollection

    monkeypatch.setattr(DavSession, "_supports_sync", lambda self, url: False)
    assert _counts(service.run()) == {**ZERO, "uploaded": 25}
    assert SyncCollection.get().sync_token is None
    assert _counts(service.run()) == ZERO
    phone = Phone(radicale.url, synced.addressbook_url)
    first, second = list(Contact.select().order_by(Contact.id).limit(2))
    phone.edit(first.uid, lambda text: _set_line(text, "NICKNAME", "Listed"))
    phone.delete(second.uid)
    assert _counts(service.run()) == {**ZERO, "downloaded": 1, "deleted_here": 1}
    assert Contact.get_by_id(first.id).nickname == "Listed"
    assert Contact.get_by_id(second.id).deleted_at is not None
    assert _counts(service.run()) == ZERO


def test_a_card_that_cannot_be_a_contact_is_left_on_the_server(synced, radicale):
    service.run()
    phone = Phone(radicale.url, synced.addressbook_url)
    phone.add("nameless-1", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:nameless-1\r\nFN:\r\nN:;;;;\r\nEND:VCARD\r\n")
    phone.add("named-1", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:named-1\r\nFN:Named One\r\nN:One;Named;;;\r\nEND:VCARD\r\n")
    assert _counts(service.run()) == {**ZERO, "downloaded": 1}
    assert Contact.select().count() == 26
    assert len(phone.cards()) == 27  # the nameless card stays where it is


def test_an_edit_while_its_upload_is_in_flight_goes_up_next_time(synced, radicale, monkeypatch):
    service.run()
    someone = Contact.select().order_by(Contact.id).first()
    data = ContactData.from_contact(someone)
    data.title = "First edit"
    contacts.update_contact(someone.id, data)
    real_put = DavSession.put

    def put_while_editing(self, href, text, *args, **kwargs):
        etag = real_put(self, href, text, *args, **kwargs)
        again = ContactData.from_contact(Contact.get_by_id(someone.id))
        again.title = "Second edit typed during the upload"
        contacts.update_contact(someone.id, again)
        return etag

    monkeypatch.setattr(DavSession, "put", put_while_editing)
    assert _counts(service.run())["uploaded"] == 1
    monkeypatch.setattr(DavSession, "put", real_put)
    assert service.pending_changes() == 1
    assert _counts(service.run()) == {**ZERO, "uploaded": 1}
    assert "Second edit typed during the upload" in Phone(radicale.url, synced.addressbook_url).find(someone.uid)[2]


def test_a_long_note_edited_here_while_the_phone_edits_another_field_is_no_conflict(synced, radicale):
    """Long values are folded over several lines in a card: they compare the same whatever line ends carry them."""
    someone = Contact.select().order_by(Contact.id).first()
    data = ContactData.from_contact(someone)
    data.notes = "Met at the harbour conference; " * 8
    contacts.update_contact(someone.id, data)
    service.run()
    phone = Phone(radicale.url, synced.addressbook_url)
    data = ContactData.from_contact(Contact.get_by_id(someone.id))
    data.notes += "Follow up about the shipping role."
    contacts.update_contact(someone.id, data)
    phone.edit(someone.uid, lambda text: _set_line(text, "NICKNAME", "Harbour"))
    report = _counts(service.run())
    assert report["conflicts"] == 0
    after = Contact.get_by_id(someone.id)
    assert after.notes.endswith("Follow up about the shipping role.") and "Sync conflict" not in after.notes
    assert after.nickname == "Harbour"
