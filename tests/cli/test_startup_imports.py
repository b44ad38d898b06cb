"""What the window's start does not do before its first paint (issue 21 item 2), checked without timing anything:
the modules loaded when the start-up probe fires, and the migration runner left alone on an up-to-date database."""

import os
import subprocess
import sys
import textwrap

# Loaded at the first paint of a window over an up-to-date data folder, none of these is drawn by Today: the
# migration runner (and the Postgres/CockroachDB modules it pulls), the import and export formats and their
# libraries, demo data, sync's network side, and every page built only when first shown.
NOT_AT_START = (
    "playhouse.migrate",
    "playhouse.migrations",
    "vobject",
    "phonenumbers",
    "PIL",
    "lxml",
    "email_validator",
    "charset_normalizer",
    "csv",
    "PySide6.QtMultimedia",
    "PySide6.QtNetwork",
    "app.core.formats",
    "app.core.demo",
    "app.core.pitches",
    "app.core.sync.service",
    "app.ui.contacts.page",
    "app.ui.calendar.page",
    "app.ui.pitches",
    "app.ui.opportunities.page",
    "app.ui.settings",
    "app.ui.coach.page",
    # issue 21's third pass: the contact rules (a profile is only read), the rules pass and what logging an
    # interaction runs, the contact pickers, and the features wired after the first paint (MainWindow
    # defer_features): reminders, import/export, business cards, the coach's dialogs, sync, the job search
    "app.core.contacts.service",
    "app.core.contacts.interactions",
    "app.core.contacts.lookup",
    "app.core.followups.rules",
    "app.core.followups.daily_run",
    "app.core.followups.planned_meetings",
    "app.core.profile",
    "app.core.sync.account",
    "app.ui.widgets.contact_picker",
    "app.ui.contacts.presentation",
    "app.ui.followups.integration",
    "app.ui.followups.notifier",
    "app.ui.import_export.integration",
    "app.ui.cards.controller",
    "app.ui.coach.integration",
    "app.ui.sync.controller",
    "app.ui.opportunities.integration",
    "app.ui.contacts.facts",  # Today's heading needs only the day-and-month format (app.ui.widgets.date_format)
    "app.core.contacts.contact_data",
    # the fourth pass: the status bar's last backup is read from the file names without strptime (its locale's
    # patterns)
    "_strptime",
    # the fifth pass: the rotating log on logging.FileHandler (logging.handlers brings pickle and queue), and
    # platformdirs only for the default folders (the window here is given its folder, as `--data-dir` does)
    "logging.handlers",
    "pickle",
    "platformdirs",
    # the sixth pass: this week's goals are read after the first paint, so neither their core module (four
    # dataclasses, made by exec at import) nor the Insights charts load before it
    "app.core.coach.goals",
    "app.ui.coach.charts",
    "app.ui.coach.goals_history",
    # ... nor the follow-ups' writes (Today changes nothing until the user acts) and the repeating follow-ups'
    # series, rules and reminders (Today's first rows are stored follow-ups, not projected ones)
    "app.core.followups.writes",
    "app.core.followups.series",
    "app.core.followups.recurrence",
    "app.core.followups.reminders",
    # ... nor the models Today does not read (app.models loads them when first named), peewee's FTS5 support with the
    # search index's
    "app.models.opportunity",
    "app.models.sync",
    "app.models.template",
    "app.models.research",
    "app.models.contact_image",
    "app.models.search_index",
    "playhouse.sqlite_ext",
)

# Starts Rapport as `rapport` does, with the start-up probe on; when the probe takes its reading (peak_rss_kib, at
# the first paint) the loaded module names are printed first.
SCRIPT = textwrap.dedent(
    """
    import sys
    import app.main

    reading = app.main.peak_rss_kib

    def modules_then_reading():
        print("modules " + " ".join(sorted(sys.modules)), flush=True)
        for module in ("QtWidgets", "QtCore"):  # PySide6 makes each class when first used
            made = sys.modules["PySide6." + module].__dict__
            print(module.lower() + " " + " ".join(sorted(name for name in made if name.startswith("Q"))), flush=True)
        from app.deferred_imports import is_deferred

        deferred = [name for name, module in list(sys.modules.items()) if is_deferred(module)]
        print("deferred " + " ".join(sorted(deferred)), flush=True)
        records = [
            f"{name}.{value.__qualname__}"
            for name, module in list(sys.modules.items())
            if name.startswith("app.") and not is_deferred(module)
            for value in list(vars(module).values())
            if isinstance(value, type) and value.__module__ == name and "__dataclass_fields__" in vars(value)
        ]
        print("dataclasses " + " ".join(sorted(records)), flush=True)
        return reading()

    app.main.peak_rss_kib = modules_then_reading
    sys.exit(app.main.main(["--data-dir", sys.argv[1]]))
    """
)


def _loaded_at_first_paint(data_dir) -> dict[str, set[str]]:
    """What is loaded when the probe fires: ``modules`` (sys.modules), ``qtwidgets`` and ``qtcore`` (the classes of
    those modules PySide6 has made so far), ``deferred`` (modules in sys.modules whose code has not run:
    app.deferred_imports) and ``dataclasses`` (the dataclasses Rapport's loaded modules define, as module.Class)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RAPPORT_STARTUP_PROBE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(data_dir)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    loaded = {}
    for key in ("modules", "qtwidgets", "qtcore", "deferred", "dataclasses"):
        lines = [line for line in result.stdout.splitlines() if line.startswith(f"{key} ")]
        assert len(lines) == 1, result.stdout
        loaded[key] = set(lines[0].split()[1:])
    return loaded


def _modules_at_first_paint(data_dir) -> set[str]:
    return _loaded_at_first_paint(data_dir)["modules"]


def test_the_first_paint_imports_nothing_the_first_page_does_not_draw(tmp_path):
    data_dir = tmp_path / "data"
    first = _modules_at_first_paint(data_dir)  # a new folder: the database is made by the migrations
    assert "playhouse.migrations" in first  # the check below can fail: the hook sees what is loaded
    backups = data_dir / "backups"  # with a backup for the status bar to name
    backups.mkdir(exist_ok=True)
    (backups / "rapport-20260301-091500-daily.sqlite3").write_bytes(b"")
    loaded = _modules_at_first_paint(data_dir)  # an up-to-date folder: how Rapport usually starts
    assert "app.ui.today.page" in loaded
    assert not loaded & set(NOT_AT_START), sorted(loaded & set(NOT_AT_START))
    packages = {name for name in NOT_AT_START if "." not in name}
    assert not {name for name in loaded if name.split(".")[0] in packages}


def test_the_first_paint_does_not_make_every_widget_class(tmp_path):
    """PySide6 makes a class when it is first used; but the first widget made in C++ that Python sees (the list's
    viewport, which `viewport()` returns) makes it create every QWidget class of QtWidgets to find that widget's
    type (~10 ms CPU before the first paint, issue 21). The navigation finds its viewport by type and name
    instead, so classes no window of Rapport uses are still not made when the window first paints."""
    data_dir = tmp_path / "data"
    _loaded_at_first_paint(data_dir)  # a new folder: made by the migrations
    classes = _loaded_at_first_paint(data_dir)["qtwidgets"]
    assert {"QMainWindow", "QListWidget", "QLabel"} <= classes  # the check below can fail: we see what is made
    assert not classes & {"QDial", "QLCDNumber", "QMdiArea", "QKeySequenceEdit"}, sorted(classes)


# Classes the window names only when the user asks for them: message boxes, file and date dialogs, the tray icon (made
# after the paint), opening folders and a second Rapport. Named at import, each was made before the first paint with
# all its enums (~2.5 ms together, issue 21).
ASKED_FOR_LATER = {
    "qtwidgets": {"QMessageBox", "QFileDialog", "QDialog", "QDialogButtonBox", "QCalendarWidget", "QSystemTrayIcon"},
    "qtcore": {"QProcess", "QUrl"},
}


def test_the_first_paint_does_not_make_the_dialogs_classes(tmp_path):
    data_dir = tmp_path / "data"
    _loaded_at_first_paint(data_dir)  # a new folder: made by the migrations
    loaded = _loaded_at_first_paint(data_dir)
    assert {"QMainWindow", "QLabel"} <= loaded["qtwidgets"] and "QTimer" in loaded["qtcore"]  # we see what is made
    for module, names in ASKED_FOR_LATER.items():
        assert not loaded[module] & names, (module, sorted(loaded[module] & names))


def test_peewee_s_unused_standard_library_has_not_run_at_the_first_paint(tmp_path):
    """socket, hashlib (OpenSSL), uuid, platform, calendar and selectors are imported by peewee and used by nothing
    the first paint does: `rapport` defers them (app.deferred_imports, ~8 ms CPU and 4 MiB of every start)."""
    from app.deferred_imports import DEFERRED

    data_dir = tmp_path / "data"
    _loaded_at_first_paint(data_dir)  # a new folder: made by the migrations
    loaded = _loaded_at_first_paint(data_dir)
    assert "peewee" in loaded["modules"]  # they were imported...
    assert set(DEFERRED) <= loaded["deferred"], sorted(set(DEFERRED) - loaded["deferred"])  # ...but have not run


def test_the_first_paint_makes_no_dataclass(tmp_path):
    """A frozen dataclass compiles its __init__, __eq__, __hash__, __repr__, __setattr__ and __delattr__ with exec
    when its module is imported: ~0.45 ms of every start each, 7.7 ms for the 17 made before the first paint (issue
    21). The records read before it (Today's counts and rows, the status bar's, the backups', the instance lock's,
    the action registry's specs, the data folder's paths, a write's Changes) are NamedTuples, the window's context a
    plain class."""
    data_dir = tmp_path / "data"
    _loaded_at_first_paint(data_dir)  # a new folder: made by the migrations
    loaded = _loaded_at_first_paint(data_dir)
    assert "app.core.changes" in loaded["modules"]  # the check below can fail: it sees Rapport's modules' classes
    assert loaded["dataclasses"] == set(), sorted(loaded["dataclasses"])
    assert "dataclasses" not in loaded["modules"]  # nor the module itself (~1 ms): nothing before the paint needs it
