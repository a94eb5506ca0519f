"""One listing page as a request: its method, URL, body and headers, filled from the profile's templates.

A GET carries everything in its URL. A POST carries a form (each field's value filled raw, then
form-encoded once) or a JSON body (each value JSON-escaped, so a query with quotes stays one string).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from toolkit.discover.pages import fill, substitute, values
from toolkit.sites.base import ListingPage


class ListingError(ValueError):
    """A listing a profile declares that cannot be asked for or read: one warning for the source."""


@dataclass(frozen=True)
class ListingRequest:
    method: str
    url: str
    body: bytes | None = None
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> str:
        """What tells two requests apart: the URL, and for a POST its body."""
        if self.method == "GET":
            return self.url
        return f"{self.method} {self.url} {(self.body or b'').decode('utf-8', 'replace')}"


def build(listing: ListingPage, day: date | None, query: str | None, page: int, origin: str | None = None,
          window: tuple[date, date] | None = None) -> ListingRequest:  # fmt: skip
    """The request for one page; ListingError when the profile's method or JSON body cannot be sent."""
    method = listing.method.upper()
    if method not in ("GET", "POST"):
        raise ListingError(f"listing method {listing.method!r}: only GET and POST are sent")
    url = fill(listing, day, query, page, origin, window)
    raw = values(listing, day, query, page, window)
    headers = tuple((name, substitute(value, raw)) for name, value in listing.headers)
    if method == "GET":
        return ListingRequest("GET", url, None, headers)
    if listing.json_body is not None:
        body = json_body(listing.json_body, raw)
        kind = ("Content-Type", "application/json")
    else:
        fields = [(name, substitute(value, raw)) for name, value in listing.form]
        body = urlencode([(name, value) for name, value in fields if value != ""]).encode()
        kind = ("Content-Type", "application/x-www-form-urlencoded")
    if not any(name.lower() == "content-type" for name, _ in headers):
        headers = (kind, *headers)
    return ListingRequest("POST", url, body, headers)


def json_body(template: str, raw: dict[str, str]) -> bytes:
    """The template with each value JSON-escaped; `{{`/`}}` written the str.format way are read too."""
    escaped = {name: json.dumps(value, ensure_ascii=False)[1:-1] for name, value in raw.items()}
    for candidate in (template, template.replace("{{", "{").replace("}}", "}")):
        text = substitute(candidate, escaped)
        try:
            json.loads(text)
        except ValueError:
            continue
        return text.encode("utf-8")
    raise ListingError(f"the listing's JSON body is not JSON once filled: {template[:80]!r}")
