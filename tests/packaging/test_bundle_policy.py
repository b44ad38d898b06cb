"""The rules that decide what goes into the PyInstaller bundle (packaging/bundle_policy.py), on synthetic inputs
and on the real sources, so a wrong rule fails here instead of in a 5-minute `make dist-check`."""

from __future__ import annotations

import textwrap
from pathlib import Path

import PySide6
import pytest

from .conftest import ROOT


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_every_import_form_is_found(policy, tmp_path):
    write(tmp_path, "a.py", "from PySide6.QtCore import Qt\nimport PySide6.QtSvg as svg\n")
    write(tmp_path, "pkg/b.py", "from PySide6 import QtGui, __version__\nfrom PySide6.support import deprecated\n")
    write(
        tmp_path,
        "pkg/c.py",
        """
        import importlib

        def charts():
            from PySide6.QtPrintSupport import QPrinter  # inside a function: still bundled
            return importlib.import_module("PySide6.QtMultimedia")
        """,
    )
    write(tmp_path, "d.py", "# from PySide6.QtWebEngineCore import nothing\ntext = 'import PySide6.QtQuick'\n")
    write(tmp_path, "e.py", "from .QtFake import x\nfrom PySide6_Addons import y\n")
    found = policy.imported_qt_modules([tmp_path])
    assert found == {"QtCore", "QtSvg", "QtGui", "QtPrintSupport", "QtMultimedia"}


def test_module_names_imported_by_sources(policy, tmp_path):
    write(
        tmp_path, "m.py", "import datetime\nfrom peewee import *\nfrom phonenumbers import geocoder\nimport a.b as c\n"
    )
    write(tmp_path, "n.py", "import importlib\nimportlib.import_module('phonenumbers.carrier')\nfrom . import rel\n")
    names = policy.imported_module_names([tmp_path])
    assert {"datetime", "peewee", "phonenumbers", "phonenumbers.geocoder", "a.b", "phonenumbers.carrier"} <= names
    assert "peewee.*" not in names and "rel" not in names


def test_phonenumbers_offline_data_is_left_out_unless_its_api_is_used(policy):
    assert policy.excluded_optional_subpackages({"phonenumbers"}) == [
        "phonenumbers.carrier",
        "phonenumbers.carrierdata",
        "phonenumbers.geocoder",
        "phonenumbers.geodata",
        "phonenumbers.timezone",
        "phonenumbers.tzdata",
    ]
    kept = policy.excluded_optional_subpackages({"phonenumbers", "phonenumbers.geocoder"})
    assert "phonenumbers.geodata" not in kept and "phonenumbers.geocoder" not in kept
    assert "phonenumbers.carrierdata" in kept


def test_a_source_that_does_not_parse_stops_the_build(policy, tmp_path):
    write(tmp_path, "broken.py", "def f(:\n")
    with pytest.raises(SyntaxError, match=r"broken\.py"):
        policy.imported_qt_modules([tmp_path])


def test_the_app_imports_only_qt_modules_the_installed_pyside6_has(policy):
    """A page importing e.g. QtCharts needs PySide6-Addons in pyproject.toml: say so here, not in a frozen crash."""
    available = policy.available_qt_modules(Path(PySide6.__file__).parent)
    imported = policy.imported_qt_modules([ROOT / "app"])
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    missing = imported - available
    assert not missing, f"app/ imports {sorted(missing)}, which the installed PySide6 lacks (add PySide6-Addons?)"


def test_available_modules_are_read_from_extension_files(policy, tmp_path):
    for name in ("QtCore.abi3.so", "QtGui.pyd", "QtCharts.cpython-311-x86_64-linux-gnu.so", "QtCore.pyi", "x.so"):
        (tmp_path / name).write_text("")
    assert policy.available_qt_modules(tmp_path) == {"QtCore", "QtGui", "QtCharts"}


def test_excludes_are_everything_not_needed(policy):
    excluded = policy.excluded_qt_modules({"QtCore", "QtGui", "QtWidgets", "QtQml", "QtSql"}, {"QtCore", "QtGui"})
    assert excluded == ["PySide6.QtQml", "PySide6.QtSql", "PySide6.QtWidgets"]


@pytest.mark.parametrize(
    ("dest", "expected"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", ("platforms", "qxcb")),
        ("PySide6\\plugins\\platforms\\qwindows.dll", ("platforms", "qwindows")),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", ("platforms", "qcocoa")),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", ("wayland-shell-integration", "xdg-shell")),
        ("PySide6/Qt/lib/libQt6Core.so.6", None),
        ("PySide6/Qt/plugins/README", None),
    ],
)
def test_plugin_location(policy, dest, expected):
    assert policy.plugin_location(dest) == expected


@pytest.mark.parametrize(
    ("plugin_type", "stem", "kept"),
    [
        ("platforms", "qxcb", True),
        ("platforms", "qoffscreen", True),  # rapport self-test
        ("platforms", "qwayland", True),
        ("platforms", "qwindows", True),
        ("platforms", "qcocoa", True),
        ("platforms", "qeglfs", False),
        ("platforms", "qvnc", False),
        ("platforms", "qlinuxfb", False),
        ("imageformats", "qjpeg", True),
        ("imageformats", "qsvg", True),
        ("imageformats", "qpdf", False),
        ("imageformats", "qtiff", False),
        ("iconengines", "qsvgicon", True),
        ("platformthemes", "qgtk3", True),
        ("platforminputcontexts", "composeplatforminputcontextplugin", True),
        ("sqldrivers", "qsqlite", False),
        ("qmltooling", "qmldbg_debugger", False),
        ("generic", "qevdevmouseplugin", False),
        ("tls", "qopensslbackend", False),
        ("multimedia", "ffmpegmediaplugin", False),  # unknown type: came with a module the app imports
    ],
)
def test_plugin_policy(policy, plugin_type, stem, kept):
    assert policy.keep_plugin(plugin_type, stem) is kept


def test_opengl_plugins_only_come_with_a_module_that_draws_with_opengl(policy):
    widgets = {"QtCore", "QtGui", "QtWidgets", "QtSvg"}
    assert not policy.keep_plugin("xcbglintegrations", "qxcb-glx-integration", widgets)
    assert not policy.keep_plugin("wayland-graphics-integration-client", "qt-plugin-wayland-egl", widgets)
    assert policy.keep_plugin("xcbglintegrations", "qxcb-glx-integration", widgets | {"QtOpenGLWidgets"})
    assert policy.keep_plugin("wayland-graphics-integration-client", "qt-plugin-wayland-egl", widgets | {"QtCharts"})
    assert not policy.keep_plugin("wayland-graphics-integration-client", "shm-emulation-server", {"QtQuick"})
    assert policy.keep_plugin("platforms", "qxcb", widgets)


def test_qt_library_and_plugin_destinations(policy):
    assert policy.is_qt_library_dest("PySide6/Qt/lib/libQt6Core.so.6")
    assert policy.is_qt_library_dest("PySide6/Qt/lib/libicudata.so.73")
    assert policy.is_qt_library_dest("PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore")
    assert policy.is_qt_library_dest("PySide6\\Qt6Widgets.dll")
    assert not policy.is_qt_library_dest("PySide6/QtCore.abi3.so")  # the Python extension
    assert not policy.is_qt_library_dest("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert not policy.is_qt_library_dest("libpython3.11.so.1.0")
    assert policy.is_qt_plugin_dest("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert not policy.is_qt_plugin_dest("somepkg/plugins/x/y.so")


@pytest.mark.parametrize(
    ("source", "typecode", "prefixes", "system"),
    [
        ("/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0", "BINARY", ["/root/.pyenv/versions/3.11.7"], True),
        ("/lib/x86_64-linux-gnu/libssl.so.3", "BINARY", ["/opt/hostedtoolcache/Python/3.11.9/x64"], True),
        ("/root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0", "BINARY", ["/root/.pyenv/versions/3.11.7"], False),
        # Debian's own Python: its prefix is /usr, which must not make every system library "Python's"
        ("/usr/lib/x86_64-linux-gnu/libfontconfig.so.1", "BINARY", ["/usr"], True),
        ("/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", "BINARY", ["/usr"], False),
        ("/usr/lib/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so", "EXTENSION", ["/usr"], False),
        ("/work/build/venv/lib/python3.11/site-packages/PySide6/Qt/lib/libQt6Core.so.6", "BINARY", [], False),
    ],
)
def test_system_libraries_stay_out_of_the_linux_bundle(policy, source, typecode, prefixes, system):
    assert policy.is_system_library(source, typecode, prefixes) is system


def test_qt_libraries_only_dropped_plugins_needed_are_left_out(policy):
    links = {
        "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libQt6Core.so.6", "libc.so.6"],
        "/src/libQt6Widgets.so.6": ["libQt6Gui.so.6", "libQt6Core.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6", "libQt6DBus.so.6"],
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/src/libQt6XcbQpa.so.6": ["libQt6Gui.so.6"],
    }
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6"),
        ("PySide6/Qt/lib/libQt6DBus.so.6", "/src/libQt6DBus.so.6"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6"),
        # only the (dropped) eglfs platform plugin linked these two
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "/src/libQt6EglFSDeviceIntegration.so.6"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6"),
    ]
    unreached = policy.unreached_qt_libraries(binaries, lambda source: links.get(source, []))
    assert unreached == {"PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "PySide6/Qt/lib/libQt6Network.so.6"}


def test_symlinks_to_removed_files_are_removed_too(policy):
    removed = {"PySide6/Qt/lib/libQt6Network.so.6"}
    assert policy.links_to(("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"), removed)
    assert not policy.links_to(("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"), removed)
    assert not policy.links_to(("PySide6/Qt/lib/libQt6Network.so.6", "/src/x", "BINARY"), removed)


def test_the_spec_compiles_and_uses_the_policy():
    spec = (ROOT / "packaging" / "rapport.spec").read_text(encoding="utf-8")
    compile(spec, "rapport.spec", "exec")
    for name in ("imported_qt_modules", "excluded_qt_modules", "keep_plugin", "unreached_qt_libraries"):
        assert f"policy.{name}" in spec


def test_windows_software_opengl_and_macos_frameworks(policy):
    assert policy.is_software_opengl("PySide6\\opengl32sw.dll")
    assert policy.is_software_opengl("PySide6/d3dcompiler_47.dll")
    assert not policy.is_software_opengl("PySide6\\Qt6Gui.dll")
    assert policy.framework_root("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork") == (
        "PySide6/Qt/lib/QtNetwork.framework"
    )
    assert policy.framework_root("PySide6/Qt/lib/QtNetwork.framework/Resources/Info.plist") == (
        "PySide6/Qt/lib/QtNetwork.framework"
    )
    assert policy.framework_root("PySide6/Qt/lib/libQt6Core.so.6") is None


@pytest.mark.parametrize(
    ("dest", "dropped"),
    [
        ("rapidfuzz/fuzz_cpp_avx2.cpython-311-x86_64-linux-gnu.so", True),
        ("rapidfuzz/distance/metrics_cpp_avx2.cpython-311-x86_64-linux-gnu.so", True),
        ("rapidfuzz\\process_cpp_avx2.cp311-win_amd64.pyd", True),
        ("rapidfuzz/fuzz_cpp.cpython-311-x86_64-linux-gnu.so", False),
        ("PySide6/Qt/lib/libavx2_helper.so", False),
    ],
)
def test_rapidfuzz_avx2_copies_stay_out(policy, dest, dropped):
    assert policy.is_duplicate_cpu_variant(dest) is dropped


def test_rapidfuzz_works_without_its_avx2_modules(tmp_path):
    """What the bundle relies on: with the AVX2 modules unimportable, rapidfuzz falls back to its baseline build."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.startswith('rapidfuzz') and name.endswith('_avx2'):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "from rapidfuzz import fuzz, process\n"
        "assert fuzz.ratio('Ada Okafor', 'Ada Okafor') == 100\n"
        "best = process.extractOne('okafor', ['Okafor', 'Ito'], scorer=fuzz.WRatio, processor=str.lower)\n"
        "assert best[0] == 'Okafor'\n"
        "assert not any(m.endswith('_avx2') for m in sys.modules if m.startswith('rapidfuzz'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qt_fr.qm", True),
        ("PySide6/Qt/translations/qt_help_es.qm", True),
        ("PySide6/Qt/translations/qtmultimedia_es.qm", True),
        ("PySide6/Qt/translations/qtbase_ja.qm", False),
        ("PySide6/Qt/translations/qt_help_ja.qm", False),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", False),
        ("PySide6\\Qt\\translations\\qtbase_zh_TW.qm", False),
        ("app/ui/translations/rapport_de.qm", True),
        ("resources/icons/app/rapport.svg", True),
    ],
)
def test_only_the_languages_rapport_speaks_keep_qts_translations(policy, dest, kept):
    assert policy.keep_qt_translation(dest, ["de", "es", "fr"]) is kept


def test_the_languages_are_those_of_the_compiled_translations(policy):
    languages = policy.translation_languages(ROOT / "app")
    assert {"de", "fr", "es"} <= set(languages)
    assert "en" not in languages  # the source language: Qt's English is built in
