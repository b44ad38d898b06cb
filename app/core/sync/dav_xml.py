"""Reading and writing the XML of WebDAV (see :mod:`.dav`): request documents, qualified tag names, and each
response's href, status and properties in a multistatus answer, its hrefs and sync token."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

DAV = "DAV:"


def xml_document(body: str) -> str:
    return '<?xml version="1.0" encoding="utf-8"?>' + body


def tag(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


# --- answers -------------------------------------------------------------------------------------------------------
def escape_xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def short_reply(response: Any) -> str:
    try:
        return re.sub(r"\s+", " ", response.raw or "")[:200]
    except Exception:
        return ""


def responses(tree: Any) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """(href, status, {property tag: element}) of each ``DAV:response``; the status is the response's own, else
    that of the propstat holding the properties (properties a 404 propstat names are left out)."""
    if tree is None:
        return
    for response in tree.iter(tag(DAV, "response")):
        href_el = response.find(tag(DAV, "href"))
        if href_el is None or not (href_el.text or "").strip():
            continue
        status = status_of(response.find(tag(DAV, "status")))
        props: dict[str, Any] = {}
        best = None
        for propstat in response.findall(tag(DAV, "propstat")):
            code = status_of(propstat.find(tag(DAV, "status"))) or 200
            if code >= 300:
                best = best or code
                continue
            best = code
            prop = propstat.find(tag(DAV, "prop"))
            if prop is not None:
                for child in prop:
                    props[child.tag] = child
        yield href_el.text.strip(), status or best or 200, props


def status_of(element: Any) -> int | None:
    if element is None or not element.text:
        return None
    match = re.search(r"\s(\d{3})(\s|$)", element.text)
    return int(match.group(1)) if match else None


def text_of(element: Any) -> str | None:
    if element is None:
        return None
    return element.text if element.text is not None else None


def first_href(element: Any) -> str | None:
    hrefs = hrefs_of(element)
    return hrefs[0] if hrefs else None


def hrefs_of(element: Any) -> list[str]:
    if element is None:
        return []
    return [h.text.strip() for h in element.iter(tag(DAV, "href")) if h.text and h.text.strip()]


def sync_token_of(tree: Any) -> str | None:
    if tree is None:
        return None
    element = tree.find(tag(DAV, "sync-token"))
    return element.text.strip() if element is not None and element.text else None
