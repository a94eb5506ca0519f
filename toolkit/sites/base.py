"""What a site profile is: plain data that says where a site keeps each part of an article.

A profile holds CSS selectors and a few rules, never code, so that adding a site is one small file
and a redesign is fixed by editing selectors. Extraction (`toolkit.extract.profile`) applies it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

WIB = timedelta(hours=7)


@dataclass(frozen=True)
class SiteProfile:
    name: str
    """Shown in the record's `site` field, e.g. "bisnis.com"."""
    domains: tuple[str, ...]
    """Host names it serves; subdomains match too ("bisnis.com" matches "ekonomi.bisnis.com")."""
    body: str
    """The element that holds the article's paragraphs."""
    fingerprint: tuple[str, ...] = ()
    """Selectors that together identify the site's template on any host (mirrors, saved pages)."""
    title: str | None = None
    lead: str | None = None
    """A standfirst shown above the body; it opens `text` when the body does not repeat it."""
    drop: tuple[str, ...] = ()
    """Elements inside the body that are not the article (promos, "Baca juga" boxes, ads)."""
    drop_phrases: tuple[str, ...] = ()
    """Paragraphs starting with one of these (case-insensitive) are not the article."""
    body_end: str | None = None
    """An element inside the body after which nothing is the article (cnnindonesia's end-of-article)."""
    credits: str | None = None
    """Elements holding "Penulis : X" / "Editor : Y" lines ("Reporter: X | Editor: Y" too)."""
    authors: str | None = None
    """Elements (or a <meta>) holding just the authors' names."""
    editor_initials: tuple[tuple[str, str], ...] = ()
    """The initials that close the site's articles ("... pasar. (ant/fik)") and the editors they stand for:
    (("fik", "Fikri Ramadhan"),). Initials are never text; those listed here become `editors`."""
    published: str | None = None
    """A visible date element; read in `timezone` when it names none."""
    published_meta: str | None = None
    """A <meta name=...> or <meta property=...> holding the publication time."""
    timezone: timedelta = WIB
    image: str | None = None
    image_caption: str | None = None
    tags: str | None = None
    """Tag links, or a <meta> whose content lists them comma-separated."""
    section: str | None = None
    dateline: str | None = None
    """A regular expression for the dateline that opens the first paragraph."""
    pager: str | None = None
    """The element holding links to the article's other pages."""
    page_param: str = "page"
    paywall: tuple[str, ...] = ()
    """Wall boxes; visible inside or right after the body, they mean the reader sees a teaser."""
    premium_hosts: tuple[str, ...] = ()
    """Hosts whose articles are all premium."""
    premium_markers: tuple[str, ...] = ()
    """Elements that mark an article as premium whether or not the reader is let in (a badge)."""
    all_pages: tuple[str, str] | None = None
    """A query parameter and value that show the whole article on one page (kompas: ("page", "all"))."""
    login_username: str | None = None
    login_password: str | None = None
    login_submit: str | None = None
    """The login form's fields, when the generic finder (visible form with a password field) is not enough."""
    delay: float = 0.0
    """Seconds between two page loads on the same host: politeness a site asks for."""
    language: str | None = None

    def serves(self, host: str) -> bool:
        host = host.lower().split(":")[0]
        return any(host == d or host.endswith("." + d) for d in self.domains)
