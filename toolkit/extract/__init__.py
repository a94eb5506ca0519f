"""Rendered page -> article: site profiles, the generic extractor, metadata, access, pagination.

`extract_page` reads one rendered page; `assemble` joins the pages of one article into an
`Article`. Both are pure functions of HTML, so `toolkit extract` on a saved page and a live scrape
give the same answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import timedelta
from urllib.parse import urlsplit

from lxml.etree import _Element

from toolkit import sites
from toolkit.errors import NoArticle
from toolkit.extract import generic
from toolkit.extract.access import detect_access
from toolkit.extract.dom import HIDDEN, parse, remove, remove_invisible, select, text_of
from toolkit.extract.metadata import Metadata, read_metadata
from toolkit.extract.pagination import page_links
from toolkit.extract.profile import apply_metadata, body_paragraphs, find_body
from toolkit.extract.trace import Mark, mark
from toolkit.record import Article, ArticleMeta
from toolkit.sites import SiteProfile
from toolkit.sites.base import WIB

MAX_LINK_SHARE = 0.65
MOSTLY_HIDDEN_CHARS = 1000
"""A page that does not say it is an article and whose visible text is mostly links is an index or a menu."""

__all__ = ["PageContent", "assemble", "extract_html", "extract_page", "match_profile"]


@dataclass
class PageContent:
    """What one page of an article gives."""

    url: str
    profile: SiteProfile | None
    meta: Metadata
    paragraphs: list[str]
    access: str
    access_evidence: list[str]
    pages: dict[int, str] = field(default_factory=dict)
    """{page number: URL} of the article's pages that this page links to, itself included."""
    notes: list[str] = field(default_factory=list)
    page_count: int = 1
    """How many of the article's pages this content stands for (more than 1 for an all-on-one-page view)."""
    looks_like_article: bool = True
    """The page says it is an article (profile body, JSON-LD article, og:type, <article>, a publication time)."""
    marks: list[Mark] = field(default_factory=list)
    """What was kept and dropped, element by element (see `trace`): what `toolkit inspect` draws."""


def match_profile(url: str, root: _Element | None = None) -> SiteProfile | None:
    """The profile for a URL's host, else the one whose template fingerprint the page matches."""
    found = sites.profile_for_host(urlsplit(url).hostname or "")
    if found or root is None:
        return found
    for profile in sites.PROFILES:
        if profile.fingerprint and all(select(root, s) for s in profile.fingerprint):
            return profile
    return None


def extract_page(html: str, url: str, http_status: int | None = None, first_page: bool = True) -> PageContent:
    root = parse(html)
    profile = match_profile(url, root)
    offset = profile.timezone if profile else _default_offset(url, root)
    meta = read_metadata(root, url, offset)
    notes: list[str] = []
    body = find_body(root, profile) if profile else None
    if profile:
        meta = apply_metadata(root, profile, meta, url)
    says_article = bool(
        body is not None
        or (meta.jsonld and meta.jsonld.get("@type") != "WebPage")
        or root.xpath("//meta[@property='og:type'][@content='article'] | //article")
        or meta.published
    )
    access = detect_access(root, url, http_status, meta.jsonld, profile, body)
    pages = page_links(root, url, profile)
    marks = _title_marks(root, meta.title)
    marks += [m for wall in access.walls for m in mark(wall, "paywall", "; ".join(access.evidence))]
    marks += [m for a in _pager_anchors(root, pages) for m in mark(a, "pager", f"page link: {a.get('href')}")]
    remove(access.walls)
    if mostly_hidden(root):
        notes.append("nearly all of the page was hidden by its own styles: its hidden text was used")
        remove_invisible(root, hidden_too=False)
    else:
        remove_invisible(root)
    looks_like_article = says_article or link_share(root) <= MAX_LINK_SHARE
    found: list[str] = []
    if profile:
        found = body_paragraphs(root, profile, with_lead=first_page, marks=marks)
        if not found:
            notes.append(f"profile {profile.name} found no body ({profile.body}); used the generic extractor")
    if not found:
        found = generic.body_paragraphs(root, url, meta.title)
    site = profile.name if profile and not notes else "generic"
    return PageContent(
        url, profile if site != "generic" else None, meta, found, access.access, access.evidence, pages, notes,
        looks_like_article=looks_like_article, marks=marks,
    )  # fmt: skip


def assemble(pages: list[PageContent]) -> Article:
    """Join the pages of one article (in page order) into one Article; metadata from the first."""
    head = pages[0]
    meta = head.meta
    paragraphs: list[str] = []
    for page in pages:
        seen = set(paragraphs)  # a lead or standfirst repeated on every page of a split article
        paragraphs.extend(p for p in page.paragraphs if p not in seen)
    text = "\n\n".join(paragraphs)
    if not text.strip():
        raise NoArticle("no article text on the page")
    if not head.looks_like_article:
        raise NoArticle("no article on the page: nothing says it is one, and its text is mostly links (an index?)")
    access, evidence = _joined_access(pages)
    return Article(
        **{f.name: getattr(meta, f.name) for f in fields(ArticleMeta)},
        text=text,
        access=access,  # type: ignore[arg-type]
        access_evidence=evidence,
        pages=sum(page.page_count for page in pages),
        site=head.profile.name if head.profile else "generic",
        notes=[n for page in pages for n in page.notes],
    )


def extract_html(html: str, url: str, http_status: int | None = None) -> Article:
    """One saved or rendered page -> Article (no pages followed)."""
    return assemble([extract_page(html, url, http_status)])


def _title_marks(root: _Element, title: str | None) -> list[Mark]:
    """The visible headline element: the first h1 (else h2) whose text is the title."""
    if not title:
        return []
    wanted = title.casefold()
    for heading in root.xpath("//h1 | //h2"):
        text = text_of(heading).casefold()
        if text and (text == wanted or wanted in text):
            return mark(heading, "title", "headline")
    return []


def _pager_anchors(root: _Element, pages: dict[int, str]) -> list[_Element]:
    """The links on the page that lead to the article's other pages."""
    if not pages:
        return []
    wanted = set(pages.values())
    return [a for a in root.iter("a") if a.get("href") and any(u.endswith(a.get("href", "")) for u in wanted)]


def _joined_access(pages: list[PageContent]) -> tuple[str, list[str]]:
    for wanted in ("paywalled", "unlocked"):
        for page in pages:
            if page.access == wanted:
                return page.access, page.access_evidence
    return "free", []


def mostly_hidden(root: _Element) -> bool:
    """A page whose text is nearly all hidden (a script that never ran unhides it) cannot be read by visibility."""
    body = root.find("body")
    if body is None:
        return False
    total = len(text_of(body))
    hidden = sum(len(text_of(e)) for e in body.xpath(f".//*[@{HIDDEN}][not(ancestor::*[@{HIDDEN}])]"))
    return total > MOSTLY_HIDDEN_CHARS and total - hidden < 0.1 * total


def link_share(root: _Element) -> float:
    """How much of the page's visible text is link text."""
    body = root.find("body")
    if body is None:
        return 0.0
    total = len(text_of(body))
    linked = sum(len(text_of(a)) for a in body.iter("a"))
    return linked / total if total else 0.0


def _default_offset(url: str, root: _Element) -> timedelta:
    """Zone-less times are WIB on Indonesian pages (by host or language), UTC elsewhere."""
    host = urlsplit(url).hostname or ""
    lang = (root.get("lang") or "").lower()
    return WIB if host.endswith(".id") or lang.startswith("id") else timedelta(0)
