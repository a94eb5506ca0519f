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

SHOWN_WORDS = 150
"""A shown article at least this long is the article: the declared body is not read."""
DECLARED_RATIO = 3
MIN_DECLARED_WORDS = 80
"""The declared body replaces the shown one when it is this long and DECLARED_RATIO times longer."""
_MARKUP = re.compile(r"</?(?:p|br|div|h[1-6]|li)\b", re.IGNORECASE)


def declared_body(shown: list[str], jsonld: dict[str, Any] | None, access: str) -> tuple[list[str], str | None]:
    """The paragraphs to keep, and a note when they are the JSON-LD's rather than the page's."""
    declared = (jsonld or {}).get("articleBody")
    if access == "paywalled" or not isinstance(declared, str):
        return shown, None
    words, theirs = sum(len(p.split()) for p in shown), len(declared.split())
    if words >= SHOWN_WORDS or theirs < MIN_DECLARED_WORDS or theirs < DECLARED_RATIO * words:
        return shown, None
    if _MARKUP.search(declared):  # some CMSs declare the body's HTML
        found = paragraphs(parse(f"<html><body>{declared}</body></html>").find("body"))
    else:
        found = [line for line in (normalize(part) for part in declared.splitlines()) if line]
    note = f"the page showed {words} words of its article; its JSON-LD articleBody holds {theirs}: read from there"
    return found, note
