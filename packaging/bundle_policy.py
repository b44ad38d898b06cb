"""What goes into the PyInstaller bundle: the Qt modules, Qt plugins and shared libraries Rapport really needs.

Used by ``rapport.spec`` at build time and by ``tests/packaging`` (no PySide6 import here, so the rules are testable
anywhere). Everything is *computed* from the sources and from the files PyInstaller found, so that a new page that
imports, say, ``PySide6.QtPrintSupport`` or ``PySide6.QtCharts`` (PySide6-Addons) is bundled without editing the spec:

1. :func:`imported_qt_modules` reads every ``import PySide6.QtX`` / ``from PySide6.QtX import …`` /
   ``from PySide6 import QtX`` in the sources (``ast``, no execution).
2. The spec imports those modules in a child interpreter to get the modules they load themselves (QtWidgets loads
   QtGui and QtCore, …); :func:`excluded_qt_modules` excludes every other Qt module of the installed PySide6, so
   PyInstaller neither collects their Python extension nor the Qt libraries and plugins only they pull in.
3. :func:`keep_binary` drops the Qt plugins a desktop widgets application never loads (embedded-Linux platforms,
   QML tooling, SQL drivers, …). Plugin *types* it does not know (e.g. ``multimedia`` once QtMultimedia is imported)
   are kept whole: they were collected because an imported module needs them.
4. :func:`unreached_qt_libraries` removes the Qt libraries that only the dropped plugins linked to, by walking the
   link-time dependencies from what stays.
5. On Linux, :func:`is_system_library` keeps the distribution's own libraries (X11/xcb, fontconfig, GLib, OpenSSL…)
   out of the bundle: the .deb declares them in ``Depends`` instead (computed by ``dpkg-shlibdeps``), so they get
   the distribution's security updates and match its graphics stack.
"""

from __future__ import annotations

import ast
import fnmatch
import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

QT_PACKAGE = "PySide6"

# Qt plugins, by plugin type (sub-folder of Qt/plugins), that a Qt Widgets desktop application loads. A type listed
# here keeps only the files matching one of its patterns; a type listed with an empty tuple is dropped entirely; a
# type not listed is kept whole (it came with a module the app imports). Patterns match the file name without the
# "lib" prefix and the extension, so they work for .so, .dll and .dylib alike.
PLUGIN_POLICY: dict[str, tuple[str, ...]] = {
    # xcb: X11 and XWayland desktops; offscreen: `rapport self-test` and headless use; wayland: native Wayland
    # sessions; cocoa / windows / direct2d: the other desktops. eglfs, linuxfb, vnc, minimal… are for devices.
    "platforms": ("qxcb", "qoffscreen", "qwayland*", "qcocoa", "qwindows"),
    # Native Wayland support, only used through the qwayland platform plugin: the xdg-shell window integration and
    # the client-side decorations (title bar) that GNOME requires, plus the EGL/SHM buffer integration.
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": ("bradient", "adwaita"),
    "wayland-graphics-integration-client": ("qt-plugin-wayland-egl",),
    # GTK palette, fonts and file dialogs on GNOME-like desktops; the portal theme for sandboxed/KDE desktops and
    # the system colour scheme (dark mode).
    "platformthemes": ("qgtk3", "qxdgdesktopportal"),
    # Compose key / dead keys (typing "é", "ñ") and IBus input methods (Chinese, Japanese, Korean names).
    "platforminputcontexts": ("composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"),
    # OpenGL on X11 and Wayland: only bundled when a module that draws with OpenGL is (see OPENGL_MODULES); plain
    # widgets paint in software through shared memory and never load these.
    "xcbglintegrations": ("qxcb-glx-integration", "qxcb-egl-integration"),
    # SVG icons (QIcon from .svg files) and the image formats a contact photo or a card photo comes in (PNG and
    # BMP are built into QtGui). Not TIFF, TGA, WBMP: no one sends a contact photo in those.
    "iconengines": ("qsvgicon",),
    "imageformats": ("qsvg", "qjpeg", "qgif", "qwebp", "qico", "qicns"),
    # Printing to a real printer goes through CUPS (PDF output needs no plugin); Windows/macOS print natively.
    "printsupport": ("cupsprintersupport", "windowsprintersupport"),
    # Windows/macOS native widget styles (Linux uses Fusion + the GTK platform theme's palette).
    "styles": ("qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"),
    # Device input without a window system, embedded EGL devices, QML debugging, SQL drivers (we use sqlite3
    # through peewee), network reachability, TLS (no network at run time), Designer plugins: never used.
    "generic": (),
    "egldeviceintegrations": (),
    "qmltooling": (),
    "qmllint": (),
    "sqldrivers": (),
    "networkinformation": (),
    "tls": (),
    "designer": (),
    "wayland-graphics-integration-server": (),
    "vectorimageformats": (),
    # The FFmpeg media backend (QMediaPlayer, QMediaRecorder) and its ~14 MB of codec libraries: rehearsal recording
    # uses QAudioSource/QSoundEffect with WAV files, which work from libQt6Multimedia alone.
    "multimedia": (),
}

# Plugin types that only matter to OpenGL rendering, and the Qt modules that render with OpenGL (Qt Quick, 3D,
# video, charts, web views, QOpenGLWidget). Without such a module those plugins and libQt6OpenGL stay out.
OPENGL_PLUGIN_TYPES = frozenset({"xcbglintegrations", "wayland-graphics-integration-client"})
OPENGL_MODULES = frozenset(
    {
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtQuick",
        "QtQuickWidgets",
        "QtQuick3D",
        "Qt3DRender",
        # Not QtMultimedia: Rapport uses its audio classes only (QAudioSource/QSoundEffect), which never render;
        # video output goes through QtMultimediaWidgets.
        "QtMultimediaWidgets",
        "QtCharts",
        "QtDataVisualization",
        "QtGraphs",
        "QtGraphsWidgets",
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "QtWebEngineQuick",
    }
)

# Big data subpackages that a library loads only through an API module the app may never use: left out unless the
# sources import that API module. phonenumbers' offline geocoder, carrier and time-zone data are 4.8 MB compressed,
# half of all the Python code in the bundle; parsing and formatting numbers (app/core/contacts/service.py) need none of
# it.
OPTIONAL_SUBPACKAGES: dict[str, tuple[str, ...]] = {
    "phonenumbers.geocoder": ("phonenumbers.geodata",),
    "phonenumbers.carrier": ("phonenumbers.carrierdata",),
    "phonenumbers.timezone": ("phonenumbers.tzdata",),
}

# The sync (issue 20) speaks HTTP/1.1 (over TLS from the standard library's ssl) through caldav -> niquests ->
# urllib3-future. These parts of that chain are never reached by Rapport's sync; each was measured, and
# tests/packaging/test_sync_chain.py runs a sync with all of them blocked (test_bundled_sync.py runs the bundle's):
SYNC_UNUSED_MODULES = (
    # - qh3: HTTP/3 over QUIC (a 6 MB Rust extension, 1.8 MB of the .deb). urllib3-future imports it in try/except
    #   and then offers HTTP/1.1 and HTTP/2 only; a CardDAV server is reached over TCP, never QUIC.
    "qh3",
    # - jh2: HTTP/2 (0.4 MB). Without it urllib3-future negotiates HTTP/1.1 over ALPN (its queue buffer falls back
    #   to a pure-Python one); Radicale, Nextcloud, Baïkal and iCloud all answer HTTP/1.1.
    "jh2",
    # - dns (dnspython, 0.5 MB of Python): only caldav.discovery imports it, for RFC 6764 SRV/TXT discovery, which
    #   Rapport turns off (DavSession: enable_rfc6764=False; the user gives the server's URL). caldav catches the
    #   ImportError of caldav.discovery itself.
    "dns",
    "caldav.discovery",
    # - urllib3: urllib3-future also installs itself under the legacy name, a second copy of the same 0.8 MB of
    #   Python; niquests imports it only to detect a legacy urllib3 and uses urllib3_future when it is absent.
    "urllib3",
    # - lxml's objectify (2.9 MB), html (with its diff extensions, 0.9 MB) and isoschematron (XSLT files): caldav
    #   and icalendar-searcher import lxml.etree only; the lxml hook collects every submodule.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
)

# Python modules never needed at run time that some library imports lazily (keeps the module graph small).
EXCLUDED_PYTHON_MODULES = (
    "tkinter",
    "_tkinter",
    "pydoc",
    "pydoc_data",
    "lib2to3",
    "doctest",
    "pytest",
    "IPython",
    "numpy",
    "setuptools",
    "pip",
    # PyYAML's C accelerator (it links its own copy of libyaml). caldav's config helper imports yaml, which then
    # falls back to its pure-Python loader; Rapport never reads YAML.
    "yaml._yaml",
    *SYNC_UNUSED_MODULES,
)

SYSTEM_LIBRARY_DIRS = ("/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/local/lib")


def _qt_modules_in(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == QT_PACKAGE and len(parts) > 1:
                    found.add(parts[1])
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] != QT_PACKAGE:
                continue
            if len(parts) > 1:
                found.add(parts[1])
            else:  # from PySide6 import QtCore, __version__
                found.update(alias.name for alias in node.names if alias.name.startswith("Qt"))
        elif isinstance(node, ast.Call) and _is_dynamic_import(node):
            name = node.args[0].value  # type: ignore[attr-defined]
            parts = name.split(".")
            if parts[0] == QT_PACKAGE and len(parts) > 1:
                found.add(parts[1])
    return {name for name in found if name.startswith("Qt")}


def _is_dynamic_import(node: ast.Call) -> bool:
    """``importlib.import_module("PySide6.QtX")`` with a literal name (optional features loaded lazily)."""
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    return (
        name in ("import_module", "__import__")
        and bool(node.args)
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    )


def imported_qt_modules(sources: Iterable[Path]) -> set[str]:
    """Short names (``QtCore``, ``QtSvg``…) of the PySide6 modules imported by the given files or folders.

    Raises :class:`SyntaxError` naming the file if a source does not parse: a build must not guess.
    """
    modules: set[str] = set()
    for source in sources:
        files = sorted(source.rglob("*.py")) if source.is_dir() else [source]
        for path in files:
            text = path.read_text(encoding="utf-8")
            try:
                tree = ast.parse(text, filename=str(path))
            except SyntaxError as exc:
                raise SyntaxError(f"{path}: cannot parse to find its Qt imports: {exc}") from exc
            modules |= _qt_modules_in(tree)
    return modules


def imported_module_names(sources: Iterable[Path]) -> set[str]:
    """Absolute module names imported by the given files or folders.

    ``from a.b import c`` yields ``a.b`` and ``a.b.c`` (``c`` may be a submodule); literal
    ``importlib.import_module("x.y")`` calls count too. Used for the migrations (peewee loads them by path, so
    PyInstaller cannot see their imports) and for :data:`OPTIONAL_SUBPACKAGES`.
    """
    names: set[str] = set()
    for source in sources:
        files = sorted(source.rglob("*.py")) if source.is_dir() else [source]
        for path in files:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names.add(node.module)
                    names.update(f"{node.module}.{alias.name}" for alias in node.names if alias.name != "*")
                elif isinstance(node, ast.Call) and _is_dynamic_import(node):
                    names.add(node.args[0].value)  # type: ignore[attr-defined]
    return names


def app_data_files(package_dir: Path) -> list[tuple[Path, str]]:
    """The files of the ``app`` package that are not Python modules (the Getting Started guide…), with the bundle
    folder each goes to (its place in the package, so ``Path(__file__).with_name(…)`` finds it in the bundle too).
    The same files are the wheel's package data (pyproject.toml; tests/packaging checks that both list them all)."""
    files = []
    for path in sorted(package_dir.rglob("*")):
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts:
            folder = PurePosixPath(package_dir.name, *path.parent.relative_to(package_dir).parts)
            files.append((path, folder.as_posix()))
    return files


def keep_qt_translation(dest: str, languages: Iterable[str]) -> bool:
    """Whether a data file is kept, as far as Qt's own translations go: PyInstaller collects every language of each
    bundled Qt module (``PySide6/Qt/translations/qtbase_ja.qm``…, 6 MB); only the languages Rapport itself speaks
    are loaded (``app.ui.i18n``), so the others stay out. Files that are not Qt translations are kept."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "translations" not in parts or not dest.endswith(".qm") or QT_PACKAGE not in parts:
        return True
    match = re.match(r"^(.+?)_([a-z]{2,3})(_[A-Z]{2})?\.qm$", parts[-1])  # qt_help_de, qtbase_pt_BR
    return bool(match) and match.group(2) in set(languages)


def translation_languages(package_dir: Path) -> list[str]:
    """The languages Rapport has compiled translations for (``app/ui/translations/rapport_LANG.qm``), English, the
    source language, left out: it needs none of Qt's."""
    folder = package_dir / "ui" / "translations"
    return sorted(p.stem.split("_", 1)[1] for p in folder.glob("rapport_*.qm") if p.stem != "rapport_en")


def excluded_optional_subpackages(imported: set[str]) -> list[str]:
    """The API modules and data packages of :data:`OPTIONAL_SUBPACKAGES` that the sources do not use."""
    excluded = []
    for api, data in OPTIONAL_SUBPACKAGES.items():
        if not any(name == api or name.startswith(api + ".") for name in imported):
            excluded += [api, *data]
    return sorted(excluded)


def available_qt_modules(package_dir: Path) -> set[str]:
    """Every Qt module of the installed PySide6 (Essentials and, when installed, Addons): its extension files."""
    names = set()
    for path in package_dir.iterdir():
        match = re.match(r"^(Qt\w+?)(\.abi3)?\.(so|pyd)$|^(Qt\w+?)\.(cpython-|abi3).*\.(so|pyd)$", path.name)
        if match:
            names.add(match.group(1) or match.group(4))
    return names


def excluded_qt_modules(available: Iterable[str], needed: Iterable[str]) -> list[str]:
    """Dotted names of the Qt modules to exclude: everything available that is not needed."""
    return sorted(f"{QT_PACKAGE}.{name}" for name in set(available) - set(needed))


def plugin_location(dest: str) -> tuple[str, str] | None:
    """(plugin type, plugin stem) of a bundled file under ``…/plugins/<type>/``, else None.

    ``PySide6/Qt/plugins/platforms/libqxcb.so`` → ``("platforms", "qxcb")``; the stem drops "lib" and extensions.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return None
    index = len(parts) - 1 - parts[::-1].index("plugins")
    if len(parts) - index < 3:  # a file directly in plugins/ is not a plugin
        return None
    plugin_type = "/".join(parts[index + 1 : -1])
    stem = parts[-1].split(".")[0]
    return plugin_type, stem.removeprefix("lib")


def keep_plugin(plugin_type: str, stem: str, qt_modules: Iterable[str] = ()) -> bool:
    """Whether a Qt plugin belongs in the bundle of an app using ``qt_modules`` (see :data:`PLUGIN_POLICY`)."""
    if plugin_type in OPENGL_PLUGIN_TYPES and not OPENGL_MODULES & set(qt_modules):
        return False
    if plugin_type not in PLUGIN_POLICY:
        return True
    return any(fnmatch.fnmatchcase(stem, pattern) for pattern in PLUGIN_POLICY[plugin_type])


def is_qt_plugin_dest(dest: str) -> bool:
    """A file of the Qt plugin folder of the bundled PySide6."""
    parts = dest.replace("\\", "/").split("/")
    return parts[0] == QT_PACKAGE and plugin_location(dest) is not None


def is_qt_library_dest(dest: str) -> bool:
    """A Qt (or ICU) shared library shipped by the PySide6 wheels: not a plugin, not a Python extension.

    Linux and macOS wheels keep them in ``PySide6/Qt/lib/`` (macOS as frameworks); Windows wheels put the DLLs
    (``Qt6Core.dll``…) directly in ``PySide6/``.
    """
    path = dest.replace("\\", "/")
    if not path.startswith(QT_PACKAGE + "/") or is_qt_plugin_dest(path):
        return False
    if path.startswith(f"{QT_PACKAGE}/Qt/lib/"):
        return True
    name = PurePosixPath(path).name
    return bool(re.match(r"^(Qt6\w+|icu\w+)\.dll$", name, re.IGNORECASE))


def is_system_library(source: str, typecode: str, python_prefixes: Iterable[str]) -> bool:
    """A shared library of the Linux distribution, found by dependency analysis (not an extension or plugin).

    Those stay out of the bundle; the .deb depends on their packages. The Python runtime's own libraries (libpython
    from pyenv / setup-python, which live under ``python_prefixes``) are always bundled.
    """
    if typecode != "BINARY":
        return False
    path = source.replace("\\", "/")
    # A Python of its own (pyenv, setup-python, a venv) owns its prefix; the distribution's Python (prefix /usr)
    # does not make every library in /usr its own.
    own_prefixes = [p.rstrip("/") for p in python_prefixes if p and p.rstrip("/") not in ("", "/usr", "/usr/local")]
    if any(path.startswith(prefix + "/") for prefix in own_prefixes):
        return False
    if PurePosixPath(path).name.startswith("libpython"):
        return False
    return any(path.startswith(d + "/") for d in SYSTEM_LIBRARY_DIRS)


def links_to(entry: tuple[str, str, str], removed: set[str]) -> bool:
    """Whether a TOC entry is a SYMLINK whose target was removed from the bundle (it would dangle)."""
    _dest, target, typecode = entry
    return typecode == "SYMLINK" and target.replace("\\", "/") in {r.replace("\\", "/") for r in removed}


def is_duplicate_cpu_variant(dest: str) -> bool:
    """rapidfuzz ships each C++ extension twice: a baseline build and an AVX2 build it prefers when the CPU has AVX2,
    falling back to the baseline when the AVX2 module is missing. Only the duplicate-contact finder uses it (on a
    worker thread), so the AVX2 copies (~5 MB, ~1.6 MB of the .deb) stay out and the baseline serves every CPU."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    return bool(parts) and parts[0] == "rapidfuzz" and "_avx2." in parts[-1]


def is_software_opengl(dest: str) -> bool:
    """Windows wheels' OpenGL fallbacks (Mesa's llvmpipe as opengl32sw.dll, ~20 MB; ANGLE; the D3D compiler)."""
    name = PurePosixPath(dest.replace("\\", "/")).name.lower()
    return bool(re.match(r"^(opengl32sw|d3dcompiler_\d+|libegl|libglesv2)\.dll$", name))


def framework_root(dest: str) -> str | None:
    """``PySide6/Qt/lib/QtNetwork.framework`` for any file inside that macOS framework, else None."""
    path = dest.replace("\\", "/")
    match = re.match(r"^(.*?\.framework)(/|$)", path)
    return match.group(1) if match else None


def unreached_qt_libraries(
    binaries: list[tuple[str, str]],
    imports_of: Callable[[str], Iterable[str]],
) -> set[str]:
    """Destination names of bundled Qt libraries that nothing kept links to.

    ``binaries`` are (dest, source) pairs of everything that stays; ``imports_of(source)`` gives the file names a
    binary links to (DT_NEEDED / import table / load commands). Roots are every binary that is not a Qt library
    (Python extensions, plugins, the Python runtime); Qt libraries are kept only if reachable from a root.
    """
    by_name: dict[str, tuple[str, str]] = {}
    for dest, source in binaries:
        by_name.setdefault(PurePosixPath(dest.replace("\\", "/")).name.lower(), (dest, source))
    qt_libs = {dest for dest, _ in binaries if is_qt_library_dest(dest)}
    todo = [(dest, source) for dest, source in binaries if dest not in qt_libs]
    reached: set[str] = set()
    seen: set[str] = set()
    while todo:
        dest, source = todo.pop()
        if dest in seen:
            continue
        seen.add(dest)
        for needed in imports_of(source):
            entry = by_name.get(PurePosixPath(needed.replace("\\", "/")).name.lower())
            if entry is None:
                continue
            reached.add(entry[0])
            todo.append(entry)
    return qt_libs - reached
