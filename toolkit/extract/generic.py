"""The generic extractor: the article's text on a page no profile knows, decided block by block.

1. Furniture goes first (`furniture`: comments, related lists, share bars, tag lines, newsletter and
   author boxes), recognised by structure, so that no candidate can take it for the article.
2. Two well-kept extractors run on the page as the reader saw it (hidden and floating elements are
   already gone): readability-lxml (Readability's container scoring) and trafilatura (its own tree
   rules; its full pass too where its fast pass finds little). Each is a vote, mapped back onto the
   page's text blocks (`blocks.segment`).
3. Block by block: a block either candidate took is kept unless it is mostly links (each catches
   what the other misses: readability drops lists and subheadings, trafilatura a lead paragraph);
   a short run of blocks neither took is kept when it sits between kept blocks, in the article's
   column (the boxes the browser measured), and is not links (subheadings, list items, quotes,
   formulas); so are linked list items both took there, the standfirst above the first kept
   block, past the byline and the date; the short cells (a linked title) of a data table's rows
   that the article holds, and the linked items a candidate took in a list whose other items it holds.
4. Line rules (`lines`: credits, dates, promos, lead-ins), what the body block holds that is not the article
   (`inbody`: credit and date lines at its edges, captions, teaser lists, widgets), repeated short lines (a
   gallery's captions) and the paragraph rules of `boilerplate` go last.

Every decision is reported as a `trace.Mark`, which `toolkit inspect` draws on the page.
"""

from __future__ import annotations

import logging
from collections import Counter

import trafilatura
from lxml.etree import ParserError, _Element

from toolkit.extract import boilerplate
from toolkit.extract.blocks import LIST_ITEMS, Block, Box, segment
from toolkit.extract.dom import normalize, paragraphs, remove
from toolkit.extract.furniture import find_furniture
from toolkit.extract.headline import headline_element
from toolkit.extract.inbody import asides
from toolkit.extract.lines import line_kind
from toolkit.extract.readable import TreeDocument, summary_element
from toolkit.extract.trace import Mark, mark

READABILITY, TRAFILATURA = "readability", "trafilatura"
MIN_MATCH = 25
"""Blocks shorter than this must equal a candidate's paragraph to count as taken by it."""
MAX_LINK_DENSITY = 0.5
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def body_paragraphs(root: _Element, url: str, title: str | None = None, marks: list[Mark] | None = None,
                    credits: list[str] | None = None) -> list[str]:  # fmt: skip
    """The article's paragraphs; `marks` receives what was kept and dropped, and why; `credits` the credit
    lines dropped at the body's edges (where a page names its authors nowhere else)."""
    marks = marks if marks is not None else []
    body = root.find("body")
    if body is None:
        return []
    headline = headline_element(root, title)
    for part in find_furniture(root, [headline] if headline is not None else []):
        marks += mark(part.element, "dropped", part.kind)
        remove([part.element])
    blocks = segment(body)
    _vote(blocks, READABILITY, _readability(root))
    _vote(blocks, TRAFILATURA, _trafilatura(root, url))
    kept = _decide(blocks, headline, marks)
    return _finish(kept, title, marks, credits if credits is not None else [])


def _readability(root: _Element) -> list[str]:
    try:
        article = summary_element(TreeDocument(root))  # no url: absolute links cost time, text needs none
        return paragraphs(article) if article is not None else []
    except (ParserError, ValueError, TypeError, AttributeError, RecursionError):  # readability on odd markup
        return []


SHORT_VOTE = 1500
"""Below this many characters, trafilatura's fast pass has likely read one part of a split article."""


def _trafilatura(root: _Element, url: str) -> list[str]:
    """trafilatura's lines. Its fast pass reads one container; where that gives little text, its full pass
    (its own readability and jusText rescue) runs too, and the lines of both are votes: the fast pass alone
    drops an article's text held in a plain <div> beside a heading, or the parts of an article split over
    sibling containers. Only short results pay for the second pass."""
    lines = _trafilatura_pass(root, url, fast=True)
    if sum(map(len, lines)) >= SHORT_VOTE:
        return lines
    seen = set(lines)
    return lines + [line for line in _trafilatura_pass(root, url, fast=False) if line not in seen]


def _trafilatura_pass(root: _Element, url: str, fast: bool) -> list[str]:
    try:
        # no copy of our own: trafilatura copies a tree it is given before it changes anything
        text = trafilatura.extract(root, url=url, output_format="txt", include_comments=False, include_tables=True,
                                   deduplicate=False, fast=fast)  # fmt: skip
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
            if block.lines:  # a block of <br> lines that the candidate gave line by line (a list, an address)
                covered = max(covered, sum(len(line) for line in block.lines if line in exact))
            if covered >= 0.6 * len(text):
                block.labels.append(label)


def _decide(blocks: list[Block], headline: _Element | None, marks: list[Mark]) -> list[Block]:
    """Each block either candidate took, unless it is mostly links; then what neither took but sits
    inside the article (`_gaps`) or opens it (`_lead`)."""
    agreed = [b for b in blocks if len(b.labels) == 2] or [b for b in blocks if b.labels]
    column = _column(agreed)
    taken = [b for b in blocks if b.labels and b.link_density <= (0.8 if len(b.labels) == 2 else MAX_LINK_DENSITY)]
    taken_at = {b.index for b in taken}
    runs = _runs(taken)
    largest = max((_size(run) for run in runs), default=0)
    agreement = any(len(b.labels) == 2 for b in taken)
    kept = {b.index for run in runs if _belongs(run, largest, agreement) for b in run}
    kept |= {b.index for b in _gaps(blocks, kept, column)}
    kept |= {b.index for b in _lead(blocks, kept, column, headline)}
    kept |= {b.index for b in _rows(blocks, kept)}
    kept |= {b.index for b in _items(blocks, kept)}
    for block in blocks:
        if block.index in kept:
            reason = " and ".join(block.labels) + " took it" if block.labels else "inside the article, in its column"
            marks += mark(block.owner, "body", reason, block.text)
        elif block.labels:
            # refused as links, or taken but in a run of its own, too small beside the article's
            reason = "apart from the article" if block.index in taken_at else "link-dense"
            marks += mark(block.owner, "dropped", reason, block.text)
    return [b for b in blocks if b.index in kept]


MAX_GAP = 3
MAX_LIST_GAP = 15
RUN_BREAK = 3
"""Taken blocks further apart than this (in blocks nobody took) belong to different parts of the page."""


def _runs(taken: list[Block]) -> list[list[Block]]:
    runs: list[list[Block]] = []
    for block in taken:
        if runs and block.index - runs[-1][-1].index <= RUN_BREAK + 1:
            runs[-1].append(block)
        else:
            runs.append([block])
    return runs


RUN_SHARE = 0.1
"""A run only one candidate took must hold at least this share of the largest run's text."""


def _belongs(run: list[Block], largest: int, agreement: bool) -> bool:
    """A run is the article's when both candidates agree on part of it, or when it is not small beside the
    `largest` run: one candidate alone, a teaser here and a teaser there (a card grid's), is not. Where the
    candidates agree on nothing (no `agreement` on the page), the largest run is the best guess there is."""
    if any(len(b.labels) == 2 for b in run):
        return True
    size = _size(run)
    return (size == largest and not agreement) or size >= RUN_SHARE * largest


def _size(run: list[Block]) -> int:
    return sum(len(b.text) for b in run)


def _gaps(blocks: list[Block], kept: set[int], column: Box | None) -> list[Block]:
    """Runs that neither candidate took between two kept blocks: a subheading, a quote, a formula, a short
    list (ingredients, bullet facts), kept when they sit in the article's column and are not links; linked
    list items or cells that both took (a table of films, "Learn more about ..." items) count too."""
    found: list[Block] = []
    run: list[Block] = []
    for block in blocks:
        if block.index in kept:
            if run and run[0].index - 1 in kept and all(len(b.labels) == 2 or _fits(b, column) for b in run):
                listed = all(b.tag in LIST_ITEMS or b.is_heading for b in run)
                if len(run) <= (MAX_LIST_GAP if listed else MAX_GAP):
                    found += run
            run = []
        elif len(block.labels) == 2 and (block.tag in LIST_ITEMS or block.is_heading or block.tag in ("td", "th")):
            run.append(block)  # a linked list item or cell both took, refused as a link list, inside the article
        elif block.labels:
            run = [block] * (MAX_LIST_GAP + 1)  # a block a candidate took but that was refused breaks the gap
        else:
            run.append(block)
    return found


TABLE_ROWS = 3
CELL_CHARS = 150


def _rows(blocks: list[Block], kept: set[int]) -> list[Block]:
    """The short cells of a data table's rows that the article holds (a film's linked title beside its kept
    year and plot): in a table with at least TABLE_ROWS rows kept in part, a row is the article's whole."""
    tables: dict[_Element | None, list[list[Block]]] = {}
    for row, cells in _by_parent(blocks, ("td", "th")).items():
        if row.tag == "tr" and any(cell.index in kept for cell in cells):
            table = next((a for a in row.iterancestors() if a.tag == "table"), None)
            tables.setdefault(table, []).append(cells)
    return [cell for table_rows in tables.values() if len(table_rows) >= TABLE_ROWS for cells in table_rows
            for cell in cells if cell.index not in kept and len(cell.text) < CELL_CHARS]  # fmt: skip


LIST_KEPT = 2
"""Items of a list the article holds (not links) before its linked items count as the article's too (a
breadcrumb's one unlinked item does not make its links the article)."""


def _items(blocks: list[Block], kept: set[int]) -> list[Block]:
    """Linked items a candidate took, in a list whose other items the article holds ("Here's our year in
    review!" among a changelog's items): a list of links alone (related stories) has none kept."""
    return [item for items in _by_parent(blocks, ("li",)).values()
            if sum(i.index in kept and i.link_density <= MAX_LINK_DENSITY for i in items) >= LIST_KEPT
            for item in items if item.index not in kept and item.labels]  # fmt: skip


def _by_parent(blocks: list[Block], tags: tuple[str, ...]) -> dict[_Element, list[Block]]:
    """The blocks owned by `tags` elements, grouped by their owner's parent (a row's cells, a list's items)."""
    groups: dict[_Element, list[Block]] = {}
    for block in blocks:
        parent = block.owner.getparent() if block.tag in tags else None
        if parent is not None:
            groups.setdefault(parent, []).append(block)
    return groups


LEAD_REACH = 6
"""How many blocks above the body the standfirst may sit (bylines, dates and credits in between)."""
HEADLINE_REACH = 12
"""Where the headline is this close above the body, the standfirst is looked for all the way up to it (a
byline, a date, share labels and a rubric list can stand between the standfirst and the body)."""
LEAD_CHARS = 80


def _lead(blocks: list[Block], kept: set[int], column: Box | None, headline: _Element | None) -> list[Block]:
    """The standfirst: prose between the headline and the first kept block that neither candidate took (it
    often sits outside the body's container, with the byline and the date between it and the body)."""
    if not kept:
        return []
    top = _block_of(blocks, headline)
    below = [i for i in kept if top is None or i > top]
    first = min(below or kept)  # the body's first block below the headline (a kicker above it is not the body)
    if top is not None and top < first <= top + HEADLINE_REACH:
        start = top + 1  # what stands between the headline and the body is the article's furniture or its lead
    else:
        start = max(top + 1 if top is not None and top < first else 0, first - LEAD_REACH)
    found = []
    for block in reversed(blocks[start:first]):
        if block.link_density > MAX_LINK_DENSITY or len(block.text) < LEAD_CHARS:
            if block.is_heading:
                break  # a section's title: what is above it is not this article's opening
            continue  # a byline, a date, a photo credit
        if not _fits(block, column):
            break  # outside the article's column
        found.append(block)
    return found


def _block_of(blocks: list[Block], element: _Element | None) -> int | None:
    """The index of the first block inside `element`."""
    if element is None:
        return None
    inside = set(element.iter())
    return next((b.index for b in blocks if b.owner in inside), None)


def _fits(block: Block, column: Box | None) -> bool:
    """Not a link list, and in the article's column (formulas, captions' neighbours and short lines pass)."""
    if block.link_density > MAX_LINK_DENSITY:
        return False
    box = block.box
    return column is None or box is None or box.overlap_x(column) >= 0.5


def _column(blocks: list[Block]) -> Box | None:
    """The column the agreed blocks sit in: the span of their boxes, where the browser measured them."""
    boxes = [b for b in (block.box for block in blocks) if b is not None and b.w > 0]
    if not boxes:
        return None
    left, right = min(b.x for b in boxes), max(b.right for b in boxes)
    return Box(left, 0, right - left, 0)


def _finish(kept: list[Block], title: str | None, marks: list[Mark], credits: list[str]) -> list[str]:
    """Paragraph rules: share and tag lines, "no comments" tails, repeats, then `boilerplate.clean`."""
    counts = Counter(block.text for block in kept)
    aside = asides(kept, title)
    seen: set[str] = set()
    lines: list[str] = []
    for block in kept:
        text = block.text
        repeated = text in seen and len(text) < 100 and counts[text] >= 2  # a gallery's captions, a widget's label
        reason = line_kind(text) or aside.get(block.index) or ("repeated" if repeated else None)
        if reason:
            marks += mark(block.owner, "dropped", reason, text)
            if reason == "byline":
                credits.extend(block.lines or [text])
            continue
        seen.add(text)
        lines.append(text)
    return boilerplate.clean(boilerplate.from_dateline(_after_headline(lines, title)))


def _after_headline(lines: list[str], title: str | None) -> list[str]:
    """Drop the headline when the text block repeats it, and the kicker or label lines above it."""
    if not title:
        return lines
    wanted = title.casefold()
    for index, line in enumerate(lines[:4]):
        if line.casefold() == wanted:
            return lines[index + 1 :]
    return lines
