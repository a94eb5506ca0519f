"""RSS and Atom feeds, and the feeds a home page announces with `<link rel="alternate">`.

lxml again, not feedparser (one more dependency) nor trafilatura's `feeds` (it fetches by itself and
keeps only links): an item's link, title and date are three lookups in RSS 2.0, RSS 1.0 and Atom alike.
"""

from __future__ import annotations

import lxml.html
from lxml import etree

from toolkit.discover.model import Entry
from toolkit.discover.xmldoc import local, text_of

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")


def is_feed(root: etree._Element | None) -> bool:
    return root is not None and local(root.tag) in ("rss", "feed", "rdf")


def read(root: etree._Element, found_in: str) -> list[Entry]:
    entries = []
    for node in root.iter():
        name = local(node.tag)
        if name == "item":  # RSS 2.0 and 1.0
            url = text_of(node, "link") or _permalink(node)
            published = text_of(node, "pubdate") or text_of(node, "date")  # dc:date in RSS 1.0
            modified = None
        elif name == "entry":  # Atom
            url = _atom_link(node)
            published = text_of(node, "published") or text_of(node, "issued")
            modified = text_of(node, "updated")
        else:
            continue
        if url:
            entries.append(Entry(url=url, found_in=found_in, published=published, modified=modified,
                                 title=text_of(node, "title")))  # fmt: skip
    return entries


def _permalink(item: etree._Element) -> str | None:
    for child in item:
        if local(child.tag) == "guid" and child.get("isPermaLink", "true") != "false":
            value = (child.text or "").strip()
            if value.startswith(("http://", "https://")):
                return value
    return None


def _atom_link(entry: etree._Element) -> str | None:
    links = [child for child in entry if local(child.tag) == "link" and child.get("href")]
    for link in links:
        if link.get("rel", "alternate") == "alternate":
            return link.get("href")
    return links[0].get("href") if links else None


def announced(html: str) -> tuple[list[str], str | None]:
    """(feed URLs as written in `<link rel="alternate">`, the page's `<html lang>`)."""
    try:
        doc = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return [], None
    feeds = [
        link.get("href", "").strip()
        for link in doc.iter("link")
        if "alternate" in (link.get("rel") or "").lower().split()
        and (link.get("type") or "").lower().split(";")[0].strip() in FEED_TYPES
        and link.get("href")
    ]
    return feeds, doc.get("lang")
