"""`toolkit discover SOURCE...`: article URLs from sites, sitemaps, feeds and index pages.

URLs go to stdout (or `-o FILE`), progress, warnings and the summary table to stderr, so that
`toolkit discover bisnis.com --since today | toolkit scrape -i -` works.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from toolkit.discover import DiscoverOptions, DiscoverResult, discover
from toolkit.discover.model import TIMEOUT
from toolkit.discover.report import DiscoverReport, not_article_lines, query_lines, summary_table
from toolkit.errors import UsageError

__all__ = ["DiscoverOptions", "discover_command", "discover_options", "run_discovery"]

Since = Annotated[str | None, typer.Option(help="Published on or after this day (YYYY-MM-DD, today, yesterday).")]
Until = Annotated[str | None, typer.Option(help="Published on or before this day, on the site's calendar.")]
Query = Annotated[str | None, typer.Option(help="Words: the site's search where its profile has one, else "
                                                "every word in the title or URL.")]  # fmt: skip
MaxUrls = Annotated[int | None, typer.Option("--max", min=1, help="URLs kept at most, newest first.")]
MaxPages = Annotated[int, typer.Option(min=1, help="Sitemaps, feeds and pages read at most per SOURCE.")]
Dedup = Annotated[Path | None, typer.Option(help="Drop URLs with an ok record in this earlier output (.jsonl/.csv).")]

Timeout = Annotated[float, typer.Option("--timeout", min=1.0, help="Seconds allowed per request: robots.txt, "
                                          "a sitemap, a feed, an index or search page.")]  # fmt: skip
Profile = Annotated[str | None, typer.Option(help="Use this profile's index, search and URL rules on another host.")]


def discover_command(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Sites (bisnis.com), @groups (@id: every Indonesian profile), sitemaps, feeds or index pages.",
            show_default=False,
        ),
    ],
    since: Since = None,
    until: Until = None,
    query: Query = None,
    max_urls: MaxUrls = None,
    dedup: Dedup = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="One URL a line; .jsonl: with dates.")] = None,
    proxy: Annotated[str | None, typer.Option(help="Proxy for every request.")] = None,
    session: Annotated[Path | None, typer.Option(help="Storage state file written by `toolkit login`.")] = None,
    max_pages: MaxPages = 100,
    profile: Profile = None,
    no_robots: Annotated[bool, typer.Option("--no-robots", help="Ignore robots.txt.")] = False,
    timeout: Timeout = TIMEOUT,
) -> None:
    """Find article URLs: robots.txt sitemaps, news sitemaps, feeds, a profile's index and search pages."""
    options = discover_options(since, until, query, max_urls, dedup, proxy, session, max_pages, profile, no_robots,
                               timeout)  # fmt: skip
    result = run_discovery(sources, options)
    lines = [item.to_json() for item in result.found] if output and output.suffix == ".jsonl" else result.urls
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        Console(stderr=True).print(f"{len(lines)} URLs: {output}", markup=False)
    else:
        sys.stdout.write("".join(f"{line}\n" for line in lines))
        sys.stdout.flush()


def discover_options(since: str | None, until: str | None, query: str | None, max_urls: int | None,
                     dedup: Path | None, proxy: str | None, session: Path | None, max_pages: int = 100,
                     profile: str | None = None, no_robots: bool = False,
                     timeout: float = TIMEOUT) -> DiscoverOptions:  # fmt: skip
    if session is not None and not session.is_file():
        raise UsageError(f"session file not found: {session}")
    return DiscoverOptions(since=since, until=until, query=query or None, max_urls=max_urls,
                           dedup=str(dedup) if dedup else None, proxy=proxy, session=str(session) if session else None,
                           max_pages=max_pages, profile=profile, robots=not no_robots, timeout=timeout)  # fmt: skip


def run_discovery(sources: list[str], options: DiscoverOptions) -> DiscoverResult:
    """Discover with progress on stderr, then the summary table and why URLs were not articles."""
    console = Console(stderr=True, highlight=False, width=None if sys.stderr.isatty() else 150)
    with DiscoverReport(console) as report:
        result = discover(sources, options, report)
    console.print(summary_table(result))
    for line in not_article_lines(result.stats) + query_lines(result.stats):
        console.print(line, soft_wrap=True, markup=False)
    return result
