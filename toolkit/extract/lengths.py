"""Text lengths of every element of a subtree from one pass: what furniture asks of thousands of elements.

`dom.text_of(e)` walks e's whole subtree; asking it of every element costs the page's size times its depth.
`TextLengths` answers the same questions (length, text, first characters, link text) in constant time.
`tests/extract/test_fast_paths.py` checks it against `text_of` on awkward markup and on corpus pages.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, pairwise

from lxml import etree
from lxml.etree import _Element

from toolkit.extract.dom import SPACES, normalize, text_of

_LEADING_SPACE = re.compile(r"\s*")
"""What str.strip() takes from the start (re's \\s and str.isspace agree on every character)."""


def _trailing_spaces(text: str) -> int:
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    return len(text) - end


class TextLengths:
    """`text_of` for every element under `root`, from one pass over the subtree's text.

    `text_of(e)` walks e's whole subtree, so asking it of every element costs the page's size times its
    depth. An element's text is one contiguous run of the root's text pieces (its text, its descendants'
    texts and tails), so one walk that records each element's run answers `len(text_of(e))` in constant
    time, from prefix sums over the pieces with their runs of spaces collapsed. Valid until the tree changes.
    """

    def __init__(self, root: _Element) -> None:
        pieces: list[str] = []
        starts: list[tuple[int, int]] = []
        spans: dict[_Element, tuple[int, int, int, int]] = {}
        """element: (first piece, end piece, its number in document order, the end of its subtree's numbers)"""
        links: list[tuple[int, _Element]] = []
        add, push, pop = pieces.append, starts.append, starts.pop
        seen = 0
        for event, node in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
            if event == "start":
                push((len(pieces), seen))
                if node.tag == "a":
                    links.append((seen, node))
                seen += 1
                text = node.text
                if text is not None:
                    add(text)
                continue
            if event == "end":
                first_piece, number = pop()
                spans[node] = (first_piece, len(pieces), number, seen)
            text = node.tail
            if text is not None:  # text after an element, a comment or a processing instruction
                add(text)
        self._spans = spans
        if root.tail is not None:
            pieces.pop()  # the root's own tail is not its text
        self._pieces = pieces
        joined = "\x00".join(pieces)
        if joined.count("\x00") == max(0, len(pieces) - 1):  # collapse spaces in one regex pass
            collapsed = SPACES.sub(" ", joined).split("\x00") if pieces else []
        else:
            collapsed = [SPACES.sub(" ", piece) for piece in pieces]
        collapsed = [c or " " for c in collapsed]  # "" joins like a space: "a", "", "b" -> "a  b" -> "a b"
        # total[i]: length of the collapsed " ".join(pieces[:i]); the joining space merges with a space on either side
        total = [0]
        previous_space = False
        for c in collapsed:
            joint = 0 if len(total) == 1 else 1 - previous_space - (c[0] == " ")
            total.append(total[-1] + joint + len(c))
            previous_space = c[-1] == " "
        self._total = total
        # Spaces at either end counted in place: strip() would copy a long piece (an inline script) to count them
        self._lead = lead = [_LEADING_SPACE.match(c).end() for c in collapsed]  # type: ignore[union-attr]
        self._trail = [len(c) if n == len(c) else _trailing_spaces(c) for c, n in zip(collapsed, lead, strict=True)]
        self._joint = [0] + [1 - (a[-1] == " ") - (b[0] == " ") for a, b in pairwise(collapsed)]
        self._words = [i for i, (c, n) in enumerate(zip(collapsed, lead, strict=True)) if n < len(c)]
        """The pieces that are not all space: where a stripped run starts and ends."""
        self._collapsed = collapsed
        self._link_numbers = [number for number, _ in links]
        self._link_total = list(accumulate((self.length(link) for _, link in links), initial=0))

    def _ends(self, start: int, end: int) -> tuple[int, int] | None:
        """The first and last pieces in [start, end) that are not all space."""
        first = bisect_left(self._words, start)
        if first >= len(self._words) or self._words[first] >= end:
            return None
        return self._words[first], self._words[bisect_left(self._words, end) - 1]

    def length(self, element: _Element) -> int:
        """`len(text_of(element))`."""
        span = self._spans.get(element)
        if span is None:
            return len(text_of(element))
        ends = self._ends(span[0], span[1])
        if ends is None:
            return 0
        p, q = ends
        return self._total[q + 1] - self._total[p] - self._joint[p] - self._lead[p] - self._trail[q]

    def prefix(self, element: _Element, size: int) -> str:
        """`text_of(element)[:size]` from as few pieces as give it: the first pieces' text, normalised, is the
        start of the whole text (a piece ends a word, and what is stripped from its end the whole text keeps
        only where more text follows)."""
        span = self._spans.get(element)
        if span is None:
            return text_of(element)[:size]
        start, end = span[0], span[1]
        read, budget = 0, 2 * size
        for k in range(start, end):
            read += len(self._pieces[k])
            if read >= budget:
                text = normalize(" ".join(self._pieces[start : k + 1]))
                if len(text) >= size:
                    return text[:size]
                budget = 4 * read
        return normalize(" ".join(self._pieces[start:end]))[:size]

    def link_length(self, element: _Element) -> int:
        """`sum(len(text_of(a)) for a in element.iter("a"))`: the links it holds are the ones numbered in its span."""
        span = self._spans.get(element)
        if span is None:
            return sum(len(text_of(a)) for a in element.iter("a"))
        numbers, total = self._link_numbers, self._link_total
        return total[bisect_left(numbers, span[3])] - total[bisect_left(numbers, span[2])]

    def first_char(self, element: _Element) -> str:
        """`text_of(element)[:1]`."""
        span = self._spans.get(element)
        if span is None:
            return text_of(element)[:1]
        ends = self._ends(span[0], span[1])
        return self._collapsed[ends[0]][self._lead[ends[0]]] if ends else ""

    def text(self, element: _Element) -> str:
        """`text_of(element)`, without walking the subtree again."""
        span = self._spans.get(element)
        if span is None:
            return text_of(element)
        return normalize(" ".join(self._pieces[span[0] : span[1]]))
