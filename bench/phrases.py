"""How many corpus pages each phrase rule of extraction meets: a rule that occurs in one page or none fits the
pages it was written on, not news pages in general (issue 20, kind 7).

    .venv/bin/python bench/phrases.py [--most 1]

Each rule's pattern is split into its alternatives (the top-level `|` of its main group); each alternative is
matched as the rule matches (a short line of text for `lines.py`, a heading for furniture headings, class and
id words for furniture names and `inbody`'s caption names) on every page of ../shared/corpus (raw HTML, all three
corpora). Printed: every alternative met on at most `--most` pages, with its count.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from lxml.etree import _Element

from toolkit.extract import furniture, inbody, lines
from toolkit.extract.dom import paragraphs, parse, text_of

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

Target = Callable[[_Element], list[str]]


def _lines(root: _Element) -> list[str]:
    body = root.find("body")
    return [] if body is None else [p for p in paragraphs(body) if len(p) < lines.SHORT]


def _headings(root: _Element) -> list[str]:
    return [t for h in root.iter("h2", "h3", "h4", "h5", "h6", "header") if 0 < len(t := text_of(h)) < 60]


def _names(root: _Element) -> list[str]:
    return [f"{e.get('class', '')} {e.get('id', '')}" for e in root.iter() if isinstance(e.tag, str)]


def rules() -> Iterator[tuple[str, re.Pattern[str], Target, Callable[[str], bool]]]:
    """(name, pattern, what it reads, an extra condition on the text) for every phrase rule."""
    anything: Callable[[str], bool] = lambda _: True  # noqa: E731
    yield "lines.share", lines.SHARE_WORDS, _lines, anything
    for kind, pattern in lines._RULES.items():
        yield f"lines.{kind}", pattern, _lines, anything
    yield "lines.promo", lines._PROMO, _lines, lambda text: bool(lines._INVITATION.search(text))
    yield "lines.disclosure", lines._DISCLOSURE, _lines, anything
    for kind, pattern in furniture._HEADINGS.items():
        yield f"furniture.heading {kind}", pattern, _headings, anything
    for kind, pattern in furniture._NAMES.items():
        yield f"furniture.name {kind}", pattern, _names, anything
    yield "inbody.caption name", inbody._CAPTION_NAME, _names, anything


def alternatives(pattern: str) -> list[tuple[str, str, str]]:
    """(alternative, the pattern with only that alternative left, the pattern without it) for each alternative
    of the pattern's top level, or else of its group with the most alternatives (the phrase list)."""
    pieces = _split(pattern)
    if len(pieces) > 1:  # alternatives at the top: each one alone
        return [(p, p, "|".join(q for q in pieces if q is not p)) for p in pieces]
    best: tuple[int, int, list[str]] = (0, 0, [])
    start = pattern.find("(?:")
    while start >= 0:
        end = _closing(pattern, start)
        inner = _split(pattern[start + 3 : end])
        if len(inner) > len(best[2]):
            best = (start, end, inner)
        start = pattern.find("(?:", start + 3)
    start, end, inner = best
    if len(inner) < 2:
        return [(pattern, pattern, "(?!)")]
    head, tail = pattern[: start + 3], pattern[end:]
    return [(p, head + p + tail, head + "|".join(q for q in inner if q is not p) + tail) for p in inner]


def _closing(pattern: str, start: int) -> int:
    depth, i = 0, start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        depth += c == "("
        depth -= c == ")"
        if depth == 0:
            return i
        i += 1
    return len(pattern)


def _split(pattern: str) -> list[str]:
    """`pattern` cut at its `|` outside any group or character class."""
    pieces, depth, klass, current, i = [], 0, False, "", 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            current += pattern[i : i + 2]
            i += 2
            continue
        if klass:
            klass = c != "]"
        elif c == "[":
            klass = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            pieces.append(current)
            current, i = "", i + 1
            continue
        current += c
        i += 1
    return [*pieces, current]


def pages() -> Iterator[tuple[str, bytes]]:
    for path in sorted((CORPUS / "readability").glob("*/source.html")):
        yield path.parent.name, path.read_bytes()
    for path in sorted((CORPUS / "trafilatura-dev").glob("*/source.html.gz")):
        yield path.parent.name, gzip.decompress(path.read_bytes())
    for path in sorted((CORPUS / "indonesian").glob("*.html")):
        yield path.stem, path.read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--most", type=int, default=1, help="print alternatives met on at most this many pages")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    found = [
        (name, alt, re.compile(alone, pattern.flags), re.compile(rest, pattern.flags), pattern, target, extra)
        for name, pattern, target, extra in rules()
        for alt, alone, rest in alternatives(pattern.pattern)
    ]
    occurs, decides = [0] * len(found), [0] * len(found)
    where: list[list[str]] = [[] for _ in found]
    total = 0
    for page, raw in pages():
        total += 1
        root = parse(raw.decode("utf-8", "replace"))
        texts = {target: target(root) for target in {f[5] for f in found}}
        for i, (_, _, alone, rest, whole, target, extra) in enumerate(found):
            hits = [t for t in texts[target] if whole.search(t) and extra(t)]
            if any(alone.search(t) for t in hits):
                occurs[i] += 1
                where[i].append(page)
            if any(not rest.search(t) for t in hits):
                decides[i] += 1  # a line that the rule takes only because of this alternative
    print(
        f"{len(found)} alternatives, {total} pages; occurs: pages where it matches, decides: pages where the rule "
        "matches a line only because of it"
    )
    for i, (name, alt, *_rest) in enumerate(found):
        if min(occurs[i], decides[i]) <= args.most:
            print(f"{occurs[i]:>3} {decides[i]:>3}  {name:<26} {alt[:64]!r}  {' '.join(where[i])[:50]}")


if __name__ == "__main__":
    main()
