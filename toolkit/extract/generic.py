"""The generic extractor: the main text block of a page no profile knows.

The browser has already removed what a reader cannot see and what floats over the page
(`dom.remove_invisible`), so trafilatura's main-content choice runs on the page as it was seen,
not on raw HTML full of hidden templates and overlays. Our boilerplate rules clean what it keeps.
"""

from __future__ import annotations

import trafilatura
from lxml import html as lxml_html
from lxml.etree import _Element

from toolkit.extract import boilerplate


def body_paragraphs(root: _Element, url: str, title: str | None = None) -> list[str]:
    markup = lxml_html.tostring(root, encoding="unicode")
    text = trafilatura.extract(
        markup,
        url=url,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        favor_precision=True,
    )
    if not text:
        text = trafilatura.extract(markup, url=url, output_format="txt", include_comments=False, favor_recall=True)
    found = [line.strip() for line in (text or "").split("\n") if line.strip()]
    return boilerplate.clean(_after_headline(found, title))


def _after_headline(lines: list[str], title: str | None) -> list[str]:
    """Drop the headline when the text block repeats it, and the kicker or label lines above it."""
    if not title:
        return lines
    wanted = title.casefold()
    for index, line in enumerate(lines[:4]):
        if line.casefold() == wanted:
            return lines[index + 1 :]
    return lines
