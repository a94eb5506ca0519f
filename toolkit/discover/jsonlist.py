"""Listings that answer JSON (search APIs, WordPress REST) or carry it in a <script> (Next.js
`__NEXT_DATA__`): the items at a dotted path, each item's URL, title and date.

Whatever the server sends is hostile: the JSON is read only up to the fetch's cap, a path that is
missing or leads to something other than a list is one ListingError (a warning for the source), and
an item that is not an object, or has no URL, is skipped.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timezone
from typing import Any

import lxml.html
from lxml import etree

from toolkit.discover.model import Entry
from toolkit.discover.pages import ListingRead
from toolkit.discover.request import ListingError
from toolkit.discover.urls import canonical, unwrap
from toolkit.sites.base import ListingPage

MAX_ITEMS = 1000
"""Items read from one page: a listing with more is not a page of results."""
_FIELD = re.compile(r"\{([A-Za-z0-9_.]+)\}")


def is_json(listing: ListingPage) -> bool:
    return listing.json_items is not None or listing.json_script is not None


def read_json(text: str, page_url: str, listing: ListingPage, day: date | None = None) -> ListingRead:
    """The entries of one JSON page; ListingError (one line) when it is not JSON or the path is missing."""
    data = _document(text, listing)
    items = walk(data, listing.json_items or "")
    if not isinstance(items, list):
        raise ListingError(f"JSON path {listing.json_items!r}: no list there")
    out = ListingRead()
    base = listing.json_base or page_url
    for item in items[:MAX_ITEMS]:
        if not isinstance(item, dict):
            continue
        href = item_url(item, listing.json_url)
        url = canonical(unwrap(canonical(href, base) or "", listing.unwrap)) if href else None
        if not url:
            continue
        title = walk(item, listing.json_title) if listing.json_title else None
        published = walk(item, listing.json_date) if listing.json_date else None
        out.entries.append(Entry(url=url, found_in=page_url, title=_text(title), published=_when(published),
                                 listed_on=day.isoformat() if day else None))  # fmt: skip
    return out


def _document(text: str, listing: ListingPage) -> Any:
    if listing.json_script:
        try:
            doc = lxml.html.document_fromstring(text)
            found = doc.cssselect(listing.json_script)
        except (etree.ParserError, ValueError, SyntaxError) as exc:
            raise ListingError(f"no <script> {listing.json_script!r} on the page ({type(exc).__name__})") from None
        if not found:
            raise ListingError(f"no <script> {listing.json_script!r} on the page")
        text = found[0].text_content()
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ListingError(f"not JSON: {str(exc)[:80]}") from None
    except RecursionError:  # a page that nests its arrays thousands deep
        raise ListingError("not JSON: nested too deep to read") from None


def walk(data: Any, path: str) -> Any:
    """The value at a dotted path ("props.pageProps.articles", "data.0.items"); None where it ends."""
    for key in (k for k in path.split(".") if k):
        if isinstance(data, dict):
            data = data.get(key)
        elif isinstance(data, list) and key.isdigit() and int(key) < len(data):
            data = data[int(key)]
        else:
            return None
    return data


def item_url(item: dict[str, Any], spec: str) -> str | None:
    """The item's URL: a field ("canonical_url", "link"), or a template of fields ("/{category.slug}/{id}/{slug}")."""
    if "{" not in spec:
        value = walk(item, spec)
        return value.strip() if isinstance(value, str) and value.strip() else None
    missing = False

    def one(match: re.Match[str]) -> str:
        nonlocal missing
        value = walk(item, match.group(1))
        if isinstance(value, bool) or not isinstance(value, str | int | float) or value == "":
            missing = True
            return ""
        return str(value)

    url = _FIELD.sub(one, spec)
    return None if missing else url


def _text(value: Any) -> str | None:
    if isinstance(value, dict):  # WordPress REST: {"title": {"rendered": "..."}}
        value = value.get("rendered")
    if not isinstance(value, str):
        return None
    plain = value
    if "<" in value or "&" in value:  # WordPress titles carry entities and tags
        try:
            plain = lxml.html.fromstring(f"<p>{value[:5000]}</p>").text_content()
        except (etree.ParserError, ValueError):
            plain = value
    return " ".join(plain.split())[:500] or None


def _when(value: Any) -> str | None:
    """A date as the API writes it: ISO text as it is, epoch seconds or milliseconds as ISO (UTC)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and value > 0:
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(seconds, timezone.utc).isoformat()  # noqa: UP017
        except (OverflowError, OSError, ValueError):
            return None
    return value.strip()[:64] if isinstance(value, str) and value.strip() else None


__all__ = ["is_json", "item_url", "read_json", "walk"]
