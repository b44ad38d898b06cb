"""Two-way sync against a local Radicale (issue 20): 10,000 contacts and 20,000 open follow-ups.

Three figures, each against a floor measured in the same run on the same server:

- **first sync into a new data folder** (a second computer joining the account): the server holds the 10,000 cards
  and 20,000 to-dos a first upload leaves there; Rapport lists, fetches, reads and stores all 30,000 and records
  their sync state. Floor: the same REPORTs with raw ``http.client`` (sync-collection listing, then multiget of
  every item) without reading or storing anything. The server's items are written straight into Radicale's storage
  folder, because uploading 30,000 of them through the protocol takes hours: Radicale checks a new item's UID
  against every item of the collection (its PUT reads them all), so a first upload is quadratic in the size of the
  collection whoever the client is.
- **no-change sync** of that folder: one sync-collection REPORT per collection and the local checks. Floor: the
  two REPORTs with the stored tokens over raw ``http.client`` (Radicale itself takes seconds to answer them on
  20,000 items, so the target is a ratio, not a fixed time).
- **first sync up** (every contact and open follow-up uploaded) at a size the server's quadratic PUT allows
  (``UPLOAD_CONTACTS`` contacts and twice as many follow-ups); floor: the same texts PUT with raw ``http.client``
  into an empty collection of the same server.
"""

from __future__ import annotations

import base64
import datetime as dt
import http.client
import json
import os
import random
import shutil
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.report import Row

CONTACTS, FOLLOWUPS = 10_000, 20_000
QUICK_CONTACTS, QUICK_FOLLOWUPS = 1_000, 2_000
UPLOAD_CONTACTS, QUICK_UPLOAD_CONTACTS = 500, 150
NO_CHANGE_RATIO = 1.5  # Radicale answers a sync-collection REPORT on 20,000 items in ~1.5 s even with nothing new


def _folder(root: Path, name: str):
    from app import db as app_db

    path = root / name
    path.mkdir(parents=True, exist_ok=True)
    app_db.close_database()
    app_db.open_database(path / "rapport.sqlite3")
    return path


def _fill(contacts: int, followups: int) -> None:
    """Contacts through the import path (bulk), open follow-ups as rows: what a large network holds."""
    from app.core.contacts import bulk_create as contacts_bulk
    from app.core.contacts.contact_data import ContactData, EmailEntry, PhoneEntry
    from app.db import database
    from app.models import Contact, FollowUp, new_uid

    rng = random.Random(20)
    given = ["Ada", "Ben", "Carla", "Dan", "Eva", "Frank", "Grace", "Hiro", "Ines", "José", "Kofi", "Lena"]
    family = ["Okafor", "Marley", "Nakamura", "Müller", "Silva", "Dubois", "Kowalski", "Haddad", "Jensen", "Rossi"]
    items = []
    for number in range(contacts):
        g, f = rng.choice(given), rng.choice(family)
        items.append(
            (
                ContactData(
                    given_name=g,
                    family_name=f"{f}{number}",
                    company=f"Company {number % 700}",
                    title="Engineer",
                    emails=[EmailEntry(f"{g.lower()}.{number}@example.org", "work", True)],
                    phones=[PhoneEntry(f"+31 6 {10000000 + number}", "mobile", True)],
                    how_met="Conference",
                    stage="met",
                ),
                "",
            )
        )
    contacts_bulk.create_contacts(items)
    ids = [i for (i,) in Contact.select(Contact.id).tuples()]
    start = dt.date(2027, 1, 4)
    rows = [
        {
            "uid": new_uid(),
            "contact": ids[n % len(ids)],
            "title": f"Follow up {n}",
            "kind": "custom",
            "due": start + dt.timedelta(days=n % 90),
            "status": "open",
            "notes": "",
        }
        for n in range(followups)
    ]
    with database.atomic():
        for begin in range(0, len(rows), 500):
            FollowUp.insert_many(rows[begin : begin + 500]).execute()


def _seed_server(server, contacts_url: str, tasks_url: str) -> tuple[int, int]:
    """Write what a first upload leaves on the server straight into Radicale's storage folder."""
    from app.core.sync.calendar_sync import TasksAdapter
    from app.core.sync.contacts_sync import ContactsAdapter
    from app.core.sync.dav import item_name
    from app.models import Contact, FollowUp

    user_dir = server.folder / "collections" / "collection-root" / _user()
    counts = []
    for url, adapter, ids, props in (
        (
            contacts_url,
            ContactsAdapter(contacts_url),
            [i for (i,) in Contact.select(Contact.id).tuples()],
            {"tag": "VADDRESSBOOK", "D:displayname": "Rapport"},
        ),
        (
            tasks_url,
            TasksAdapter(),
            [i for (i,) in FollowUp.select(FollowUp.id).where(FollowUp.status == "open").tuples()],
            {"tag": "VCALENDAR", "D:displayname": "Rapport", "C:supported-calendar-component-set": "VEVENT,VTODO"},
        ),
    ):
        folder = user_dir / urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ".Radicale.props").write_text(json.dumps(props))
        written = 0
        for begin in range(0, len(ids), 1000):
            for uid, text in adapter.render(ids[begin : begin + 1000]).values():
                (folder / item_name(uid, adapter.extension)).write_text(text, encoding="utf-8", newline="")
                written += 1
        counts.append(written)
    return counts[0], counts[1]


def _user() -> str:
    from tests.helpers.radicale import USER

    return USER


class _Raw:
    """The floor's client: one keep-alive http.client connection with Basic auth, nothing parsed or stored."""

    def __init__(self, url: str):
        from tests.helpers.radicale import PASSWORD, USER

        parts = urlsplit(url)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=600)
        self.auth = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()

    def request(self, method: str, path: str, body: str = "", headers: dict | None = None) -> tuple[int, bytes]:
        self.conn.request(method, path, body.encode("utf-8"), {"Authorization": self.auth, **(headers or {})})
        response = self.conn.getresponse()
        return response.status, response.read()

    def listing(self, path: str, token: str = "") -> tuple[list[str], str]:
        body = (
            '<?xml version="1.0"?><d:sync-collection xmlns:d="DAV:">'
            f"<d:sync-token>{token}</d:sync-token><d:sync-level>1</d:sync-level>"
            "<d:prop><d:getetag/></d:prop></d:sync-collection>"
        )
        _status, data = self.request("REPORT", path, body, {"Depth": "0", "Content-Type": "application/xml"})
        text = data.decode()
        import re

        hrefs = [h for h in re.findall(r"<href>([^<]+)</href>", text) if h.rstrip("/") != path.rstrip("/")]
        found = re.search(r"<sync-token>([^<]+)</sync-token>", text)
        return hrefs, found.group(1) if found else ""

    def multiget(self, path: str, hrefs: list[str], calendar: bool) -> None:
        ns = "urn:ietf:params:xml:ns:caldav" if calendar else "urn:ietf:params:xml:ns:carddav"
        report, data = ("calendar-multiget", "calendar-data") if calendar else ("addressbook-multiget", "address-data")
        for begin in range(0, len(hrefs), 200):
            listed = "".join(f"<d:href>{h}</d:href>" for h in hrefs[begin : begin + 200])
            body = (
                f'<?xml version="1.0"?><c:{report} xmlns:d="DAV:" xmlns:c="{ns}">'
                f"<d:prop><d:getetag/><c:{data}/></d:prop>{listed}</c:{report}>"
            )
            self.request("REPORT", path, body, {"Depth": "1", "Content-Type": "application/xml"})


def run(quick: bool = False) -> list[Row]:
    import keyring

    from app import db as app_db
    from app.core.sync import account as accounts
    from app.core.sync import service
    from tests.helpers.fake_keyring import FileKeyring
    from tests.helpers.radicale import PASSWORD, USER, RadicaleServer

    contacts, followups = (QUICK_CONTACTS, QUICK_FOLLOWUPS) if quick else (CONTACTS, FOLLOWUPS)
    upload = QUICK_UPLOAD_CONTACTS if quick else UPLOAD_CONTACTS
    root = Path(tempfile.mkdtemp(prefix="rapport-bench-sync-"))
    os.environ["RAPPORT_TEST_KEYRING"] = str(root / "keyring.json")
    keyring.set_keyring(FileKeyring())
    server = RadicaleServer(root / "radicale")
    rows: list[Row] = []
    try:
        server.start()
        # --- a folder with the whole network, set up on the server (collections created), its items seeded -----
        _folder(root, "first")
        _fill(contacts, followups)
        account = service.setup(server.url, USER, PASSWORD, addressbook="Rapport", calendar="Rapport")
        server.stop()
        on_server = _seed_server(server, account.addressbook_url, account.tasks_url)
        server.start()
        raw = _Raw(server.url)
        book, tasks = urlsplit(account.addressbook_url).path, urlsplit(account.tasks_url).path
        for path in (book, tasks):  # Radicale builds its item cache on first read: not part of either figure
            raw.listing(path)

        # --- floor: list and fetch every item ------------------------------------------------------------------
        start = time.perf_counter()
        book_hrefs, book_token = raw.listing(book)
        task_hrefs, task_token = raw.listing(tasks)
        raw.multiget(book, book_hrefs, calendar=False)
        raw.multiget(tasks, task_hrefs, calendar=True)
        floor_download = time.perf_counter() - start
        assert (len(book_hrefs), len(task_hrefs)) == on_server, (len(book_hrefs), len(task_hrefs), on_server)

        # --- a second folder joins: the first sync brings everything ---------------------------------------------
        _folder(root, "second")
        accounts.save(account)
        start = time.perf_counter()
        report = service.run(password=PASSWORD)
        first = time.perf_counter() - start
        got = report.as_json()
        complete = got["contacts"]["downloaded"] == on_server[0] and got["followups"]["downloaded"] == on_server[1]
        rows.append(
            Row(
                f"first sync, new folder: {on_server[0]:,} contacts + {on_server[1]:,} to-dos down",
                first,
                "s",
                floor_download,
                "≤ 10× list+fetch",
                complete and first <= 10 * floor_download,
            )
        )
        # --- nothing changed ----------------------------------------------------------------------------------
        start = time.perf_counter()
        raw.listing(book, book_token)
        raw.listing(tasks, task_token)
        floor_nothing = time.perf_counter() - start
        start = time.perf_counter()
        report = service.run(password=PASSWORD)
        nothing = time.perf_counter() - start
        rows.append(
            Row(
                f"no-change sync: {on_server[0]:,} contacts + {on_server[1]:,} to-dos",
                nothing,
                "s",
                floor_nothing,
                f"≤ {NO_CHANGE_RATIO}× its REPORTs, moves 0",
                report.moved == 0 and nothing <= NO_CHANGE_RATIO * floor_nothing,
            )
        )

        # --- first sync up, at a size the server's quadratic PUT allows -----------------------------------------
        _folder(root, "upload")
        _fill(upload, 2 * upload)
        up_account = service.setup(server.url, USER, PASSWORD, addressbook="Upload", calendar="Upload")
        from app.core.sync.calendar_sync import TasksAdapter
        from app.core.sync.contacts_sync import ContactsAdapter
        from app.core.sync.dav import item_name
        from app.models import Contact, FollowUp

        texts = [
            ("vcf", "text/vcard", uid, text)
            for uid, text in ContactsAdapter(up_account.addressbook_url)
            .render([i for (i,) in Contact.select(Contact.id).tuples()])
            .values()
        ]
        texts += [
            ("ics", "text/calendar", uid, text)
            for uid, text in TasksAdapter().render([i for (i,) in FollowUp.select(FollowUp.id).tuples()]).values()
        ]
        service.setup(server.url, USER, PASSWORD, addressbook="Floor", calendar="Floor")
        floor_account = accounts.load()
        start = time.perf_counter()
        for extension, kind, uid, text in texts:
            collection = floor_account.addressbook_url if extension == "vcf" else floor_account.tasks_url
            path = urlsplit(collection).path + item_name(uid, extension)
            status, _ = raw.request("PUT", path, text, {"Content-Type": kind, "If-None-Match": "*"})
            assert status in (201, 204), status
        floor_upload = time.perf_counter() - start
        accounts.save(up_account)
        start = time.perf_counter()
        report = service.run(password=PASSWORD)
        up = time.perf_counter() - start
        got = report.as_json()
        rows.append(
            Row(
                f"first sync up: {upload:,} contacts + {2 * upload:,} to-dos",
                up,
                "s",
                floor_upload,
                "≤ 1.5× raw PUTs",
                got["contacts"]["uploaded"] == upload
                and got["followups"]["uploaded"] == 2 * upload
                and up <= 1.5 * floor_upload,
            )
        )
        start = time.perf_counter()
        report = service.run(password=PASSWORD)
        rows.append(
            Row(
                "no-change sync right after it",
                time.perf_counter() - start,
                "s",
                None,
                "moves nothing",
                report.moved == 0,
            )
        )
    finally:
        app_db.close_database()
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    return rows
