"""The interface's language (issue 23): the system's (LANGUAGE, LC_ALL, LANG on Linux) picks the translation, and
counts take the plural form of the language with its digit grouping."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

MENUS = {
    "&File": "&Datei",
    "&Edit": "&Bearbeiten",
    "&Contacts": "&Kontakte",
    "&View": "&Ansicht",
    "&Tools": "E&xtras",
    "&Help": "&Hilfe",
}


def german_test_translation(folder: Path) -> Path:
    """A rapport_de.qm holding only the main window's menu titles (the real one is being written), beside the
    committed English plural forms."""
    folder.mkdir(parents=True, exist_ok=True)
    entries = "".join(
        f"<message><source>{en.replace('&', '&amp;')}</source><translation>{de.replace('&', '&amp;')}</translation>"
        "</message>"
        for en, de in MENUS.items()
    )
    ts = folder / "rapport_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de" sourcelanguage="en">'
        f"<context><name>MainWindow</name>{entries}</context></TS>\n",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / "rapport_de.qm")], check=True)
    shutil.copy(ROOT / "app" / "ui" / "translations" / "rapport_en.qm", folder)
    return folder


# Qt reads the system's locale once per process: each language is a fresh `rapport` process.
PROBE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from app.ui import i18n
    i18n.TRANSLATIONS_DIR = Path(sys.argv[1])
    from app.main import create_window
    window = create_window(Path(sys.argv[2]))
    print(json.dumps({
        "language": i18n.current_language(),
        "menus": [action.text() for action in window.menuBar().actions()],
    }))
    """
)


def run_window(tmp_path: Path, **env: str) -> dict:
    environment = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    environment.update(QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", **env)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(german_test_translation(tmp_path / "qm")), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("env", [{"LANGUAGE": "de"}, {"LANGUAGE": "de:en"}, {"LC_ALL": "de_DE.UTF-8"}])
def test_the_system_language_gives_german_menus(tmp_path, env):
    shown = run_window(tmp_path, **env)
    assert shown["language"] == "de"
    assert {"&Datei", "&Bearbeiten", "&Hilfe"} <= set(shown["menus"])
    assert set(shown["menus"]) <= set(MENUS.values()), "a menu left in English, or one this test does not know"


def test_without_a_language_rapport_speaks_english(tmp_path):
    shown = run_window(tmp_path)
    assert shown["language"] == "en"
    assert {"&File", "&Edit", "&Help"} <= set(shown["menus"]) <= set(MENUS)


def test_counts_take_their_plural_form_with_grouped_digits(qapp):
    from PySide6.QtCore import QCoreApplication

    from app.ui import i18n

    i18n.install_translators("en")
    try:
        assert [QCoreApplication.translate("MainWindow", "%Ln contact(s)", "", n) for n in (0, 1, 2, 1204)] == [
            "0 contacts",
            "1 contact",
            "2 contacts",
            "1,204 contacts",
        ]
    finally:
        i18n.install_translators("en")  # as the session has it (tests/conftest.py)


def test_switching_language_changes_a_rule_title_everywhere_but_not_a_users(qapp, db, clock, tmp_path):
    """A thank-you the rules made reads German in the lists, the calendar and the ICS export once German is
    installed, and English again after; a title the user wrote is never touched."""
    from app.core.contacts.contact_data import ContactData
    from app.core.contacts.interactions import log_interaction
    from app.core.contacts.service import create_contact
    from app.core.followups import service as followups
    from app.core.followups import writes as followup_writes
    from app.ui import i18n
    from app.ui.calendar.page import write_ics

    ada = create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)
    log_interaction(ada.id, "coffee", when=clock.now(), clock=clock)
    followup_writes.create("Send thank-you to Ada Okafor", clock.today(), contact_id=ada.id, clock=clock)

    def shown() -> dict[str, list[str]]:
        today = clock.today()
        path = tmp_path / "followups.ics"
        write_ics(path, clock=clock)
        ics = path.read_text(encoding="utf-8").replace("\r\n ", "")
        return {
            "list": sorted(item.title for item in followups.agenda(clock=clock) if item.contact_id == ada.id),
            "calendar": sorted(
                i.title for i in followups.between(today, today, clock=clock) if i.kind != "keep_in_touch"
            ),
            "ics": sorted(line[8:] for line in ics.splitlines() if line.startswith("SUMMARY:") and "Ada" in line),
        }

    def thank_yous(where: dict[str, list[str]]) -> set[str]:
        return {
            title for titles in where.values() for title in titles if "Ada Okafor" in title and "Reconnect" not in title
        }

    english = {"Send thank-you to Ada Okafor"}
    i18n.install_translators("en")
    try:
        assert thank_yous(shown()) == english
        i18n.install_translators("de")
        german = shown()
        for where, titles in german.items():
            assert "Dank an Ada Okafor schicken" in titles, where
            assert "Send thank-you to Ada Okafor" in titles, where  # the one the user wrote
    finally:
        i18n.install_translators("en")  # as the session has it (tests/conftest.py)
    assert thank_yous(shown()) == english


def test_the_scripts_dialog_shows_built_in_templates_in_the_language_until_edited(qtbot, db, paths, clock):
    from PySide6.QtWidgets import QWidget

    from app.core.coach import shipped_texts, templates
    from app.core.coach.templates import TemplateData
    from app.ui.context import AppContext
    from app.ui.scripts.dialog import ScriptsDialog

    ctx = AppContext(paths=paths, clock=clock)
    edited = templates.for_kind("reconnect")
    templates.save(TemplateData(edited.name, edited.kind, edited.subject, "Hi {first_name}, my own words."), edited.id)
    shipped_texts.use(lambda text: f"DE {text}")
    try:
        dialog = ScriptsDialog(ctx, kind="thank_you")
        qtbot.addWidget(dialog)
        names = [dialog.list.item(row).text() for row in range(dialog.list.count())]
        assert "DE Thank you after a conversation" in names
        assert edited.name in names  # edited: as written
        assert dialog.findChild(QWidget, "scriptName").text() == "DE Thank you after a conversation"
        assert dialog.findChild(QWidget, "scriptBody").toPlainText().startswith("DE Hi {first_name},")
    finally:
        shipped_texts.use(None)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "I help small warehouses ship on time. Who do you know at Acme?",
        "Basically I leverage synergies and KPIs to actually, really, basically drive ROI holistically across the "
        "organisation, operationalising paradigm-shifting deliverables, and I think it is quite clear that this "
        "is exactly what everyone needs because communication and collaboration are fundamentally important.",
    ],
)
def test_the_plain_words_verdict_reads_in_english_as_the_core_words_it(qtbot, text):
    """The panel words the verdict and its reasons itself (in the user's language); in English they are the core's
    own words, plural forms included."""
    from app.core.pitches.plain_words import analyse
    from app.ui.pitches.analysis_panel import AnalysisPanel

    panel = AnalysisPanel()
    qtbot.addWidget(panel)
    analysis = analyse(text)
    panel.show_analysis(analysis)
    shown = panel.verdict.text()
    assert analysis.headline in shown
    assert all(f"<li>{reason}</li>" in shown for reason in analysis.reasons)
    assert len(analysis.reason_keys) == len(analysis.reasons)
