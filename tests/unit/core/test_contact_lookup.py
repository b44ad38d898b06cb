"""The small reads the screens share (app.core.contacts.lookup)."""

from app.core.contacts import lookup
from app.core.contacts.bulk_edit import add_circle, add_to_circle
from app.models import Circle, Company, Contact


def test_names_and_labels(db):
    acme = Company.create(name="Acme")
    ada = Contact.create(display_name="Ada Okafor", company=acme)
    bo = Contact.create(display_name="Bo Li")
    assert lookup.display_name(ada.id) == "Ada Okafor"
    assert lookup.display_name(999) == "" and lookup.display_name(None) == ""
    assert lookup.display_names([ada.id, bo.id, 999]) == {ada.id: "Ada Okafor", bo.id: "Bo Li"}
    assert lookup.contact_label(ada.id) == "Ada Okafor — Acme"
    assert lookup.contact_label(bo.id) == "Bo Li"
    assert lookup.contact_label(999) == ""
    assert lookup.names_and_companies([ada.id, bo.id]) == {ada.id: ("Ada Okafor", "Acme"), bo.id: ("Bo Li", "")}
    assert lookup.contact_exists(bo.id) and not lookup.contact_exists(999) and not lookup.contact_exists(None)


def test_active_name_count_leaves_the_trash_out(db, clock):
    Contact.create(display_name="Ada Okafor")
    Contact.create(display_name="Ada Okafor", deleted_at=clock.now())
    assert lookup.active_name_count("Ada Okafor") == 1
    assert lookup.active_name_count("Nobody") == 0


def test_circles_in_order_and_members(db, clock):
    Circle.delete().execute()  # the default circles
    Circle.create(name="Gym", colour="#111111", position=2)
    Circle.create(name="Choir", colour="#222222", position=1, prompt="Who sings?")
    Circle.create(name="Alumni", colour="#333333", position=2)
    assert [c.name for c in lookup.circles_in_order()] == ["Choir", "Alumni", "Gym"]
    assert lookup.circles_in_order()[0].prompt == "Who sings?"
    assert lookup.circle_colours()["Gym"] == "#111111"
    ada = Contact.create(display_name="Ada")
    bo = Contact.create(display_name="Bo")
    gone = Contact.create(display_name="Gone", deleted_at=clock.now())
    circle_id, _added = add_to_circle([ada.id, bo.id, gone.id], "Gym")
    assert lookup.circle_members(circle_id) == [(bo.id, "Bo"), (ada.id, "Ada")]


def test_add_circle_says_contacts_changed(db):
    before = Circle.select().count()
    changes = add_circle("Book club")
    assert changes.contacts and Circle.get_or_none(Circle.name == "Book club") is not None
    assert add_circle("Book club").contacts and Circle.select().count() == before + 1


def test_contact_header(db, clock):
    acme = Company.create(name="Acme", is_target=True)
    referrer = Contact.create(display_name="Rita")
    ada = Contact.create(display_name="Ada", title="CTO", company=acme, referred_by=referrer)
    header = lookup.contact_header(ada.id)
    assert header.company == "Acme" and header.company_is_target and header.title == "CTO"
    assert header.referred_by_id == referrer.id and header.referrer_name == "Rita"
    assert header.deleted_at is None
    assert lookup.contact_header(999) is None
    bo = Contact.create(display_name="Bo")
    assert lookup.contact_header(bo.id).company == "" and lookup.contact_header(bo.id).referrer_name is None
