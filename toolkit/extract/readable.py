"""readability-lxml on the page's tree, as it would run on the page's markup, in less time.

Given a string, readability parses it again on every attempt and its cleaner copies the result once
more; given a tree it would change that tree and retry on what its first attempt left. `TreeDocument`
gives each attempt its own copy of the tree and cleans it in place. Two of readability's own steps
are redone here with the same decisions, without the work that does not decide anything: serialising
every div's subtree to look for a block tag in the markup, and running the same class-name patterns
on the same class names. The extraction tests compare its output with readability's on markup.
"""

from __future__ import annotations

import copy
import logging
import re
from functools import lru_cache

from lxml import etree
from lxml.etree import _Element, tostring, tounicode
from lxml.html import fragment_fromstring, fromstring, xhtml_to_html
from readability import Document
from readability.readability import REGEXES

logging.getLogger("readability.readability").setLevel(logging.ERROR)

_DISPLAY_NONE = REGEXES["displayNoneRe"]
_DIV_TO_P = REGEXES["divToPElementsRe"]
_INLINE = frozenset(("a", "b", "cite", "code", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u"))
# `divToPElementsRe` ("<" and a block tag) found in markup is found at the start of a tag name: text and
# attribute values are escaped. In the bytes' repr that readability searches, only ASCII letters fold case.
_BLOCK_NAME_BYTES = re.compile(_DIV_TO_P.pattern[1:], re.IGNORECASE | re.ASCII)
_BLOCK_NAME_TEXT = re.compile(_DIV_TO_P.pattern[1:], re.IGNORECASE)


class TreeDocument(Document):
    """`readability.Document` for a parsed tree (`Document(tree)` would change it)."""

    def _parse(self, input: _Element) -> _Element:
        """`Document._parse` on a copy: the same drops, then the cleaner in place (`clean_html` less its copy)."""
        doc = copy.deepcopy(input)
        for elem in doc.xpath("//*[@hidden]"):
            elem.drop_tree()
        for elem in doc.xpath("//*[@style]"):
            if _DISPLAY_NONE.search(elem.get("style")):
                elem.drop_tree()
        # readability's cleaner, less what changes only attribute values (`on*` handlers, `javascript:` links,
        # `<base>`-relative links): readability reads none of them, and we read only the text it keeps
        xhtml_to_html(doc)
        for elem in doc.iter("image"):
            elem.tag = "img"
        etree.strip_elements(doc, "script", "style", "link", etree.Comment, etree.PI, with_tail=False)
        return doc

    def get_clean_html(self) -> str:
        """The summary as readability serialises it, unless its text alone makes it long enough not to retry:
        then its text, holding the summary's element for `summary_element` (no serialising, no parsing back).
        Serialised and cleaned, the summary is never shorter than its text (tags are only ever shortened)."""
        text = self.html.text_content()
        if len(text) >= self.retry_length:
            return _Summary(text, self.html)
        return super().get_clean_html()

    _lengths: dict[_Element, int] | None = None
    """Text lengths readability measured while scoring (the tree does not change until scoring ends)."""

    def score_paragraphs(self):  # type: ignore[no-untyped-def]
        """readability's, with each link's text measured once rather than once per candidate holding it."""
        self._lengths = {}
        try:
            return super().score_paragraphs()
        finally:
            self._lengths = None

    def get_link_density(self, elem: _Element) -> float:
        """readability's, with `text_length` measured without building the cleaned text, and each link's
        length measured once while scoring."""
        lengths = self._lengths if self._lengths is not None else {}
        link_length = 0
        for i in elem.findall(".//a"):
            known = lengths.get(i)
            if known is None:
                known = lengths[i] = text_length(i)
            link_length += known
        return float(link_length) / max(text_length(elem), 1)

    def remove_unlikely_candidates(self) -> None:
        """readability's, with its class-name verdicts kept per name (a page repeats its class names)."""
        for elem in _NAMED(self.html):  # an element with neither name is never unlikely
            s = "{} {}".format(elem.get("class", ""), elem.get("id", ""))
            if len(s) < 2:
                continue
            if _unlikely(s) and elem.tag not in ["html", "body"] and not _IN_CODE(elem) and not _HOLDS_MAIN(elem):
                elem.drop_tree()

    def transform_misused_divs_into_paragraphs(self) -> None:
        """readability's, with its markup searches answered from the tag names of the subtree."""
        for elem in self.tags(self.html, "div"):
            if not _holds_block(elem):
                elem.tag = "p"
        for elem in self.tags(self.html, "div"):
            children = list(elem)
            paragraph = None
            if elem.text and elem.text.strip():
                p = fragment_fromstring("<p/>")
                p.text = elem.text
                elem.text = None
                elem.insert(0, p)
                paragraph = p
            for child in children:
                if child.tag == "br":
                    paragraph = None
                    continue
                if child.tag not in _INLINE or _inline_holds_block(child):
                    paragraph = None
                    continue
                if paragraph is None:
                    paragraph = fragment_fromstring("<p/>")
                    child.addprevious(paragraph)
                paragraph.append(child)
            for pos, child in reversed(list(enumerate(elem))):
                if child.tail and child.tail.strip():
                    p = fragment_fromstring("<p/>")
                    p.text = child.tail
                    child.tail = None
                    elem.insert(pos + 1, p)
                if child.tag == "br":
                    child.drop_tree()


class _Summary(str):
    """The summary's text, with its element."""

    element: _Element

    def __new__(cls, text: str, element: _Element) -> _Summary:
        made = super().__new__(cls, text)
        made.element = element
        return made


def summary_element(document: TreeDocument) -> _Element | None:
    """The article readability picked, as an element (None when it found none)."""
    summary = document.summary(html_partial=True)
    if isinstance(summary, _Summary):
        return summary.element
    return fromstring(summary) if summary.strip() else None


def text_length(element: _Element) -> int:
    """`len(clean(element.text_content()))`, readability's measure, in a fifth of the time: `clean` collapses
    each whitespace run between words to one character, except a run with no line break that holds a tab or
    an odd space, which its last rule may leave longer (" \xa0", "\t\t"). Its first rule sends runs of
    255 or more to one space in the end; the ends are stripped."""
    text = element.text_content() or ""
    words = text.split()
    if not words:
        return 0
    length = sum(map(len, words)) + len(words) - 1
    if len(words) > 1 and _ODD_SPACE.search(text):
        end = len(text)
        for run in _ODD_RUN.finditer(text):
            start, stop = run.span()
            if start and stop < end and stop - start < 255:
                length += len(_TABS.sub(" ", run.group())) - 1
    return length


_ODD_SPACE = re.compile(r"[^\S \n]")
_ODD_RUN = re.compile(r"(?<!\s)(?=[^\S\n]{2})[^\S\n]*[^\S \n][^\S\n]*(?!\s)")
"""A whole whitespace run, two or more long, with no line break and something other than a space in it."""
_TABS = re.compile(r"\t|[ \t]{2,}")  # readability's last rule


_NAMED = etree.XPath("descendant::*[@class or @id]")
_IN_CODE = etree.XPath("ancestor-or-self::pre | ancestor-or-self::code")
_HOLDS_MAIN = etree.XPath("descendant-or-self::main | descendant-or-self::article | descendant-or-self::math")


@lru_cache(maxsize=4096)
def _unlikely(names: str) -> bool:
    return bool(REGEXES["unlikelyCandidatesRe"].search(names)) and not REGEXES["okMaybeItsACandidateRe"].search(names)


def _holds_block(div: _Element) -> bool:
    """`divToPElementsRe` in the UTF-8 XML serialisation of the div's children, as readability searches it."""
    names = _tag_names(div.iterdescendants())
    if names is None:
        return bool(_DIV_TO_P.search(str(b"".join(tostring(s, encoding="utf-8") for s in div))))
    return any(_BLOCK_NAME_BYTES.match(name) for name in names)


def _inline_holds_block(element: _Element) -> bool:
    """`divToPElementsRe` in the element's HTML serialisation, as readability searches it."""
    names = _tag_names(element.iter())
    if names is None:
        return bool(_DIV_TO_P.search(tounicode(element, method="html")))
    return any(_BLOCK_NAME_TEXT.match(name) for name in names)


def _tag_names(nodes) -> list[str] | None:  # type: ignore[no-untyped-def]
    """The tag names, or None when a node would put more than its tag in markup (a comment, a namespace, a
    script's raw text)."""
    names = []
    for node in nodes:
        tag = node.tag
        if not isinstance(tag, str) or tag.startswith("{") or tag in ("script", "style"):  # raw text in HTML
            return None
        names.append(tag)
    return names
