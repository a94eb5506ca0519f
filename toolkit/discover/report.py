"""What the terminal shows while discovering (a spinner, or one plain line per document when not a
TTY), the warnings, and the summary table: one row per SOURCE. URLs, sources and messages are shown as
text, never read as Rich markup."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.status import Status
from rich.table import Table

from toolkit.discover.model import DiscoverListener, DiscoverResult, SourceStats

ALWAYS = ("out of range", "not an article", "duplicate", "seen before")
SOMETIMES = ("undated", "off query", "over --max")


class DiscoverReport(DiscoverListener):
    """Use as a context manager around the run; progress and warnings go to `console` (stderr by default,
    so that the URLs on stdout can be piped into `toolkit scrape -i -`)."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True, highlight=False)
        self.documents = 0
        self.urls = 0
        self._status: Status | None = None

    def __enter__(self) -> DiscoverReport:
        if self.console.is_terminal:
            self._status = self.console.status("discovering")
            self._status.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._status is not None:
            self._status.stop()
            self._status = None

    def document(self, source: str, kind: str, url: str, urls: int) -> None:
        self.documents += 1
        self.urls += urls
        if self._status is not None:
            self._status.update(f"discovering [bold]{escape(source)}[/]: {self.documents} documents, "
                                f"{self.urls} URLs listed; {kind} {escape(url)}")  # fmt: skip
        else:
            unit = "sitemaps" if kind == "sitemaps" else "URLs"
            self.console.print(f"{kind:<8} {url}  {urls} {unit}", soft_wrap=True, markup=False)

    def warning(self, source: str, message: str) -> None:
        self.console.print(f"[yellow]warning:[/] {escape(source)}: {escape(message)}", soft_wrap=True)


def summary_table(result: DiscoverResult) -> Table:
    stats = result.stats
    shown = list(ALWAYS) + [r for r in SOMETIMES if any(s.dropped.get(r) for s in stats)]
    table = Table(title=f"Discovery: {len(result.found)} URLs kept in {result.seconds:.1f} s", title_justify="left")
    queried = any(s.query_by for s in stats)
    failed = any(s.failed for s in stats)
    names = ("source", *(["query"] if queried else []), "sitemaps", "feeds", "pages", *(["failed"] if failed else []),
             "found", "kept", *shown)  # fmt: skip
    for name in names:
        table.add_column(name, justify="left" if name in ("source", "query") else "right", overflow="fold")
    for row in stats:
        how = [escape(row.query_by or "")] if queried else []
        read = [str(v) for v in (row.sitemaps, row.feeds, row.pages)] + ([str(row.failed)] if failed else [])
        table.add_row(escape(row.source), *how, *read, str(row.found), f"[green]{row.kept}[/]",
                      *(str(row.dropped.get(r, 0)) for r in shown))  # fmt: skip
    return table


def query_lines(stats: Sequence[SourceStats]) -> list[str]:
    """Sites whose --query was a filter over their sitemaps and feeds (no search the toolkit can use):
    what that reaches is what those list, often a day or two."""
    lines = []
    for row in stats:
        if row.query_by == "filter":
            why = f" ({row.note})" if row.note else ""
            lines.append(f"{row.source}: no search; --query filtered its sitemaps and feeds by title and URL{why}")
    return lines


def not_article_lines(stats: Sequence[SourceStats]) -> list[str]:
    """Why the dropped "not an article" URLs were not: one line per source that dropped any."""
    lines = []
    for row in stats:
        if row.not_article:
            parts = ", ".join(
                f"{count} {reason}" for reason, count in sorted(row.not_article.items(), key=lambda i: -i[1])
            )
            lines.append(f"{row.source}: not an article: {parts}")
    return lines
