"""Three-way, field-level merge against the last synced version (the base).

A record is a dict of fields. A field only one side changed takes that side's value; a field both changed to the
same value takes it. A list field (e-mails, phones, circles, kept vCard lines…) merges by its entries: an entry added
on either side is in the result, an entry removed on either side (and not re-added on the other) is not — so a phone
number added on the phone and an e-mail added on the desktop both survive. A scalar field both sides changed
differently is a true conflict: the local value is kept and the conflict is returned, so the caller can keep the
server's value as a labelled note and list it for review. Without a base (the same person found on both sides, not
synced before) a field empty on one side takes the other's value and lists are united.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Conflict:
    field: str
    ours: Any
    theirs: Any


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()


def merge_list(base: list | None, ours: list, theirs: list) -> list:
    """Entries of ``ours`` (in its order) not removed by ``theirs``, then those ``theirs`` added."""
    if base is None:
        return list(dict.fromkeys([*ours, *theirs]))
    base_set, ours_set, theirs_set = set(base), set(ours), set(theirs)
    removed = (base_set - ours_set) | (base_set - theirs_set)
    result = [entry for entry in ours if entry not in removed or entry in (ours_set - base_set)]
    result += [entry for entry in theirs if entry not in base_set and entry not in ours_set]
    return list(dict.fromkeys(result))


def merge(
    base: dict[str, Any] | None, ours: dict[str, Any], theirs: dict[str, Any], lists: frozenset[str] = frozenset()
) -> tuple[dict[str, Any], list[Conflict]]:
    """The merged record and the fields in conflict (whose merged value is ours)."""
    merged: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    for name in dict.fromkeys([*ours, *theirs]):
        mine, other = ours.get(name), theirs.get(name)
        if name in lists:
            merged[name] = merge_list(None if base is None else list(base.get(name) or []), mine or [], other or [])
            continue
        if mine == other:
            merged[name] = mine
        elif base is None:
            if _empty(mine):
                merged[name] = other
            elif _empty(other):
                merged[name] = mine
            else:
                merged[name] = mine
                conflicts.append(Conflict(name, mine, other))
        elif mine == base.get(name):
            merged[name] = other
        elif other == base.get(name):
            merged[name] = mine
        else:
            merged[name] = mine
            conflicts.append(Conflict(name, mine, other))
    return merged, conflicts
