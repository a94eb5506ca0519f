"""What discovery takes and gives: its options, an entry as a source lists it, a kept URL, per-source counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from toolkit.browser.launch import check_proxy, repr_without_secrets
from toolkit.record import json_line

TIMEOUT = 30.0
"""Seconds a request (robots.txt, sitemap, feed, listing page) has for its whole answer: `--timeout`."""


@dataclass
class Entry:
    """A URL as one sitemap, feed or listing page gave it, with the dates and title it gave."""

    url: str
    found_in: str
    published: str | None = None
    """A publication date as written (news:publication_date, pubDate, Atom published, an index's date)."""
    modified: str | None = None
    """A modification date as written (lastmod, Atom updated): used only when nothing better is known."""
    title: str | None = None
    listed_on: str | None = None
    """The day (YYYY-MM-DD) of the dated index page that listed it."""


@dataclass
class SourceStats:
    """One SOURCE's row of the summary table."""

    source: str
    sitemaps: int = 0
    feeds: int = 0
    pages: int = 0
    """Index and search pages read."""
    found: int = 0
    kept: int = 0
    dropped: dict[str, int] = field(default_factory=dict)
    """Reason -> count: out of range, not an article, duplicate, seen before, undated, off query, over --max."""
    not_article: dict[str, int] = field(default_factory=dict)
    """Why the "not an article" ones were not: navigation page, static page, off-site, ..."""
    warnings: list[str] = field(default_factory=list)
    failed: int = 0
    """Documents that gave nothing (an HTTP error, no answer, refused by robots.txt): one warning per cause."""
    query_by: str | None = None
    """With --query: "search" (the site's own search) or "filter" (its sitemaps and feeds, by title and slug)."""
    note: str | None = None
    """Why the site's --query is a filter (the profile's `search_note`)."""

    def drop(self, reason: str, detail: str | None = None) -> None:
        self.dropped[reason] = self.dropped.get(reason, 0) + 1
        if detail:
            self.not_article[detail] = self.not_article.get(detail, 0) + 1


@dataclass(frozen=True)
class DiscoverOptions:
    since: str | None = None
    until: str | None = None
    query: str | None = None
    max_urls: int | None = None
    max_pages: int = 100
    """Documents (sitemaps, feeds, index and search pages) read per SOURCE."""
    dedup: str | None = None
    profile: str | None = None
    """Use this profile's discovery rules on a host it does not serve (a mirror, the demo site)."""
    proxy: str | None = field(default=None, repr=False)
    """http://user:pass@host:3128; repr shows it without the password."""
    session: str | None = None
    timeout: float = TIMEOUT
    robots: bool = True
    now: datetime | None = None
    """"Today" for the date window (tests pin it)."""

    def __post_init__(self) -> None:
        check_proxy(self.proxy)

    def __repr__(self) -> str:
        return repr_without_secrets(self)


@dataclass
class Found:
    """One kept URL: the line of `-o FILE.jsonl`."""

    url: str
    published: str | None
    title: str | None
    found_in: str

    def to_json(self) -> str:
        return json_line({"url": self.url, "published": self.published, "title": self.title,
                          "found_in": self.found_in})  # fmt: skip


@dataclass
class DiscoverResult:
    found: list[Found] = field(default_factory=list)
    stats: list[SourceStats] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def urls(self) -> list[str]:
        return [item.url for item in self.found]


class DiscoverListener:
    """What a discovery run tells its observer (the terminal). Override what you need."""

    def document(self, source: str, kind: str, url: str, urls: int) -> None: ...

    def warning(self, source: str, message: str) -> None: ...
