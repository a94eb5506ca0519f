"""What sits inside the article's block but is not the article, told by structure and position (issue 20):

- credit and date lines at the body's edges: a short line among the first or last few, with a name and a role
  ("Jane Whitfield, AP Auto Writer", "Oleh : Rina"), or mostly a date ("Updated 1:39 am EST, Wednesday,
  November 20, 2019", "Jum'at, 19 Juni 2015 | 13:12 WIB"), or parts of both split by "|";
- captions: the text of a box that holds an image and nothing else but that text, or of a short box whose
  template names it a caption (a lazy image the saved page lost leaves the caption alone);
- a text repeated three times or more in a row (a gallery's caption shown once per photo);
- teasers: a list of three or more items, each a linked headline and a one-line summary in blocks of their own;
- widgets: the short text of a form (a rating or a poll), or of a box of radio buttons;
- a heading that ends the body: nothing of the article is under it, it heads what was dropped after it (a
  related-stories box, a share bar).

`asides` names each such block; `generic._finish` drops them and `toolkit inspect` shows why.
"""

from __future__ import annotations

import re

from lxml.etree import _Element

from toolkit.extract.blocks import Block
from toolkit.extract.bylines import credit_line, unmarked_byline
from toolkit.extract.dates import MONTHS, ZONES, parse_date

EDGE_FIRST, EDGE_LAST = 4, 2
"""How many lines at the top and at the bottom of the body a credit or date line may sit in."""
MAX_EDGE_CHARS = 120
MAX_CAPTION_CHARS = 300
MIN_REPEATS = 3
MAX_WIDGET_CHARS = 200
MAX_TEASER_SHARE = 0.3
CAPTION_DEPTH = 2
_CAPTION_NAME = re.compile(r"caption|legend|(?:image|img|photo|foto|picture|bild)[-_]?(?:desc|text|unterschrift)", re.I)
_PARTS = re.compile(r"\s[|·•]\s|\s[-–—]\s")
_WORD = re.compile(r"[^\W\d_][\w'’.]*")
_TIME_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "uhr", "h", "pukul", "at", "um", "on", "le"})


def asides(kept: list[Block], title: str | None = None) -> dict[int, str]:
    """{block index: why it is not the article} for the blocks of `kept` (the body, in order)."""
    found: dict[int, str] = {}
    edges = {*range(min(EDGE_FIRST, len(kept))), *range(max(0, len(kept) - EDGE_LAST), len(kept))}
    for position in sorted(edges):
        block = kept[position]
        kind = _edge_kind(block.text) or _edge_lines_kind(block.lines, title)
        if kind:
            found[kept[position].index] = kind
    for position in range(min(EDGE_FIRST, len(kept))):  # "Fino Kristo - detikinet" above the date line
        beside = [kept[i].index for i in (position - 1, position + 1) if 0 <= i < len(kept)]
        dated = any(found.get(index) == "date line" for index in beside)
        if dated and kept[position].index not in found and _unmarked(kept[position].text):
            found[kept[position].index] = "byline"
    teasers = _teaser_lists(kept)
    repeated = _in_a_row(kept)
    for block in kept:
        if block.index in found:
            continue
        if block.index in repeated:
            found[block.index] = "repeated"
        elif _caption(block):
            found[block.index] = "caption"
        elif block.index in teasers:
            found[block.index] = "teaser list"
        elif _widget(block.owner):
            found[block.index] = "widget"
    if any(not b.is_heading for b in kept):  # a heading that ends the body heads what was dropped after it
        for block in reversed(kept):
            if block.index in found:
                continue
            if not block.is_heading:
                break
            found[block.index] = "heading with nothing under it"
    return found


def _in_a_row(kept: list[Block]) -> set[int]:
    """Blocks of one short text shown MIN_REPEATS times or more in a row (a gallery's caption, once per photo)."""
    found: set[int] = set()
    start = 0
    for end in range(1, len(kept) + 1):
        if end == len(kept) or kept[end].text != kept[start].text:
            if end - start >= MIN_REPEATS and len(kept[start].text) < MAX_CAPTION_CHARS:
                found |= {b.index for b in kept[start:end]}
            start = end
    return found


def _edge_kind(text: str) -> str | None:
    """ "byline" or "date line" for a short credit or date line (or one made of both), else None."""
    if len(text) > MAX_EDGE_CHARS:
        return None
    if _date_line(text):
        return "date line"
    parts = [p.strip() for p in _PARTS.split(text) if p.strip()]
    kinds = [_part_kind(p) for p in parts]
    if not parts or None in kinds:
        return None
    return "byline" if "byline" in kinds else "date line"


def _edge_lines_kind(lines: tuple[str, ...], title: str | None) -> str | None:
    """A block of lines broken by <br> (an old template's "headline<br>By Jane Doe, Staff Writer<br>Posted:
    11/20/2008") whose every line is the headline, a credit or a date line, with a credit or a date among them."""
    wanted = (title or "").casefold()
    kinds = ["headline" if wanted and line.casefold() == wanted else _edge_kind(line) for line in lines]
    if "date line" in kinds:  # beside a date, an unmarked "Rina Wulandari - Kabar.id" is the byline
        kinds = [kind or ("byline" if _unmarked(line) else None) for kind, line in zip(kinds, lines, strict=True)]
    if not kinds or None in kinds or all(kind == "headline" for kind in kinds):
        return None
    return "byline" if "byline" in kinds else "date line"


def _unmarked(line: str) -> bool:
    name, _ = unmarked_byline(line)
    return bool(name) and len(line) <= MAX_EDGE_CHARS and not line.rstrip().endswith((".", "!", "?"))


def _part_kind(part: str) -> str | None:
    if credit_line(part) is not None:
        return "byline"
    return "date line" if _date_line(part) else None


def _date_line(text: str) -> bool:
    """Mostly a date: it holds one, and at most three words besides months, zones, times and the date's digits
    (a label and a weekday: "Updated", "Wednesday")."""
    if text.rstrip().endswith(("!", "?")) or not any(c.isdigit() for c in text):
        return False
    others = [w for w in _WORD.findall(text) if not _date_word(w)]
    return len(others) <= 3 and parse_date(text) is not None


def _date_word(word: str) -> bool:
    lowered = word.lower().strip(".")
    return lowered in MONTHS or lowered in ZONES or lowered in _TIME_WORDS or (word.isupper() and len(word) <= 4)


def _caption(block: Block) -> bool:
    """The one line of a small box that shows an image above it (a photo's caption): the image is the box's,
    not inside the line (a formula or an icon in a paragraph), and the box holds nothing else to read. Or a
    short box its template names a caption (templates of every language name it so; the image beside it
    is often a lazy one the saved page lost)."""
    if block.tag == "figcaption" or _named_caption(block):
        return True
    box = block.owner.getparent()
    if len(block.text) > MAX_CAPTION_CHARS or box is None or box.tag in ("body", "article", "main"):
        return False
    if block.owner.find(".//img") is not None or len(box) > 3:
        return False
    first = next((child for child in box if isinstance(child.tag, str)), None)
    pictured = (
        first is not None
        and first is not block.owner
        and (first.tag in ("img", "picture") or first.find(".//img") is not None)
    )
    return pictured and " ".join("".join(box.itertext()).split()) == block.text


def _named_caption(block: Block) -> bool:
    """The block, or a box around it no larger than a caption, has a caption's class or id name."""
    if len(block.text) > MAX_CAPTION_CHARS or block.is_heading:
        return False
    for depth, element in enumerate((block.owner, *block.owner.iterancestors())):
        if depth > CAPTION_DEPTH or element.tag in ("body", "article", "main", "figure"):
            return False
        if _CAPTION_NAME.search(f"{element.get('class', '')} {element.get('id', '')}"):
            return len(" ".join("".join(element.itertext()).split())) <= MAX_CAPTION_CHARS
    return False


def _teaser_lists(kept: list[Block]) -> set[int]:
    """Blocks of lists whose items each hold a linked headline and a summary in a box of its own."""
    lists: dict[_Element, list[Block]] = {}
    for block in kept:
        item = next((a for a in block.owner.iterancestors() if a.tag in ("li", "article")), None)
        parent = item.getparent() if item is not None else None
        if parent is not None:
            lists.setdefault(parent, []).append(block)
    found: set[int] = set()
    whole = sum(len(b.text) for b in kept)
    agreed_end = max((b.index for b in kept if len(b.labels) == 2), default=None)
    for parent, blocks in lists.items():
        tail = agreed_end is not None and min(b.index for b in blocks) > agreed_end  # below all the article's text
        if not tail and sum(len(b.text) for b in blocks) > MAX_TEASER_SHARE * whole:
            continue  # the bulk of the body: a list the article is made of (tools, steps), not teasers
        items = [child for child in parent if child.tag in ("li", "article")]
        shaped = sum(_teaser(item) for item in items)
        if shaped >= 3 and shaped >= 0.8 * len(items):
            found |= {b.index for b in blocks}
    return found


def _teaser(item: _Element) -> bool:
    """A linked headline, and a summary with no link in a box of its own."""
    linked = any(len("".join(a.itertext()).strip()) >= 3 for a in item.iter("a") if a.get("href"))
    return linked and any(
        box.find(".//a") is None and 20 <= len("".join(box.itertext()).strip()) < MAX_CAPTION_CHARS
        for box in item.iter("p", "div")
    )


def _widget(owner: _Element) -> bool:
    """Inside a small form, or a box of radio buttons: a rating, a poll, a vote."""
    for ancestor in owner.iterancestors():
        if ancestor.tag == "form":
            return len(" ".join("".join(ancestor.itertext()).split())) <= MAX_WIDGET_CHARS
        if ancestor.tag in ("body", "article", "main"):
            return False
        radios = ancestor.xpath(".//input[@type='radio']")
        if len(radios) >= 3:
            return len(" ".join("".join(ancestor.itertext()).split())) <= MAX_WIDGET_CHARS
    return False
