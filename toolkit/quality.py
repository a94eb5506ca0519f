"""Extraction quality: the article-extraction-benchmark's body metric. Token 4-gram shingles, precision and recall per
page, macro-averaged; F1 of the averages. Shared by every bench that scores extraction quality."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def score(predicted: str, expected: str) -> Score:
    got, want = shingles(predicted), shingles(expected)
    if not got and not want:
        return Score(1.0, 1.0)
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(want.values()) if want else 1.0
    return Score(precision, recall)


def macro(scores: Iterable[Score]) -> Score:
    items = list(scores)
    if not items:
        return Score(0.0, 0.0)
    return Score(sum(s.precision for s in items) / len(items), sum(s.recall for s in items) / len(items))
