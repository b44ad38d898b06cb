"""What a write changed, as a value the write returns (issue 18; Anki's ``OpChanges`` is the model).

Core use cases that write return a :class:`Changes` (alone, or on the result they return), saying which kinds of
data they touched — contacts, interactions, follow-ups… — and, where known, which contacts. The UI hands it to one
place (``AppContext.publish`` → ``DataBus``), which tells every page that shows such data to refresh. Nobody emits
"contacts changed" by hand after a write any more, so a write cannot forget to, and a page cannot miss one.

The follow-up rules run inside many writes (logging a coffee makes a thank-you, changes the stage); the use case
knows that and says so in its Changes, not the caller.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

KINDS = ("contacts", "interactions", "followups", "pitches", "templates", "settings", "opportunities")


class Changes(NamedTuple):
    """Kinds of data a write touched. ``everything`` means refresh all (an import, a restore, demo data);
    ``contact_ids`` names the contacts touched when the writer knows them (empty: unknown or none). A NamedTuple,
    not a frozen dataclass: it is made before the window's first paint, where a dataclass costs ~0.6 ms (issue 21);
    it is true when it touched anything (:meth:`__bool__`), not when it has fields."""

    contacts: bool = False
    interactions: bool = False
    followups: bool = False
    pitches: bool = False
    templates: bool = False
    settings: bool = False
    opportunities: bool = False
    everything: bool = False
    contact_ids: frozenset[int] = frozenset()

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    @classmethod
    def of(cls, *kinds: str, contact_ids: Iterable[int] = ()) -> Changes:
        """``Changes.of("interactions", "followups", contact_ids=[7])``; a contact id implies "contacts"."""
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds of change: {', '.join(sorted(unknown))}")
        ids = frozenset(contact_ids)
        flags = {kind: True for kind in kinds}
        if ids:
            flags["contacts"] = True
        return cls(**flags, contact_ids=ids)

    def __or__(self, other: Changes) -> Changes:
        if not isinstance(other, Changes):
            return NotImplemented
        merged = {name: getattr(self, name) or getattr(other, name) for name in (*KINDS, "everything")}
        return self._replace(**merged, contact_ids=self.contact_ids | other.contact_ids)

    def touches(self, kind: str) -> bool:
        """Whether a page showing ``kind`` must refresh."""
        return self.everything or bool(getattr(self, kind))

    def __bool__(self) -> bool:
        return self.everything or any(getattr(self, kind) for kind in KINDS)


NOTHING = Changes()
