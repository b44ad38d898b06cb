"""Turn the PyInstaller bundle (dist/rapport/) into a Debian package (dist/rapport_VERSION_ARCH.deb).

    python3 packaging/linux/build_deb.py [--bundle dist/rapport] [--out dist]     (`make dist` runs it)

Layout of the package:
    /usr/lib/rapport/                   the one-folder bundle (executable `rapport` + _internal/)
    /usr/bin/rapport                    symlink to it
    /usr/share/applications/io.github.rapport.Rapport.desktop
    /usr/share/metainfo/io.github.rapport.Rapport.metainfo.xml
    /usr/share/icons/hicolor/{scalable,NxN}/apps/io.github.rapport.Rapport.{svg,png}
    /usr/share/man/man1/rapport.1.gz    generated from the command-line parser
    /usr/share/doc/rapport/{copyright,changelog.gz}
    /usr/share/lintian/overrides/rapport

`Depends` is computed by dpkg-shlibdeps from the ELF files actually shipped (the distribution libraries that the
bundle leaves out on purpose, see packaging/bundle_policy.py); the libraries that only optional Qt plugins need
(GTK theme, CUPS printing, native Wayland) go to `Recommends`: without them Qt falls back (Fusion palette, PDF-only
printing, XWayland). Needs dpkg-dev (dpkg-shlibdeps) and those libraries installed: packaging/linux/apt-deps.sh build.
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
APP_ID = "io.github.rapport.Rapport"
PACKAGE = "rapport"
MAINTAINER = "Rapport developers <rapport@users.noreply.github.com>"
PREFIX = Path("usr/lib/rapport")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Qt plugins whose libraries are recommended rather than required (plugin folder / file-name prefix).
OPTIONAL_PLUGINS = (
    "platformthemes/libqgtk3",  # libgtk-3-0: GTK palette, fonts and dialogs on GNOME-like desktops
    "printsupport/libcups",  # libcups2: printing to real printers (PDF needs no plugin)
    "platforms/libqwayland",  # libwayland-*: native Wayland (XWayland works without)
    "wayland-",  # the Wayland plugin's own helpers
)

DESCRIPTION = """\
networking CRM, elevator-pitch studio and follow-up calendar
 Rapport is for people who find their next job through the people they know.
 It keeps, in one window and on your own computer, with no account and no
 cloud:
  - your contacts, circle by circle, with how you met, why you want to talk,
    who referred whom and every call, coffee and email;
  - your elevator pitch, with its speaking time, a plain-words check and a
    rehearsal timer;
  - the follow-ups good networking needs (thank-you notes, calls to
    referrals, reminders, a monthly update, a yearly reconnect), on a
    calendar and a Today list.
 It imports LinkedIn, Google and Outlook contacts and vCards, and exports
 vCard, CSV, JSON and iCalendar files."""


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def changelog_entry() -> tuple[str, int]:
    """(version, unix time) of the newest entry of packaging/linux/changelog."""
    text = (HERE / "changelog").read_text(encoding="utf-8")
    version = re.match(r"^rapport \(([^)]+)\)", text)
    stamp = re.search(r"^ -- .+?  (.+)$", text, re.MULTILINE)
    if not version or not stamp:
        raise SystemExit(f"{HERE / 'changelog'}: first entry is not in Debian changelog format")
    return version.group(1), int(email.utils.parsedate_to_datetime(stamp.group(1)).timestamp())


def run(*args: object, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], check=True, **kwargs)


def gzip_file(source: bytes, target: Path, mtime: int) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        open(target, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=mtime) as gz,
    ):
        gz.write(source)


def is_elf(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(4) == b"\x7fELF"


def normalize_permissions(stage: Path) -> None:
    """0755 for folders and executables, 0644 for everything else (shared libraries included, as Debian wants)."""
    for path in stage.rglob("*"):
        if path.is_symlink():
            continue
        executable = path.is_file() and is_elf(path) and not re.search(r"\.so(\.|$)", path.name)
        if path.is_dir() or executable:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def drop_foreign_run_paths(stage: Path) -> None:
    """Remove RUNPATH/RPATH entries that point outside the bundle (e.g. pyenv's /root/.pyenv/…/lib).

    They would make the loader look in a folder of the build machine; $ORIGIN-relative ones (Qt's) stay.
    """
    for path in sorted((stage / PREFIX).rglob("*")):
        if not path.is_file() or path.is_symlink() or not is_elf(path):
            continue
        found = subprocess.run(["patchelf", "--print-rpath", path], capture_output=True, text=True)
        entries = [e for e in found.stdout.strip().split(":") if e]
        if found.returncode == 0 and entries and not all(e.startswith("$ORIGIN") for e in entries):
            kept = ":".join(e for e in entries if e.startswith("$ORIGIN"))
            if kept:
                run("patchelf", "--set-rpath", kept, path)
            else:
                run("patchelf", "--remove-rpath", path)


def needed_libraries(path: Path) -> list[str]:
    """DT_NEEDED entries of an ELF file (readelf, from binutils)."""
    out = run("readelf", "-d", path, capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def linked_closure(roots: list[Path], elf: list[Path]) -> set[Path]:
    """Every bundled file reachable from ``roots`` through DT_NEEDED, roots included."""
    by_name: dict[str, Path] = {}
    for path in elf:
        by_name.setdefault(path.name, path)
    seen: set[Path] = set()
    todo = list(roots)
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        todo += [by_name[name] for name in needed_libraries(path) if name in by_name]
    return seen


def shlib_fields(stage: Path, workdir: Path) -> dict[str, str]:
    """Depends / Recommends from dpkg-shlibdeps over the ELF files of the bundle."""
    bundle = stage / PREFIX
    elf = [p for p in sorted(bundle.rglob("*")) if p.is_file() and not p.is_symlink() and is_elf(p)]
    optional_plugins = {p for p in elf if any(f"plugins/{o}" in p.as_posix() for o in OPTIONAL_PLUGINS)}
    # A Qt library that only optional plugins link to (libQt6WaylandClient) is optional too.
    qt_libs = {p for p in elf if "/PySide6/Qt/lib/" in p.as_posix()}
    roots = [p for p in elf if p not in optional_plugins and p not in qt_libs]
    reached = linked_closure(roots, elf)
    required = [p for p in elf if p in reached]
    optional = [p for p in elf if p not in reached]
    (workdir / "debian").mkdir(exist_ok=True)
    (workdir / "debian" / "control").write_text(
        f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: any\n", encoding="utf-8"
    )
    (stage / "DEBIAN").mkdir(exist_ok=True)  # lets dpkg-shlibdeps resolve $ORIGIN run paths inside the tree
    private_dirs = sorted({p.parent.relative_to(workdir) for p in bundle.rglob("*.so*") if p.is_file()})
    args = ["dpkg-shlibdeps", "-O", "--ignore-missing-info", *[f"-l{d}" for d in private_dirs]]
    args += ["-e" + str(p.relative_to(workdir)) for p in required]
    if optional:
        args += ["-dRecommends", *["-e" + str(p.relative_to(workdir)) for p in optional]]
    result = subprocess.run(args, cwd=workdir, check=True, capture_output=True, text=True)
    fields = {}
    for line in result.stdout.splitlines():
        key, _, value = line.partition("=")
        fields[key.removeprefix("shlibs:")] = value.strip()
    noise = [line for line in result.stderr.splitlines() if "warning" in line and "useless dependency" not in line]
    for line in noise[:20]:
        print(line, file=sys.stderr)
    return fields


def stage_tree(bundle: Path, stage: Path, mtime: int, python: str) -> None:
    shutil.copytree(bundle, stage / PREFIX, symlinks=True)
    (stage / "usr/bin").mkdir(parents=True)
    (stage / "usr/bin/rapport").symlink_to("../lib/rapport/rapport")

    share = stage / "usr/share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(HERE / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo")

    icons = ROOT / "resources" / "icons" / "app"
    scalable = share / "icons/hicolor/scalable/apps"
    scalable.mkdir(parents=True)
    shutil.copy(icons / "rapport.svg", scalable / f"{APP_ID}.svg")
    for size in ICON_SIZES:
        png = icons / f"rapport-{size}.png"
        if png.exists():
            folder = share / f"icons/hicolor/{size}x{size}/apps"
            folder.mkdir(parents=True)
            shutil.copy(png, folder / f"{APP_ID}.png")

    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    run(python, HERE / "make_copyright.py", stage / PREFIX, doc / "copyright")
    gzip_file((HERE / "changelog").read_bytes(), doc / "changelog.gz", mtime)

    manpage = stage / "manpage.tmp"
    run(python, HERE / "make_manpage.py", manpage, env={**os.environ, "SOURCE_DATE_EPOCH": str(mtime)})
    gzip_file(manpage.read_bytes(), share / "man/man1/rapport.1.gz", mtime)
    manpage.unlink()

    overrides = share / "lintian/overrides"
    overrides.mkdir(parents=True)
    shutil.copy(HERE / "lintian-overrides", overrides / PACKAGE)


def write_control(stage: Path, version: str, fields: dict[str, str]) -> None:
    arch = run("dpkg", "--print-architecture", capture_output=True, text=True).stdout.strip()
    size_kib = sum(p.lstat().st_size for p in stage.rglob("*") if not p.is_dir()) // 1024 + 1
    control = [
        f"Package: {PACKAGE}",
        f"Version: {version}",
        f"Architecture: {arch}",
        f"Maintainer: {MAINTAINER}",
        f"Installed-Size: {size_kib}",
        f"Depends: {fields.get('Depends', '')}",
    ]
    # tesseract-ocr: offline text recognition for "Scan a business card" (found on the PATH at run time; the
    # bundled app carries no OCR engine of its own to stay small).
    recommends = ", ".join(part for part in (fields.get("Recommends", ""), "tesseract-ocr") if part)
    control.append(f"Recommends: {recommends}")
    control += ["Section: misc", "Priority: optional", f"Description: {DESCRIPTION}"]
    debian = stage / "DEBIAN"
    debian.mkdir(exist_ok=True)
    (debian / "control").write_text("\n".join(control) + "\n", encoding="utf-8")
    sums = []
    for path in sorted(stage.rglob("*")):
        if path.is_file() and not path.is_symlink() and debian not in path.parents:
            sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {path.relative_to(stage).as_posix()}")
    (debian / "md5sums").write_text("\n".join(sums) + "\n", encoding="utf-8")
    for path in debian.iterdir():
        path.chmod(0o644)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "rapport")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--python", default=str(ROOT / "build" / "venv" / "bin" / "python"),
                        help="a Python with the app's dependencies (default: the build venv)")  # fmt: skip
    args = parser.parse_args(argv)

    version = project_version()
    logged, mtime = changelog_entry()
    if logged != version:
        raise SystemExit(
            f"packaging/linux/changelog starts with version {logged} but pyproject.toml says {version}: "
            "add a changelog entry for this release (and a <release> in the metainfo)"
        )
    if not (args.bundle / "rapport").exists():
        raise SystemExit(f"{args.bundle}/rapport does not exist: run `python3 packaging/build.py` first")

    workdir = ROOT / "build" / "deb"
    shutil.rmtree(workdir, ignore_errors=True)
    stage = workdir / "debian" / PACKAGE  # dpkg-shlibdeps recognises libraries inside debian/<package>/ as ours
    stage.mkdir(parents=True)
    stage_tree(args.bundle, stage, mtime, args.python)
    drop_foreign_run_paths(stage)
    normalize_permissions(stage)
    fields = shlib_fields(stage, workdir)
    write_control(stage, version, fields)

    arch = (stage / "DEBIAN/control").read_text().split("Architecture: ")[1].split("\n")[0]
    args.out.mkdir(parents=True, exist_ok=True)
    deb = args.out / f"{PACKAGE}_{version}_{arch}.deb"
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(mtime)}
    run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", stage, deb, env=env, stdout=subprocess.DEVNULL)
    print(f"{deb}: {deb.stat().st_size / 1e6:.1f} MB")
    print(f"Depends: {fields.get('Depends', '')}")
    print(f"Recommends: {fields.get('Recommends', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
