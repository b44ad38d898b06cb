"""The properties of a vCard that Rapport has no field for (GEO, TZ, KEY, X-… ; see :mod:`.vcard_reader`), kept verbatim
as unfolded content lines: escaped as vCard 3.0/4.0 text, with the label of their Apple-style group, groups
renumbered from 1 so the stored lines do not depend on where the card came from."""

from __future__ import annotations

import re

from app.core.formats.importers.vcard_lines import Card, Property

_CHARSET_PARAM = re.compile(r';CHARSET=(?:"[^"]*"|[^;:]*)', re.IGNORECASE)
_ITEM_GROUP = re.compile(r"^item\d+$", re.IGNORECASE)
# What the export writes itself: never kept.
REGENERATED = frozenset({"VERSION", "PRODID", "REV", "FN", "N", "UID", "X-ABLABEL", "BEGIN", "END"})


def _escape_text(value: str) -> str:
    """A decoded quoted-printable value as vCard 3.0/4.0 text: backslashes doubled (except 2.1's ``\\;``) and line
    breaks as ``\\n``."""
    out, i = [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and value[i + 1 : i + 2] != ";":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _param_text(name: str, values: list[str]) -> str:
    quoted = [f'"{v}"' if any(c in v for c in ",;:") else v for v in values]
    return f";{name}={','.join(quoted)}"


def _kept_line(prop: Property) -> str:
    """The content line to keep for ``prop``: as written, or (quoted-printable) rebuilt with its decoded text. A
    CHARSET parameter is dropped: the text is Unicode now, and the export writes UTF-8."""
    if not prop.decoded_qp:
        raw = prop.raw.strip()
        if "CHARSET" not in prop.params:
            return raw
        head = raw[: len(raw) - len(prop.value) - 1] if raw.endswith(prop.value) else raw.split(":", 1)[0]
        return _CHARSET_PARAM.sub("", head) + ":" + prop.value
    head = (f"{prop.group}." if prop.group else "") + prop.name
    params = "".join(_param_text(name, values) for name, values in prop.params.items())
    return f"{head}{params}:{_escape_text(prop.value)}"


def _with_group(line: str, group: str) -> str:
    """``line`` with its group prefix replaced by ``group``."""
    head, sep, rest = line.partition(":")
    name_part = head.split(";", 1)
    dot = name_part[0].rfind(".")
    name_part[0] = f"{group}.{name_part[0][dot + 1 :]}"
    return ";".join(name_part) + sep + rest


def kept_lines(card: Card, used: set[int]) -> list[str]:
    """The content lines of the properties nobody mapped (with their group's label), item groups renumbered."""
    kept = {id(p) for p in card.properties if id(p) not in used and (p.name == "FN" or p.name not in REGENERATED)}
    mapped_groups = {p.group for p in card.properties if p.group and id(p) in used and p.name != "X-ABLABEL"}
    kept_groups = {p.group for p in card.properties if p.group and id(p) in kept}
    lines: list[str] = []
    renumbered: dict[str, str] = {}
    for prop in card.properties:
        keep = id(prop) in kept or (
            prop.name == "X-ABLABEL" and prop.group in kept_groups and prop.group not in mapped_groups
        )
        if not keep:
            continue
        line = _kept_line(prop)
        if prop.group and _ITEM_GROUP.match(prop.group):
            group = renumbered.setdefault(prop.group, f"item{len(renumbered) + 1}")
            line = _with_group(line, group)
        lines.append(line)
    return lines
