#!/usr/bin/env python3
"""Fill the English plural forms of resources/translations/rapport_en.ts (``make translations`` runs it).

Counted strings are written once in the source, "%Ln contact(s)"; English needs its two forms spelled out, "%Ln
contact" and "%Ln contacts". Each "(s)"/"(es)" suffix in an unfinished numerus message gives both forms, and the
irregular words of IRREGULAR theirs ("person(s)" → "person", "people"); a message already filled by hand is left as
it is.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SUFFIX = re.compile(r"\((e?s)\)")
Y_IES = re.compile(r"\(y/ies\)")  # "compan(y/ies)" -> "company", "companies"
# Words whose plural is not a suffix: "person(s)" -> "person", "people".
IRREGULAR = {"person(s)": ("person", "people")}
# Whole messages whose singular is worded differently.
MESSAGES = {"%Ln of your contacts match": ("%Ln contact matches", "%Ln of your contacts match")}


def forms(source: str) -> tuple[str, str]:
    if source in MESSAGES:
        return MESSAGES[source]
    one, many = source, source
    for word, (singular, plural) in IRREGULAR.items():
        one, many = one.replace(word, singular), many.replace(word, plural)
    one, many = Y_IES.sub("y", one), Y_IES.sub("ies", many)
    return SUFFIX.sub("", one), SUFFIX.sub(lambda m: m.group(1), many)


def fill(path: Path) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None:
            continue
        source = message.findtext("source", "")
        # unfinished, or filled with the source itself before this script knew its pattern ("(y/ies)")
        left_as_source = all(form.text == source for form in translation.findall("numerusform"))
        if translation.get("type") != "unfinished" and not left_as_source:
            continue
        one, many = forms(source)
        if left_as_source and (one, many) == (source, source):
            continue
        for element, text in zip(translation.findall("numerusform"), (one, many), strict=False):
            element.text = text
        translation.attrib.pop("type", None)
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    return filled


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/translations/rapport_en.ts")
    print(f"{fill(target)} English plural forms filled in {target}")
