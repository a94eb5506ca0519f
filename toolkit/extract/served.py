"""The article a page's scripts took away: a page whose scripts replace the document with an error or an
interstitial after load ("This page is not available right now ... Ref 1: ...", an anti-adblock wall) while
the HTML as served holds the article. The rendered page is read first; only when it gives a short result is
the served HTML read too (so the common page costs nothing more), and

- when the served HTML holds a much longer article, that article is the page's, and `notes` say so;
- when the rendered text is short, was written by scripts (the served HTML does not hold it), nothing says it
  is an article, and the served HTML holds none either, the page is `no-article`, with the text it showed as
  evidence: an error page is never an `ok` article.
"""

from __future__ import annotations

from toolkit.errors import NoArticle
from toolkit.extract import PageContent, extract_page
from toolkit.extract.declared import SHORT_WORDS, lost
from toolkit.extract.dom import parse

ERROR_WORDS = 60
"""Script-written text shorter than this, on a page that does not say it is an article, is not one."""


def extract_checked(html: str, url: str, served: str | None, http_status: int | None = None,
                    first_page: bool = True) -> PageContent:  # fmt: skip
    """`extract_page` on the rendered DOM, checked against the HTML as served (None: not known)."""
    content = extract_page(html, url, http_status, first_page)
    words = _words(content)
    if served is None or words >= SHORT_WORDS or not served.strip():
        return content
    original = extract_page(served, url, http_status, first_page)
    theirs = _words(original)
    if lost(words, theirs):
        original.notes.append(
            f"the rendered page had lost the article ({words} words left by its scripts, {theirs} in the HTML"
            " as served): read from the served HTML"
        )
        return original
    if words and words < ERROR_WORDS and not content.says_article and not _served_holds(content, served):
        shown = " ".join(content.paragraphs)[:160]
        raise NoArticle(f"the page's scripts replaced it with {shown!r}, and the HTML as served holds no article")
    return content


def _words(content: PageContent) -> int:
    return sum(len(p.split()) for p in content.paragraphs) if content.looks_like_article else 0


def _served_holds(content: PageContent, served: str) -> bool:
    """True when the rendered text is in the served document's text (the server wrote it, not a script)."""
    root = parse(served)
    for element in root.iter("script", "style", "noscript", "template"):
        element.text = None
    text = "".join("".join(root.itertext()).split())  # spaces aside: "ke <a>beranda</a>." reads "ke beranda."
    return all("".join(p.split()) in text for p in content.paragraphs)
