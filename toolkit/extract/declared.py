"""The article a page declares in its JSON-LD (`articleBody`), read when the page shows almost none of it.

A script-built page saved or loaded without its scripts' data (an app shell, a template its scripts never
filled) shows a few lines while its JSON-LD, written by the server, holds the whole article: the publisher's
own statement of the text, as news-please and fundus read it. It is read only then, and `notes` say so; a
paywalled page's declared body stays unread (what the page locks stays locked).
"""

from __future__ import annotations

import re
from typing import Any

from toolkit.extract.dom import normalize, paragraphs, parse

SHORT_WORDS = 150
"""A shown article at least this long is the article: no other source of it is read."""
LOST_RATIO = 3
MIN_LOST_WORDS = 80
"""Another source of the article (its JSON-LD, the HTML as served: `served`) replaces the shown one when it is
this long and LOST_RATIO times longer."""


def lost(shown: int, other: int) -> bool:
    """True when a page that shows `shown` words of its article has lost it beside a source of `other` words."""
    return shown < SHORT_WORDS and other >= MIN_LOST_WORDS and other >= LOST_RATIO * shown


_MARKUP = re.compile(r"</?(?:p|br|div|h[1-6]|li)\b", re.IGNORECASE)


def declared_body(shown: list[str], jsonld: dict[str, Any] | None, access: str) -> tuple[list[str], str | None]:
    """The paragraphs to keep, and a note when they are the JSON-LD's rather than the page's."""
    declared = (jsonld or {}).get("articleBody")
    if access == "paywalled" or not isinstance(declared, str):
        return shown, None
    words, theirs = sum(len(p.split()) for p in shown), len(declared.split())
    if not lost(words, theirs):
        return shown, None
    if _MARKUP.search(declared):  # some CMSs declare the body's HTML
        found = paragraphs(parse(f"<html><body>{declared}</body></html>").find("body"))
    else:
        found = [line for line in (normalize(part) for part in declared.splitlines()) if line]
    note = f"the page showed {words} words of its article; its JSON-LD articleBody holds {theirs}: read from there"
    return found, note
