"""The generic extractor: the main text block of a page no profile knows.

The browser has already removed what a reader cannot see and what floats over the page
(`dom.remove_invisible`), so the main-content choice runs on the page as it was seen, not on raw
HTML full of hidden templates, overlays and consent boxes. readability-lxml (Readability's
algorithm: paragraph scoring, link density, class weights) picks the block; trafilatura takes over
when that block is nearly empty. Measured on ../shared/corpus (bench/extraction.py), this pair on
the seen DOM scores above either library on raw HTML. Our boilerplate rules clean what is kept.
"""

from __future__ import annotations

import logging

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError, _Element
from readability import Document

from toolkit.extract import boilerplate
from toolkit.extract.dom import paragraphs

MIN_BLOCK_CHARS = 200
logging.getLogger("readability.readability").setLevel(logging.ERROR)


def body_paragraphs(root: _Element, url: str, title: str | None = None) -> list[str]:
    markup = lxml_html.tostring(root, encoding="unicode")
    found = _readability(markup, url)
    if sum(len(p) for p in found) < MIN_BLOCK_CHARS:
        found = _trafilatura(markup, url) or found
    return boilerplate.clean(_after_headline(found, title))


def _readability(markup: str, url: str) -> list[str]:
    try:
        summary = Document(markup).summary(html_partial=True)  # no url: absolute links cost time, text needs none
        return paragraphs(lxml_html.fromstring(summary)) if summary.strip() else []
    except (ParserError, ValueError, TypeError, AttributeError):  # readability on odd markup
        return []


def _trafilatura(markup: str, url: str) -> list[str]:
    text = trafilatura.extract(markup, url=url, output_format="txt", include_comments=False, include_tables=True,
                               deduplicate=False)  # fmt: skip
    return [line.strip() for line in (text or "").split("\n") if line.strip()]


def _after_headline(lines: list[str], title: str | None) -> list[str]:
    """Drop the headline when the text block repeats it, and the kicker or label lines above it."""
    if not title:
        return lines
    wanted = title.casefold()
    for index, line in enumerate(lines[:4]):
        if line.casefold() == wanted:
            return lines[index + 1 :]
    return lines
