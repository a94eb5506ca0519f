"""Sitemaps: robots.txt `Sitemap:` lines, sitemap indexes, url sets and Google News sitemaps.

Parsed with lxml rather than through trafilatura's `sitemaps` or ultimate-sitemap-parser: both
fetch by themselves (urllib3, requests) and so would bypass the run's proxy, robots.txt check,
politeness and page bound; and trafilatura's reader keeps only the URLs, dropping the `lastmod`
and `news:publication_date` that the date window needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from toolkit.discover.model import Entry
from toolkit.discover.xmldoc import children, local, text_of


@dataclass
class Sitemap:
    children: list[tuple[str, str | None]] = field(default_factory=list)
    """Child sitemaps of an index: (URL, lastmod as written)."""
    entries: list[Entry] = field(default_factory=list)


def is_sitemap(root: etree._Element | None) -> bool:
    return root is not None and local(root.tag) in ("urlset", "sitemapindex")


def read(root: etree._Element, found_in: str) -> Sitemap:
    """The child sitemaps of an index, or the entries of a url set (news ones with their date and title)."""
    out = Sitemap()
    if local(root.tag) == "sitemapindex":
        for node in children(root, "sitemap"):
            loc = text_of(node, "loc")
            if loc:
                out.children.append((loc, text_of(node, "lastmod")))
        return out
    for node in children(root, "url"):
        loc = text_of(node, "loc")
        if not loc:
            continue
        out.entries.append(Entry(
            url=loc,
            found_in=found_in,
            published=text_of(node, "news", "publication_date"),
            modified=text_of(node, "lastmod"),
            title=text_of(node, "news", "title"),
        ))  # fmt: skip
    return out


def robots_sitemaps(text: str) -> list[str]:
    """The `Sitemap:` lines of a robots.txt (they stand outside the user-agent groups)."""
    found = []
    for raw in text.splitlines():
        key, _, value = raw.split("#", 1)[0].partition(":")
        if key.strip().lower() == "sitemap" and value.strip():
            found.append(value.strip())
    return found
