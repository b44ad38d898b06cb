"""PySide6's check of each imported module ("does its source mention PySide6?") answers as before, only quicker
(app.ui.application.quicker_pyside_import_check, issue 21 item 2). Not timed: the same answers, by both paths."""

import importlib
import sys
import zipfile

import pytest

import app.ui.application  # installs the quicker check

feature = sys.modules["PySide6.support.feature"]


def test_the_quicker_check_is_installed_once():
    check = feature._mod_uses_pyside
    assert getattr(check, "rapport_quick", False)
    app.ui.application.quicker_pyside_import_check()
    assert feature._mod_uses_pyside is check  # not wrapped twice


@pytest.mark.parametrize(
    "name",
    ["app.ui.application", "app.core.clock", "app.ui.today.page", "json", "sys", "_sqlite3", "PySide6.QtCore"],
)
def test_it_gives_pysides_own_answer(name):
    module = importlib.import_module(name)
    assert feature._mod_uses_pyside(module) == feature._mod_uses_pyside.original(module)


def test_modules_imported_later_are_told_apart(tmp_path, monkeypatch):
    (tmp_path / "rapport_probe_uses_qt.py").write_text("from PySide6.QtCore import QObject  # a Qt module\n")
    (tmp_path / "rapport_probe_plain.py").write_text("VALUE = 1\n")
    with zipfile.ZipFile(tmp_path / "zipped.zip", "w") as archive:  # not a file on disk: PySide6's own check
        archive.writestr("rapport_probe_zipped.py", "# uses PySide6\nVALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path / "zipped.zip"))
    monkeypatch.syspath_prepend(str(tmp_path))
    names = ["rapport_probe_uses_qt", "rapport_probe_plain", "rapport_probe_zipped"]
    try:
        modules = [__import__(name) for name in names]  # the import statement's way (PySide6 hooks __import__)
        assert [feature.pyside_feature_dict.get(name) for name in names] == [0, -1, 0]
        assert [feature._mod_uses_pyside.original(m) for m in modules] == [True, False, True]
    finally:
        for name in names:
            sys.modules.pop(name, None)
            feature.pyside_feature_dict.pop(name, None)
