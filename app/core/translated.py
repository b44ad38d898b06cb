"""Labels the core defines and the interface shows in its language (issue 23), without Qt in the core.

A label set is written in English and marked for ``make translations`` with :func:`QT_TRANSLATE_NOOP` (lupdate
reads the name and files the text under the context given); :class:`Labels` is a read-only mapping whose values
come out translated when the UI has installed its translator with :func:`use` (``app.ui.i18n`` does, beside the
follow-up titles' wording). Without one (the command line, core tests) every label reads as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

K = TypeVar("K")

# (context, English text, disambiguation, count) → the text in the interface's language (QCoreApplication.translate)
_translate: Callable[..., str] | None = None
_CHOICE = re.compile(r"\(([^()/]*)/([^()/]*)\)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it as it is."""
    return text


def use(translate: Callable[..., Any] | None) -> None:
    """Install how the interface translates (``None``: English as written)."""
    global _translate
    _translate = translate


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` (marked in ``context``) in the interface's language; with a count ``n`` the text is a plural form
    ("%n long sentence(s)", "%Ln opportunit(y/ies)": marked with a ``tr()``-like call, see :func:`tr`), which reads
    as English ("1 long sentence", "2 opportunities") where no translation has one."""
    if _translate is not None and text:
        text = _translate(context, text, None, n) if n >= 0 else _translate(context, text)
    return english_plural(text, n) if n >= 0 else text


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """The core's ``tr()``: ``make translations`` reads ``_tr("…")`` calls (also with a count, as plural forms) into
    the empty context; a core module binds ``_tr = translated.tr``."""
    return translate("", text, n)


def english_plural(text: str, n: int) -> str:
    """The English form of a plural text for ``n``: "(s)" and "(y/ies)" chosen, %n and %Ln written."""
    text = _CHOICE.sub(lambda m: m.group(1) if n == 1 else m.group(2), text).replace("(s)", "" if n == 1 else "s")
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


def label(text: str) -> str:
    """A label marked in the "Labels" context (the context of every :class:`Labels` set and of the core's specs:
    goals, rules), in the interface's language."""
    return translate("Labels", text)


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


class Said(str):
    """A message's English text that knows its ``template`` (marked in ``context``) and ``params``, so that the
    interface can say it in its language (:func:`shown`) while the command line, logs and tests read the English."""

    context: str
    template: str
    params: dict

    def __new__(cls, context: str, template: str, params: Mapping[str, Any]):
        made = super().__new__(cls, template.format(**params))
        made.context, made.template, made.params = context, template, dict(params)
        return made


def said(context: str, template: str, **params: Any) -> Said:
    """``template`` (marked with ``QT_TRANSLATE_NOOP(context, …)``) filled with ``params``, in English."""
    return Said(context, template, params)


def shown(text: str) -> str:
    """``text`` in the interface's language when it is a :class:`Said` (its parameters too), else as it is; the
    English text when a translation cannot be filled."""
    if not isinstance(text, Said):
        return text
    params = {name: shown(value) if isinstance(value, Said) else value for name, value in text.params.items()}
    try:
        return translate(text.context, text.template).format(**params)
    except (KeyError, IndexError, ValueError):
        return text.template.format(**params)


def shown_error(exc: BaseException) -> str:
    """An exception's message in the interface's language when it was raised with a :class:`Said`, else
    ``str(exc)`` (``str()`` of an exception gives a plain copy of its message, without the template)."""
    message = exc.args[0] if len(exc.args) == 1 else None
    return shown(message) if isinstance(message, Said) else str(exc)
