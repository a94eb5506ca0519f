"""The other pages of a split article ("Halaman 1 2", rel=next, "Selanjutnya").

Only pages of the same article count: same host and path, a numeric page parameter. Related-article
links never qualify, so following pages cannot wander off to other stories.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lxml import etree
from lxml.etree import _Element

from toolkit.extract import urls
from toolkit.extract.dom import select, text_of
from toolkit.sites.base import SiteProfile

MAX_PAGES = 20
PAGE_PARAMS = ("page", "halaman", "hal", "p", "pg")
_PAGER = re.compile(r"pag(e|er|ing|ination)|halaman|paging", re.IGNORECASE)
_NEXT = re.compile(r"^\W*(selanjutnya|berikutnya|halaman berikut(nya)?|next( page)?|lanjut(kan)?)\W*$", re.IGNORECASE)


def page_number(url: str, params: tuple[str, ...]) -> int | None:
    """The page number a URL carries in one of `params`; 1 when it carries none; None for no URL."""
    parts = urls.split(url)
    if parts is None:
        return None
    query = dict(parse_qsl(parts.query))
    for name in params:
        if name in query:
            return int(query[name]) if query[name].isdigit() else None
    return 1


def same_article(base: str, other: str, params: tuple[str, ...]) -> bool:
    a, b = urls.split(base), urls.split(other)
    if a is None or b is None or (a.hostname, a.path.rstrip("/")) != (b.hostname, b.path.rstrip("/")):
        return False
    strip = set(params)
    rest_a = [(k, v) for k, v in parse_qsl(a.query) if k not in strip]
    rest_b = [(k, v) for k, v in parse_qsl(b.query) if k not in strip]
    return rest_a == rest_b and page_number(other, params) is not None


def page_links(root: _Element, url: str, profile: SiteProfile | None) -> dict[int, str]:
    """{page number: URL} for every page of this article the page links to, itself included."""
    params = (profile.page_param, *PAGE_PARAMS) if profile else PAGE_PARAMS
    anchors: list[_Element] = []
    if profile and profile.pager:
        for pager in select(root, profile.pager):
            anchors.extend(pager.iter("a"))
    anchors.extend(link for link in root.iter("a", "link") if link.get("rel") in ("next", "prev"))
    for container in _NAMED(root):
        names = f"{container.get('class', '')} {container.get('id', '')}"
        if _maybe_pager(names) and _PAGER.search(names):
            anchors.extend(container.iter("a"))
    anchors.extend(a for a in root.iter("a") if _maybe_next(a.text_content()) and _NEXT.match(text_of(a)))
    found: dict[int, str] = {}
    current = page_number(url, params)
    if current:
        found[current] = url
    last = _last_segment(url)
    seen: set[str] = set()  # a link a pager repeats (or that two rules found) gives the same answer again
    for anchor in anchors:
        href = anchor.get("href")
        if not href or href.startswith(("#", "javascript:")) or href in seen:
            continue
        seen.add(href)
        if last and last not in href and "/." not in href and not href.strip().startswith((".", "?")):
            continue  # its path cannot end as this page's does (cheaper than resolving it)
        target = (urls.join(url, href) or "").split("#")[0]
        if target and target != url and same_article(url, target, params):
            number = page_number(target, params)
            if number and number not in found and len(found) < MAX_PAGES:
                found[number] = target
    return found if len(found) > 1 else {}


_NAMED = etree.XPath("//*[@class or @id]")


def _maybe_pager(names: str) -> bool:
    """Whether `_PAGER` can match: every word it knows holds "pag" or "halaman" (no letter of them is one that
    re.IGNORECASE folds from outside ASCII)."""
    folded = names.lower()
    return "pag" in folded or "halaman" in folded


def _maybe_next(text: str) -> bool:
    """Whether `_NEXT` can match: every word it knows holds "next", "lanjut" or "ber" (berikut, berikutnya)."""
    folded = text.lower()
    return "next" in folded or "lanjut" in folded or "ber" in folded


def _last_segment(url: str) -> str:
    """The last non-empty segment of the URL's path: every link to another page of it holds it, unless it is
    a bare query ("?page=2") or a relative path with dot segments."""
    parts = urls.split(url)
    return next((s for s in reversed(parts.path.split("/")) if s), "") if parts else ""


def without_page(url: str, params: tuple[str, ...] = PAGE_PARAMS) -> str:
    """`url` with every page parameter removed."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in params]
    return urlunsplit(parts._replace(query=urlencode(query)))


def with_param(url: str, name: str, value: str) -> str:
    """`url` with query parameter `name` set to `value` (kompas: ?page=all)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != name]
    return urlunsplit(parts._replace(query=urlencode([*query, (name, value)])))
