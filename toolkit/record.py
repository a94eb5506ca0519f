"""The record: one JSON object per input, in the field order of DESIGN.md."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

Status = Literal["ok", "error", "skipped"]
Access = Literal["free", "paywalled", "unlocked"]


@dataclass
class Image:
    url: str
    caption: str | None = None


@dataclass
class ArticleMeta:
    """The metadata fields an article has, wherever they were read from."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    image: Image | None = None
    language: str | None = None


@dataclass
class Article(ArticleMeta):
    """What extraction gives for one article (all of its pages joined)."""

    text: str = ""
    access: Access | None = None
    access_evidence: list[str] = field(default_factory=list)
    pages: int = 1
    site: str = "generic"
    notes: list[str] = field(default_factory=list)

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(kw_only=True)
class Record:
    url: str
    final_url: str | None = None
    status: Status
    error: dict[str, str] | None = None
    http_status: int | None = None
    site: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    image: Image | None = None
    language: str | None = None
    text: str = ""
    word_count: int = 0
    access: Access | None = None
    access_evidence: list[str] = field(default_factory=list)
    pages: int = 0
    notes: list[str] = field(default_factory=list)
    """How the text was found when it was not the plain way (a fallback taken, a page truncated)."""
    elapsed_ms: int = 0
    fetched_at: str = field(default_factory=lambda: now_utc())
    source: str | None = None
    access_checks: int = field(default=0, repr=False)
    """Extra page loads spent proving access (the anonymous view of a free-looking page with a session):
    counted in the run's summary, not part of the record a sink writes."""

    @classmethod
    def ok(cls, url: str, article: Article, **extra: Any) -> Record:
        return cls(
            url=url,
            status="ok",
            site=article.site,
            title=article.title,
            authors=article.authors,
            editors=article.editors,
            published=article.published,
            modified=article.modified,
            section=article.section,
            tags=article.tags,
            image=article.image,
            language=article.language,
            text=article.text,
            word_count=article.word_count,
            access=article.access,
            access_evidence=article.access_evidence,
            pages=article.pages,
            notes=article.notes,
            **extra,
        )

    @classmethod
    def failed(cls, url: str, kind: str, message: str, **extra: Any) -> Record:
        return cls(url=url, status="error", error={"kind": kind, "message": message}, **extra)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        del data["access_checks"]
        if self.source is None:
            del data["source"]
        return data

    def to_json(self) -> str:
        return json_line(self.to_dict())


_LINE_BREAKS = {ord(c): f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"}
"""The line separators json.dumps leaves raw with ensure_ascii=False (it escapes \\n, \\r, \\x0b, \\x0c and
\\x1c-\\x1e as control characters already)."""


def json_line(value: Any) -> str:
    """`value` as one line of JSON Lines, readable text kept: U+0085, U+2028 and U+2029 written as `\\u` escapes,
    so that a reader splitting lines the Python way (`str.splitlines`) still sees one record per line."""
    return json.dumps(value, ensure_ascii=False).translate(_LINE_BREAKS)


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
