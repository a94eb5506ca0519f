"""Paragraph-level boilerplate: what news sites put inside the article body that is not the article.

Element-level rules (a profile's `drop` selectors) run first; these catch what is left as plain
paragraphs: "Baca juga" lines, ad markers, video embeds, credit lines, datelines, reporter initials.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Whole paragraphs that are never the article.
_NOT_ARTICLE = re.compile(
    r"""^(?:
        (?:baca|lihat|simak|tonton|saksikan)\s+(?:juga|pula|selengkapnya|video)\b.{0,200}
      | (?:pilihan\s+editor|berita\s+terkait|berita\s+selanjutnya)\s*:.{0,200}
      | dengarkan\s+(?:artikel|berita)(?:\s+ini)?
      | artikel\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat)\s+di\b.*  # a network's syndication line
      | advertisement | iklan
      | scroll\s+to\s+(?:resume|continue)\s+with\s+content
      | \[gambas:[^\]]*\]
      | cek\s+berita\s+dan\s+artikel\s+(?:yang|yg)\s+lain\b.*
      | nyaman\s+tanpa\s+iklan\b.*
      | simak\s+.{0,120}whatsapp\s+channel.*
      | (?:penulis|editor|reporter|pewarta|penyunting|fotografer)\s*:.{0,80}
      | (?:penulis|editor|reporter|pewarta|penyunting|fotografer|sumber)\s*:?  # a credit's label on its own line
      | :\s*[^:]{1,80}  # and its value, split from it ("Editor" / ": Ervan Hardoko")
      | jangan\s+lewatkan\W*
      # a dateline left on a line of its own: "Jakarta -"
      | [A-Z][\w.]*(?:[ ,]+[A-Z][\w.]*){0,3}\s*(?:\([^)]{2,25}\))?\s*[-–—]{1,2}
      | \*?\s*ringkasan\s+ini\s+dibantu\b.*
      | halaman(?:\s+\d+)+ | halaman\s+selanjutnya
      | (?:share|bagikan)(?:\s+(?:artikel|berita|this|article)){0,2}(?:\s+ini)?\s*:?
        (?:\s*(?:facebook|twitter|x|whatsapp|telegram|linkedin|email|line|pinterest|copy\s+link|salin\s+tautan))*
      | (?:oleh|by)\s+[^·|]{2,60}\s[·|]\s.{0,60}  # a byline with its date: "Oleh Rina · Kamis, 18 September 2025"
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A dateline that opens the first paragraph: "KOMPAS.com -", "Jakarta, CNN Indonesia --",
# "Bisnis.com, JAKARTA —", "Liputan6.com, Jakarta -", "REPUBLIKA.CO.ID, JAKARTA --".
_DATELINE = re.compile(
    r"""^\s*(?:
        [A-Za-z0-9]+\.(?i:com|co\.id|co|id|net)(?:\s*,\s*[A-Za-z][A-Za-z .]{1,30}?)?
      | [A-Z][A-Za-z .]{1,30}?,\s*(?:CNN\s+Indonesia|ANTARA|[A-Za-z0-9]+\.(?i:com|co\.id|co|id|net))
      | ANTARA(?:\s+News)?
    )\s*[-–—]{1,2}\s+""",
    re.VERBOSE,
)
# A wire or city dateline: "LONDON (Reuters) -", "SPRINGFIELD, Ill. (AP) —", "Mataram, NTB (ANTARA News) -",
# "JAKARTA -" (a city in capitals, a region, an agency in brackets, then a dash).
_WIRE_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s*[,(]))"
    r"(?:\s*,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2})?(?:\s*\([A-Za-z][A-Za-z .]{1,25}\))?\s*[-–—]{1,2}\s+\S"
)


def opens_with_dateline(paragraph: str, pattern: str | None = None) -> bool:
    """True when the paragraph opens with a dateline (or a profile's `pattern`): where the article's text begins."""
    own = bool(pattern and re.match(pattern, paragraph))
    return own or bool(_DATELINE.match(paragraph) or _WIRE_DATELINE.match(paragraph))


DATELINE_REACH = 4
CAPTION_CHARS = 500


def from_dateline(lines: list[str], pattern: str | None = None) -> list[str]:
    """The article opens with its dateline ("LHOKSEUMAWE, KOMPAS.com -", "LONDON (Reuters) -"): the short
    lines above it (a photo's caption and credit, a kicker, a key-points summary) are not the article."""
    for index, line in enumerate(lines[:DATELINE_REACH]):
        if index and opens_with_dateline(line, pattern):
            above = lines[:index]
            return lines[index:] if all(len(a) < CAPTION_CHARS for a in above) else lines
    return lines


_SIGN_OFF = re.compile(r"^[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){1,3}$")
# Reporter initials that close an article: "(agt)", "(ant/fik)", "( ANT / Fik )", "(ant/fik/rep)".
_INITIALS = re.compile(r"\s*\(\s*([A-Za-z]{2,5}(?:\s*/\s*[A-Za-z]{2,5})*)\s*\)\s*$")


def clean(paragraphs: Iterable[str], drop_phrases: Iterable[str] = (), dateline: str | None = None) -> list[str]:
    """Drop boilerplate paragraphs, the opening dateline and closing initials."""
    prefixes = tuple(p.lower() for p in drop_phrases)
    kept = [p for p in paragraphs if not _NOT_ARTICLE.match(p) and not p.lower().startswith(prefixes)]
    if len(kept) > 1 and _SIGN_OFF.match(kept[-1]):
        kept.pop()  # the reporter's name in capitals under the story: "DINI TEJA"
    if kept:
        kept[0] = strip_dateline(kept[0], dateline)
        kept[-1] = _INITIALS.sub("", kept[-1])
    return [p for p in kept if p.strip()]


def closing_initials(paragraphs: list[str]) -> list[str]:
    """The initials that close an article's last paragraph, lower-cased: "... pasar. (ant/fik)" -> ["ant", "fik"]
    (the news agency, if any, first; the reporter or editor after)."""
    for paragraph in reversed(paragraphs):
        if _NOT_ARTICLE.match(paragraph):
            continue
        match = _INITIALS.search(paragraph)
        return [code.strip().lower() for code in match.group(1).split("/")] if match else []
    return []


def strip_dateline(paragraph: str, pattern: str | None = None) -> str:
    if pattern:
        stripped = re.sub(pattern, "", paragraph, count=1)
        if stripped != paragraph:
            return stripped
    return _DATELINE.sub("", paragraph, count=1)
