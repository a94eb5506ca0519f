"""What the terminal shows: live progress while a run goes, a summary table when it ends.

On a terminal: a Rich progress bar with done/total, ok/error counts, pages/s and the URLs in
flight. Anywhere else (a pipe, a CI log): one plain line per finished record. Both end with the
same table, one row per input, and a totals line. What came from a page (URL, title, message) is shown
as text, never read as Rich markup: a title `Judul [/] berita` prints as it is.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from rich.console import Console, Group, RenderableType
from rich.live import Live
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from toolkit.record import Record
from toolkit.run import Listener, RunResult, WorkerStats

STATUS_STYLE = {"ok": "green", "error": "red", "skipped": "yellow"}


class RunReport(Listener):
    """Listens to a run and draws it; use as a context manager around the run."""

    def __init__(self, total: int, console: Console | None = None, live: bool | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.live = self.console.is_terminal if live is None else live
        self.total = total
        self.done = 0
        self.counts = {"ok": 0, "error": 0, "skipped": 0}
        self.pages = 0
        self.in_flight: list[str] = []
        self.worker_stats: list[WorkerStats] = []
        self.started_at = time.monotonic()
        self._progress = Progress(
            TextColumn("[bold]scraping"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[counts]}"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            console=self.console,
        )
        self._task = self._progress.add_task("scrape", total=total, counts="", rate="")
        self._live: Live | None = None

    def __enter__(self) -> RunReport:
        if self.live:
            self._live = Live(self._renderable(), console=self.console, refresh_per_second=8, transient=True)
            self._live.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._live:
            self._live.__exit__(None, None, None)
            self._live = None

    def started(self, url: str) -> None:
        self.in_flight.append(url)
        self._refresh()

    def finished(self, record: Record) -> None:
        if record.url in self.in_flight:
            self.in_flight.remove(record.url)
        self.done += 1
        self.counts[record.status] = self.counts.get(record.status, 0) + 1
        self.pages += record.pages
        if not self.live:
            self.console.print(_plain_line(self.done, self.total, record), markup=False, highlight=False,
                               soft_wrap=True)  # fmt: skip
        self._refresh()

    def workers(self, stats: Sequence[WorkerStats]) -> None:
        self.worker_stats = list(stats)
        self._refresh()

    def _refresh(self) -> None:
        elapsed = max(time.monotonic() - self.started_at, 1e-6)
        counts = f"[green]{self.counts['ok']} ok[/] [red]{self.counts['error']} error[/]"
        if self.counts.get("skipped"):
            counts += f" [yellow]{self.counts['skipped']} skipped[/]"
        self._progress.update(
            self._task, completed=self.done, counts=counts, rate=f"{self.pages / elapsed:.1f} pages/s"
        )
        if self._live:
            self._live.update(self._renderable())

    def _renderable(self) -> RenderableType:
        lines = [Text(f"  → {url}", style="dim", overflow="ellipsis", no_wrap=True) for url in self.in_flight[:8]]
        workers = [Text(f"  {worker_line(stats)}", overflow="ellipsis", no_wrap=True) for stats in self.worker_stats]
        return Group(self._progress, *workers, *lines)


def _plain_line(done: int, total: int, record: Record) -> str:
    what = record.title if record.status == "ok" else (record.error or {}).get("message", "")
    words = (
        f" ({record.word_count} words, {record.pages} page{'s' if record.pages != 1 else ''})"
        if record.status == "ok"
        else ""
    )
    return f"[{done}/{total}] {record.status:<7} {record.url}  {what}{words}"


def summary_table(records: Sequence[Record], result: RunResult) -> Table:
    table = Table(title="Run summary", title_justify="left", expand=False, show_lines=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("URL", no_wrap=True, overflow="ellipsis", max_width=44)
    table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=36)
    table.add_column("site", no_wrap=True)
    table.add_column("access", no_wrap=True)
    table.add_column("pages", justify="right")
    table.add_column("words", justify="right")
    table.add_column("status / error", overflow="fold", max_width=36)
    table.add_column("time", justify="right")
    for number, record in enumerate(records, 1):
        style = STATUS_STYLE.get(record.status, "")
        if record.status == "ok":
            status = f"[{style}]ok[/]"
        else:
            error = record.error or {}
            status = f"[{style}]{record.status}[/] {escape(error.get('kind', ''))}: {escape(error.get('message', ''))}"
        table.add_row(
            str(number),
            escape(short_url(record.url)),
            escape(record.title or ""),
            escape(record.site or ""),
            escape(record.access or ""),
            str(record.pages) if record.status == "ok" else "",
            str(record.word_count) if record.status == "ok" else "",
            status,
            f"{record.elapsed_ms / 1000:.1f}s",
        )
    table.caption = Text("\n".join([totals_line(records, result), *(worker_line(s) for s in result.workers)]))
    table.caption_justify = "left"
    return table


def short_url(url: str, width: int = 44) -> str:
    """The URL without its scheme, middle elided when long: the end of a news URL is its slug."""
    bare = url.split("://", 1)[-1]
    if len(bare) <= width:
        return bare
    keep = (width - 1) // 2
    return f"{bare[:keep]}…{bare[-(width - 1 - keep) :]}"


def totals_line(records: Sequence[Record], result: RunResult) -> str:
    counts = {status: sum(1 for r in records if r.status == status) for status in ("ok", "error", "skipped")}
    pages = sum(r.pages for r in records)
    rate = pages / result.seconds if result.seconds else 0.0
    memory = f"{result.peak_memory / 2**20:.0f} MiB" if result.peak_memory else "n/a"
    interrupted = " · interrupted" if result.interrupted else ""
    checks = sum(r.access_checks for r in records)
    checked = f" · {checks} extra load{'s' if checks != 1 else ''} to check access" if checks else ""
    return (
        f"{len(records)} records: {counts['ok']} ok, {counts['error']} error, {counts['skipped']} skipped · "
        f"{pages} pages in {result.seconds:.1f}s · {rate:.2f} pages/s{checked} · browser peak {memory}{interrupted}"
    )


def worker_line(stats: WorkerStats) -> str:
    """One cluster worker: "worker 127.0.0.1:40527: 150 pages, 2.41 pages/s, 0 errors, peak 312 MiB, done"."""
    memory = f"{stats.peak_memory / 2**20:.0f} MiB" if stats.peak_memory else "n/a"
    return (
        f"worker {stats.name}: {stats.pages} pages, {stats.rate:.2f} pages/s, {stats.errors} errors, "
        f"peak {memory}, {stats.state}"
    )
