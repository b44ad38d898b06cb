"""Comparing two JSON exports (DESIGN §6) field by field, with the database ids taken out.

A restore gives every row a new id, so :func:`canonical` names each reference by what it points at instead: a
contact by its UID, an interaction by its UID, a pitch by its place in the list, and drops the ids of rows nobody
refers to. ``exported_at`` is left out; everything else must be equal (:func:`differences` lists what is not).
"""

from __future__ import annotations

import copy
from typing import Any

_ID_ONLY = (
    "circles",
    "companies",
    "templates",
    "ledger",
    "followups",
    "pitch_revisions",
    "rehearsals",
    "research",
    "contact_images",
)


def _key(rule_key: str | None, contacts: dict, interactions: dict) -> str | None:
    if not rule_key:
        return rule_key
    parts = rule_key.split(":")
    for i in range(len(parts) - 1):
        if parts[i] == "contact" and parts[i + 1].isdigit():
            parts[i + 1] = contacts[int(parts[i + 1])]
        elif parts[i] == "interaction" and parts[i + 1].isdigit():
            parts[i + 1] = interactions[int(parts[i + 1])]
    if parts[0] == "call_referral" and len(parts) >= 4 and parts[3].isdigit():
        parts[3] = contacts[int(parts[3])]
    return ":".join(parts)


def canonical(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with every database id replaced by what it stands for (a KeyError means a dangling id)."""
    doc = copy.deepcopy(document)
    doc.pop("exported_at", None)
    people = doc["contacts"] + doc.get("trash", [])
    contacts = {c["id"]: c["uid"] for c in people}
    interactions = {i["id"]: i["uid"] for i in doc["interactions"]}
    pitches = {p["id"]: n for n, p in enumerate(doc["pitches"])}

    def person(cid):
        return None if cid is None else contacts[cid]

    for c in people:
        c["id"] = c["uid"]
        c["referred_by"] = person(c["referred_by"])
    for key in _ID_ONLY:
        for row in doc.get(key, []):
            row.pop("id", None)
    for i in doc["interactions"]:
        i["id"] = i["uid"]
        i["contact_id"] = person(i["contact_id"])
        i["other_contact_id"] = person(i["other_contact_id"])
    for row in doc["ledger"]:
        row["contact_id"] = person(row["contact_id"])
        row["interaction_id"] = None if row["interaction_id"] is None else interactions[row["interaction_id"]]
    for row in doc["followups"]:
        row["contact_id"] = person(row["contact_id"])
        source = row["source_interaction_id"]
        row["source_interaction_id"] = None if source is None else interactions[source]
        row["rule_key"] = _key(row["rule_key"], contacts, interactions)
    for pitch in doc["pitches"]:
        pitch["id"] = pitches[pitch["id"]]
        pitch["contact_ids"] = sorted(person(c) for c in pitch["contact_ids"])
    for row in doc.get("pitch_revisions", []) + doc["rehearsals"]:
        row["pitch_id"] = pitches[row["pitch_id"]]
    for row in doc.get("research", []) + doc.get("contact_images", []) + doc.get("contact_photos", []):
        row["contact_id"] = person(row["contact_id"])
    doc["profile"].pop("id", None)
    _canonical_job_search(doc, person)
    ignored = doc.get("settings", {}).get("duplicates_not_the_same")
    if ignored:
        doc["settings"]["duplicates_not_the_same"] = sorted(sorted(person(i) for i in pair) for pair in ignored)
    return doc


def _canonical_job_search(doc: dict[str, Any], person) -> None:
    """Opportunities, their interviews and documents by UID, a document version by its document and number."""
    opportunities = {o["id"]: o["uid"] for o in doc.get("opportunities", [])}
    versions = {}
    for document in doc.get("documents", []):
        document["id"] = document["uid"]
        for version in document["versions"]:
            versions[version["id"]] = version["id"] = f"{document['uid']}:v{version['version']}"
    for opp in doc.get("opportunities", []):
        opp["id"] = opp["uid"]
        interviews = {i["id"]: i["uid"] for i in opp["interviews"]}
        for interview in opp["interviews"]:
            interview["id"] = interview["uid"]
        for row in opp["people"]:
            row["contact_id"] = person(row["contact_id"])
            row["interview_id"] = None if row["interview_id"] is None else interviews[row["interview_id"]]
    for row in doc.get("documents_sent", []):
        row.pop("id", None)
        row["version_id"] = versions[row["version_id"]]
        row["opportunity_id"] = None if row["opportunity_id"] is None else opportunities[row["opportunity_id"]]
        row["contact_id"] = person(row["contact_id"])


def differences(a: Any, b: Any, path: str = "") -> list[str]:
    """Every place where ``a`` and ``b`` differ, as ``path: a != b`` (empty when equal)."""
    if type(a) is not type(b):
        return [f"{path}: {a!r:.80} != {b!r:.80}"]
    if isinstance(a, dict):
        out = []
        for key in sorted(set(a) | set(b), key=str):
            if key not in a or key not in b:
                out.append(f"{path}.{key}: only in the {'first' if key in a else 'second'}")
            else:
                out += differences(a[key], b[key], f"{path}.{key}")
        return out
    if isinstance(a, list):
        out = [f"{path}: {len(a)} items != {len(b)} items"] if len(a) != len(b) else []
        for index, (x, y) in enumerate(zip(a, b, strict=False)):
            out += differences(x, y, f"{path}[{index}]")
        return out
    return [] if a == b else [f"{path}: {a!r:.80} != {b!r:.80}"]
