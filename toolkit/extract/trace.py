"""What extraction decided about the page's elements, for `toolkit inspect` and for debugging.

Every element the browser saw carries `data-tk-id` (numbered by `browser/js/mark.js`), so a decision
made on the lxml copy can be drawn on the live page: the inspect overlay finds `[data-tk-id="N"]`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lxml.etree import _Element

TK_ID = "data-tk-id"
Role = Literal["title", "body", "dropped", "paywall", "pager"]


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
