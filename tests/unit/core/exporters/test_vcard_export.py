"""vCard export: other programs read it (vobject here, khard in .ci/run) and importing it gives the same people."""

import io

import pytest
import vobject

from app.core.formats.exporters import vcard_writer as vcard
from app.core.formats.exporters.json_export import contacts_as_dicts
from app.models import Contact
from tests.helpers.imports import contacts_by_name, import_file

from .conftest import PNG

ROUND_TRIP_FIELDS = (
    "given_name",
    "family_name",
    "display_name",
    "company",
    "title",
    "linkedin_url",
    "notes",
    "how_met",
    "why_connect",
    "circles",
)


def export(version="3.0") -> str:
    out = io.StringIO()
    vcard.export_vcard(out, version)
    return out.getvalue()


def test_vobject_reads_every_card_of_the_30_export(people_db):
    text = export()
    cards = list(vobject.readComponents(text))
    assert len(cards) == Contact.select().count() == 5
    by_fn = {c.fn.value: c for c in cards}
    zoe = by_fn["Zoë Lefèvre-Ñúñez"]
    assert zoe.version.value == "3.0"
    assert (zoe.n.value.family, zoe.n.value.given) == ("Lefèvre-Ñúñez", "Zoë")
    assert zoe.org.value == ["Fabrikam, Inc.; Europe"]
    assert zoe.title.value == "Engineer, Platform & Tools"
    assert [e.value for e in zoe.contents["email"]] == ["zoe@example.com", "zoe.home@example.org"]
    assert [t.value for t in zoe.contents["tel"]] == ["+33 6 12 34 56 78", "+33 4 72 00 00 00"]
    assert zoe.note.value == "Line one\nLine two with a backslash \\ and a comma, and semi;colon"
    assert zoe.photo.value == PNG
    assert zoe.categories.value == ["Former co-workers", "Professional groups & events"]
    assert by_fn["Kwame Mensah 🚀"].title.value == 'Head of "Growth"'


def test_30_export_lines_are_folded_crlf_and_at_most_75_octets(people_db):
    text = export()
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75, line


def test_40_export_is_rfc_6350_shaped_and_readable(people_db):
    text = export("4.0")
    assert text.count("VERSION:4.0") == 5
    # the number as written (a tel: URI would turn "+33 6 12 34 56 78" into "+33612345678")
    assert "TEL;VALUE=text;TYPE=cell;PREF=1:+33 6 12 34 56 78" in text
    assert "PHOTO:data:image/png;base64," in text.replace("\r\n ", "")
    assert "UID:urn:uuid:" not in text  # the same UID text as 3.0: a server must not hold the person twice
    assert len(list(vobject.readComponents(text))) == 5


@pytest.mark.parametrize("version", vcard.VERSIONS)
def test_round_trip_into_an_empty_data_folder_keeps_the_people(people_db, second_db, clock, tmp_path, version):
    before = contacts_by_name()
    path = tmp_path / f"export-{version}.vcf"
    path.write_text(export(version), encoding="utf-8", newline="")
    second_db()
    assert Contact.select().count() == 0
    summary = import_file(path, clock=clock)
    assert summary.line() == "imported 5, merged 0, skipped 0"
    after = contacts_by_name()
    assert after.keys() == before.keys()
    for name, old in before.items():
        new = after[name]
        for field in ROUND_TRIP_FIELDS:
            assert new[field] == old[field], (name, field)
        assert [(e["value"], e["primary"]) for e in new["emails"]] == [
            (e["value"], e["primary"]) for e in old["emails"]
        ]
        phone_key = "e164" if version == "4.0" else "value"
        assert [p[phone_key] for p in new["phones"]] == [p[phone_key] for p in old["phones"]]
        assert new["uid"] == old["uid"]
    zoe = after["Zoë Lefèvre-Ñúñez"]
    assert [p["label"] for p in zoe["phones"]] == ["mobile", "Studio"]
    assert zoe["addresses"][0]["street"] == "12 Rue de la Paix\nBâtiment B"
    assert zoe["has_photo"]


def test_reimporting_our_own_export_merges_everyone(people_db, clock, tmp_path):
    path = tmp_path / "mine.vcf"
    path.write_text(export(), encoding="utf-8", newline="")
    summary = import_file(path, clock=clock)
    assert (summary.imported, summary.merged, summary.updated) == (0, 5, 0)


def test_trashed_contacts_are_not_exported(people_db, clock):
    from app.core.contacts import service as contacts

    contacts.trash_contacts([Contact.get(Contact.company.is_null(False)).id], clock=clock)
    assert export().count("BEGIN:VCARD") == 4


def test_empty_database_exports_nothing(db):
    assert export() == ""


def test_fold_never_cuts_a_utf8_character():
    line = "NOTE:" + "é" * 100
    folded = vcard.fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_card_text_of_a_single_contact(people_db):
    [kwame] = contacts_as_dicts([Contact.get(Contact.company.is_null(False), Contact.given_name == "Kwame").id])
    text = vcard.card_text(kwame)
    assert "EMAIL;TYPE=internet,pref:kwame@example.com\r\n" in text
    assert "TEL;TYPE=work,pref:(415) 555-0199\r\n" in text
    with pytest.raises(ValueError):
        vcard.card_text(kwame, "2.1")


# --- issue 15: every field, in a form other programs read -------------------------------------------------------
def _rich(clock, **changes):
    from app.core.contacts import service as contacts
    from tests.helpers.rich_people import ADA

    person = ADA.copy()
    for key, value in changes.items():
        setattr(person, key, value)
    contact = contacts.create_contact(person, clock=clock)
    [item] = contacts_as_dicts([contact.id])
    return item


def _lines(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


@pytest.mark.parametrize("version", vcard.VERSIONS)
def test_vobject_reads_every_new_field(db, clock, version):
    card = vobject.readOne(vcard.card_text(_rich(clock), version, PNG, "0b0e1d2c-ref"))
    n = card.n.value
    assert (n.prefix, n.given, n.additional, n.family, n.suffix) == (
        "Dr.",
        "Ada",
        "Augusta Maria",
        "King-Lovelace",
        "PhD, FRS",
    )
    assert card.nickname.value == "Addie, The Enchantress"
    assert card.org.value == ["Analytical Engines, Ltd.", "Research", "Lab 2"]
    assert card.bday.value == ("1815-12-10" if version == "3.0" else "18151210")
    anniversary = card.contents["x-anniversary" if version == "3.0" else "anniversary"]
    assert [a.value for a in anniversary] == (
        ["1604-07-08", "1999-03-01"] if version == "3.0" else ["--0708", "19990301"]
    )
    assert [u.value for u in card.contents["url"]][:2] == [
        "https://www.linkedin.com/in/ada-lovelace",
        "https://ada.example",
    ]
    assert [i.value for i in card.contents["impp"]][:2] == ["skype:ada.k", "xmpp:ada@example.org"]
    assert card.contents["x-socialprofile"][0].value == "https://twitter.com/ada"
    assert card.contents["x-rapport-referred-by"][0].value == "0b0e1d2c-ref"
    assert card.contents["x-abrelatednames"][0].value == "Charles Babbage"
    labels = {(c.group, c.value) for c in card.contents["x-ablabel"]}
    assert ("item17", "_$!<Friend>!$_") in labels  # the kept group follows ours


@pytest.mark.parametrize("version", vcard.VERSIONS)
def test_a_label_types_would_not_give_back_also_gets_an_x_ablabel(db, clock, version):
    lines = _lines(vcard.card_text(_rich(clock), version))
    pref = "pref" if version == "3.0" else "PREF=1"
    work = next(ln for ln in lines if "ada@example.invalid" in ln)
    assert work.startswith("item") and "work" in work and pref in work  # "Work": TYPE=work plus its own label
    group = work.split(".", 1)[0]
    assert f"{group}.X-ABLabel:Work" in lines
    assert any(ln.endswith("X-ABLabel:assistant") for ln in lines)
    plain = next(ln for ln in lines if ln.startswith("TEL") and "home" in ln and "fax" in ln)
    assert not plain.startswith("item")  # "home fax" is exactly what TYPE=home,fax reads back as


def test_40_phones_keep_their_extension_and_their_text(db, clock):
    lines = _lines(vcard.card_text(_rich(clock), "4.0"))
    tels = [ln for ln in lines if "TEL" in ln.split(":", 1)[0]]
    assert "TEL;VALUE=text;TYPE=work;PREF=1:+1 415 555 0199 ext. 102" in tels
    assert "item7.TEL;VALUE=uri:tel:+14155550100;ext=7" in tels
    assert "item8.TEL;VALUE=uri;TYPE=cell:tel:+14155550123" in tels
    assert 'TEL;VALUE=text;TYPE="home,fax":(415) 555-0142' in tels


def test_one_uid_text_in_both_versions_and_rev_in_utc(db, clock, monkeypatch):
    import time

    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        person = _rich(clock)
        three, four = (_lines(vcard.card_text(person, v)) for v in vcard.VERSIONS)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert f"UID:{person['uid']}" in three and f"UID:{person['uid']}" in four
    assert "REV:2026-03-16T09:30:00Z" in three  # 10:30 in Paris (UTC+1 in March)
    assert "REV:20260316T093000Z" in four


def test_dates_in_each_versions_form(db, clock):
    three = _lines(vcard.card_text(_rich(clock), "3.0"))
    four = _lines(vcard.card_text(_rich(clock), "4.0"))
    assert "BDAY:1815-12-10" in three and "BDAY:18151210" in four
    assert "X-ANNIVERSARY;X-APPLE-OMIT-YEAR=1604:1604-07-08" in three and "ANNIVERSARY:--0708" in four
    assert "item1.X-ABDATE:2010-05-06" in three and "item1.X-ABLabel:Graduation" in three
    assert "X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-02-29" in three and "X-ABDATE:--0229" in four


def test_kept_properties_are_written_back_in_groups_that_never_collide(db, clock):
    kept = ["item1.X-ABRELATEDNAMES:Jane", "item1.X-ABLabel:Friend", "item2.X-FOO:x", "home.X-BAR:y", "GENDER:F"]
    lines = _lines(vcard.card_text(_rich(clock, vcard_properties=kept), "3.0"))
    start = lines.index("item17.X-ABRELATEDNAMES:Jane")
    ours = {ln.split(".", 1)[0] for ln in lines[:start] if ln.startswith("item")}
    assert ours == {f"item{n}" for n in range(1, 17)}  # Ada's labelled values use item1…item16
    assert lines[start : start + 5] == [
        "item17.X-ABRELATEDNAMES:Jane",
        "item17.X-ABLabel:Friend",
        "item18.X-FOO:x",
        "home.X-BAR:y",
        "GENDER:F",
    ]


def test_kept_lines_that_would_break_the_card_are_left_out(db, clock):
    kept = ["END:VCARD", "VERSION:2.1", "UID:other", "no colon here", "X-OK:fine", "X-TWO:line\nbreak"]
    text = vcard.card_text(_rich(clock, vcard_properties=kept), "3.0")
    assert text.count("END:VCARD") == text.count("BEGIN:VCARD") == 1
    assert text.count("UID:") == 1 and "VERSION:2.1" not in text
    assert "X-OK:fine\r\n" in text and "X-TWO:line\\nbreak\r\n" in text
    vobject.readOne(text)


@pytest.mark.parametrize("version", vcard.VERSIONS)
def test_khard_reads_the_new_fields(db, clock, tmp_path, version):
    """khard (a real Debian address book) parses the card and shows the new fields (scripts/system-deps.sh installs
    it for `make test`; skipped only where it cannot be installed)."""
    import shutil
    import subprocess

    if shutil.which("khard") is None:
        pytest.skip("khard is not installed")
    book = tmp_path / "book"
    book.mkdir()
    (book / "ada.vcf").write_text(vcard.card_text(_rich(clock), version, PNG), encoding="utf-8", newline="")
    config = tmp_path / "khard.conf"
    config.write_text(f"[addressbooks]\n[[rapport]]\npath = {book}\n[general]\neditor = true\nmerge_editor = true\n")
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    listed = subprocess.run(
        ["khard", "-c", str(config), "list", "--parsable"], capture_output=True, text=True, env=env, check=False
    )
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 1, listed.stderr
    shown = subprocess.run(
        ["khard", "-c", str(config), "show", "--format", "yaml", "Ada"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    ).stdout
    for want in ("Augusta Maria", "King-Lovelace", "Addie", "Analytical Engines, Ltd.", "Research", "1815-12-10"):
        assert want in shown, (want, shown)
    assert "ada@example.invalid" in shown and "+1 415 555 0199 ext. 102" in shown
