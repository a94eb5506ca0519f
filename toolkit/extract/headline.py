"""The lines around the headline, where a page prints its byline and its date.

Many templates print "Nadia Putri | 21 November 2023, 13:10 WIB" or "Oleh Rina" under the <h1> with
no markup at all; what sits right next to the headline is the one place such a line can be trusted.
"""

from __future__ import annotations

from lxml.etree import _Element

from toolkit.extract.dom import first_paragraphs, is_hidden, longer_than, paragraphs, text_of

MAX_REGION_CHARS = 2500
"""Climb from the <h1> while the enclosing element's text stays this short (a header, an article's top)."""


def headline_element(root: _Element, title: str | None) -> _Element | None:
    """The visible <h1> that shows the title (else a lower heading that does, else the first visible <h1>)."""
    visible = [h for h in root.iter("h1") if not is_hidden(h) and text_of(h)]
    if title:
        wanted = title.casefold()
        for heading in [*visible, *root.iter("h2", "h3")]:
            text = text_of(heading).casefold()
            if len(text) > 8 and (text in wanted or wanted in text) and not is_hidden(heading):
                return heading
    return visible[0] if visible else None


def lines_around(h1: _Element | None, after: int = 10, before: int = 4) -> tuple[list[str], list[str]]:
    """(up to `after` lines that follow the headline, up to `before` lines that precede it, nearest first)."""
    if h1 is None:
        return [], []
    region = h1
    for _ in range(6):
        parent = region.getparent()
        if parent is None or parent.tag == "body" or longer_than(parent, MAX_REGION_CHARS):
            break
        region = parent
    lines = paragraphs(region)
    heading = text_of(h1)
    at = next((i for i, line in enumerate(lines) if line == heading or heading in line), None)
    if at is None:
        return [], []
    following, preceding = lines[at + 1 : at + 1 + after], lines[max(0, at - before) : at][::-1]
    if len(following) < after:  # the region ends with the headline: read on through the next siblings
        following += _siblings(region, after - len(following))
    return following, preceding


def _siblings(element: _Element, wanted: int) -> list[str]:
    found: list[str] = []
    node: _Element | None = element
    while node is not None and node.tag != "body" and len(found) < wanted:
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            found.extend(first_paragraphs(sibling, wanted - len(found)))
            if len(found) >= wanted:
                break
        node = node.getparent()
    return found
