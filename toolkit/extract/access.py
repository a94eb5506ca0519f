"""Is the article free, paywalled, or unlocked by a session? With the evidence for the answer.

Only signals that do not misfire count: JSON-LD `isAccessibleForFree: false` and its locked part,
HTTP 401/402/403, a profile's premium host, and a wall box that is visible inside or right after
the article body (or floats over the page). A promo widget in a sidebar is not evidence.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from lxml.etree import _Element

from toolkit.extract.dom import FIXED, is_hidden, select, text_of
from toolkit.sites.base import SiteProfile

PAYWALL_STATUS = frozenset({401, 402, 403})


def detect_access(root: _Element, url: str, http_status: int | None, ld: dict[str, Any] | None,
                  profile: SiteProfile | None, body: _Element | None) -> tuple[str, list[str]]:  # fmt: skip
    """("free" | "paywalled" | "unlocked", evidence), read before any element is removed."""
    walls: list[str] = []
    markings: list[str] = []
    if ld and str(ld.get("isAccessibleForFree", "")).lower() in ("false", "0"):
        markings.append("JSON-LD isAccessibleForFree: false")
        for selector in _locked_selectors(ld):
            locked = select(root, selector)
            if not locked:
                walls.append(f"JSON-LD locked part {selector} is not on the page")
            elif all(is_hidden(el) or not text_of(el) for el in locked):
                walls.append(f"JSON-LD locked part {selector} is hidden from the reader")
    if http_status in PAYWALL_STATUS:
        walls.append(f"HTTP {http_status}")
    if profile:
        host = (urlsplit(url).hostname or "").lower()
        if any(host == h or host.endswith("." + h) for h in profile.premium_hosts):
            markings.append(f"premium host {host}")
        for selector in profile.paywall:
            for wall in select(root, selector):
                where = _where(wall, body)
                if where and not is_hidden(wall):
                    walls.append(f"wall {selector} visible {where}")
                    break
    if walls:
        return "paywalled", markings + walls
    if markings:
        return "unlocked", [*markings, "the locked part is visible"]
    return "free", []


def _locked_selectors(ld: dict[str, Any]) -> list[str]:
    parts = ld.get("hasPart") or []
    parts = parts if isinstance(parts, list) else [parts]
    return [p["cssSelector"] for p in parts if isinstance(p, dict) and isinstance(p.get("cssSelector"), str)]


def _where(wall: _Element, body: _Element | None) -> str | None:
    """Where a wall sits relative to the article: inside it, right after it, over the page, or elsewhere (None)."""
    if wall.get(FIXED) is not None or any(a.get(FIXED) is not None for a in wall.iterancestors()):
        return "over the page"
    if body is None:
        return None
    if body in wall.iterancestors() or wall is body:
        return "inside the article"
    for sibling in body.itersiblings():
        if sibling is wall or sibling in wall.iterancestors():
            return "right after the article"
    return None
