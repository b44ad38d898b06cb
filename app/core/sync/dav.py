"""The server side of sync: CardDAV (RFC 6352) and CalDAV (RFC 4791) through the ``caldav`` library's DAVClient.

``caldav`` carries every request (HTTP session, Basic/Digest negotiation, TLS, redirects, 401/403 as
``AuthorizationError``); this module only writes the WebDAV request bodies the two protocols share — PROPFIND for
discovery, the RFC 6578 ``sync-collection`` REPORT, ``addressbook-multiget`` / ``calendar-multiget`` — and reads
their multistatus answers with lxml (a dependency of caldav). Why caldav and not vdirsyncer's storages or the
``carddav`` package: docs/sync.md.

Discovery (RFC 6764 §6, RFC 5397): the URL given, else ``/.well-known/carddav`` and ``/.well-known/caldav`` on its
host, answers ``current-user-principal``; the principal names its ``addressbook-home-set`` and
``calendar-home-set``; their children are the address books and calendars. A URL that is itself a collection is
used as it is.

Hrefs are kept as unquoted paths (``/alice/rapport/1234.vcf``) so that a server that answers ``%40`` and one that
answers ``@`` compare equal; they are quoted again for requests. Every failure to reach the server (refused
connection, DNS, TLS, time-out, a 5xx) is :class:`ServerUnreachable`; a refused login is :class:`LoginRefused`.
Both mean "nothing changed" to the caller (CLI exit 4).
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit

from app.core.sync.dav_xml import (
    DAV,
    escape_xml,
    first_href,
    hrefs_of,
    responses,
    short_reply,
    sync_token_of,
    tag,
    text_of,
    xml_document,
)
from app.core.translated import QT_TRANSLATE_NOOP, said
from app.errors import RapportError

CARD = "urn:ietf:params:xml:ns:carddav"
CAL = "urn:ietf:params:xml:ns:caldav"
CS = "http://calendarserver.org/ns/"
_NS = f'xmlns:d="{DAV}" xmlns:c="{CARD}" xmlns:cal="{CAL}"'
MULTIGET_BATCH = 200
TIMEOUT_SECONDS = 30
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@+-]{0,150}$")


def _said(template: str, **params: Any) -> str:
    """A sync failure's message in English that the window says in its language (app.core.translated.shown)."""
    return said("SyncProblem", template, **params)


class SyncError(RapportError):
    """Sync could not run; the message is for the person (no traceback)."""


class ServerUnreachable(SyncError):
    """The server could not be reached (or answered with a server error): nothing was changed."""


class SyncInterrupted(ServerUnreachable):
    """The server went away during a sync: what was done on both sides is consistent and kept, and the next sync
    completes the rest."""


class LoginRefused(SyncError):
    """The server refused the user name or password: nothing was changed."""


class ServerRefused(SyncError):
    """The server answered a request in a way sync cannot go on from (e.g. 403 on a collection)."""


class PreconditionFailed(SyncError):
    """412: the item changed on the server (If-Match) or already exists there (If-None-Match)."""


@dataclass
class Collection:
    """An address book (``kind`` "contacts") or a calendar ("calendar") found on the server."""

    url: str
    name: str
    kind: str
    components: frozenset[str] = frozenset()
    has_sync_token: bool = False
    vcard_versions: frozenset[str] = frozenset()

    @property
    def holds_tasks(self) -> bool:
        return self.kind == "calendar" and (not self.components or "VTODO" in self.components)

    @property
    def holds_events(self) -> bool:
        return self.kind == "calendar" and (not self.components or "VEVENT" in self.components)


@dataclass
class ServerChanges:
    """What changed in a collection: href → ETag of new or changed items, hrefs deleted, and the token to ask
    from next time (None when the server offers no sync-token: then ``changed`` lists every item)."""

    changed: dict[str, str | None] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)
    token: str | None = None
    complete_listing: bool = False


def href_key(href: str) -> str:
    """The comparable form of an href or URL: its path, unquoted."""
    return unquote(urlsplit(href).path)


def item_name(uid: str, extension: str) -> str:
    """The file name a new item gets in its collection: the UID when it is a safe name, else a fresh UUID."""
    base = uid if _SAFE_NAME.match(uid or "") else str(uuid.uuid4())
    return f"{base}.{extension}"


class DavSession:
    """One authenticated connection to a server (blocking; used from a worker thread by the GUI)."""

    def __init__(
        self, url: str, username: str, password: str, *, timeout: float = TIMEOUT_SECONDS, auth_type: str | None = None
    ):
        import caldav  # noqa: F401  (imported here: ~150 ms, only when a sync runs)
        from caldav.davclient import DAVClient

        # caldav logs URLs and request bodies at DEBUG: never into Rapport's log, whatever its level
        logging.getLogger("caldav").setLevel(max(logging.INFO, logging.getLogger("caldav").level))

        if not re.match(r"^https?://", url or "", re.IGNORECASE):
            url = "https://" + (url or "").strip()
        self.url = url if url.endswith("/") else url + "/"
        self.username = username
        self.client = DAVClient(
            url=self.url,
            username=username,
            password=password,
            timeout=timeout,
            enable_rfc6764=False,
            require_tls=False,
            rate_limit_handle=False,
            auth_type=auth_type if auth_type in ("basic", "digest") else None,
        )

    @property
    def auth_type(self) -> str | None:
        """The scheme the server asked for ("basic", "digest"), once a request negotiated it: kept with the account,
        so later syncs send it at once (Radicale, for one, delays every unauthenticated request by a second)."""
        auth = getattr(self.client, "auth", None)
        name = type(auth).__name__.lower() if auth is not None else ""
        return "digest" if "digest" in name else "basic" if "basic" in name else None

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> DavSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- requests ----------------------------------------------------------------------------------------------
    def absolute(self, href: str) -> str:
        path = quote(href_key(href), safe="/@:+,;=!$&'()*~-._")
        return urljoin(self.url, path)

    def _request(self, method: str, url: str, body: str = "", headers: dict[str, str] | None = None) -> Any:
        from caldav.lib import error

        try:
            response = self.client.request(url, method, body, headers or {})
        except error.AuthorizationError as exc:
            if getattr(exc, "status", 401) == 403 and method not in ("PROPFIND",):
                raise ServerRefused(
                    _said(
                        QT_TRANSLATE_NOOP("SyncProblem", "the server does not allow this ({request})"),
                        request=f"{method} {href_key(url)}",
                    )
                ) from exc
            raise LoginRefused(
                _said(
                    QT_TRANSLATE_NOOP(
                        "SyncProblem",
                        "the server at {url} refused the login for user '{user}' (check the user name and password)",
                    ),
                    url=self.url,
                    user=self.username,
                )
            ) from exc
        except error.DAVError as exc:
            raise ServerUnreachable(
                _said(
                    QT_TRANSLATE_NOOP(
                        "SyncProblem", "the server at {url} did not answer as a CardDAV/CalDAV server: {reason}"
                    ),
                    url=self.url,
                    reason=str(exc),
                )
            ) from exc
        except Exception as exc:
            if _is_network_error(exc):
                raise ServerUnreachable(
                    _said(
                        QT_TRANSLATE_NOOP("SyncProblem", "cannot reach the server at {url}: {reason}"),
                        url=self.url,
                        reason=_reason(exc),
                    )
                ) from exc
            raise
        if response.status >= 500:
            raise ServerUnreachable(
                _said(
                    QT_TRANSLATE_NOOP("SyncProblem", "the server at {url} answered {status} ({request})"),
                    url=self.url,
                    status=response.status,
                    request=method,
                )
            )
        return response

    def _propfind(self, url: str, props: str, depth: int) -> list[tuple[str, int, dict[str, Any]]]:
        body = xml_document(f"<d:propfind {_NS}><d:prop>{props}</d:prop></d:propfind>")
        response = self._request(
            "PROPFIND", url, body, {"Depth": str(depth), "Content-Type": "application/xml; charset=utf-8"}
        )
        if response.status in (404, 405, 501):
            return []
        if response.status not in (200, 207):
            raise ServerRefused(f"PROPFIND {href_key(url)} answered {response.status}")
        return list(responses(response.tree))

    # --- discovery ---------------------------------------------------------------------------------------------
    def check_login(self) -> None:
        """One request that needs the login: raises LoginRefused / ServerUnreachable, else returns."""
        self.principal()

    def principal(self) -> str:
        """The current user's principal URL (the URL given, its well-known URIs, or the URL itself)."""
        prop = "<d:current-user-principal/>"
        host = urljoin(self.url, "/")
        for candidate in (self.url, urljoin(host, "/.well-known/carddav"), urljoin(host, "/.well-known/caldav")):
            for _href, _status, props in self._propfind(candidate, prop, 0):
                element = props.get(tag(DAV, "current-user-principal"))
                href = first_href(element)
                if href:
                    return urljoin(candidate, href)
        return self.url

    def _home_sets(self, principal: str) -> list[str]:
        props = "<c:addressbook-home-set/><cal:calendar-home-set/>"
        homes: list[str] = []
        for _href, _status, found in self._propfind(principal, props, 0):
            for name in (tag(CARD, "addressbook-home-set"), tag(CAL, "calendar-home-set")):
                for href in hrefs_of(found.get(name)):
                    url = urljoin(principal, href)
                    if url not in homes:
                        homes.append(url)
        return homes or [principal]

    def collections(self) -> list[Collection]:
        """Every address book and calendar the user can see."""
        props = (
            "<d:resourcetype/><d:displayname/><d:sync-token/><cal:supported-calendar-component-set/>"
            "<c:supported-address-data/>"
        )
        found: dict[str, Collection] = {}
        candidates = [self.url, *self._home_sets(self.principal())]
        for home in candidates:
            for href, status, values in self._propfind(home, props, 1):
                if status >= 300:
                    continue
                collection = _collection(urljoin(home, href), values)
                if collection is not None:
                    found.setdefault(href_key(collection.url), collection)
        return list(found.values())

    def create_collection(self, kind: str, name: str, components: Iterable[str] = ("VTODO", "VEVENT")) -> Collection:
        """A new address book or calendar called ``name`` under the user's home set."""
        homes = self._home_sets(self.principal())
        ns = CARD if kind == "contacts" else CAL
        home = next(
            (h for h in homes if self._home_kind(h, ns)),
            homes[0],
        )
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "rapport"
        url = urljoin(home if home.endswith("/") else home + "/", f"{slug}-{uuid.uuid4().hex[:8]}/")
        display = name.replace("&", "&amp;").replace("<", "&lt;")
        if kind == "contacts":
            body = xml_document(
                f"<d:mkcol {_NS}><d:set><d:prop><d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"
                f"<d:displayname>{display}</d:displayname></d:prop></d:set></d:mkcol>"
            )
            response = self._request("MKCOL", url, body, {"Content-Type": "application/xml; charset=utf-8"})
        else:
            comps = "".join(f'<cal:comp name="{c}"/>' for c in components)
            body = xml_document(
                f"<cal:mkcalendar {_NS}><d:set><d:prop><d:displayname>{display}</d:displayname>"
                f"<cal:supported-calendar-component-set>{comps}</cal:supported-calendar-component-set>"
                "</d:prop></d:set></cal:mkcalendar>"
            )
            response = self._request("MKCALENDAR", url, body, {"Content-Type": "application/xml; charset=utf-8"})
        if response.status not in (200, 201):
            raise ServerRefused(
                _said(
                    QT_TRANSLATE_NOOP(
                        "SyncProblem", "the server did not create the {kind} collection '{name}' ({status})"
                    ),
                    kind=kind,
                    name=name,
                    status=response.status,
                )
            )
        for collection in self.collections():
            if href_key(collection.url) == href_key(url):
                return collection
        return Collection(url, name, "contacts" if kind == "contacts" else "calendar", frozenset(components))

    def _home_kind(self, home: str, ns: str) -> bool:
        props = "<c:addressbook-home-set/>" if ns == CARD else "<cal:calendar-home-set/>"
        for _href, _status, found in self._propfind(self.principal(), props, 0):
            if any(href_key(urljoin(home, h)) == href_key(home) for v in found.values() for h in hrefs_of(v)):
                return True
        return False

    # --- items -------------------------------------------------------------------------------------------------
    def changes(self, collection_url: str, token: str | None) -> ServerChanges:
        """What changed since ``token`` (RFC 6578); a token the server no longer knows, or no support for
        sync-collection, gives the full listing (``complete_listing``)."""
        if token is not None:
            body = xml_document(
                f"<d:sync-collection {_NS}><d:sync-token>{escape_xml(token)}</d:sync-token>"
                "<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>"
            )
            try:
                response = self._request(
                    "REPORT", collection_url, body, {"Depth": "0", "Content-Type": "application/xml; charset=utf-8"}
                )
            except ServerRefused:  # 403 valid-sync-token: the server forgot the token; list everything instead
                return self.listing(collection_url)
            if response.status == 207:
                changes = ServerChanges(token=sync_token_of(response.tree))
                for href, status, props in responses(response.tree):
                    if href_key(href) == href_key(collection_url):
                        continue
                    if status == 404:
                        changes.deleted.append(href_key(href))
                    elif status < 300:
                        changes.changed[href_key(href)] = text_of(props.get(tag(DAV, "getetag")))
                if changes.token:
                    return changes
        return self.listing(collection_url)

    def listing(self, collection_url: str) -> ServerChanges:
        """Every item's ETag (and the collection's current sync-token when it has one)."""
        token = None
        if self._supports_sync(collection_url):
            body = xml_document(
                f"<d:sync-collection {_NS}><d:sync-token/><d:sync-level>1</d:sync-level>"
                "<d:prop><d:getetag/></d:prop></d:sync-collection>"
            )
            response = self._request(
                "REPORT", collection_url, body, {"Depth": "0", "Content-Type": "application/xml; charset=utf-8"}
            )
            if response.status == 207:
                token = sync_token_of(response.tree)
                if token:
                    changes = ServerChanges(token=token, complete_listing=True)
                    for href, status, props in responses(response.tree):
                        if status < 300 and href_key(href) != href_key(collection_url):
                            changes.changed[href_key(href)] = text_of(props.get(tag(DAV, "getetag")))
                    return changes
        changes = ServerChanges(complete_listing=True)
        for href, status, props in self._propfind(collection_url, "<d:getetag/><d:resourcetype/>", 1):
            if status >= 300 or href_key(href) == href_key(collection_url):
                continue
            if _is_collection(props.get(tag(DAV, "resourcetype"))):
                continue
            changes.changed[href_key(href)] = text_of(props.get(tag(DAV, "getetag")))
        return changes

    def _supports_sync(self, collection_url: str) -> bool:
        for _href, status, props in self._propfind(collection_url, "<d:sync-token/>", 0):
            if status < 300 and text_of(props.get(tag(DAV, "sync-token"))):
                return True
        return False

    def fetch(self, collection_url: str, hrefs: Iterable[str], kind: str) -> Iterator[tuple[str, str | None, str]]:
        """(href, ETag, text) of each item, by multiget in batches (an item deleted meanwhile is left out)."""
        hrefs = list(dict.fromkeys(hrefs))
        if kind == "contacts":
            report, data = "c:addressbook-multiget", "<c:address-data/>"
            data_tag = tag(CARD, "address-data")
        else:
            report, data = "cal:calendar-multiget", "<cal:calendar-data/>"
            data_tag = tag(CAL, "calendar-data")
        for start in range(0, len(hrefs), MULTIGET_BATCH):
            chunk = hrefs[start : start + MULTIGET_BATCH]
            listed = "".join(f"<d:href>{escape_xml(quote(h, safe='/@:+,;=!$&()*~-._'))}</d:href>" for h in chunk)
            body = xml_document(f"<{report} {_NS}><d:prop><d:getetag/>{data}</d:prop>{listed}</{report}>")
            response = self._request(
                "REPORT", collection_url, body, {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"}
            )
            if response.status != 207:
                raise ServerRefused(
                    _said(
                        QT_TRANSLATE_NOOP("SyncProblem", "the server did not send the items ({status})"),
                        status=response.status,
                    )
                )
            for href, status, props in responses(response.tree):
                text = text_of(props.get(data_tag))
                if status < 300 and text:
                    yield href_key(href), text_of(props.get(tag(DAV, "getetag"))), text

    def put(
        self, href: str, text: str, content_type: str, *, etag: str | None = None, create: bool = False
    ) -> str | None:
        """Store ``text`` at ``href``: ``create`` only if nothing is there (If-None-Match), else only if it is still
        ``etag`` (If-Match). Returns the new ETag when the server says it (else None). 412 → PreconditionFailed."""
        headers = {"Content-Type": f"{content_type}; charset=utf-8"}
        if create:
            headers["If-None-Match"] = "*"
        elif etag:
            headers["If-Match"] = etag
        response = self._request("PUT", self.absolute(href), text, headers)
        if response.status == 412:
            raise PreconditionFailed(href)
        if response.status == 409 and create:
            raise PreconditionFailed(href)  # e.g. Radicale's no-uid-conflict: the UID is already there
        if response.status not in (200, 201, 204):
            raise ServerRefused(
                _said(
                    QT_TRANSLATE_NOOP("SyncProblem", "the server refused to store {item} ({status}): {reply}"),
                    item=href,
                    status=response.status,
                    reply=short_reply(response),
                )
            )
        return response.headers.get("ETag") or None

    def delete(self, href: str, etag: str | None = None) -> bool:
        """Delete ``href`` (only if still ``etag``); False when it was already gone. 412 → PreconditionFailed."""
        headers = {"If-Match": etag} if etag else {}
        response = self._request("DELETE", self.absolute(href), "", headers)
        if response.status == 412:
            raise PreconditionFailed(href)
        if response.status == 404:
            return False
        if response.status not in (200, 204):
            raise ServerRefused(
                _said(
                    QT_TRANSLATE_NOOP("SyncProblem", "the server refused to delete {item} ({status})"),
                    item=href,
                    status=response.status,
                )
            )
        return True


def _is_collection(element: Any) -> bool:
    return element is not None and element.find(tag(DAV, "collection")) is not None


def _collection(url: str, props: dict[str, Any]) -> Collection | None:
    resource = props.get(tag(DAV, "resourcetype"))
    if resource is None:
        return None
    name = (text_of(props.get(tag(DAV, "displayname"))) or "").strip() or href_key(url).rstrip("/").rsplit("/", 1)[-1]
    token = bool(text_of(props.get(tag(DAV, "sync-token"))))
    if resource.find(tag(CARD, "addressbook")) is not None:
        data = props.get(tag(CARD, "supported-address-data"))
        versions = frozenset(
            el.get("version", "")
            for el in (list(data) if data is not None else [])
            if el.get("content-type", "text/vcard") == "text/vcard"
        )
        return Collection(url, name, "contacts", has_sync_token=token, vcard_versions=versions)
    if resource.find(tag(CAL, "calendar")) is not None:
        listed = props.get(tag(CAL, "supported-calendar-component-set"))
        comps = frozenset((el.get("name") or "").upper() for el in (list(listed) if listed is not None else []))
        return Collection(url, name, "calendar", components=comps, has_sync_token=token)
    return None


def _is_network_error(exc: BaseException) -> bool:
    seen = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        module = type(current).__module__ or ""
        if isinstance(current, (OSError, TimeoutError, ConnectionError)):
            return True
        if module.startswith(("niquests", "urllib3", "requests", "urllib3_future")):
            return True
        current = current.__cause__ or current.__context__
    return False


def _reason(exc: BaseException) -> str:
    text = str(exc)
    if "Connection refused" in text or "ConnectionRefused" in text or "refused" in text.lower():
        return "connection refused"
    if "timed out" in text.lower() or "timeout" in type(exc).__name__.lower():
        return "no answer (timed out)"
    if "Name or service not known" in text or "getaddrinfo" in text or "resolve" in text.lower():
        return "the host name is not known"
    return text.splitlines()[0][:200] if text else type(exc).__name__
