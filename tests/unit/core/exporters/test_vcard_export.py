"""vCard export: other programs read it (vobject here, khard in .ci/run) and importing it gives the same people."""

import io

import pytest
import vobject

from app.core.exporters import vcard
from app.core.exporters.json_export import contacts_as_dicts
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
    from app.core import contacts

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
