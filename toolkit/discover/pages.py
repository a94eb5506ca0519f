"""Index ("indeks") and search pages: the URL of each page, the article links on it, and where it ends.

A profile declares them (`ListingPage`); a page given as SOURCE without one is read generically: every
link on it (the URL rules sort the articles out) and its next page from `rel=next`, a "Selanjutnya" /
"Next" / "»" link or a numbered pager.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import quote, quote_plus, urlsplit, urlunsplit

import lxml.html
from lxml import etree

from toolkit.discover.model import Entry
from toolkit.discover.urls import canonical, unwrap
from toolkit.sites.base import ListingPage

NEXT_WORDS = re.compile(r"^\s*(?:selanjutnya|berikutnya|next|lanjut|older|lebih lama|›|»|>)\s*(?:[›»>]\s*)?$", re.I)
_NUMBER = re.compile(r"\d+")


@dataclass
class ListingRead:
    entries: list[Entry] = field(default_factory=list)
    last: bool = False
    """The page says it is the last one (or says how many there are, and this is that one)."""
    total: int | None = None
    next_url: str | None = None
    """A generic listing's next page, when it links one."""
    no_results: bool = False
    """The page shows the profile's "no results" marker: the listing ends here."""


_PLACEHOLDER = re.compile(r"\{([a-z_]+\??)\}")


def values(listing: ListingPage, day: date | None, query: str | None, page: int,
           window: tuple[date, date] | None = None) -> dict[str, str]:  # fmt: skip
    """Each placeholder's raw value (not yet quoted for a URL, a form or JSON)."""
    first = page == listing.first_page
    return {
        "date": day.strftime(listing.date_format) if day else "",
        "since": window[0].strftime(listing.date_format) if window else "",
        "until": window[1].strftime(listing.date_format) if window else "",
        "query_pct": query or "",
        "day": f"{day.day}" if day else "",
        "month": f"{day.month:02d}" if day else "",
        "year": f"{day.year}" if day else "",
        "query": query or "",
        "slug": "-".join((query or "").lower().split()),
        "category": listing.category,
        "page": str(page),
        "page?": "" if first else str(page),
    }


def substitute(template: str, filled: dict[str, str]) -> str:
    """Known `{name}` placeholders replaced; any other brace (a JSON body's own) left as it is."""
    return _PLACEHOLDER.sub(lambda m: filled.get(m.group(1), m.group(0)), template)


def fill(listing: ListingPage, day: date | None, query: str | None, page: int, origin: str | None = None,
         window: tuple[date, date] | None = None) -> str:  # fmt: skip
    """The URL of one page. `origin` replaces the template's scheme and host (a profile used on a mirror);
    `window` is the (since, until) of a search walked in windows (`ListingPage.window_days`)."""
    raw = values(listing, day, query, page, window)
    quoted = {name: quote(value, safe="-" if name == "slug" else "") for name, value in raw.items()}
    quoted["query"] = quote_plus(raw["query"])
    url = substitute(listing.url, quoted)
    if origin:
        parts, home = urlsplit(url), urlsplit(origin)
        url = urlunsplit(parts._replace(scheme=home.scheme, netloc=home.netloc))
    return url


def pages_at_all(listing: ListingPage) -> bool:
    """Whether the listing has a next page to ask for: a page number in its URL, form or body."""
    templates = [listing.url, *(v for _, v in listing.form), listing.json_body or ""]
    return any("{page}" in t or "{page?}" in t for t in templates)


def read_listing(html: str, page_url: str, listing: ListingPage | None, day: date | None = None) -> ListingRead:
    """The article links of one listing page (all links on a generic one), with its end-of-list signs."""
    out = ListingRead()
    try:
        doc = lxml.html.document_fromstring(html, base_url=page_url)
    except (etree.ParserError, ValueError):
        return out
    if listing and listing.no_results and _select(doc, listing.no_results):
        out.no_results = True
        return out
    selector = listing.links if listing else "a[href]"
    items: dict[int, etree._Element] = {}
    if listing and listing.item:
        for item in _select(doc, listing.item):
            for link in item.iter("a"):
                items[id(link)] = item
    for element in _select(doc, selector):
        link = element if element.tag == "a" else next(element.iter("a"), None)
        if link is None or not link.get("href"):
            continue
        href = unwrap(canonical(link.get("href", ""), page_url) or "", listing.unwrap if listing else None)
        url = canonical(href)
        if not url:
            continue
        item = items.get(id(link))
        shown = _date_in(item, listing.item_date) if item is not None and listing and listing.item_date else None
        title = " ".join(link.text_content().split()) or None
        out.entries.append(Entry(url=url, found_in=page_url, published=shown, title=title,
                                 listed_on=day.isoformat() if day else None))  # fmt: skip
    if listing and listing.last_page:
        marker = next(iter(_select(doc, listing.last_page)), None)
        if marker is not None:
            number = _NUMBER.search(marker.get("value") or marker.text_content() or "")
            if number:
                out.total = int(number.group())
            else:
                out.last = True
    if listing is None:
        out.next_url = _next_link(doc, page_url)
    return out


def _select(doc: etree._Element, selector: str) -> list[etree._Element]:
    try:
        return doc.cssselect(selector)
    except Exception:  # a profile's selector that cssselect cannot read must not end discovery
        return []


def _date_in(item: etree._Element, selector: str) -> str | None:
    for element in _select(item, selector):
        value = element.get("datetime") or element.get("title") or " ".join(element.text_content().split())
        if value:
            return value
    return None


def _next_link(doc: etree._Element, page_url: str) -> str | None:
    for link in doc.iter("a", "link"):
        if "next" in (link.get("rel") or "").lower().split() and link.get("href"):
            return canonical(link.get("href", ""), page_url)
    for link in doc.iter("a"):
        text = " ".join(link.text_content().split())
        if link.get("href") and (NEXT_WORDS.match(text) or (link.get("aria-label") or "").lower() == "next"):
            return canonical(link.get("href", ""), page_url)
    return None
