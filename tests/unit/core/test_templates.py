"""Merge fields, the template store, mailto/.eml drafts and the monthly update composer."""

import datetime as dt
import email
from email import policy
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.coach import monthly_update, outgoing, templates
from app.core.coach.templates import TemplateData, TemplateError, render
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact
from app.models import Company, Pitch, Profile, Template


@pytest.fixture
def me(db):
    profile = Profile.get_me()
    profile.name = "Sam Rivera"
    profile.target_role = "an operations manager role"
    profile.email = "sam@example.net"
    profile.headline = "Operations manager"
    profile.save()
    return profile


@pytest.fixture
def ada(db, clock):
    joe = create_contact(ContactData(given_name="Joe", family_name="Park"), clock=clock)
    return create_contact(
        ContactData(
            given_name="Ada",
            family_name="Okafor",
            company="Example Freight",
            referred_by_id=joe.id,
            why_connect="knows the logistics scene",
            stage="talked",
            emails=[EmailEntry("ada@example.com", primary=True)],
        ),
        clock=clock,
    )


def test_known_fields_are_filled_and_unknown_ones_left_as_written():
    result = render("Hi {first_name}, {nope} {{literal}} {my_name}", {"first_name": "Ada", "my_name": "Sam"})
    assert result.text == "Hi Ada, {nope} {literal} Sam"
    assert result.unknown == ["nope"]
    assert result.missing == []


def test_missing_values_show_a_visible_placeholder():
    result = render("Hi {first_name}, {referrer} suggested…", {"first_name": "Ada"})
    assert result.text == "Hi Ada, [who referred you] suggested…"
    assert result.missing == ["referrer"]


@pytest.mark.parametrize("text", ["{", "}", "{ first_name }", "{{{first_name}}}", "{0}", "{first_name!r}", "{a.b}", ""])
def test_odd_braces_never_crash(text):
    assert isinstance(render(text, {"first_name": "Ada"}).text, str)


@given(st.text(max_size=200))
def test_any_text_renders_and_text_without_braces_is_unchanged(text):
    result = render(text, {"first_name": "Ada"})
    assert isinstance(result.text, str)
    if "{" not in text and "}" not in text:
        assert result.text == text


def test_values_are_not_rendered_again():
    assert render("{first_name}", {"first_name": "{my_name}", "my_name": "Sam"}).text == "{my_name}"


def test_merge_values_for_a_contact(ada, me, clock):
    Company.update(is_target=True).where(Company.name == "Example Freight").execute()
    Pitch.create(title="p", body="I keep warehouses running.", target_seconds=30)
    log_interaction(ada.id, "sent", summary="Sent my target company list", clock=clock)
    values = templates.merge_values(ada.id, clock=clock)
    assert values["first_name"] == "Ada"
    assert values["full_name"] == "Ada Okafor"
    assert values["referrer"] == "Joe Park"
    assert values["company"] == "Example Freight"
    assert values["why_connect"] == "knows the logistics scene."
    assert values["what_i_sent"] == "my target company list"
    assert values["my_pitch"] == "I keep warehouses running."
    assert values["target_companies"] == "• Example Freight"
    assert values["my_contact_block"] == "Sam Rivera\nOperations manager\nsam@example.net"
    assert values["month"] == "March 2026"


def test_every_seeded_template_renders_without_unknown_fields(ada, me, clock):
    values = templates.merge_values(ada.id, other_contact_id=ada.referred_by_id, clock=clock)
    for template in templates.all_templates():
        for text in (template.subject, template.body):
            assert render(text, values).unknown == [], template.name
    kinds = {t.kind for t in templates.all_templates()}
    assert {"warm_call", "thank_you", "reminder", "connection_note", "referral_ask", "monthly_update"} <= kinds


def test_warm_call_names_the_referrer(ada, me, clock):
    text = render(templates.for_kind("warm_call").body, templates.merge_values(ada.id, clock=clock)).text
    assert "Joe Park suggested I give you a call" in text
    assert "Hi Ada, this is Sam Rivera" in text


def test_template_store_validates_and_saves(db, clock):
    with pytest.raises(TemplateError, match="name"):
        templates.save(TemplateData("  ", "thank_you", "", "x"))
    with pytest.raises(TemplateError, match="kind"):
        templates.save(TemplateData("x", "spam", "", "x"))
    with pytest.raises(TemplateError, match="text"):
        templates.save(TemplateData("x", "thank_you", "", "   "))
    made = templates.save(TemplateData(" My   thanks ", "thank_you", "Thanks", "Hi {first_name}\r\n"), clock=clock)
    assert (made.name, made.body, made.builtin) == ("My thanks", "Hi {first_name}\n", False)
    templates.save(TemplateData("Mine", "reminder", "", "body"), made.id, clock=clock)
    assert Template.get_by_id(made.id).kind == "reminder"
    assert templates.delete(made.id).name == "Mine"
    assert Template.get_or_none(Template.id == made.id) is None


def test_builtin_defaults_can_be_restored(db):
    original = templates.for_kind("thank_you")
    default = templates.builtin_default("thank_you", original.name)
    assert default is not None and default.body == original.body


def test_mailto_url_encodes_everything():
    url = outgoing.mailto_url(["ada@example.com"], "Thanks & more", "Line 1\nLine 2 ünïcode?", bcc=["b@x.org"])
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "ada@example.com"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Thanks & more"]
    assert query["body"] == ["Line 1\r\nLine 2 ünïcode?"]
    assert query["bcc"] == ["b@x.org"]
    assert " " not in url and "\n" not in url


def test_eml_is_a_readable_unsent_draft(tmp_path):
    data = outgoing.eml_bytes(to=["ada@example.com"], subject="Merci, Adaeze", body="Café ☕\nBye", sender="sam@x.net")
    path = outgoing.write_eml(tmp_path / f"{outgoing.safe_filename('a/b:c?')}.eml", data)
    assert path.name == "a b c.eml"
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["To"] == "ada@example.com" and message["X-Unsent"] == "1"
    assert message["Subject"] == "Merci, Adaeze"
    assert message.get_content().replace("\r\n", "\n") == "Café ☕\nBye\n"


def test_monthly_update_draft(ada, me, clock, tmp_path):
    log_interaction(ada.id, "coffee", when=dt.datetime(2026, 3, 3, 9), clock=clock)
    log_interaction(ada.id, "call", when=dt.datetime(2026, 3, 9, 9), clock=clock)
    log_interaction(ada.id, "coffee", when=dt.datetime(2026, 2, 27, 9), clock=clock)
    no_mail = create_contact(ContactData(given_name="Ben", stage="met"), clock=clock)
    create_contact(ContactData(given_name="Cy", stage="prospect", emails=[EmailEntry("cy@example.com")]), clock=clock)
    d = monthly_update.draft(dt.date(2026, 3, 1), clock=clock)
    assert [r.email for r in d.recipients] == ["ada@example.com"]
    assert d.without_email == [no_mail.display_name]
    assert "Talked with 1 person (1 call, 1 coffee)" in d.summary
    assert "Example Freight" in d.summary
    subject, body = monthly_update.personalised(d, d.recipients[0], clock=clock)
    assert subject == "A quick update from Sam Rivera — March 2026"
    assert body.startswith("Hi Ada,")
    assert "an operations manager role" in body
    _, batch_body = monthly_update.personalised(d, None, clock=clock)
    assert batch_body.startswith("Hi all,")
    (url,) = monthly_update.mailto_batches(d, clock=clock)
    assert "bcc=ada%40example.com" in url.replace("@", "%40") or "bcc=ada@example.com" in unquote(url)
    (path,) = monthly_update.write_eml_files(d, tmp_path / "out", clock=clock)
    assert path.suffix == ".eml" and "Ada Okafor" in path.name


def test_monthly_update_batches_and_default_month():
    people = [monthly_update.Recipient(i, f"P{i}", "P", f"p{i}@x.org") for i in range(45)]
    assert [len(b) for b in monthly_update.batches(people)] == [20, 20, 5]
    assert monthly_update.default_month(dt.date(2026, 3, 5)) == dt.date(2026, 2, 1)
    assert monthly_update.default_month(dt.date(2026, 1, 7)) == dt.date(2025, 12, 1)
    assert monthly_update.default_month(dt.date(2026, 3, 16)) == dt.date(2026, 3, 1)


def test_put_creates_updates_recreates_and_deletes_a_template(db, clock):
    data = TemplateData("Quick thanks", "thank_you", "Thanks", "Hi {first_name},\n\nthanks!")
    new_id = templates.put(None, data, clock=clock)
    assert templates.stored(new_id) == data and templates.get(new_id).name == "Quick thanks"
    edited = TemplateData("Quick thanks", "thank_you", "Thanks again", "Hi {first_name}!")
    assert templates.put(new_id, edited, clock=clock) == new_id
    assert templates.stored(new_id) == edited
    assert templates.put(new_id, None, clock=clock) == new_id
    assert templates.get(new_id) is None and templates.stored(new_id) is None
    again = templates.put(new_id, data, clock=clock)  # redo after the template is gone: made anew
    assert templates.stored(again) == data
    with pytest.raises(TemplateError):
        templates.put(again, TemplateData("", "thank_you", "", "text"), clock=clock)
    assert templates.stored(again) == data
    assert templates.CHANGES.templates


def test_of_kind_lists_one_kind_in_order(db):
    kinds = {t.kind for t in templates.of_kind("monthly_update")}
    assert kinds == {"monthly_update"}
    expected = [t.id for t in templates.all_templates() if t.kind == "monthly_update"]
    assert [t.id for t in templates.of_kind("monthly_update")] == expected
