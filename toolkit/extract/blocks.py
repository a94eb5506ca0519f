"""The page as a sequence of text blocks, each with the signals a decision needs.

A block is a run of text between two block-level boundaries, owned by the innermost block element
around it (`<div>lead<p>para</p>tail</div>` gives "lead" and "tail" owned by the div, "para" by the
p). Each block carries what lxml can tell (tag, link text, the ancestors' class and id words) and
what only the browser could (its box and font, from `browser/js/mark.js`'s attributes). The generic
extractor decides block by block; `trace.Mark` reports each decision against the owner's id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.etree import _Element

from toolkit.extract.dom import BLOCK_TAGS, NEVER_TEXT, normalize

HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
VOID = frozenset(("embed", "img", "input", "param", "source", "track", "area", "wbr", "hr", "col", "link", "meta"))
"""Elements with no content: what a parser put inside one (lxml nests what follows <embed>) is the parent's."""
LIST_ITEMS = frozenset(("li", "dt", "dd"))
BR = "\x01"
_BR_BR = re.compile(f"{BR}\\s*{BR}")


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    def overlap_x(self, other: Box) -> float:
        """Share of this box's width that lies in `other`'s column."""
        if self.w <= 0:
            return 0.0
        return max(0, min(self.right, other.right) - max(self.x, other.x)) / self.w


@dataclass
class Block:
    index: int
    owner: _Element
    text: str
    link_chars: int = 0
    tag: str = ""
    """The owner's tag."""
    font: tuple[int, int] | None = None
    """(size px, weight) of the owner, where the browser measured it."""
    labels: list[str] = field(default_factory=list)
    """Whether a candidate extractor ("readability", "trafilatura") also took this block."""
    lines: tuple[str, ...] = ()
    """The block's lines where single <br>s break it (an old template's "headline<br>By X<br>date"), else ()."""

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0

    @property
    def is_heading(self) -> bool:
        return self.tag in HEADINGS

    @property
    def box(self) -> Box | None:
        return box_of(self.owner)


def box_of(element: _Element) -> Box | None:
    """The element's box on the page, as the browser laid it out (None without a browser)."""
    for node in (element, *element.iterancestors()):
        raw = node.get("data-tk-box")
        if raw:
            try:
                x, y, w, h = (int(v) for v in raw.split(","))
            except ValueError:
                return None
            return Box(x, y, w, h)
    return None


def font_of(element: _Element) -> tuple[int, int] | None:
    raw = element.get("data-tk-font")
    if not raw:
        return None
    try:
        size, weight = raw.split(",")
        return int(size), int(weight)
    except ValueError:
        return None


def segment(root: _Element) -> list[Block]:
    """Every text block under `root`, in document order (never-text elements skipped)."""
    blocks: list[Block] = []
    pieces: list[tuple[str, bool]] = []  # (text, inside a link) of the block being built
    owners: list[_Element] = [root]

    def flush() -> None:
        if not pieces:
            return
        raw = "".join(t for t, _ in pieces).replace("\n", " ")  # the source's line breaks are spaces
        whole = normalize(raw.replace(BR, " "))
        if whole:
            share = sum(len(normalize(t)) for t, in_link in pieces if in_link) / len(whole)
            owner = owners[-1]
            tag = owner.tag if isinstance(owner.tag, str) else ""
            parts = _BR_BR.split(raw) if BR in raw else [raw]  # <br><br> separates paragraphs inside one element
            for part in parts:
                text = whole if part is raw else normalize(part.replace(BR, " "))
                if text:
                    lines = tuple(line for line in map(normalize, part.split(BR)) if line) if BR in part else ()
                    blocks.append(Block(len(blocks), owner, text, round(share * len(text)), tag, font_of(owner),
                                        lines=lines if len(lines) > 1 else ()))  # fmt: skip
        pieces.clear()

    # lxml walks the tree (in C, and without recursion: pages nest thousands of levels deep)
    links = 0  # how many <a> the walk is inside
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if tag in VOID and len(element):
                continue  # what lxml nested in a void element is its parent's
            if tag in NEVER_TEXT:  # hidden elements are already gone, unless the page is read whole
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                flush()
                owners.append(element)
            if tag == "a":
                links += 1
            if tag == "br":
                pieces.append((BR, links > 0))
            elif element.text:
                pieces.append((element.text, links > 0))
            continue
        if event == "end" and tag not in NEVER_TEXT and not (tag in VOID and len(element)):
            if tag == "a":
                links -= 1
            if tag in BLOCK_TAGS:
                flush()
                owners.pop()
        if element.tail:  # after an element, a comment or a processing instruction
            pieces.append((element.tail, links > 0))
    flush()
    return blocks
