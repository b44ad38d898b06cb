"""Issue 19, item 8: inputs an adversarial run found — a far-future date, a stray quote, a big photo, LinkedIn's
.zip export, an endless stream of random bytes — are read with a clear word and never crash or swallow people."""

from __future__ import annotations

import json
import os
import threading
import tracemalloc
import zipfile

import pytest

from app.core.followups import rules as followup_rules
from app.core.formats.importers import ImportRejected, decoding, load_source, run_import
from app.core.formats.importers.json_backup import read_backup
from app.core.formats.importers.json_import import run_json_import
from app.models import Contact, FollowUp, Interaction
from tests.helpers.imports import import_file

FAR = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Ada,Okafor,https://www.linkedin.com/in/ada,,Acme,CTO,31 Dec 9999\n"
    "Ben,Ito,https://www.linkedin.com/in/ben,,Acme,CFO,12 Oct 2023\n"
)


def test_connected_on_31_december_9999_is_kept_as_a_note_and_a_dry_run_says_the_same(db, clock, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(FAR, encoding="utf-8")
    dry = run_import(load_source(path), dry_run=True, clock=clock)
    real = run_import(load_source(path), clock=clock)
    assert dry.line() == "would import 2, merge 0, skip 0"
    assert real.line() == "imported 2, merged 0, skipped 0"
    assert dry.report_lines() == real.report_lines()
    assert any("9999-12-31" in text and "not a day between 1900 and 2199" in text for _, text in real.warnings)
    ada = Contact.get(Contact.given_name == "Ada")
    assert ada.invitation_date is None and "9999-12-31" in ada.notes
    followup_rules.run_all(clock=clock)  # the rules that overflowed on it run fine


def test_far_dates_in_a_json_export_are_left_out_with_a_warning(db, clock, tmp_path):
    doc = {
        "format": "rapport-export",
        "version": 1,
        "contacts": [{"id": 1, "given_name": "Far", "display_name": "Far", "invitation_date": "9999-12-31"}],
        "interactions": [{"id": 1, "contact_id": 1, "kind": "call", "occurred_at": "9999-12-31T23:59:59"}],
        "followups": [{"id": 1, "contact_id": 1, "kind": "custom", "title": "t", "due": "9999-12-31"}],
    }
    path = tmp_path / "far.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    summary = run_json_import(read_backup(path), clock=clock)
    assert summary.line() == "imported 1, merged 0, skipped 0"
    lines = summary.report_lines()
    assert any("interactions[0].occurred_at" in w and "not a day between 1900 and 2199" in w for w in lines)
    assert Interaction.select().count() == 0
    assert FollowUp.select().where(FollowUp.title == "t").count() == 0
    followup_rules.run_all(clock=clock)


def test_a_stray_quote_mid_file_keeps_every_person_and_says_where(db, clock, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ada,Okafor,https://www.linkedin.com/in/ada,,Acme,CTO,12 Oct 2023\n"
        'Ben,"Ito,https://www.linkedin.com/in/ben,,Acme,CFO,12 Oct 2023\n'
        'Carla,Ruiz,https://www.linkedin.com/in/carla,,"Acme, Inc",CEO,12 Oct 2023\n'
        "Dan,Wei,https://www.linkedin.com/in/dan,,Acme,COO,12 Oct 2023\n",
        encoding="utf-8",
    )
    summary = import_file(path, clock=clock)
    assert summary.line() == "imported 4, merged 0, skipped 0"
    assert summary.report_lines()[0].endswith(
        ":3: unclosed quote on line 3: read the line as it is written, and the lines after it on their own"
    )
    people = {c.display_name: c for c in Contact.select()}
    assert set(people) == {"Ada Okafor", "Ben Ito", "Carla Ruiz", "Dan Wei"}
    assert people["Carla Ruiz"].company.name == "Acme, Inc"
    assert people["Ben Ito"].linkedin_url == "https://www.linkedin.com/in/ben"


def test_a_quote_never_closed_keeps_its_person_and_the_rest(db, clock, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text('Name,E-mail\nAda,ada@x.org\n"Ben,ben@x.org\nCarla,carla@x.org\nDan,dan@x.org\n', "utf-8")
    summary = import_file(path, clock=clock)
    assert summary.line() == "imported 4, merged 0, skipped 0"
    assert any(text.startswith("unclosed quote on line 3") for _, text in summary.warnings)
    assert Contact.select().where(Contact.display_name == "Ben").exists()


def test_a_big_photo_is_left_out_with_a_warning_that_says_its_size(db, clock, tmp_path):
    import base64

    big = base64.b64encode(b"\xff\xd8\xff\xe0" + b"\x01" * (2 * 1024 * 1024)).decode()
    path = tmp_path / "photo.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nPHOTO;ENCODING=b;TYPE=JPEG:{big}\r\nEND:VCARD\r\n")
    summary = import_file(path, clock=clock)
    assert summary.line() == "imported 1, merged 0, skipped 0"
    assert any("photo (2.0 MB) is larger than 1024 KB" in text for _, text in summary.warnings)


# --- LinkedIn's .zip ----------------------------------------------------------------------------------------------
CONNECTIONS = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Ada,Okafor,https://www.linkedin.com/in/ada,,Acme,CTO,12 Oct 2023\n"
)


def make_zip(path, members: dict[str, str | bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def test_linkedins_zip_export_is_read_through_its_connections_csv(db, clock, tmp_path):
    path = make_zip(
        tmp_path / "Complete_LinkedInDataExport.zip",
        {"Profile.csv": "First Name,Last Name\nMe,Myself\n", "Connections.csv": CONNECTIONS, "messages.csv": "a\n"},
    )
    source = load_source(path)
    assert source.format == "linkedin"
    assert source.encoding == "UTF-8, Connections.csv from the .zip"
    assert import_file(path, clock=clock).line() == "imported 1, merged 0, skipped 0"


def test_a_zip_with_one_vcard_is_read_and_other_zips_are_refused_plainly(tmp_path):
    one = make_zip(tmp_path / "one.zip", {"Takeout/Contacts/All.vcf": "BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\n"})
    assert load_source(one).format == "vcard"
    several = make_zip(tmp_path / "several.zip", {"a.vcf": "x", "b.csv": "y"})
    with pytest.raises(ImportRejected, match="several files"):
        load_source(several)
    pictures = make_zip(tmp_path / "pictures.zip", {"a.png": b"\x89PNG"})
    with pytest.raises(ImportRejected, match="no address book"):
        load_source(pictures)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    with pytest.raises(ImportRejected, match="cannot be opened"):
        load_source(broken)


def test_a_zip_member_over_the_size_limit_is_refused_without_reading_it_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(decoding, "MAX_FILE_BYTES", 64 * 1024)
    path = make_zip(tmp_path / "big.zip", {"Connections.csv": CONNECTIONS + "x,y\n" * 40_000})
    with pytest.raises(ImportRejected, match="MB"):
        load_source(path)


# --- endless or huge random input ---------------------------------------------------------------------------------
def test_dev_urandom_is_refused_after_its_first_bytes(tmp_path):
    tracemalloc.start()
    try:
        with pytest.raises(ImportRejected, match="not a text file"):
            load_source("/dev/urandom")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * 1024 * 1024


def test_a_pipe_of_random_bytes_is_refused_without_reading_it_all(tmp_path):
    """A 250 MB stream of noise (a FIFO fed by a generator, nothing on disk): refused after a few kilobytes, with
    memory bounded; it took ~1.9 GB before."""
    fifo = tmp_path / "noise"
    os.mkfifo(fifo)
    written = 0
    chunk = os.urandom(64 * 1024)

    def feed() -> None:
        nonlocal written
        try:
            with open(fifo, "wb") as out:
                while written < 250 * 1024 * 1024:
                    out.write(chunk)
                    written += len(chunk)
        except (BrokenPipeError, OSError):
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    tracemalloc.start()
    try:
        with pytest.raises(ImportRejected, match="not a text file"):
            load_source(fifo)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    writer.join(timeout=10)
    assert not writer.is_alive()
    assert written < 4 * 1024 * 1024  # the reader stopped early: the writer's pipe broke
    assert peak < 4 * 1024 * 1024


def test_a_text_stream_over_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(decoding, "MAX_FILE_BYTES", 256 * 1024)
    fifo = tmp_path / "text"
    os.mkfifo(fifo)

    def feed() -> None:
        try:
            with open(fifo, "wb") as out:
                out.write(b"Name,Email\n")
                for n in range(100_000):
                    out.write(f"Person {n},p{n}@example.org\n".encode())
        except (BrokenPipeError, OSError):
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    with pytest.raises(ImportRejected, match="not an address book"):
        load_source(fifo)
    writer.join(timeout=10)


def test_binary_detection_spares_real_text():
    assert not decoding.looks_binary("Name,Email\nJosé,jose@example.org\n".encode())
    assert not decoding.looks_binary("Name,Email\n".encode("utf-16"))
    assert not decoding.looks_binary("Name\tEmail\r\n".encode("utf-16-le"))
    assert not decoding.looks_binary("名前,メール\n".encode("shift_jis"))
    assert decoding.looks_binary(bytes(range(256)) * 16)
    assert decoding.looks_binary(b"\x00" * 4096)
