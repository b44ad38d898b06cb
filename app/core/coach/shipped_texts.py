"""The built-in script templates in the reader's language while the user has not edited them (issue 23 item 3).

The migrations seed the templates in English (0002, and 0060's newer introduction) and keep those texts as the
shipped defaults (:func:`app.core.coach.templates.builtin_default`). A built-in template whose name, subject and body
are still the shipped ones is shown through the installed translation (``tr()`` in the "ShippedText" context, which
the UI installs with :func:`use` when it loads its translators; ``make translations`` collects the texts with
scripts/shipped-texts.py); one the user edited is shown as written. Qt-free: without a translation installed
(the command line) the texts are English.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Callable

CONTEXT = "ShippedText"
SEEDS = ("0060_coach.py", "0002_seed_defaults.py")  # newest first: a later migration may replace a default

_translate: Callable[[str], str] = str


@functools.cache
def shipped() -> tuple[tuple[str, str, str, str], ...]:
    """Every shipped template, (name, kind, subject, body), the newest text of a default first."""
    from app.db import migrations_dir

    found: list[tuple[str, str, str, str]] = []
    for file_name in SEEDS:
        spec = importlib.util.spec_from_file_location(f"rapport_seed_{file_name[:4]}", migrations_dir() / file_name)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found += [tuple(entry) for entry in module.TEMPLATES]
    return tuple(found)


def use(translate: Callable[[str], str] | None) -> None:
    """Install the interface's translation of shipped texts (None: English)."""
    global _translate
    _translate = translate or str


def is_shipped(name: str, kind: str, subject: str, body: str) -> bool:
    """Whether these are, word for word, the texts Rapport shipped for a template of ``kind``."""
    return (name, kind, subject, body) in shipped()


def shown(name: str, kind: str, subject: str, body: str, *, builtin: bool = True) -> tuple[str, str, str]:
    """(name, subject, body) as the reader sees them: translated when the template is built in and unedited."""
    if not builtin or not is_shipped(name, kind, subject, body):
        return name, subject, body
    return tuple((_translate(text) or text) if text else text for text in (name, subject, body))  # type: ignore[return-value]
