"""Labels the core defines and the interface shows in its language (issue 23), without Qt in the core.

A label set is written in English and marked for ``make translations`` with :func:`QT_TRANSLATE_NOOP` (lupdate
reads the name and files the text under the context given); :class:`Labels` is a read-only mapping whose values
come out translated when the UI has installed its translator with :func:`use` (``app.ui.i18n`` does, beside the
follow-up titles' wording). Without one (the command line, core tests) every label reads as written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

K = TypeVar("K")

# context, English text → the text in the interface's language
_translate: Callable[[str, str], str] | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it as it is."""
    return text


def use(translate: Callable[[str, str], str] | None) -> None:
    """Install how the interface translates (``None``: English as written)."""
    global _translate
    _translate = translate


def translate(context: str, text: str) -> str:
    """``text`` (marked in ``context``) in the interface's language."""
    return _translate(context, text) if _translate is not None and text else text


class Labels(Mapping[K, str]):
    """A fixed set of labels by key, each shown in the interface's language when read."""

    def __init__(self, context: str, labels: Mapping[K, str]) -> None:
        self.context = context
        self._english = dict(labels)

    def __getitem__(self, key: K) -> str:
        return translate(self.context, self._english[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)

    def english(self, key: K) -> str:
        """The label as written, whatever the interface's language."""
        return self._english[key]

    def __repr__(self) -> str:
        return f"Labels({self.context!r}, {self._english!r})"
