"""Write the package's machine-readable copyright file (DEP-5) for everything the bundle ships.

    BUILD_VENV_PYTHON packaging/linux/make_copyright.py BUNDLE_DIR OUT_FILE

Run with the build venv's Python: the Python packages bundled with Rapport are read from its installed metadata
(the project's runtime requirements, followed recursively), so a dependency added to pyproject.toml is listed with
its licence and copyright lines without editing this file. Qt, ICU, CPython and the PyInstaller bootloader, which
have no such metadata, are described here.
"""

from __future__ import annotations

import importlib.metadata as md
import re
import sys
import sysconfig
import textwrap
from pathlib import Path

PREFIX = "usr/lib/rapport"

# SPDX expression words → DEP-5 short names (Debian spells MIT "Expat"); anything else is kept with its own text.
SPDX_TO_DEP5 = {
    "mit": "Expat",
    "apache-2.0": "Apache-2.0",
    "apache": "Apache-2.0",
    "apache software license": "Apache-2.0",
    "bsd-2-clause": "BSD-2-clause",
    "bsd-3-clause": "BSD-3-clause",
    "isc": "ISC",
    "unlicense": "Unlicense",
    "psf-2.0": "PSF-2",
    "lgpl-3.0-only": "LGPL-3",
    "gpl-2.0-only": "GPL-2",
    "gpl-3.0-only": "GPL-3",
    "gpl-3.0-or-later": "GPL-3+",
}

COMMON = {  # licences whose full text Debian ships in /usr/share/common-licenses
    "Apache-2.0": "Apache-2.0",
    "GPL-2": "GPL-2",
    "GPL-2+": "GPL-2",
    "GPL-3": "GPL-3",
    "GPL-3+": "GPL-3",
    "LGPL-3": "LGPL-3",
}

TEXTS = {
    "Expat": """\
Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.""",
    "BSD-2-clause": """\
Redistribution and use in source and binary forms, with or without modification, are permitted provided that the
following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this list of conditions and the following
   disclaimer.
2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the
   following disclaimer in the documentation and/or other materials provided with the distribution.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES,
INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY,
WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.""",
    "BSD-3-clause": """\
Redistribution and use in source and binary forms, with or without modification, are permitted provided that the
following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this list of conditions and the following
   disclaimer.
2. Redistributions in binary form must reproduce the above copyright notice, this list of conditions and the
   following disclaimer in the documentation and/or other materials provided with the distribution.
3. Neither the name of the copyright holder nor the names of its contributors may be used to endorse or promote
   products derived from this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES,
INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY,
WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.""",
    "ISC": """\
Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby
granted, provided that the above copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN
AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
PERFORMANCE OF THIS SOFTWARE.""",
}

HEADER = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Rapport
Upstream-Contact: Rapport developers
Comment: Rapport is a Python application frozen with PyInstaller. The package ships, under /usr/lib/rapport, the
 Python runtime, Qt 6 with Qt for Python (PySide6) and the Python packages listed below, unmodified. The Qt
 libraries are separate shared libraries that can be replaced, as the LGPL requires."""

STATIC_PARAGRAPHS = [
    {
        "Files": "*",
        "Copyright": "2026 Rapport developers",
        "License": "Expat",
        "Comment": "Rapport itself is released under the MIT licence (Debian's name for it: Expat).",
    },
    {
        "Files": f"{PREFIX}/_internal/PySide6/* {PREFIX}/_internal/shiboken6/* {PREFIX}/_internal/libpyside6*"
        f" {PREFIX}/_internal/libshiboken6* {PREFIX}/_internal/libQt6*",
        "Copyright": "The Qt Company Ltd. and other contributors",
        "License": "LGPL-3 or GPL-2 or GPL-3",
        "Comment": "Qt 6 and Qt for Python, from the PySide6-Essentials {pyside} wheel; Rapport uses them under the"
        " LGPL version 3. Their source: https://download.qt.io/official_releases/",
    },
    {
        "Files": f"{PREFIX}/_internal/PySide6/Qt/lib/libicu* {PREFIX}/_internal/libicu*",
        "Copyright": "1991-2023 Unicode, Inc. and others",
        "License": "Expat",
        "Comment": "ICU, shipped inside the PySide6 wheel.",
    },
    {
        "Files": f"{PREFIX}/_internal/libpython* {PREFIX}/_internal/python3*/* {PREFIX}/_internal/base_library.zip",
        "Copyright": "2001-2024 Python Software Foundation",
        "License": "PSF-2",
        "Comment": "CPython {python} and its standard library.",
    },
]


def dep5_text(text: str) -> str:
    """A licence text as a DEP-5 continuation block (one leading space, "." for empty lines)."""
    lines = [line.rstrip() for line in text.strip("\n").splitlines()]
    return "\n".join(" " + line if line else " ." for line in lines)


def paragraph(fields: dict[str, str]) -> str:
    out = []
    for key, value in fields.items():
        first, *rest = value.split("\n")
        wrapped = (
            textwrap.wrap(first, 110, subsequent_indent=" ", break_long_words=False) if key == "Comment" else [first]
        )
        out.append(f"{key}: {wrapped[0]}")
        out.extend(wrapped[1:])
        out.extend(rest)
    return "\n".join(out)


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "rapport") -> list[md.Distribution]:
    """The distributions the project needs at run time (requirements without extras, markers evaluated)."""
    from packaging.requirements import Requirement  # vendored by every pip; present in the build venv

    seen: dict[str, md.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = normalize(name)
        if key in seen:
            continue
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        seen[key] = dist
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return [dist for key, dist in sorted(seen.items()) if key != normalize(root)]


def license_files(dist: md.Distribution) -> list[str]:
    texts = []
    for file in dist.files or []:
        if re.search(r"(^|/)(LICEN[CS]E|COPYING)[^/]*$", str(file), re.IGNORECASE) and "dist-info" in str(file):
            try:
                texts.append(file.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                continue
    return texts


def license_names(dist: md.Distribution) -> list[str] | None:
    """DEP-5 names of a distribution's licence(s), or None if its metadata says nothing we can map."""
    meta = dist.metadata
    expression = meta.get("License-Expression") or ""
    if not expression:
        short = (meta.get("License") or "").strip()
        expression = short if short and "\n" not in short and len(short) < 40 else ""
    if not expression:
        for classifier in meta.get_all("Classifier") or []:
            if classifier.startswith("License :: OSI Approved :: "):
                expression = classifier.rsplit("::", 1)[1].strip().split(" (")[0]
    names = []
    for word in re.split(r"\s+(?:OR|AND|or|and)\s+", expression.strip("() ")):
        mapped = SPDX_TO_DEP5.get(word.strip().lower())
        if mapped is None:
            return None
        names.append(mapped)
    return names or None


def copyright_lines(dist: md.Distribution, texts: list[str]) -> list[str]:
    lines = []
    for text in texts:
        for line in text.splitlines():
            line = line.strip().lstrip("#* ").strip()
            # "Copyright (c) 2010 Someone", "© 2019 Someone": a notice with a year, not licence prose
            notice = re.match(r"^(Copyright\b|©)", line, re.IGNORECASE) and re.search(r"\b(19|20)\d\d\b", line)
            if notice and len(line) < 120 and "[yyyy]" not in line.lower():
                lines.append(re.sub(r"^(Copyright\s*)?(\(c\)|©)?\s*", "", line, flags=re.IGNORECASE).strip())
    if not lines:
        author = dist.metadata.get("Author") or dist.metadata.get("Author-email") or dist.metadata.get("Maintainer")
        lines.append(author.split("<")[0].strip() if author else f"the {dist.metadata['Name']} authors")
    return list(dict.fromkeys(lines))[:6]


def _licence_names(expression: str) -> list[str]:
    """The licence short names of a DEP-5 ``License`` field ("LGPL-3 or GPL-2 or GPL-3")."""
    return [name.strip() for name in re.split(r" or | and ", expression)]


def build(bundle: Path) -> str:
    import PySide6

    python = sysconfig.get_python_version() + "." + str(sys.version_info.micro)
    paragraphs = [HEADER]
    referenced: set[str] = set()
    for fields in STATIC_PARAGRAPHS:
        fields = {k: v.format(pyside=PySide6.__version__, python=python) for k, v in fields.items()}
        referenced.update(_licence_names(fields["License"]))
        paragraphs.append(paragraph(fields))

    used_texts: dict[str, str] = {}
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        if normalize(name) in ("pyside6-essentials", "pyside6-addons", "pyside6", "shiboken6"):
            continue  # described above
        texts = license_files(dist)
        names = license_names(dist)
        if names is None:  # no usable licence metadata: ship the distribution's own licence text
            own = f"{normalize(name)}-license"
            names = [own]
            used_texts[own] = "\n\n".join(texts) or f"See the {name} project for its licence."
        for short in names:
            if short in TEXTS:
                used_texts.setdefault(short, TEXTS[short])
            elif short not in COMMON and short != "PSF-2":  # e.g. Unlicense: the distribution's own text
                used_texts.setdefault(short, "\n\n".join(texts) or f"See the {name} project for its licence.")
        holders = copyright_lines(dist, texts)
        dirs = sorted(
            top
            for top in {str(f).split("/")[0] for f in dist.files or [] if "/" in str(f)}
            if top and not top.startswith(".") and not top.endswith((".dist-info", ".egg-info", "__pycache__"))
        )
        inside = [f"{PREFIX}/_internal/{d}/*" for d in dirs if (bundle / "_internal" / d).is_dir()]
        files = " ".join(inside) or f"{PREFIX}/rapport"
        referenced.update(names)
        paragraphs.append(
            paragraph(
                {
                    "Files": files,
                    "Copyright": "\n".join([holders[0]] + [" " + h for h in holders[1:]]),
                    "License": " or ".join(dict.fromkeys(names)),
                    "Comment": f"{name} {dist.version} (Python package; its compiled modules are in "
                    f"{PREFIX}/rapport{' and the folders named here' if inside else ''}).",
                }
            )
        )

    referenced.add("GPL-2+ with PyInstaller bootloader exception")
    paragraphs.append(
        paragraph(
            {
                "Files": f"{PREFIX}/rapport",
                "Copyright": "2005-2024 PyInstaller Development Team",
                "License": "GPL-2+ with PyInstaller bootloader exception",
                "Comment": "The executable's loader is PyInstaller's bootloader; it also carries the compiled Python "
                "modules of Rapport and of the packages listed above, under their own licences.",
            }
        )
    )
    python_license = Path(sysconfig.get_path("stdlib")) / "LICENSE.txt"
    psf = (
        python_license.read_text(encoding="utf-8")
        if python_license.exists()
        else "See https://docs.python.org/3/license.html"
    )
    license_paragraphs = {
        "GPL-3+": "This program is free software: you can redistribute it and/or modify it under the terms of the GNU"
        " General Public License as published by the Free Software Foundation, either version 3 of the License, or"
        " (at your option) any later version.\n\nOn Debian systems, the complete text of the GNU General Public"
        " License version 3 can be found in /usr/share/common-licenses/GPL-3.",
        "LGPL-3": "On Debian systems, the complete text of the GNU Lesser General Public License version 3 can be"
        " found in /usr/share/common-licenses/LGPL-3.",
        "GPL-2": "On Debian systems, the complete text of the GNU General Public License version 2 can be found in"
        " /usr/share/common-licenses/GPL-2.",
        "GPL-3": "On Debian systems, the complete text of the GNU General Public License version 3 can be found in"
        " /usr/share/common-licenses/GPL-3.",
        "GPL-2+ with PyInstaller bootloader exception": "This program is free software; you can redistribute it"
        " and/or modify it under the terms of the GNU General Public License as published by the Free Software"
        " Foundation; either version 2 of the License, or (at your option) any later version.\n\nBootloader"
        " Exception: in addition to the permissions in the GNU General Public License, the authors give you"
        " unlimited permission to link or embed compiled bootloader and related files into combinations with"
        " other programs, and to distribute those combinations without any restriction coming from the use of"
        " those files.\n\nOn Debian systems, the complete text of the GNU General Public License version 2 can be"
        " found in /usr/share/common-licenses/GPL-2.",
        "Apache-2.0": "On Debian systems, the complete text of the Apache License version 2.0 can be found in"
        " /usr/share/common-licenses/Apache-2.0.",
        "PSF-2": psf,
        "Expat": TEXTS["Expat"],
    }
    license_paragraphs.update(used_texts)
    for short, text in license_paragraphs.items():
        if short not in referenced:  # lintian: unused-license-paragraph-in-dep5-copyright
            continue
        wrapped = "\n\n".join(
            "\n".join(textwrap.wrap(block, 110, break_long_words=False)) if "\n" not in block.strip() else block
            for block in text.split("\n\n")
        )
        paragraphs.append(f"License: {short}\n{dep5_text(wrapped)}")
    return "\n\n".join(paragraphs) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 1
    Path(argv[2]).write_text(build(Path(argv[1])), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
