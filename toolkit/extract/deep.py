"""Pages nested thousands of elements deep, brought to a depth every walker can take.

libxml2 gives up on a document deeper than 2048 levels (even with `huge_tree`) and drops the rest of it;
readability and trafilatura walk the tree recursively and overflow Python's stack long before that. Chromium
stops nesting at 512 levels. `dom.parse` calls these only on such a page; a normal page never gets here.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.etree import _Element

from toolkit.extract.dom import BLOCK_TAGS, HIDDEN, MAX_DEPTH, NEVER_TEXT, TOO_DEEP, remove

_AT_LIMIT = etree.XPath("/*" * (MAX_DEPTH - 1))
_WRAPPERS = ("div", "span")


_TAG = re.compile(r"<!--.*?-->|<(script|style|textarea|title|noscript|template)\b[^>]*>.*?</\1\s*>"
                  r"|<(/?)([a-zA-Z][^\s/>]*)[^>]*?(/?)>", re.S | re.I)  # fmt: skip
_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr"))  # fmt: skip
_CAP = 1000


def capped(markup: str) -> str:
    """`markup` with the tags nested deeper than _CAP taken out, as Chromium's parser stops nesting at 512:
    the text stays where it was, and a block's tags become a paragraph break (<br><br>) so that its text
    stays a paragraph of its own. Only for a page libxml2 gave up on."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # open tags: (name, kept)
    kept = last = 0
    broke = False
    for match in _TAG.finditer(markup):
        raw, closing, name, void = match.groups()
        replacement: str | None = None
        if raw:
            replacement = "" if kept >= _CAP else None
        elif name and not closing and not void and name.lower() not in _VOID:
            name = name.lower()
            stack.append((name, kept < _CAP))
            if kept < _CAP:
                kept += 1
            else:
                replacement = "<br><br>" if name in BLOCK_TAGS else ""
        elif name and closing:
            name = name.lower()
            found = next((i for i in range(len(stack) - 1, max(-1, len(stack) - 64), -1) if stack[i][0] == name), None)
            if found is not None:
                dropped = not stack[found][1]
                kept -= sum(1 for _, k in stack[found:] if k)
                del stack[found:]
                if dropped:
                    replacement = "<br><br>" if name in BLOCK_TAGS else ""
        if replacement is not None:
            between = markup[last : match.start()]
            if between.strip():
                broke = False
            elif replacement and broke:
                replacement = ""  # one break between two blocks, not one per level of a wrapper
            broke = broke or bool(replacement)
            out.append(between)
            out.append(replacement)
            last = match.end()
    out.append(markup[last:])
    return "".join(out)


def flatten(root: _Element) -> None:
    """Bring a too deep tree under MAX_DEPTH, keeping its text in order: first the wrappers that hold
    nothing but one element (a <div> around a <div> around ...) give way to what they wrap; whatever is
    still too deep loses its tags under its ancestor at the limit (text and order stay, a block is a paragraph)."""
    for element in list(root.iter(_WRAPPERS)):
        parent = element.getparent()
        if (parent is None or len(element) != 1 or (element.text or "").strip() or element.get(HIDDEN) is not None
                or (element[0].tail or "").strip()):  # fmt: skip
            continue
        child = element[0]
        child.tail = element.tail
        parent.replace(element, child)
    if TOO_DEEP(root):
        for element in _AT_LIMIT(root):
            # what paragraphs never read (scripts, styles, hidden parts) must not become text once untagged
            remove([e for e in element.iterdescendants() if e.tag in NEVER_TEXT or e.get(HIDDEN) is not None])
            for block in element.iterdescendants(*BLOCK_TAGS, "br"):  # line breaks keep the paragraphs apart
                if block.tag == "br":
                    block.tail = "\n" + (block.tail or "")
                    continue
                block.text = "\n\n" + (block.text or "")
                block.tail = "\n\n" + (block.tail or "")
            etree.strip_tags(element, "*")
