"""One site's health as a run finds it: the line written to `-o FILE.jsonl` and to the history."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

VERDICTS = ("ok", "drift", "blocked", "no-articles", "unreachable")
"""Best to worst. When several apply, the worst wins: nothing answered (`unreachable`) hides whether the site
blocks, a wall hides whether articles are listed, and no article leaves no template to judge."""
FIELDS = ("title", "text", "published", "authors")
TEXT_WORDS = 80
"""`text` counts as filled from this many words on: a teaser or a caption is not an article body."""


@dataclass
class SiteHealth:
    site: str
    """The name the history knows the site by: a profile name, else the host (and path) checked."""
    verdict: str
    evidence: list[str] = field(default_factory=list)
    fields: dict[str, list[int]] = field(default_factory=dict)
    """Field -> [pages where it is filled, pages checked]."""
    selectors: dict[str, list[int]] = field(default_factory=dict)
    """Selector the profile declares (by profile field: "body", "credits", ...) -> [pages matched, pages checked]."""
    urls: list[str] = field(default_factory=list)
    checked_at: str = ""
    profile: str | None = None
    changed: list[str] = field(default_factory=list)
    """What differs from the site's previous line in the history ("first check" when there is none)."""

    def to_json(self) -> str:
        """One line: every non-ASCII character escaped, so U+2028 and friends never split it."""
        return json.dumps(asdict(self), ensure_ascii=True)

    @classmethod
    def from_dict(cls, data: Any) -> SiteHealth | None:
        """A history line back, or None when it is not one (a line cut short, another tool's file)."""
        if not isinstance(data, dict) or not isinstance(data.get("site"), str) or data.get("verdict") not in VERDICTS:
            return None
        return cls(
            site=data["site"],
            verdict=data["verdict"],
            evidence=[str(e) for e in _list(data.get("evidence"))],
            fields=_counts(data.get("fields")),
            selectors=_counts(data.get("selectors")),
            urls=[str(u) for u in _list(data.get("urls"))],
            checked_at=str(data.get("checked_at") or ""),
            profile=data["profile"] if isinstance(data.get("profile"), str) else None,
            changed=[str(c) for c in _list(data.get("changed"))],
        )

    @property
    def day(self) -> str:
        return self.checked_at[:10]


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _counts(value: Any) -> dict[str, list[int]]:
    """{name: [k, n]} with two non-negative integers, k <= n; anything else is left out."""
    if not isinstance(value, dict):
        return {}
    counts = {}
    for name, pair in value.items():
        if (isinstance(pair, list) and len(pair) == 2 and all(type(x) is int and x >= 0 for x in pair)
                and pair[0] <= pair[1]):  # fmt: skip
            counts[str(name)] = [pair[0], pair[1]]
    return counts
