"""scripts/check-translations.py (issue 23): the check that fails the build on an unfinished entry of a complete
language, a translation that loses a placeholder, tag or accelerator, or a stale .qm — on small synthetic .ts files,
and on the committed ones."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from .conftest import ROOT

SCRIPT = ROOT / "scripts" / "check-translations.py"


@pytest.fixture(scope="module")
def checker():
    spec = importlib.util.spec_from_file_location("rapport_check_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def message(source: str, translation: str | list[str] | None, *, context: str = "MainWindow") -> str:
    if translation is None:
        body, numerus = '<translation type="unfinished"></translation>', ""
    elif isinstance(translation, list):
        forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in translation)
        body, numerus = f"<translation>{forms}</translation>", ' numerus="yes"'
    else:
        body, numerus = f"<translation>{escape(translation)}</translation>", ""
    entry = f"<message{numerus}><source>{escape(source)}</source>{body}</message>"
    return f"<context><name>{context}</name>{entry}</context>"


def write_ts(folder: Path, language: str, *messages: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"rapport_{language}.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}" sourcelanguage="en">{"".join(messages)}</TS>\n',
        encoding="utf-8",
    )
    return path


def release(checker, ts: Path, qm_dir: Path) -> None:
    qm_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run([checker.lrelease(), "-silent", str(ts), "-qm", str(qm_dir / f"{ts.stem}.qm")], check=True)


def problems_of(checker, tmp_path: Path, *messages: str, complete=("de",)) -> list[str]:
    ts = write_ts(tmp_path / "ts", "de", *messages)
    release(checker, ts, tmp_path / "qm")
    return [p.what for p in checker.check(tmp_path / "ts", tmp_path / "qm", complete)]


def test_a_faithful_translation_passes(checker, tmp_path):
    assert (
        problems_of(
            checker,
            tmp_path,
            message("&File", "&Datei"),
            message("Delete {name}?", "{name} löschen?"),
            message("<b>On target</b> {n} of {total}", "<b>Im Ziel</b> {n} von {total}"),
            message("%Ln contact(s)", ["%Ln Kontakt", "%Ln Kontakte"]),
            message("Research & notes", "Recherche & Notizen"),
            message("Step %1 of %2", "Schritt %1 von %2"),
        )
        == []
    )


@pytest.mark.parametrize(
    ("source", "translation", "said"),
    [
        ("Delete {name}?", "Löschen?", "{name}"),
        ("Delete {name}?", "{nom} löschen?", "{nom}"),
        ("Step %1 of %2", "Schritt %1", "%2"),
        ("<b>On target</b> {n}", "Im Ziel {n}", "<b>"),
        ("in %n day(s)", "in Tagen", "%n"),
        ("&File", "Datei", "accelerators"),
        ("File", "&Datei", "accelerators"),
        ("&File", "&Da&tei", "accelerators"),
    ],
)
def test_a_lost_or_changed_placeholder_fails(checker, tmp_path, source, translation, said):
    problems = problems_of(checker, tmp_path, message(source, translation), complete=())
    assert len(problems) == 1 and said in problems[0]


def test_a_numerus_form_may_say_the_count_in_words_but_one_must_write_it(checker, tmp_path):
    assert problems_of(checker, tmp_path, message("%Ln contact(s)", ["ein Kontakt", "%Ln Kontakte"])) == []
    lost = problems_of(checker, tmp_path, message("%Ln contact(s)", ["ein Kontakt", "viele Kontakte"]))
    assert lost == ["no form writes the count (%Ln)"]
    field = problems_of(checker, tmp_path, message("%Ln contact(s) in {circle}", ["%Ln Kontakt", "%Ln Kontakte"]))
    assert len(field) == 2 and all("{circle}" in what for what in field)


def test_unfinished_entries_fail_only_a_complete_language(checker, tmp_path):
    entries = (message("&File", "&Datei"), message("&Edit", None), message("%Ln contact(s)", ["%Ln Kontakt", ""]))
    assert problems_of(checker, tmp_path, *entries, complete=()) == []
    assert problems_of(checker, tmp_path, *entries, complete=("de",)) == ["not translated (unfinished or empty)"] * 2


def test_placeholders_are_checked_in_an_unfinished_language(checker, tmp_path):
    entries = (message("&Edit", None), message("Delete {name}?", "Löschen?"))
    assert len(problems_of(checker, tmp_path, *entries, complete=())) == 1


def test_a_stale_missing_or_orphan_qm_fails(checker, tmp_path):
    ts = write_ts(tmp_path / "ts", "de", message("&File", "&Datei"))
    qm_dir = tmp_path / "qm"
    release(checker, ts, qm_dir)
    assert checker.check(tmp_path / "ts", qm_dir, ()) == []
    write_ts(tmp_path / "ts", "de", message("&File", "&Akte"))
    assert ["rapport_de.qm is out of date" in p.what for p in checker.check(tmp_path / "ts", qm_dir, ())] == [True]
    (qm_dir / "rapport_de.qm").unlink()
    assert "no rapport_de.qm" in checker.check(tmp_path / "ts", qm_dir, ())[0].what
    release(checker, ts, qm_dir)
    shutil.copy(qm_dir / "rapport_de.qm", qm_dir / "rapport_fr.qm")
    assert [p.what for p in checker.check(tmp_path / "ts", qm_dir, ())] == ["a .qm without its .ts"]


def test_a_complete_language_needs_its_ts(checker, tmp_path):
    ts = write_ts(tmp_path / "ts", "de", message("&File", "&Datei"))
    release(checker, ts, tmp_path / "qm")
    assert [p.what for p in checker.check(tmp_path / "ts", tmp_path / "qm", ("de", "fr"))] == [
        "a complete language without its .ts"
    ]


def test_the_committed_translations_pass():
    result = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "en" in checker_complete(result.stdout)


def checker_complete(output: str) -> str:
    return output.strip().splitlines()[-1].split("complete:")[-1]


def test_a_tr_helper_translating_in_a_context_of_its_own_fails(checker, tmp_path):
    app = tmp_path / "app"
    app.mkdir()
    (app / "good.py").write_text(
        'def tr(text: str) -> str:\n    return QCoreApplication.translate("", text)  # the empty context\n'
    )
    (app / "bad.py").write_text(
        'def _tr(text: str, n: int = -1) -> str:\n    """Doc."""\n'
        '    return QCoreApplication.translate("facts", text)\n'
    )
    assert [(p.file, p.context) for p in checker.check_helpers(app)] == [("app/bad.py", "facts")]


def test_the_app_has_no_tr_helper_in_a_context_of_its_own(checker):
    assert checker.check_helpers(ROOT / "app") == []
