"""Is the article free, paywalled, or unlocked by a session? With the evidence for the answer.

Only signals that do not misfire count:
- structured: JSON-LD `isAccessibleForFree: false` and its locked part (`hasPart.cssSelector`),
  HTTP 401/402/403, a profile's premium host or premium marker;
- a wall: a profile's wall box, or (any site) a visible box with subscribe/login wording and a
  link, button or form that sits right after the article's text or floats over the page.
Phrases in page chrome (sidebars, headers, footers, promo widgets) never count: the "Konten
Premium" promo that bisnis.com shows on free articles is the known false positive.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate, chain
from typing import Any

from lxml.etree import _Element

from toolkit.extract import urls
from toolkit.extract.dom import casefree, is_floating, is_hidden, select, text_of
from toolkit.sites.base import SiteProfile

PAYWALL_STATUS = frozenset({401, 402, 403})
WALL_WORDS = re.compile(
    r"berlangganan|langganan|subscri(be|ption)|sign in to (read|continue)|log ?in to (read|continue)"
    r"|masuk untuk (membaca|melanjutkan)|login untuk (membaca|menikmati|melanjutkan)|silakan (login|masuk)"
    r"|khusus (pelanggan|member|anggota)|konten (premium|eksklusif)|membaca selengkapnya|lanjut membaca"
    r"|to continue reading|members only|for subscribers",
    re.IGNORECASE,
)
_WALL_LOWER = re.compile(WALL_WORDS.pattern)


def _wall_words_in(text: str) -> Iterator[re.Match[str]]:
    """WALL_WORDS.finditer(text), searched in lower case (`casefree`)."""
    lowered = casefree(text)
    return WALL_WORDS.finditer(text) if lowered is None else _WALL_LOWER.finditer(lowered)


CHROME = re.compile(r"sidebar|widget|rail|footer|header|menu|navbar|newsletter|promo|banner|related", re.I)
CHROME_TAGS = frozenset({"aside", "nav", "footer", "header"})
WALL_TAGS = frozenset({"div", "section", "form", "dialog", "aside", "p"})
MIN_TEASER_CHARS = 150


@dataclass
class AccessResult:
    access: str
    evidence: list[str]
    walls: list[_Element] = field(default_factory=list)
    """Wall elements found on the page: their wording must not reach `text`."""


def detect_access(root: _Element, url: str, http_status: int | None, ld: dict[str, Any] | None,
                  profile: SiteProfile | None, body: _Element | None) -> AccessResult:  # fmt: skip
    """Read before anything is removed from the page."""
    walls: list[str] = []
    markings: list[str] = []
    found: list[_Element] = []
    if ld and str(ld.get("isAccessibleForFree", "")).lower() in ("false", "0"):
        markings.append("JSON-LD isAccessibleForFree: false")
        for selector in locked_selectors(ld):
            locked = select(root, selector)
            if not locked:
                walls.append(f"JSON-LD locked part {selector} is not on the page")
            elif all(is_hidden(el) or not text_of(el) for el in locked):
                walls.append(f"JSON-LD locked part {selector} is hidden from the reader")
    if http_status in PAYWALL_STATUS:
        walls.append(f"HTTP {http_status}")
    if profile:
        host = urls.host(url)
        if any(host == h or host.endswith("." + h) for h in profile.premium_hosts):
            markings.append(f"premium host {host}")
        for selector in profile.premium_markers:
            if any(not is_hidden(el) for el in select(root, selector)):
                markings.append(f"premium marker {selector} on the page")
        for selector in profile.paywall:
            for wall in select(root, selector):
                where = _where(wall, body)
                if where and not is_hidden(wall):
                    walls.append(f"wall {selector} visible {where}")
                    found.append(wall)
                    break
    for wall, where in generic_walls(root):
        if not any(wall is w or w in wall.iterancestors() or wall in w.iterancestors() for w in found):
            walls.append(f"wall {_quote(text_of(wall))} visible {where}")
            found.append(wall)
    if walls:
        return AccessResult("paywalled", markings + walls, found)
    if markings:
        return AccessResult("unlocked", [*markings, "no wall: the whole article is visible"])
    return AccessResult("free", [])


def generic_walls(root: _Element) -> list[tuple[_Element, str]]:
    """Visible subscribe/login boxes right after article text or over the page, innermost first."""
    found: list[tuple[_Element, str]] = []
    for element in _wall_candidates(root):
        if is_hidden(element) or _in_chrome(element):
            continue
        text = text_of(element)
        if not 15 <= len(text) <= 600 or not WALL_WORDS.search(text):
            continue
        if not element.xpath(".//a | .//button | .//form | .//input"):
            continue
        where = _generic_where(element)
        if where and not any(element in kept.iterancestors() for kept, _ in found):
            found = [(k, w) for k, w in found if k not in element.iterdescendants()]
            found.append((element, where))
    return found


def _wall_candidates(root: _Element) -> list[_Element]:
    """Boxes near text that uses wall wording: the few places worth a closer look, in document order."""
    boxes: dict[_Element, None] = {}
    text = "\n".join(chain.from_iterable(body.itertext() for body in root.iter("body")))
    if next(_wall_words_in(text), None) is None:
        return []  # no wall words anywhere (most pages): no text node needs a look
    texts = root.xpath("//body//text()[string-length(normalize-space(.)) > 3]")
    for text in _with_wall_words(texts):
        parent = text.getparent()
        for depth, node in enumerate((parent, *parent.iterancestors()) if parent is not None else ()):
            if depth > 4 or node.tag == "body":
                break
            if node.tag in WALL_TAGS:
                boxes[node] = None
    return sorted(boxes, key=lambda node: int(node.sourceline or 0)) if boxes else []


def _with_wall_words(texts: list[str]) -> list[str]:
    """The texts in which WALL_WORDS occurs, in order: one search over all of them joined instead of a search
    per text node (WALL_WORDS matches no line break, so no match spans two texts)."""
    joined = "\n".join(texts)
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    hits = sorted({bisect_right(starts, match.start()) - 1 for match in _wall_words_in(joined)})
    return [texts[i] for i in hits]


def _generic_where(element: _Element) -> str | None:
    if is_floating(element):
        return "over the page"
    teaser = 0
    for sibling in element.itersiblings(preceding=True):
        if isinstance(sibling.tag, str) and sibling.get("data-tk-hidden") is None:
            teaser += sum(len(text_of(p)) for p in sibling.iter("p")) if sibling.tag != "p" else len(text_of(sibling))
        if teaser >= MIN_TEASER_CHARS:
            return "right after the article text"
    return None


def _in_chrome(element: _Element) -> bool:
    for node in (element, *element.iterancestors()):
        if node.tag in CHROME_TAGS:
            return True
        if CHROME.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


def locked_selectors(ld: dict[str, Any]) -> list[str]:
    """The CSS selectors of the parts JSON-LD says a reader must pay for (`hasPart.cssSelector`)."""
    parts = ld.get("hasPart") or []
    parts = parts if isinstance(parts, list) else [parts]
    return [p["cssSelector"] for p in parts if isinstance(p, dict) and isinstance(p.get("cssSelector"), str)]


def _where(wall: _Element, body: _Element | None) -> str | None:
    """Where a wall sits relative to the article body: inside, right after, over the page, or elsewhere (None)."""
    if is_floating(wall):
        return "over the page"
    if body is None:
        return None
    if wall is body or body in wall.iterancestors():
        return "inside the article"
    for sibling in body.itersiblings():
        if sibling is wall or sibling in wall.iterancestors():
            return "right after the article"
    return None


def _quote(text: str, width: int = 50) -> str:
    return f"“{text[:width].rstrip()}…”" if len(text) > width else f"“{text}”"
