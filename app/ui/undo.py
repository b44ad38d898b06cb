"""The base of the undo commands (Edit → Undo / Ctrl+Z) of every page: run a core call, then tell the pages what it
changed.

``QUndoStack.push`` runs :meth:`UndoCommand.redo` once, so a command does its work in ``do`` and reverses it in
``revert``. What they return (a :class:`Changes`) is published; a failure is handled in one place: a *refusal* of
``do`` (one of the command's ``refusals``, e.g. "that time has passed") is kept in ``error`` for the caller to
explain and drops the command from the stack; anything else is logged, drops the command and refreshes everything.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from app.core.changes import Changes
from app.ui.context import AppContext

log = logging.getLogger(__name__)


class ContextCommand(QUndoCommand):
    """A command on the undo stack of one window's context, referring to that context weakly: the stack holding it
    belongs to ``ctx``, and a strong reference back would close a cycle through Qt (context → its QUndoStack → the
    commands → context) that only the garbage collector frees, tearing the stack down after the commands it still
    lists (a segmentation fault). Commands that publish on their own (not through ``do``/``revert``) derive from
    this; a callback into a page is held with :func:`weak_callback` for the same reason."""

    def __init__(self, ctx: AppContext, text: str):
        super().__init__(text)
        self._ctx = weakref.ref(ctx)

    @property
    def ctx(self) -> AppContext:
        ctx = self._ctx()
        if ctx is None:
            raise RuntimeError(f"the window of {self.text()!r} is gone")
        return ctx


def weak_callback(callback: Callable[..., object] | None) -> Callable[[], Callable[..., object] | None]:
    """``callback`` as a getter that does not keep its object alive: a bound method (a page's) is held weakly and
    the getter returns None once the page is gone; a plain function is returned as it is."""
    if callback is None:
        return lambda: None
    if getattr(callback, "__self__", None) is not None and hasattr(callback, "__func__"):
        return weakref.WeakMethod(callback)  # type: ignore[arg-type]
    return lambda: callback


class UndoCommand(ContextCommand):
    """Runs ``do``/``revert`` safely and publishes what they changed afterwards: the :class:`Changes` they return,
    else the command's ``changes``. A refusal of ``do`` (an instance of ``refusals``) sets ``error`` and makes the
    command obsolete, publishing nothing (nothing changed); any other failure is logged, makes it obsolete and
    refreshes everything."""

    changes: Changes = Changes.all()
    # Older subclasses name the bus signals instead ("contacts_changed", …); they become the same Changes.
    signals: tuple[str, ...] = ()
    # The core's expected refusals of ``do``: explained to the user by the caller (``error``), not logged as failures.
    # Undoing puts back what was allowed, so a failure there is always unexpected.
    refusals: tuple[type[Exception], ...] = ()

    def __init__(self, ctx: AppContext, text: str):
        super().__init__(ctx, text)
        self.error: Exception | None = None

    def published(self) -> Changes:
        """What every run of this command changes."""
        if self.signals:
            return Changes.of(*(name.removesuffix("_changed") for name in self.signals))
        return self.changes

    def _run(self, action: Callable[[], Changes | None], refusals: tuple[type[Exception], ...] = ()) -> None:
        try:
            result = self._call(action)
        except refusals as exc:
            self.error = exc
            self.setObsolete(True)
            return
        except Exception:
            log.exception("cannot %s", self.text())
            self.setObsolete(True)
            self.ctx.publish(Changes.all())
            return
        self.ctx.publish(result if isinstance(result, Changes) else self.published())

    def _call(self, action: Callable[[], Changes | None]) -> Changes | None:
        """Runs one core call; a subclass may move it off the GUI thread."""
        return action()

    def redo(self) -> None:
        self._run(self.do, self.refusals)

    def undo(self) -> None:
        self._run(self.revert)

    def do(self) -> Changes | None:
        raise NotImplementedError

    def revert(self) -> Changes | None:
        raise NotImplementedError
