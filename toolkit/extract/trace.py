"""What extraction decided about the page's elements, for `toolkit inspect`, `toolkit health` and debugging.

Every element the browser saw carries `data-tk-id` (numbered by `browser/js/mark.js`), so a decision
made on the lxml copy can be drawn on the live page: the inspect overlay finds `[data-tk-id="N"]`.
`selector_matches` says which of a profile's selectors found something on the page: `health` counts them
over a site's newest articles to tell the day a template changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lxml.etree import _Element

from toolkit.extract.dom import is_hidden, select
from toolkit.sites.base import SiteProfile

TK_ID = "data-tk-id"
Role = Literal["title", "body", "dropped", "paywall", "pager"]
TRACED = ("title", "lead", "body", "credits", "authors", "published", "image", "image_caption", "tags", "section",
          "pager", "paywall", "premium_markers")  # fmt: skip
"""The profile fields that hold selectors, in the order `health` shows them."""


@dataclass(frozen=True)
class Mark:
    id: str
    """The element's `data-tk-id`."""
    role: Role
    reason: str
    """Why: for a dropped block the rule or signal ("comments", "share bar", "profile drop: .ads")."""
    text: str = ""
    """The element's text, shortened: what a hover in the overlay shows."""


def mark(element: _Element | None, role: Role, reason: str, text: str = "") -> list[Mark]:
    """A Mark for `element` when the browser numbered it (pages parsed without a browser have no ids)."""
    if element is None:
        return []
    tk = element.get(TK_ID)
    if tk is None:
        return []
    if not text:
        text = " ".join(" ".join(element.itertext()).split())
    return [Mark(tk, role, reason, text[:300])]


def declared(profile: SiteProfile) -> dict[str, str]:
    """The selectors a profile declares, by field ("body": "article.detailsContent"); tuples joined by ", "."""
    found: dict[str, str] = {}
    for name in TRACED:
        value = getattr(profile, name)
        selector = ", ".join(value) if isinstance(value, tuple) else value
        if selector:
            found[name] = selector
    if profile.published_meta:
        found["published_meta"] = f"meta[name={profile.published_meta}]"
    return found


def selector_matches(root: _Element, profile: SiteProfile) -> dict[str, bool]:
    """Per declared selector, whether it found an element on the page (the body: one a reader can see,
    as extraction wants it). Read before extraction removes anything."""
    matches: dict[str, bool] = {}
    for name, selector in declared(profile).items():
        if name == "published_meta":
            found = bool(root.xpath("//meta[@name=$n or @property=$n]", n=profile.published_meta))
        elif name == "body":
            found = any(not is_hidden(el) for el in select(root, selector))
        else:
            found = bool(select(root, selector))
        matches[name] = found
    return matches
