"""The network archive of a recording: what the browser was served, and a replayer for it.

Stored as HAR 1.2 (a subset: request method and URL, response status, a few headers, body), so any
HAR viewer opens it. Only whitelisted response headers are kept: cookies, Set-Cookie,
Authorization and request bodies (login form posts) never reach the file.

Replay matches requests more loosely than Playwright's `route_from_har`, which needs the exact URL:
first the exact URL, then the same path and query with host, port and cache-busting parameters
ignored, then (a recording made with a session) the same URL with any value where the archive holds
the session placeholder, then the same path alone. Anything else is aborted, so replay never touches
the network.

Entries marked `"_anonymous": true` (a HAR custom field) are the anonymous load that proved `unlocked`
at recording time: replay serves them to the same check, and only to it.
"""

from __future__ import annotations

import base64
import gzip
import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from playwright.async_api import Route

from toolkit.browser.launch import BLOCKED_RESOURCES
from toolkit.recordings.redact import PLACEHOLDER, Redactor, write_private

KEPT_HEADERS = frozenset({"content-type", "location", "content-language", "refresh", "link"})
VOLATILE_PARAMS = frozenset({"_", "t", "ts", "_t", "timestamp", "cb", "cachebust", "cachebuster", "nocache",
                             "rand", "random", "r", "nonce", "_dc"})  # fmt: skip
_VOLATILE_VALUE = re.compile(r"^(\d{10,}|[0-9a-f]{16,}|[0-9a-f-]{36})$", re.IGNORECASE)
TEXT_TYPES = ("text/", "application/json", "application/javascript", "application/xml", "application/ld+json",
              "application/xhtml", "image/svg")  # fmt: skip
COMPRESS_ABOVE = 256 * 1024
NAMES = ("archive.har", "archive.har.gz")


@dataclass
class Exchange:
    method: str
    url: str
    status: int
    status_text: str
    headers: dict[str, str]
    body: bytes
    anonymous: bool = False
    """Loaded without the session, to check access (see the module's docstring)."""

    def to_har(self) -> dict[str, Any]:
        mime = self.headers.get("content-type", "")
        content: dict[str, Any] = {"mimeType": mime, "size": len(self.body)}
        if mime.startswith(TEXT_TYPES):
            content["text"] = self.body.decode("utf-8", "replace")
        elif self.body:
            content["text"] = base64.b64encode(self.body).decode("ascii")
            content["encoding"] = "base64"
        entry: dict[str, Any] = {"_anonymous": True} if self.anonymous else {}
        return entry | {
            "request": {"method": self.method, "url": self.url},
            "response": {
                "status": self.status,
                "statusText": self.status_text,
                "headers": [{"name": k, "value": v} for k, v in sorted(self.headers.items())],
                "content": content,
            },
        }

    @classmethod
    def from_har(cls, entry: dict[str, Any]) -> Exchange:
        response = entry["response"]
        content = response.get("content", {})
        text = content.get("text", "")
        body = base64.b64decode(text) if content.get("encoding") == "base64" else text.encode("utf-8")
        headers = {h["name"].lower(): h["value"] for h in response.get("headers", [])}
        return cls(entry["request"]["method"], entry["request"]["url"], response["status"],
                   response.get("statusText", ""), headers, body, entry.get("_anonymous") is True)  # fmt: skip

    def redacted(self, redactor: Redactor) -> Exchange:
        """URL, kept headers and body (the raw bytes: a base64 body is encoded after this)."""
        headers = {name: redactor.text(value) for name, value in self.headers.items()}
        return replace(self, url=redactor.text(self.url), headers=headers, body=redactor.bytes(self.body))


def kept_headers(headers: dict[str, str]) -> dict[str, str]:
    """Only headers replay needs; never cookies or credentials."""
    return {k.lower(): v for k, v in headers.items() if k.lower() in KEPT_HEADERS}


def loose_key(url: str) -> tuple[str, str]:
    """(path, query without cache-busting parameters): what a request is, whatever host or port."""
    parts = urlsplit(url)
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if k.lower() not in VOLATILE_PARAMS and not _VOLATILE_VALUE.match(v))  # fmt: skip
    return parts.path or "/", urlencode(query)


def _wildcard(path: str, query: str) -> re.Pattern[str]:
    """A loose key whose session placeholders match any value: the live page may hold the real one, or none."""
    parts = re.escape(f"{path}?{query}").split(re.escape(PLACEHOLDER))
    return re.compile("[^/?&=]*".join(parts))


@dataclass
class Archive:
    exchanges: list[Exchange] = field(default_factory=list)

    @property
    def has_anonymous(self) -> bool:
        return any(e.anonymous for e in self.exchanges)

    def save(self, directory: Path, creator: str, scrub: Callable[[bytes], bytes] | None = None) -> Path:
        """Write archive.har (pretty, key-sorted) or, when large, archive.har.gz; mode 0600. `scrub` gets the
        whole file's text before it is compressed (a session's values, in whatever form serialising gave them)."""
        har = {"log": {"version": "1.2", "creator": {"name": "toolkit", "version": creator},
                       "entries": [e.to_har() for e in self.exchanges]}}  # fmt: skip
        data = (json.dumps(har, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
        data = scrub(data) if scrub else data
        for name in NAMES:
            (directory / name).unlink(missing_ok=True)
        if len(data) > COMPRESS_ABOVE:
            path = directory / "archive.har.gz"
            write_private(path, gzip.compress(data, mtime=0))
        else:
            path = directory / "archive.har"
            write_private(path, data)
        return path

    @classmethod
    def load(cls, directory: Path) -> Archive:
        for name in NAMES:
            path = directory / name
            if path.is_file():
                raw = path.read_bytes()
                har = json.loads(gzip.decompress(raw) if name.endswith(".gz") else raw)
                return cls([Exchange.from_har(e) for e in har["log"]["entries"]])
        raise FileNotFoundError(f"no archive.har in {directory}")


class Replayer:
    """A route handler that answers every request from an archive, and aborts what is not in it.
    `anonymous` picks the archive's anonymous load (the access check's) instead of the reader's."""

    def __init__(self, archive: Archive, anonymous: bool = False) -> None:
        self.exact: dict[tuple[str, str], list[Exchange]] = defaultdict(list)
        self.loose: dict[tuple[str, str, str], list[Exchange]] = defaultdict(list)
        self.redacted: list[tuple[str, re.Pattern[str], list[Exchange]]] = []
        self.by_path: dict[tuple[str, str], list[Exchange]] = defaultdict(list)
        for exchange in archive.exchanges:
            if exchange.anonymous != anonymous:
                continue
            path, query = loose_key(exchange.url)
            self.exact[(exchange.method, exchange.url)].append(exchange)
            self.loose[(exchange.method, path, query)].append(exchange)
            self.by_path[(exchange.method, path)].append(exchange)
        for (method, path, query), exchanges in self.loose.items():
            if PLACEHOLDER in path + query:
                self.redacted.append((method, _wildcard(path, query), exchanges))
        self.served: list[str] = []
        self.missed: list[str] = []

    def find(self, method: str, url: str) -> Exchange | None:
        path, query = loose_key(url)
        key = f"{path}?{query}"
        redacted = next((found for m, pattern, found in self.redacted if m == method and pattern.fullmatch(key)), None)
        for candidates in (self.exact.get((method, url)), self.loose.get((method, path, query)), redacted,
                           self.by_path.get((method, path))):  # fmt: skip
            if candidates:
                return candidates[0] if len(candidates) == 1 else candidates.pop(0)
        return None

    async def handle(self, route: Route) -> None:
        request = route.request
        if request.resource_type in BLOCKED_RESOURCES:
            await route.abort("blockedbyclient")
            return
        exchange = self.find(request.method, request.url)
        if exchange is None:
            self.missed.append(request.url)
            await route.abort("internetdisconnected")
            return
        self.served.append(request.url)
        await route.fulfill(status=exchange.status, headers=exchange.headers, body=exchange.body)
