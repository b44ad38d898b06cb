"""The standard-library modules deferred at start (app.deferred_imports, issue 21): an ``import`` statement does not
run them, their first use does — once, in the same module object — and nothing else changes."""

import importlib.util
import sys
import threading
import types

import pytest

import app.ui.application  # noqa: F401 - installs the app's quick PySide import check (it reads no module)
from app import deferred_imports
from app.deferred_imports import defer_modules, is_deferred

COUNTER = "_rapport_deferred_probe_runs"


@pytest.fixture
def probe_module(tmp_path, monkeypatch):
    """A module on the path whose body counts its runs (in ``sys``) and may wait at a barrier or fail."""

    def make(name: str, body: str = "") -> str:
        (tmp_path / f"{name}.py").write_text(
            "import sys\n"
            f"setattr(sys, {COUNTER!r}, getattr(sys, {COUNTER!r}, 0) + 1)\n"
            f"{body}\n"
            "ANSWER = 42\n"
            "def double(x):\n"
            "    return 2 * x\n",
            encoding="utf-8",
        )
        monkeypatch.delitem(sys.modules, name, raising=False)
        return name

    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, COUNTER, 0, raising=False)
    yield make
    for name in [n for n in sys.modules if n.startswith("deferred_probe")]:
        del sys.modules[name]


def runs() -> int:
    return getattr(sys, COUNTER)


def test_an_import_statement_does_not_run_a_deferred_module_its_first_use_does(probe_module):
    name = probe_module("deferred_probe_a")
    assert defer_modules((name,)) == [name]
    placeholder = sys.modules[name]
    module = __import__(name)  # what `import deferred_probe_a` does
    assert module is placeholder and is_deferred(module)
    assert module.__name__ == name and module.__spec__.name == name  # read by every import: no run
    assert runs() == 0
    assert module.double(21) == 42  # the first use runs it
    assert runs() == 1 and not is_deferred(module)
    assert sys.modules[name] is placeholder and type(module) is types.ModuleType  # the same object, now plain
    assert module.ANSWER == 42 and runs() == 1  # once


def test_a_from_import_runs_it(probe_module):
    name = probe_module("deferred_probe_b")
    defer_modules((name,))
    namespace: dict = {}
    exec(f"from {name} import ANSWER", namespace)
    assert namespace["ANSWER"] == 42 and runs() == 1


def test_setting_an_attribute_changes_the_real_module(probe_module, monkeypatch):
    name = probe_module("deferred_probe_c")
    defer_modules((name,))
    module = sys.modules[name]
    monkeypatch.setattr(module, "ANSWER", 7)  # e.g. a test patching socket.socket before anyone used socket
    assert runs() == 1 and module.ANSWER == 7  # ran first, so the module's own code did not undo the patch
    assert module.double(1) == 2


def test_two_threads_using_it_first_run_it_once_and_both_see_it_whole(probe_module):
    # the body takes a while, so the second thread arrives while the first is running it
    name = probe_module("deferred_probe_d", "import time\ntime.sleep(0.05)")
    defer_modules((name,))
    module = sys.modules[name]
    start = threading.Barrier(2)
    answers, errors = [], []

    def use():
        try:
            start.wait(timeout=5)
            answers.append(module.double(module.ANSWER))
        except Exception as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=use) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert not errors and answers == [84, 84]
    assert runs() == 1


def test_a_module_whose_code_fails_stays_deferred_and_fails_again(probe_module):
    name = probe_module("deferred_probe_e", "raise RuntimeError('broken on purpose')")
    defer_modules((name,))
    module = sys.modules[name]
    with pytest.raises(RuntimeError, match="broken on purpose"):
        module.ANSWER  # noqa: B018
    assert is_deferred(module)
    with pytest.raises(RuntimeError):
        module.ANSWER  # noqa: B018
    assert runs() == 2


def test_imported_modules_packages_and_unknown_names_are_left_alone(probe_module, tmp_path):
    imported = probe_module("deferred_probe_f")
    __import__(imported)
    package = tmp_path / "deferred_probe_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("VALUE = 1\n", encoding="utf-8")
    assert defer_modules((imported, "deferred_probe_pkg", "no_such_module_for_rapport")) == []
    assert not is_deferred(sys.modules[imported])
    assert "deferred_probe_pkg" not in sys.modules and "no_such_module_for_rapport" not in sys.modules


def test_the_deferred_list_is_plain_standard_library_modules():
    # every name is a plain standard-library module (no package, nothing of Rapport's or a third party's)
    for name in deferred_imports.DEFERRED:
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.submodule_search_locations is None, name
        assert "site-packages" not in (spec.origin or ""), name
