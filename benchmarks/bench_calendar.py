"""The follow-up calendar under load (DESIGN §8): repainting a month and a week with 10k follow-ups in the month
(< 16 ms; the repaint draws what is loaded, so the number of contacts does not enter it), loading the month, and
evaluating the rules over 50k contacts (the start-up / midnight pass, and one logged interaction)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import demo_folder, dispose
from benchmarks.report import Row

FRAME_MS = 16.0
MONTH_ITEMS = 10_000


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _month_with_items(folder: Path, today: dt.date) -> None:
    """A data folder whose current month holds MONTH_ITEMS open follow-ups over 300 contacts."""
    from app.core.followups import rules as followup_rules
    from app.db import close_database, database, open_database
    from app.models import Contact

    open_database(folder / "rapport.sqlite3")
    with database.atomic():
        Contact.insert_many([{"given_name": f"Person{i}", "family_name": "Example"} for i in range(300)]).execute()
        ids = [cid for (cid,) in Contact.select(Contact.id).tuples()]
        first = today.replace(day=1)
        kinds = ("thank_you", "reminder", "keep_in_touch", "call_referral", "custom")
        now = dt.datetime.now().replace(microsecond=0)
        rows = []
        for i in range(MONTH_ITEMS):
            due = first + dt.timedelta(days=i % 28)
            rows.append(
                {
                    "uid": f"bench-{i}",
                    "contact": ids[i % len(ids)],
                    "title": f"Follow-up {i}",
                    "kind": kinds[i % len(kinds)],
                    "due": due,
                    "original_due": due,
                    "status": "open",
                    "notes": "",
                    "created_at": now,
                    "updated_at": now,
                }
            )
        followup_rules.insert_rows(rows)
    close_database()


def _repaint(quick: bool) -> list[Row]:
    from app.db import close_database
    from app.paths import resolve_paths
    from app.ui.application import ensure_application
    from app.ui.calendar.page import CalendarPage
    from app.ui.context import AppContext

    app = ensure_application()
    today = dt.date.today()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        folder.mkdir()
        _month_with_items(folder, today)
        from app.db import open_database

        open_database(folder / "rapport.sqlite3")
        page = CalendarPage(AppContext(paths=resolve_paths(folder).ensure()))
        page.resize(1200, 800)
        page.show()
        app.processEvents()
        loads = []
        for _ in range(3 if quick else 10):
            start = time.perf_counter()
            page.refresh_now()
            loads.append((time.perf_counter() - start) * 1000)
        grid = page.month_view
        grid.repaint()
        paints = []
        for _ in range(60 if quick else 300):
            start = time.perf_counter()
            grid.repaint()
            paints.append((time.perf_counter() - start) * 1000)
        shown = sum(len(grid.chips_on(grid.first_day + dt.timedelta(days=d))) for d in range(42))
        # The week (its hour grid and all-day strip, ~2,500 of the follow-ups) painted the same way.
        from app.ui.calendar.page import WEEK

        page.set_mode(WEEK)
        app.processEvents()
        page.refresh_now()
        week = page.week_view.viewport()
        week.repaint()
        week_paints = []
        for _ in range(60 if quick else 300):
            start = time.perf_counter()
            week.repaint()
            week_paints.append((time.perf_counter() - start) * 1000)
        dispose(page)
        close_database()
    median, p99 = statistics.median(paints), _percentile(paints, 0.99)
    return [
        Row(
            f"month view repaint, {shown:,} follow-ups in the month: median",
            median,
            "ms",
            None,
            "< 16 ms",
            median < FRAME_MS,
        ),
        Row("month view repaint: p99", p99, "ms", None, "< 16 ms", p99 < FRAME_MS),
        Row("week view repaint: median", statistics.median(week_paints), "ms", None, "< 16 ms", None),
        Row(
            "week view repaint: p99",
            _percentile(week_paints, 0.99),
            "ms",
            None,
            "< 16 ms",
            _percentile(week_paints, 0.99) < FRAME_MS,
        ),
        Row("month view: load the month from the database (median)", statistics.median(loads), "ms"),
    ]


def _rules(quick: bool) -> list[Row]:
    from app.core.contacts.interactions import delete_interaction, log_interaction
    from app.core.followups import rules as followup_rules
    from app.db import close_database, database, open_database
    from app.models import Contact, FollowUp

    source = demo_folder(50_000)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "rapport.sqlite3"
        shutil.copyfile(source / "rapport.sqlite3", db_path)
        open_database(db_path)
        contacts = Contact.select().count()
        passes = []
        for _ in range(2 if quick else 5):
            start = time.perf_counter()
            with database.atomic():
                followup_rules.run_all()
            passes.append(time.perf_counter() - start)
        # A cold pass: every time-based follow-up made from scratch (as after a big import).
        with database.atomic():
            FollowUp.delete().where(
                FollowUp.rule.in_(("keep_in_touch", "review_invitation", "monthly_update")), FollowUp.status == "open"
            ).execute()
        start = time.perf_counter()
        with database.atomic():
            cold = followup_rules.run_all()
        cold_s = time.perf_counter() - start
        hooks = []
        ids = [cid for (cid,) in Contact.select(Contact.id).order_by(Contact.id).limit(40).tuples()]
        for cid in ids[: 10 if quick else 40]:
            start = time.perf_counter()
            logged = log_interaction(cid, "coffee")
            hooks.append((time.perf_counter() - start) * 1000)
            delete_interaction(logged.interaction.id)
        close_database()
    return [
        Row(
            f"rules: start-up pass, {contacts:,} contacts (nothing to do)",
            statistics.median(passes) * 1000,
            "ms",
            None,
            "off the UI thread",
            None,
        ),
        Row(f"rules: cold pass, {cold.created:,} follow-ups made", cold_s * 1000, "ms"),
        Row("rules: log an interaction (hooks included), median", statistics.median(hooks), "ms"),
    ]


def run(quick: bool = False) -> list[Row]:
    return _repaint(quick) + _rules(quick)
