#!/usr/bin/env python3
"""Fail the build on a translation that would show wrong (issue 23; ``make check-translations``, run by ``make test``).

For every ``resources/translations/rapport_LANG.ts``:

- each translation keeps the placeholders of its source: ``{name}`` fields, ``%n``/``%Ln``, ``%1``…, HTML tags, and
  an ``&`` accelerator when the source has one (and none when it has none). A numerus form may leave out the count
  (German "einen Kontakt") as long as another form of the message writes it;
- the languages Rapport ships as complete (:data:`COMPLETE`, or ``--complete LANG…``) have no unfinished or empty
  entry. A language joins the list when its translation is done, so that a half-translated one does not break CI
  while its placeholders are already checked;
- the committed ``app/ui/translations/rapport_LANG.qm`` is what ``pyside6-lrelease`` makes of the ``.ts`` now (run
  ``make translations`` after editing a ``.ts``);
- a module's own ``tr()``/``_tr()`` helper looks its strings up in the empty context, where lupdate files them.

Exit status 1 with one line per problem, 0 when every file is right.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "app" / "ui" / "translations"
# The languages whose .ts must have every entry translated. H8 adds "de" (then "fr", "es") when each is done.
COMPLETE: tuple[str, ...] = ("en", "fr", "de", "es")

FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*|\d*)(?:[!:][^{}]*)?\}(?!\})")
PERCENT = re.compile(r"%L?n|%\d+")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*?/?>")
ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")
COUNTS = {"%n", "%Ln"}


@dataclass(frozen=True)
class Problem:
    file: str
    context: str
    source: str
    what: str

    def __str__(self) -> str:
        return f"{self.file}: [{self.context}] {self.source!r}: {self.what}"


def placeholders(text: str) -> Counter[str]:
    """The marks a translation must keep: format fields, Qt's %-arguments and HTML tags (by name), counted."""
    found: Counter[str] = Counter()
    found.update("{" + name + "}" for name in FIELD.findall(text.replace("{{", "").replace("}}", "")))
    found.update(PERCENT.findall(text))
    for tag in TAG.finditer(text):
        found["<" + ("/" if tag.group(0).startswith("</") else "") + tag.group(1).lower() + ">"] += 1
    return found


def accelerators(text: str) -> int:
    """How many ``&x`` keyboard accelerators ``text`` has (``&&`` is a literal ampersand, ``&amp;`` an entity)."""
    plain = ENTITY.sub("", TAG.sub("", text)).replace("&&", "")
    return len(ACCELERATOR.findall(plain))


def describe(marks: Counter[str]) -> str:
    return ", ".join(sorted(marks.elements())) or "nothing"


def check_message(source: str, forms: list[str], numerus: bool) -> list[str]:
    """What is wrong with the translated ``forms`` of ``source`` (empty forms are the completeness check's)."""
    wanted = placeholders(source)
    written = [form for form in forms if form]
    problems = []
    for form in written:
        have = placeholders(form)
        expected = wanted
        if numerus:  # one form may say the count in words, if another form writes it
            expected = Counter({k: v for k, v in wanted.items() if k not in COUNTS})
            have = Counter({k: v for k, v in have.items() if k not in COUNTS})
        if have != expected:
            problems.append(f"{form!r} has {describe(have)}, the source {describe(expected)}")
        if accelerators(form) != min(accelerators(source), 1):
            problems.append(f"{form!r} has {accelerators(form)} '&' accelerators, the source {accelerators(source)}")
    if numerus and written:
        counts = Counter({k: v for k, v in wanted.items() if k in COUNTS})
        if counts and not any(counts <= placeholders(form) for form in written):
            problems.append(f"no form writes the count ({describe(counts)})")
    return problems


def messages(path: Path):
    """(context, source, translated forms, numerus, unfinished) of each live message of a .ts file."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms = []
            elif numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            yield name, message.findtext("source") or "", forms, numerus, kind == "unfinished"


def language_of(path: Path) -> str:
    return path.stem.removeprefix("rapport_")


def check_ts(path: Path, *, complete: bool) -> list[Problem]:
    problems = []
    for context, source, forms, numerus, unfinished in messages(path):
        for what in check_message(source, forms, numerus):
            problems.append(Problem(path.name, context, source, what))
        if complete and (unfinished or not forms or not all(forms)):
            problems.append(Problem(path.name, context, source, "not translated (unfinished or empty)"))
    return problems


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found (it comes with PySide6: run from the project's .venv)")
    return found


def check_qm(ts_files: list[Path], qm_dir: Path) -> list[Problem]:
    """Each .ts has a committed .qm that lrelease would write the same, and no .qm is left without its .ts."""
    problems = []
    tool = lrelease()
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            committed = qm_dir / f"{ts.stem}.qm"
            fresh = Path(tmp) / committed.name
            subprocess.run([tool, "-silent", str(ts), "-qm", str(fresh)], check=True)
            if not committed.is_file():
                problems.append(Problem(ts.name, "", "", f"no {committed.name} in {qm_dir} (run make translations)"))
            elif committed.read_bytes() != fresh.read_bytes():
                problems.append(Problem(ts.name, "", "", f"{committed.name} is out of date (run make translations)"))
    known = {ts.stem for ts in ts_files}
    for qm in sorted(qm_dir.glob("rapport_*.qm")):
        if qm.stem not in known:
            problems.append(Problem(qm.name, "", "", "a .qm without its .ts"))
    return problems


# A module's own tr()/_tr() helper: lupdate files the strings of a bare tr("…") call in the empty context, so the
# helper must look them up there (a helper translating in "commands" or "facts" never found a translation).
HELPER = re.compile(
    r"^def (_?tr)\(text[^)]*\)[^:]*:\s*\n(?:\s*(?:\"\"\".*?\"\"\"|#[^\n]*)\s*\n)*"
    r"\s*return QCoreApplication\.translate\(\s*\"([^\"]*)\"",
    re.MULTILINE | re.DOTALL,
)


def check_helpers(source_dir: Path = ROOT / "app") -> list[Problem]:
    """Every module-level tr()/_tr() helper of ``source_dir`` translates in the empty context."""
    problems = []
    for path in sorted(source_dir.rglob("*.py")):
        for match in HELPER.finditer(path.read_text(encoding="utf-8")):
            if match.group(2):
                where = str(path.relative_to(source_dir.parent))
                what = f"{match.group(1)}() looks strings up in context {match.group(2)!r}, lupdate files them in ''"
                problems.append(Problem(where, match.group(2), match.group(1), what))
    return problems


def check(
    ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR, complete: tuple[str, ...] = COMPLETE, source_dir: Path | None = None
) -> list[Problem]:
    ts_files = sorted(ts_dir.glob("rapport_*.ts"))
    problems: list[Problem] = check_helpers(source_dir) if source_dir is not None else []
    missing = set(complete) - {language_of(ts) for ts in ts_files}
    problems += [Problem(f"rapport_{lang}.ts", "", "", "a complete language without its .ts") for lang in missing]
    for ts in ts_files:
        problems += check_ts(ts, complete=language_of(ts) in complete)
    return problems + check_qm(ts_files, qm_dir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ts-dir", type=Path, default=TS_DIR)
    parser.add_argument("--qm-dir", type=Path, default=QM_DIR)
    parser.add_argument("--complete", nargs="*", default=list(COMPLETE), help="languages that must be complete")
    args = parser.parse_args(argv)
    problems = check(args.ts_dir, args.qm_dir, tuple(args.complete), ROOT / "app")
    for problem in problems:
        print(problem)
    files = len(list(args.ts_dir.glob("rapport_*.ts")))
    print(f"{len(problems)} translation problems in {files} files (complete: {', '.join(args.complete) or 'none'})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
