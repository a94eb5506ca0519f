"""The rendered DOM as lxml sees it, and how elements become paragraphs.

The browser marks what a reader cannot see (`data-tk-hidden`) and what floats over the page
(`data-tk-fixed`) before it hands the HTML over (see `toolkit/js/mark.js`), so every decision
here can use what only a browser knows while the work itself runs in fast lxml.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache

from lxml import etree, html
from lxml.cssselect import CSSSelector
from lxml.etree import ParserError, _Element

HIDDEN = "data-tk-hidden"
FIXED = "data-tk-fixed"

BLOCK_TAGS = frozenset(
    (
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "hr",
        "address",
        "details",
        "summary",
        "center",
    )
)
NEVER_TEXT = frozenset(
    (
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "svg",
        "canvas",
        "button",
        "input",
        "select",
        "textarea",
        "figure",
        "figcaption",
        "video",
        "audio",
        "object",
        "embed",
        "picture",
        "img",
        "map",
        "head",
        "annotation",
        "annotation-xml",
    )
)
SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b\u2009\u202f]+")
"""Runs of spaces (not newlines) that `normalize` makes one; `lengths` collapses them the same way."""
BREAKS = re.compile(r"\s*\n\s*\n\s*")
# Characters no XML tree may hold: lxml parses them into text, then refuses them when a library (readability)
# sets that text again, and the library logs a traceback. Dropped before parsing, once.
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
"""lxml refuses a str that declares its encoding: an XHTML page's first line would leave an empty document."""


def parse(markup: str) -> _Element:
    """Parse a whole document; never raises on odd markup."""
    markup = _XML_DECLARATION.sub("", markup, count=1)
    if _NOT_XML.search(markup):
        markup = _NOT_XML.sub("", markup)
    # str.replace, not str.translate: translate walks a large page character by character in Python (ms)
    markup = markup.replace("\x0b", " ").replace("\x0c", " ")
    parser = _parser()
    try:
        root = html.document_fromstring(markup or "<html></html>", parser=parser)
        deep = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)  # libxml2 stops at 2048 levels
        if deep:
            from toolkit.extract import deep as deep_tree  # it builds on this module's names

            root = html.document_fromstring(deep_tree.capped(markup), parser=parser)
    except (ParserError, ValueError):
        return html.document_fromstring("<html></html>", parser=parser)
    if deep or TOO_DEEP(root):
        from toolkit.extract import deep as deep_tree

        deep_tree.flatten(root)
    return root


MAX_DEPTH = 200
"""Elements deeper than this are flattened (`deep.flatten`): readability and trafilatura walk the tree
recursively, and a page nested thousands deep would overflow them and lose its article."""
TOO_DEEP = etree.XPath("boolean(" + "/*" * MAX_DEPTH + ")")


_PARSERS = threading.local()


def _parser() -> html.HTMLParser:
    """lxml.html's parser with its element classes chosen in C: lxml.html's own lookup is a Python call for
    every element object lxml creates (both candidates walk the tree many times), and it differs only in
    giving form fields classes with form helpers, which nothing here uses. One parser per thread."""
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = html.HTMLParser(huge_tree=True)
        parser.set_element_class_lookup(
            etree.ElementDefaultClassLookup(element=html.HtmlElement, comment=html.HtmlComment,
                                            pi=html.HtmlProcessingInstruction, entity=html.HtmlEntity)
        )  # fmt: skip
    return parser


@lru_cache(maxsize=512)
def _compiled(selector: str) -> CSSSelector:
    """A selector compiled once: translating CSS to XPath costs more than running it."""
    return CSSSelector(selector, translator="html")


def select(root: _Element, selector: str | None) -> list[_Element]:
    """Elements matching a CSS selector; an invalid selector matches nothing."""
    if not selector:
        return []
    try:
        return _compiled(selector)(root)
    except Exception:  # cssselect raises several types for selectors it cannot translate
        return []


_CLASSES = etree.XPath("//@class", smart_strings=False)
_TAG_AND_CLASSES = re.compile(r"^[\w-]*(?:\.[\w-]+)+$")
"""A selector that is a tag and classes ("div.detail-text", ".read__content") and nothing else."""


def class_text(root: _Element) -> str:
    """Every class attribute of the document, joined: what `could_select` checks a selector against."""
    return " ".join(_CLASSES(root))


def could_select(selector: str, classes: str) -> bool:
    """False when `selector` surely matches nothing: a tag-and-classes selector whose class names do not
    occur in the document's class attributes (`class_text`). Cheaper than running it; True otherwise."""
    if not _TAG_AND_CLASSES.match(selector):
        return True
    return all(name in classes for name in selector.split(".")[1:])


def first(root: _Element, selector: str | None) -> _Element | None:
    found = select(root, selector)
    return found[0] if found else None


def is_hidden(element: _Element) -> bool:
    """True when the element or one of its ancestors was not visible in the browser."""
    return any(node.get(HIDDEN) is not None for node in element.iterancestors()) or element.get(HIDDEN) is not None


def is_floating(element: _Element) -> bool:
    """True when the element or one of its ancestors was fixed or sticky over the page."""
    return element.get(FIXED) is not None or any(node.get(FIXED) is not None for node in element.iterancestors())


def remove(elements: Iterable[_Element]) -> None:
    """Remove elements but keep their tail text, which belongs to the parent."""
    for element in list(elements):
        parent = element.getparent()
        if parent is None:
            continue
        tail = element.tail
        if tail and tail.strip():
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(element)


_INLINE_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def mark_inline_hidden(root: _Element) -> None:
    """HTML that no browser rendered (`extract_html` on a saved page) still says in its markup what it
    hides: the `hidden` attribute and inline display:none / visibility:hidden. Marked as the browser would."""
    if root.find(".//*[@data-tk-id]") is not None:
        return  # the browser already marked what it hid
    for element in root.xpath("//body//*[@hidden or @style]"):
        if element.get("hidden") is not None or _INLINE_HIDDEN.search(element.get("style", "")):
            element.set(HIDDEN, "")


_HIDDEN_OR_FIXED = etree.XPath(f"//*[@{HIDDEN} or @{FIXED}]")


def remove_invisible(root: _Element, fixed_too: bool = True, hidden_too: bool = True) -> None:
    """Drop what the reader could not see, and (by default) bars and overlays fixed over the page."""
    found = _HIDDEN_OR_FIXED(root)  # one scan; a fixed element inside a hidden one goes with it
    if hidden_too:
        remove(e for e in found if e.get(HIDDEN) is not None)
    if fixed_too:
        remove(e for e in found if e.get(FIXED) is not None and e.getparent() is not None and not _sticky_text(e))


STICKY_TEXT = 200
"""A sticky element with this much text, most of it not links, is a column of the article that stays in
view (a text beside its pictures), not a bar."""


def _sticky_text(element: _Element) -> bool:
    if element.get(FIXED) != "sticky":
        return False
    text = len(text_of(element))
    return text > STICKY_TEXT and sum(len(text_of(a)) for a in element.iter("a")) < 0.5 * text


_FOLDED_APART = "\u0130\u0131\u017f\u212a"


def casefree(text: str) -> str | None:
    """`text.lower()`, where a case-sensitive search of it for a lower-case pattern finds what re.IGNORECASE
    finds in `text` (at the same positions), in half the time; None where it would not: `text` holds one of
    the letters re.IGNORECASE matches to ASCII ones and lower() does not turn into them (İ ı ſ K)."""
    if any(letter in text for letter in _FOLDED_APART):
        return None
    return text.lower()


def normalize(text: str) -> str:
    if text.isprintable() and "  " not in text:
        return text.strip()  # no character SPACES would change (of its set, only the space is printable)
    return SPACES.sub(" ", text).strip()


def text_of(element: _Element | None) -> str:
    """The visible text of an element on one line."""
    if element is None:
        return ""
    return normalize(" ".join(element.itertext()))


def paragraphs(element: _Element) -> list[str]:
    """Split an element's text into paragraphs at block boundaries and double line breaks."""
    out: list[str] = []
    for chunk in "".join(_pieces(element)).split("\x00"):
        _lines(chunk, out)
    return out


def first_paragraphs(element: _Element, count: int) -> list[str]:
    """`paragraphs(element)[:count]`, reading no further into the element than they take (the lines under a
    headline, when what follows it is the whole article)."""
    out: list[str] = []
    chunk: list[str] = []
    for piece in _pieces(element):
        if piece != "\x00":
            chunk.append(piece)
            continue
        _lines("".join(chunk), out)
        chunk = []
        if len(out) >= count:
            return out[:count]
    _lines("".join(chunk), out)
    return out[:count]


def _lines(chunk: str, out: list[str]) -> None:
    for part in BREAKS.split(chunk):
        line = normalize(part.replace("\n", " "))
        if line:
            out.append(line)


def _pieces(element: _Element) -> Iterator[str]:
    """What `paragraphs` reads, one piece at a time: text, "\n" for <br>, "\x00" at block boundaries. Its own
    stack, not recursion: a page nested thousands of elements deep must not overflow Python's."""
    stack: list[tuple[_Element, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        if closing:  # its children are done: close its block, then what follows it in its parent
            if node.tag in BLOCK_TAGS:
                yield "\x00"
            if node is not element and node.tail:
                yield node.tail
            continue
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in NEVER_TEXT or (tag and node.get(HIDDEN) is not None):
            if node is not element and node.tail:
                yield node.tail
            continue
        if tag in BLOCK_TAGS:
            yield "\x00"
        if tag == "br":
            yield "\n"
        elif tag and node.text:
            yield node.text
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))


def longer_than(element: _Element, size: int) -> bool:
    """`len(text_of(element)) > size`, reading only as much text as it takes to tell (a prefix's text is
    never longer than the whole's)."""
    pieces: list[str] = []
    read, budget = 0, 2 * size
    for piece in element.itertext():
        pieces.append(piece)
        read += len(piece)
        if read > budget:
            if len(normalize(" ".join(pieces))) > size:
                return True
            budget = 2 * read
    return len(normalize(" ".join(pieces))) > size


def unlink_scripts(root: _Element) -> None:
    """`<a href="javascript:...">` around paragraphs goes nowhere: what it wraps is text, not a link (as
    Readability reads it), so an article inside one is not taken for a link list. A short one is a button
    ("Back", "Print") and stays a link."""
    query = "//a[starts-with(normalize-space(translate(@href, 'JAVASCRIPT', 'javascript')), 'javascript:')]"
    for anchor in root.xpath(query):
        if any(child.tag in BLOCK_TAGS for child in anchor.iter() if child is not anchor) or len(text_of(anchor)) > 80:
            anchor.tag = "span"
            anchor.attrib.pop("href", None)
