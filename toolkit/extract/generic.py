"""The generic extractor: the article's text on a page no profile knows, decided block by block.

1. Furniture goes first (`furniture`: comments, related lists, share bars, tag lines, newsletter and
   author boxes), recognised by structure, so that no candidate can take it for the article.
2. Two well-kept extractors run on the page as the reader saw it (hidden and floating elements are
   already gone): readability-lxml (Readability's container scoring) and trafilatura (its own tree
   rules). Each is a vote, mapped back onto the page's text blocks (`blocks.segment`).
3. Block by block: what both took is the article's core; the article runs from its first core block
   to its last, and inside that run a block either one took is kept, and so is one neither took when
   it sits in the same column and is prose, a subheading, a list item or a quote rather than links.
   Outside the run, a block only one took is kept when it continues the run as prose.
   With no agreement, the candidate whose text is denser and closer to the headline wins.
4. Paragraph rules (`boilerplate`) and repeated paragraphs (a gallery's captions) go last.

Every decision is reported as a `trace.Mark`, which `toolkit inspect` draws on the page.
"""

from __future__ import annotations

import copy
import logging
from collections import Counter

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError, _Element
from readability import Document

from toolkit.extract import boilerplate
from toolkit.extract.blocks import Block, Box, box_of, segment
from toolkit.extract.dom import normalize, paragraphs, remove, text_of
from toolkit.extract.furniture import NO_COMMENTS, SHARE_WORDS, TAG_LINE, find_furniture
from toolkit.extract.trace import Mark, mark

READABILITY, TRAFILATURA = "readability", "trafilatura"
MIN_MATCH = 25
"""Blocks shorter than this must equal a candidate's paragraph to count as taken by it."""
MAX_LINK_DENSITY = 0.5
logging.getLogger("readability.readability").setLevel(logging.ERROR)
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def body_paragraphs(root: _Element, url: str, title: str | None = None, marks: list[Mark] | None = None) -> list[str]:
    """The article's paragraphs; `marks` receives what was kept and dropped, and why."""
    marks = marks if marks is not None else []
    body = root.find("body")
    if body is None:
        return []
    headline = _headline(root, title)
    for part in find_furniture(root, [headline] if headline is not None else []):
        marks += mark(part.element, "dropped", part.kind)
        remove([part.element])
    blocks = segment(body)
    _vote(blocks, READABILITY, _readability(root))
    _vote(blocks, TRAFILATURA, _trafilatura(root, url))
    kept = _decide(blocks, headline, marks)
    return _finish(kept, title, marks)


def _headline(root: _Element, title: str | None) -> _Element | None:
    headings = root.xpath("//h1")
    if title:
        wanted = title.casefold()
        for heading in headings:
            text = text_of(heading).casefold()
            if text and (text == wanted or wanted in text or text in wanted):
                return heading
    return headings[0] if len(headings) == 1 else None


def _readability(root: _Element) -> list[str]:
    try:
        markup = lxml_html.tostring(root, encoding="unicode")
        summary = Document(markup).summary(html_partial=True)  # no url: absolute links cost time, text needs none
        return paragraphs(lxml_html.fromstring(summary)) if summary.strip() else []
    except (ParserError, ValueError, TypeError, AttributeError, RecursionError):  # readability on odd markup
        return []


def _trafilatura(root: _Element, url: str) -> list[str]:
    try:
        text = trafilatura.extract(copy.deepcopy(root), url=url, output_format="txt", include_comments=False,
                                   include_tables=True, deduplicate=False)  # fmt: skip
    except (ValueError, TypeError, AttributeError, RecursionError):
        return []
    return [normalize(line) for line in (text or "").split("\n") if line.strip()]


def _vote(blocks: list[Block], label: str, lines: list[str]) -> None:
    """Label each block that `lines` (one candidate's output) contains."""
    exact = {normalize(line) for line in lines}
    long_lines = [line for line in exact if len(line) >= MIN_MATCH]
    joined = "\n".join(exact)
    for block in blocks:
        text = block.text
        if text in exact or (len(text) >= MIN_MATCH and text in joined):
            block.labels.append(label)
        elif len(text) >= MIN_MATCH:
            covered = sum(len(line) for line in long_lines if line in text)
            if covered >= 0.6 * len(text):
                block.labels.append(label)


def _decide(blocks: list[Block], headline: _Element | None, marks: list[Mark]) -> list[Block]:
    both = [b for b in blocks if len(b.labels) == 2]
    core_chars = sum(len(b.text) for b in both)
    import os
    if os.environ.get("TK_MODE") == "union":
        column = _column(both)
        kept = [b for b in blocks if b.labels and b.link_density <= MAX_LINK_DENSITY]
        kept += _gaps(blocks, {b.index for b in kept}, column)
        kept.sort(key=lambda b: b.index)
        reason = "union"
    elif both and core_chars >= 0.3 * min(_chars(blocks, READABILITY), _chars(blocks, TRAFILATURA)):
        first, last = both[0].index, both[-1].index
        column = _column(both)
        kept = [b for b in blocks if _keep(b, first, last, column)]
        kept += _gaps(blocks, {b.index for b in kept}, column)
        kept += _continuation(blocks, last, column)
        kept.sort(key=lambda b: b.index)
        reason = "both candidates agree"
    else:
        winner = _better(blocks, headline)
        kept = [b for b in blocks if winner in b.labels and b.link_density <= MAX_LINK_DENSITY]
        reason = f"{winner} alone (the candidates disagree)"
    chosen = {b.index for b in kept}
    for block in blocks:
        if block.index in chosen:
            marks += mark(block.owner, "body", reason if block.labels else "inside the article's run", block.text)
        elif block.labels:
            marks += mark(block.owner, "dropped", _why_dropped(block), block.text)
    return kept


def _keep(block: Block, first: int, last: int, column: Box | None) -> bool:
    if len(block.labels) == 2:
        return True
    if not first <= block.index <= last or block.link_density > MAX_LINK_DENSITY:
        return False
    return bool(block.labels)


MAX_GAP = 3


def _gaps(blocks: list[Block], kept: set[int], column: Box | None) -> list[Block]:
    """Short runs that neither candidate took between two kept blocks (a subheading, list items, a
    quote): kept when they sit in the article's column and are not links."""
    found: list[Block] = []
    run: list[Block] = []
    for block in blocks:
        if block.index in kept:
            if run and len(run) <= MAX_GAP and run[0].index - 1 in kept:
                found += [b for b in run if _fits(b, column)]
            run = []
        elif not block.labels:
            run.append(block)
        else:
            run = [block] * (MAX_GAP + 1)  # a block a candidate refused breaks the gap
    return found


def _fits(block: Block, column: Box | None) -> bool:
    if block.link_density > MAX_LINK_DENSITY:
        return False
    box = block.box
    if column is not None and box is not None and box.overlap_x(column) < 0.5:
        return False
    return block.is_heading or block.tag in ("li", "blockquote", "p", "pre", "td", "dd") or len(block.text) > 80


def _continuation(blocks: list[Block], last: int, column: Box | None) -> list[Block]:
    """Prose right after the agreed run that one candidate took: the article's last paragraphs."""
    found = []
    for block in blocks[last + 1 :]:
        if not block.labels or block.link_density > 0.2 or len(block.text) < 60:
            break
        box = block.box
        if column is not None and box is not None and box.overlap_x(column) < 0.5:
            break
        found.append(block)
    return found


def _column(blocks: list[Block]) -> Box | None:
    """The column the agreed blocks sit in: the span of their boxes, where the browser measured them."""
    boxes = [b for b in (block.box for block in blocks) if b is not None and b.w > 0]
    if not boxes:
        return None
    left, right = min(b.x for b in boxes), max(b.right for b in boxes)
    return Box(left, 0, right - left, 0)


def _better(blocks: list[Block], headline: _Element | None) -> str:
    """With no agreement: the candidate with more non-link text, nearer the headline when the page shows it."""
    scores = {}
    top = box_of(headline) if headline is not None else None
    for label in (READABILITY, TRAFILATURA):
        taken = [b for b in blocks if label in b.labels]
        chars = sum(len(b.text) - b.link_chars for b in taken)
        if top is not None and taken:
            first = taken[0].box
            if first is not None and first.y + 2000 < top.y:
                chars //= 4  # text far above the headline is not this article
        scores[label] = chars
    return max(scores, key=lambda label: scores[label])


def _chars(blocks: list[Block], label: str) -> int:
    return sum(len(b.text) for b in blocks if label in b.labels)


def _why_dropped(block: Block) -> str:
    if block.link_density > MAX_LINK_DENSITY:
        return "link-dense"
    return f"only {block.labels[0]} took it, outside the article's run"


def _finish(kept: list[Block], title: str | None, marks: list[Mark]) -> list[str]:
    """Paragraph rules: share and tag lines, "no comments" tails, repeats, then `boilerplate.clean`."""
    counts = Counter(block.text for block in kept)
    seen: set[str] = set()
    lines: list[str] = []
    for block in kept:
        text = block.text
        repeated = text in seen and len(text) < 100 and counts[text] >= 2  # a gallery's captions, a widget's label
        reason = (
            "share bar" if SHARE_WORDS.match(text) else
            "tag line" if TAG_LINE.match(text) else
            "comments" if NO_COMMENTS.match(text) else
            "repeated" if repeated else None
        )  # fmt: skip
        if reason:
            marks += mark(block.owner, "dropped", reason, text)
            continue
        seen.add(text)
        lines.append(text)
    return boilerplate.clean(_after_headline(lines, title))


def _after_headline(lines: list[str], title: str | None) -> list[str]:
    """Drop the headline when the text block repeats it, and the kicker or label lines above it."""
    if not title:
        return lines
    wanted = title.casefold()
    for index, line in enumerate(lines[:4]):
        if line.casefold() == wanted:
            return lines[index + 1 :]
    return lines
