"""The rules' follow-up titles as keys and parameters (issue 23 item 3): stored once, shown in the reader's language;
a title the user wrote stays as written. Migration 0110 gives the rows made before their keys."""

from __future__ import annotations

import datetime as dt
import importlib
import json

from peewee import SqliteDatabase

from app import db as app_db
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact, update_contact
from app.core.followups import reminders, titles
from app.models import FollowUp

GERMAN_TEMPLATES = {
    "Send thank-you to {name}": "Dankeschön an {name} schicken",
    "Monthly update email to your network ({month:month})": "Monats-Update an Ihr Netzwerk ({month:month})",
    "Reconnect with {name}": "Mit {name} wieder Kontakt aufnehmen",
}
GERMAN = titles.Wording(
    template=lambda text: GERMAN_TEMPLATES.get(text, text),
    month=lambda number: ["Januar", "Februar", "März"][number - 1],
    day=lambda day: f"{day.day}. {['Jan', 'Feb', 'Mär'][day.month - 1]}",
)


def test_a_title_is_its_english_text_with_its_key_and_parameters():
    made = titles.title("thank_you", name="Ada Okafor")
    assert made == "Send thank-you to Ada Okafor"
    assert titles.columns(made) == {
        "title": "Send thank-you to Ada Okafor",
        "title_key": "thank_you",
        "title_params": '{"name": "Ada Okafor"}',
    }
    assert titles.columns("Call the recruiter") == {
        "title": "Call the recruiter",
        "title_key": None,
        "title_params": None,
    }


def test_a_title_renders_in_the_wording_it_is_given():
    month = titles.title("monthly_update", month=3)
    assert month == "Monthly update email to your network (March)"
    assert titles.render(month.key, titles.columns(month)["title_params"], month, GERMAN) == (
        "Monats-Update an Ihr Netzwerk (März)"
    )
    sent = titles.title("reminder_sent_on", name="Ada", day=dt.date(2026, 2, 3))
    assert sent == "Friendly reminder to Ada about what you sent on 3 Feb"
    assert json.loads(titles.columns(sent)["title_params"]) == {"name": "Ada", "day": "2026-02-03"}
    # untranslated template: English words, German day
    assert (
        titles.render(sent.key, sent.params, sent, GERMAN) == "Friendly reminder to Ada about what you sent on 3. Feb"
    )


def test_a_user_title_an_unknown_key_or_a_broken_translation_shows_as_stored():
    assert titles.render(None, None, "Call the recruiter", GERMAN) == "Call the recruiter"
    assert titles.render("gone_rule", '{"name": "Ada"}', "stored", GERMAN) == "stored"
    lost = titles.Wording(template=lambda text: "Danke an {nom}")
    assert titles.render("thank_you", {"name": "Ada"}, "stored", lost) == "Send thank-you to Ada"


def test_the_installed_wording_is_the_default_until_removed():
    try:
        titles.use(GERMAN)
        assert titles.render("thank_you", {"name": "Ada"}, "stored") == "Dankeschön an Ada schicken"
    finally:
        titles.use(None)
    assert titles.render("thank_you", {"name": "Ada"}, "stored") == "Send thank-you to Ada"


def test_rules_store_keys_and_a_user_title_has_none(db, clock):
    ada = create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)
    log_interaction(ada.id, "coffee", when=clock.now(), clock=clock)
    thanks = FollowUp.get(FollowUp.kind == "thank_you")
    assert (thanks.title, thanks.title_key, json.loads(thanks.title_params)) == (
        "Send thank-you to Ada Okafor",
        "thank_you",
        {"name": "Ada Okafor"},
    )
    mine = reminders.add_reminder(ada.id, clock.today(), "Send thank-you to Ada Okafor", clock=clock)
    row = FollowUp.get_by_id(mine.id)
    assert (row.title_key, row.title_params) == (None, None)


def test_renaming_someone_renames_them_in_the_parameters(db, clock):
    ada = create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)
    log_interaction(ada.id, "coffee", when=clock.now(), clock=clock)
    update_contact(ada.id, ContactData(given_name="Ada", family_name="Lovelace"), clock=clock)
    thanks = FollowUp.get(FollowUp.kind == "thank_you")
    assert thanks.title == "Send thank-you to Ada Lovelace"
    assert (
        titles.render(thanks.title_key, thanks.title_params, thanks.title, GERMAN)
        == "Dankeschön an Ada Lovelace schicken"
    )


def test_the_migration_keys_the_rule_titles_made_before(tmp_path):
    database = SqliteDatabase(str(tmp_path / "old.sqlite3"), pragmas={"foreign_keys": 1})
    runner = app_db.migration_runner(database)
    names = [m.name for m in runner.migrations()]
    runner.up()
    runner.down(target=names[names.index("0110_followup_title_keys")])
    rows = [
        ("thank_you", "Send thank-you to Ada Okafor", "2026-03-16"),
        ("monthly_update", "Monthly update email to your network (April)", "2026-04-06"),
        ("reminder", "Friendly reminder to Ben about what you sent on 28 Dec", "2026-01-04"),
        ("reminder", "Friendly reminder to Ben about my target list", "2026-01-04"),
        ("thank_you", "Thank Ada personally", "2026-03-16"),  # edited by the user
        (None, "Send thank-you to Ada Okafor", "2026-03-16"),  # written by the user
    ]
    for index, (rule, title, due) in enumerate(rows):
        database.execute_sql(
            "INSERT INTO follow_up (uid, title, kind, due, status, rule, notes, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, 'open', ?, '', ?, ?)",
            (f"u{index}", title, rule or "custom", due, rule, due, due),
        )
    runner.up()
    keyed = database.execute_sql("SELECT title_key, title_params FROM follow_up ORDER BY id").fetchall()
    assert [(key, json.loads(params) if params else None) for key, params in keyed] == [
        ("thank_you", {"name": "Ada Okafor"}),
        ("monthly_update", {"month": 4}),
        ("reminder_sent_on", {"name": "Ben", "day": "2025-12-28"}),
        ("reminder", {"name": "Ben", "about": "my target list"}),
        (None, None),
        (None, None),
    ]


def test_the_migration_keeps_the_templates_of_its_time():
    migration = importlib.import_module("app.migrations.0110_followup_title_keys")
    frozen = {key: template for pairs in migration.TEMPLATES.values() for key, template in pairs}
    assert frozen == {key: titles.TEMPLATES[key] for key in frozen}


def test_every_stage_news_is_a_translated_phrase():
    from app.core.opportunities.labels import STAGE_NEWS

    assert set(STAGE_NEWS.values()) <= set(titles.PHRASES)
    news = titles.title("opportunity_update", name="Ada", company="Acme", news=STAGE_NEWS["offer"])
    assert news == "Tell Ada how it's going at Acme: an offer"
    german = titles.Wording(template={"an offer": "ein Angebot"}.get)
    assert titles.render(news.key, news.params, news, german).endswith(": ein Angebot")


def test_an_interview_day_reads_with_its_weekday():
    prep = titles.title("interview_prep", company="Acme", round=2, day=dt.date(2026, 3, 19))
    assert prep == "Prepare for the Acme interview (round 2, Thu 19 Mar)"
    german = titles.Wording(weekday=lambda day: "Do.", day=lambda day: "19. März")
    assert (
        titles.render(prep.key, prep.params, prep, german) == "Prepare for the Acme interview (round 2, Do. 19. März)"
    )


def test_the_demo_data_keys_the_titles_its_rules_made(demo_db):
    made = list(FollowUp.select(FollowUp.rule, FollowUp.title_key).where(FollowUp.rule.is_null(False)).tuples())
    assert len(made) > 50
    assert [(rule, key) for rule, key in made if key is None] == []


def test_a_planned_meeting_is_named_in_the_wording():
    coffee = titles.title("meeting_about", kind="Coffee", name="Ada", summary="Logistics")
    assert coffee == "Coffee with Ada: Logistics"
    german = titles.Wording(
        template={"Coffee": "Kaffee", "{kind:phrase} with {name}: {summary}": "{kind:phrase} mit {name}: {summary}"}.get
    )
    assert titles.render(coffee.key, coffee.params, coffee, german) == "Kaffee mit Ada: Logistics"


def test_a_rule_title_retitled_by_a_synced_calendar_becomes_the_users(db, clock):
    from app.core.sync.calendar_sync import TasksAdapter

    ada = create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)
    log_interaction(ada.id, "coffee", when=clock.now(), clock=clock)
    thanks = FollowUp.get(FollowUp.kind == "thank_you")
    record = {"title": thanks.title, "due": thanks.due.isoformat(), "status": "open", "kind": "thank_you"}
    TasksAdapter().write(thanks.id, thanks.uid, record, clock)  # the same words back: still the rule's
    assert FollowUp.get_by_id(thanks.id).title_key == "thank_you"
    TasksAdapter().write(thanks.id, thanks.uid, {**record, "title": "Thank Ada with a card"}, clock)
    row = FollowUp.get_by_id(thanks.id)
    assert (row.title, row.title_key, row.title_params) == ("Thank Ada with a card", None, None)
    assert titles.render(row.title_key, row.title_params, row.title, GERMAN) == "Thank Ada with a card"


def test_the_ics_export_writes_the_rules_titles_and_its_own_words_in_the_wording(db, clock):
    import io

    from app.core.formats.exporters import ics

    ada = create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)
    log_interaction(ada.id, "coffee", when=clock.now(), clock=clock)
    words = {
        "Send thank-you to {name}": "Dankeschön an {name} schicken",
        "Contact: {name}": "Kontakt: {name}",
        "Kind: {kind}": "Art: {kind}",
        "Thank-you": "Dank",
        "{app} follow-ups": "{app}-Wiedervorlagen",
    }
    german = titles.Wording(template=words.get)
    out = io.StringIO()
    ics.export_ics(out, clock=clock, wording=german)
    text = out.getvalue().replace("\r\n ", "")
    assert "SUMMARY:Dankeschön an Ada Okafor schicken" in text
    assert "Kontakt: Ada Okafor\\nArt: Dank" in text and "CATEGORIES:Dank" in text
    assert "X-WR-CALNAME:Rapport-Wiedervorlagen" in text
    english = io.StringIO()
    ics.export_ics(english, clock=clock)
    assert "SUMMARY:Send thank-you to Ada Okafor" in english.getvalue()
    assert "Contact: Ada Okafor\\nKind: Thank-you" in english.getvalue().replace("\r\n ", "")


def test_every_kind_label_is_a_translated_phrase():
    from app.core.followups.service import KIND_LABELS

    assert set(KIND_LABELS.values()) <= set(titles.PHRASES)


def test_plain_templates_filled_by_str_format_read_as_the_formatter_fills_them():
    """Issue 21: a template without a format spec is filled by str.format (Today renders every overdue title at
    start); every one must read as the Formatter writes it, in English and in a translation."""
    from app.core.followups.titles import ENGLISH, TEMPLATES, _fill, _Formatter

    values = {
        "name": "Ada",
        "about": "the report",
        "other": "Bo",
        "referrer": "Cy",
        "role": "Analyst",
        "company": "Acme",
        "round": 2,
        "summary": "plans",
    }
    plain = [template for template in TEMPLATES.values() if ":" not in template]
    assert len(plain) > 5
    for template in [*plain, "{name} — bei {company}", "Rappeler {name}"]:
        assert _fill(ENGLISH, template, values) == _Formatter(ENGLISH).format(template, **values)
