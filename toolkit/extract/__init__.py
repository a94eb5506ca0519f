"""Rendered page -> article: site profiles, the generic extractor, metadata, access, pagination.

`extract_page` reads one rendered page; `assemble` joins the pages of one article into an
`Article`. Both are pure functions of HTML, so `toolkit extract` on a saved page and a live scrape
give the same answer.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, fields
from datetime import timedelta

from lxml.etree import _Element, strip_attributes

from toolkit import sites
from toolkit.errors import NoArticle
from toolkit.extract import generic, urls
from toolkit.extract.access import detect_access, locked_selectors
from toolkit.extract.bylines import credited_people
from toolkit.extract.declared import declared_body
from toolkit.extract.dom import (
    HIDDEN,
    class_text,
    could_select,
    mark_inline_hidden,
    normalize,
    parse,
    remove,
    remove_invisible,
    select,
    text_of,
    unlink_scripts,
)
from toolkit.extract.errorpage import ERROR_PAGE_WORDS, error_title
from toolkit.extract.headline import headline_element
from toolkit.extract.metadata import Metadata, read_metadata
from toolkit.extract.pagination import page_links
from toolkit.extract.profile import apply_metadata, body_paragraphs, find_body
from toolkit.extract.trace import Mark, mark, selector_matches
from toolkit.record import Article, ArticleMeta
from toolkit.sites import SiteProfile
from toolkit.sites.base import WIB

MAX_LINK_SHARE = 0.65
MOSTLY_HIDDEN_CHARS = 1000
"""A page that does not say it is an article and whose visible text is mostly links is an index or a menu."""
MIN_VISIBLE_CHARS = 150
"""Less visible body text than this, on a page not paywalled, and the whole DOM is read too (the longer wins)."""

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
    """The page says it is an article, or its text is not mostly links (an index or a menu is not one)."""
    says_article: bool = True
    """The page says it is an article (profile body, JSON-LD article, og:type, <article>, a publication time)."""
    marks: list[Mark] = field(default_factory=list)
    """What was kept and dropped, element by element (see `trace`): what `toolkit inspect` draws."""
    selectors: dict[str, bool] = field(default_factory=dict)
    """With `trace`: per selector the matched profile declares, whether it found something (`toolkit health`)."""
    error_title: str | None = None
    """The title or headline, where it names an error page ("404 Not Found"): a short such page is no article."""


def match_profile(url: str, root: _Element | None = None) -> SiteProfile | None:
    """The profile for a URL's host, else the one whose template fingerprint the page matches."""
    found = sites.profile_for_host(urls.host(url))
    if found or root is None:
        return found
    classes: str | None = None  # the page's class names, read once a fingerprint is worth checking
    for profile in sites.PROFILES:
        if not (profile.fingerprint and _may_mirror(url, profile)):
            continue
        classes = class_text(root) if classes is None else classes
        # most pages lack the class names a fingerprint needs: then none of its selectors runs
        if all(could_select(s, classes) and select(root, s) for s in profile.fingerprint):
            return profile
    return None


def _may_mirror(url: str, profile: SiteProfile) -> bool:
    """A template fingerprint names a site only where the URL does not name another: a saved file, a local
    or numeric host, or a mirror whose URL still holds the site's domain (an archive's copy). A class
    such as `.detail-content` is common enough that a site on its own domain is never taken for another."""
    host = urls.host(url)
    local = not host or "." not in host or host.replace(".", "").isdigit() or ":" in host
    return local or any(domain in url.lower() for domain in profile.domains)


def extract_page(html: str, url: str, http_status: int | None = None, first_page: bool = True,
                 trace: bool = False) -> PageContent:  # fmt: skip
    """One rendered page -> its content; `trace` also checks every selector of the matched profile (cheap,
    but a plain scrape has no use for it)."""
    root = parse(html)
    mark_inline_hidden(root)
    unlink_scripts(root)
    profile = match_profile(url, root)
    selectors = selector_matches(root, profile) if trace and profile else {}
    offset = profile.timezone if profile else _default_offset(url, root)
    meta = read_metadata(root, url, offset)
    error = error_title(root, meta.title)
    notes: list[str] = []
    body = find_body(root, profile) if profile else None
    if profile:
        meta = apply_metadata(root, profile, meta, url)
    says_article = bool(
        body is not None
        or (meta.jsonld and meta.jsonld.get("@type") != "WebPage")
        or root.find(".//article") is not None
        or any(m.get("property") == "og:type" and m.get("content") == "article" for m in root.iter("meta"))
        or meta.published
    )
    access = detect_access(root, url, http_status, meta.jsonld, profile, body)
    pages = page_links(root, url, profile)
    headline = meta.headline if profile is None else headline_element(root, meta.title)  # a profile may retitle
    marks = mark(headline, "title", "headline") if meta.title else []
    marks += [m for wall in access.walls for m in mark(wall, "paywall", "; ".join(access.evidence))]
    marks += [m for a in _pager_anchors(root, pages) for m in mark(a, "pager", f"page link: {a.get('href')}")]
    wall_paths = [root.getroottree().getpath(wall) for wall in access.walls]
    remove(access.walls)
    has_hidden = root.find(f".//*[@{HIDDEN}]") is not None
    hidden_page = has_hidden and mostly_hidden(root)
    found: list[str] = []
    credits: list[str] = []
    if not hidden_page:
        remove_invisible(root)
        found = _body(root, url, profile, meta.title, first_page, marks, notes, credits)
    if has_hidden and (hidden_page or _no_article(found, access.access)):
        # Visibility is a signal, not a verdict: a style only a script would lift (anti-flicker opacity:0,
        # a body hidden until its fonts load) hides a whole article. Read the DOM, hidden parts included.
        whole = parse(html)
        unlink_scripts(whole)
        remove([element for path in wall_paths for element in whole.xpath(path)])
        if access.access == "paywalled":  # what the page locks stays locked, hidden or not
            remove([el for selector in locked_selectors(meta.jsonld or {}) for el in select(whole, selector)])
        strip_attributes(whole, HIDDEN)
        remove_invisible(whole, hidden_too=False)
        more_notes: list[str] = []
        more = _body(whole, url, profile, meta.title, first_page, marks, more_notes)
        if sum(map(len, more)) > sum(map(len, found)):
            why = "nearly all of the page was hidden by its own styles" if hidden_page else "no visible article"
            root, found, notes = whole, more, [*more_notes, f"{why}: read the whole DOM, hidden parts included"]
    found, declared_note = declared_body(found, meta.jsonld, access.access)
    notes += [declared_note] if declared_note else []
    if credits:  # where the page names its people nowhere else, the credit lines the body dropped do
        authors, editors = credited_people(credits, meta.site_name, url)
        meta.authors = meta.authors or authors
        meta.editors = meta.editors or editors
    looks_like_article = says_article or link_share(root) <= MAX_LINK_SHARE
    site = profile.name if profile and not any(n.startswith("profile ") for n in notes) else "generic"
    return PageContent(
        url, profile if site != "generic" else None, meta, found, access.access, access.evidence, pages, notes,
        looks_like_article=looks_like_article, says_article=says_article, marks=marks, selectors=selectors,
        error_title=error,
    )  # fmt: skip


def _body(root: _Element, url: str, profile: SiteProfile | None, title: str | None, first_page: bool,
          marks: list[Mark], notes: list[str], credits: list[str] | None = None) -> list[str]:  # fmt: skip
    """The body's paragraphs: the profile's body, else the generic extractor's (saying so in `notes`)."""
    if profile:
        found = body_paragraphs(root, profile, with_lead=first_page, marks=marks)
        if found:
            return found
        notes.append(f"profile {profile.name} found no body ({profile.body}); used the generic extractor")
    return generic.body_paragraphs(root, url, title, marks, credits)


def _no_article(found: list[str], access: str) -> bool:
    """Visible text too short to be an article (a paywalled page's short teaser is its article)."""
    return not found or (access == "free" and sum(map(len, found)) < MIN_VISIBLE_CHARS)


def assemble(pages: list[PageContent]) -> Article:
    """Join the pages of one article (in page order) into one Article; metadata from the first."""
    head = pages[0]
    meta = head.meta
    paragraphs: list[str] = []
    for page in pages:
        seen = set(paragraphs)  # a lead or standfirst repeated on every page of a split article
        paragraphs.extend(p for p in page.paragraphs if p not in seen)
    # one spelling per character (NFC): "é" typed as e and an accent, a Bengali letter with its nukta, are
    # the same text as their composed forms, so a search or a comparison finds them
    text = unicodedata.normalize("NFC", "\n\n".join(paragraphs))
    if not text.strip():
        raise NoArticle("no article text on the page")
    if not head.looks_like_article:
        raise NoArticle("no article on the page: nothing says it is one, and its text is mostly links (an index?)")
    words = len(text.split())
    if head.error_title and words < ERROR_PAGE_WORDS:
        raise NoArticle(f"an error page, not an article: its title reads {head.error_title!r} ({words} words)")
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
    hidden = sum(len(text_of(e)) for e in body.xpath(f".//*[@{HIDDEN}][not(ancestor::*[@{HIDDEN}])]"))
    bare = body.xpath("string()")
    least = sum(map(len, bare.split())) - bare.count("\u200b")  # what `text_of` keeps of it at the least
    if least - hidden >= 0.1 * least:
        return False  # visible enough, whatever its spaces add (cheaper than normalising the page's text)
    total = len(normalize(" ".join(body.itertext())))
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
    host = urls.host(url)
    lang = (root.get("lang") or "").lower()
    return WIB if host.endswith(".id") or lang.startswith("id") else timedelta(0)
