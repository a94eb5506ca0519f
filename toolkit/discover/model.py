"""What discovery passes between its parts: an entry as a source lists it, and per-source counts."""

from __future__ import annotations

from dataclasses import dataclass, field


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

    def drop(self, reason: str, detail: str | None = None) -> None:
        self.dropped[reason] = self.dropped.get(reason, 0) + 1
        if detail:
            self.not_article[detail] = self.not_article.get(detail, 0) + 1
