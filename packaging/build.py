"""Build the one-folder bundle with PyInstaller, from a clean build venv (`make dist` calls this).

    python3 packaging/build.py                       dist/rapport/ (dist/Rapport.app on macOS)
    python3 packaging/build.py --probe SCRIPT.py     bundle a bare script with the same rules (the size floor)

The build venv (build/venv) is made from scratch whenever pyproject.toml or packaging/requirements-build.txt change,
so the bundle holds exactly the project's declared dependencies, never what happens to be in a developer's .venv.
Standard library only: it runs with any Python ≥ 3.11 on Linux, Windows and macOS (the CI workflow uses it too).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
VENV = BUILD / "venv"
STAMP = VENV / ".rapport-build-stamp"
REQUIREMENTS = ROOT / "packaging" / "requirements-build.txt"
SPEC = ROOT / "packaging" / "rapport.spec"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def inputs_digest() -> str:
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", REQUIREMENTS):
        digest.update(path.read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def run(*args: object, **kwargs) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT, **kwargs)


def ensure_build_venv() -> Path:
    """A venv with the project's dependencies, its metadata (the version) and the build tools."""
    python = venv_python()
    if STAMP.exists() and STAMP.read_text() == inputs_digest() and python.exists():
        return python  # the spec takes the app's code from the source tree; the venv gives deps + metadata
    if VENV.exists():
        shutil.rmtree(VENV)
    venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    run(python, "-m", "pip", "install", "-q", "--upgrade", "pip")
    run(python, "-m", "pip", "install", "-q", ".", "-r", REQUIREMENTS)
    STAMP.write_text(inputs_digest())
    return python


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--probe", type=Path, help="bundle this script instead of Rapport (same rules)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    args = parser.parse_args(argv)

    python = ensure_build_venv()
    env = dict(os.environ)
    # PyInstaller zlib-compresses each module of the PYZ archive separately (11 MB for Rapport), which the installers'
    # own compression (xz in the .deb, solid LZMA2 in Inno Setup) cannot shrink further. Stored uncompressed, the
    # modules are compressed together by the installer: 9.5 -> 5.7 MB in the .deb for the same modules (the
    # floor's probe is built with the same setting). The archive takes 13 MB more on disk.
    env.setdefault("PYINSTALLER_ZLIB_COMPRESSION_LEVEL", "0")
    icons = BUILD / "icons"
    run(python, ROOT / "packaging" / "make_icons.py", icons)
    env["RAPPORT_ICONS_DIR"] = str(icons)
    name = "rapport"
    if args.probe:
        env["RAPPORT_BUNDLE_PROBE"] = str(args.probe.resolve())
        name = args.probe.stem.replace("_", "-")
    work = BUILD / "pyinstaller" / name
    run(
        python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", args.dist, "--workpath", work, SPEC,
        env=env,
    )  # fmt: skip
    report = json.loads((args.dist / f"{name}-bundle-report.json").read_text(encoding="utf-8"))
    print(f"Qt modules bundled: {', '.join(report['qt_modules_bundled'])}")
    print(f"Qt libraries ({len(report['qt_libraries'])}): {', '.join(Path(p).name for p in report['qt_libraries'])}")
    print(f"Qt plugins: {len(report['qt_plugins'])}; dropped files: {len(report['dropped'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
