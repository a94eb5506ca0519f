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


@dataclass(frozen=True)
class Snippets:
    """trafilatura's own evaluation (its tests/eval_common.py): `with` snippets found are true positives,
    missing ones false negatives; `without` snippets found are false positives. Micro-averaged by adding."""

    tp: int = 0
    fn: int = 0
    fp: int = 0

    def __add__(self, other: Snippets) -> Snippets:
        return Snippets(self.tp + other.tp, self.fn + other.fn, self.fp + other.fp)

    @property
    def score(self) -> Score:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return Score(precision, recall)


def snippets(text: str, wanted: Iterable[str], unwanted: Iterable[str]) -> Snippets:
    flat = " ".join(text.split())
    found_wanted = [" ".join(s.split()) in flat for s in wanted]
    found_unwanted = [" ".join(s.split()) in flat for s in unwanted]
    return Snippets(sum(found_wanted), len(found_wanted) - sum(found_wanted), sum(found_unwanted))
