"""What a JSON import did: counts by kind, the lines the dialog and the command line show."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# What else an import restores, in the order the summary names it: (key, one, many).
NOUNS = (
    ("profile", "the profile", "the profile"),
    ("circles", "circle", "circles"),
    ("companies", "company", "companies"),
    ("interactions", "interaction", "interactions"),
    ("ledger", "ledger entry", "ledger entries"),
    ("followups", "follow-up", "follow-ups"),
    ("pitches", "pitch", "pitches"),
    ("pitch_revisions", "pitch revision", "pitch revisions"),
    ("rehearsals", "rehearsal", "rehearsals"),
    ("templates", "template", "templates"),
    ("research", "research note", "research notes"),
    ("contact_images", "card image", "card images"),
    ("settings", "setting", "settings"),
    ("opportunities", "opportunity", "opportunities"),  # issue 22 (app.core.formats.importers.json_opportunities)
    ("documents", "document version", "document versions"),
    ("documents_sent", "document sent", "documents sent"),
)


def counted(counts: Counter) -> str:
    """``the profile, 3 circles, 410 interactions`` for counts by kind (NOUNS' keys)."""
    parts = []
    for key, one, many in NOUNS:
        count = counts.get(key, 0)
        if count and key == "profile":
            parts.append(one)
        elif count:
            parts.append(f"{count:,} {one if count == 1 else many}")
    return ", ".join(parts)


@dataclass
class JsonImportSummary:
    """What a JSON import did (or, for a dry run, would do). The contact counts mean what they mean for every
    other import (:class:`~app.core.formats.importers.engine.ImportSummary`); ``added`` and ``present`` count the rest
    of
    the file by kind: restored or added, and already here. Messages are ``(where, text)`` with ``where`` the place
    in the file (``contacts[12].emails[0].value``)."""

    path: Path
    dry_run: bool
    restore: bool = False
    format: str = "json"
    encoding: str = "UTF-8"
    imported: int = 0
    merged: int = 0
    updated: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    possible_duplicates: list[tuple[str, str]] = field(default_factory=list)
    added: Counter = field(default_factory=Counter)
    present: Counter = field(default_factory=Counter)
    created_ids: list[int] = field(default_factory=list)

    @property
    def skipped_count(self) -> int:
        return len(self.skipped)

    @property
    def changed_nothing(self) -> bool:
        return not (self.imported or self.updated or sum(self.added.values()))

    def line(self) -> str:
        """The one-line summary every import prints (DESIGN §6)."""
        if self.dry_run:
            return f"would import {self.imported}, merge {self.merged}, skip {self.skipped_count}"
        return f"imported {self.imported}, merged {self.merged}, skipped {self.skipped_count}"

    def details_line(self) -> str:
        """What else was restored or added (``restored 3 circles, 410 interactions…``), or that nothing was new."""
        if self.changed_nothing:
            return f"nothing new: everything in {self.path.name} is already here"
        added = counted(self.added)
        if not added:
            return ""
        if self.dry_run:
            text = f"would {'restore' if self.restore else 'add'} {added}"
        else:
            text = f"{'restored' if self.restore else 'added'} {added}"
        present = counted(self.present)
        return f"{text} (already here: {present})" if present else text

    def review_line(self) -> str:
        count = len(self.possible_duplicates)
        if not count:
            return ""
        noun = "possible duplicate" if count == 1 else "possible duplicates"
        return f"{count} {noun} to review in Contacts → Duplicates"

    def messages(self) -> list[tuple[str, str]]:
        """``(where, text)``: skipped contacts, then odd values kept or left out, then possible duplicates."""
        return [
            *((where, f"skipped: {text}") for where, text in self.skipped),
            *self.warnings,
            *self.possible_duplicates,
        ]

    def report_lines(self) -> list[str]:
        """``FILE: where: reason`` for everything the CLI reports on stderr."""
        return [f"{self.path}: {where}: {text}" for where, text in self.messages()]
