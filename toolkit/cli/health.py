"""`toolkit health [SITE...]`: is each site still scraped as it should be? One verdict per site, a history.

Exit codes: 0 when every site is `ok`, 1 otherwise (for cron and CI), 2 for bad usage.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from toolkit.cli.discover import Since, Until
from toolkit.errors import UsageError


def health_command(
    sites: Annotated[
        list[str] | None,
        typer.Argument(
            help="Profile names, @groups (@id), hosts or URLs (default: every profile).", show_default=False
        ),
    ] = None,
    articles: Annotated[int, typer.Option("--articles", min=1, max=50, help="Articles scraped per site.")] = 3,
    since: Since = None,
    until: Until = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="One JSON line per site (.jsonl).")] = None,
    history: Annotated[
        Path | None, typer.Option(help="History (JSON Lines, appended; default: the user's data directory).")
    ] = None,
    report: Annotated[
        Path | None, typer.Option(help="Also draw the history as one HTML page: verdicts and field trends.")
    ] = None,
    profile: Annotated[
        str | None, typer.Option(help="Check SITE (a host or URL: a mirror, the demo site) with this profile.")
    ] = None,
    proxy: Annotated[str | None, typer.Option(help="Proxy for every request.")] = None,
    session: Annotated[Path | None, typer.Option(help="Storage state file written by `toolkit login`.")] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=1.0, help="Seconds allowed per page.")] = 30.0,
) -> None:
    """Discover each site's newest articles, scrape a few, and say ok, drift, blocked, no-articles or unreachable."""
    from rich.markup import escape

    from toolkit._sync import run_coroutine
    from toolkit.cli.common import console, errors
    from toolkit.health import HealthOptions, check_sites, judge, resolve_targets
    from toolkit.health.history import append_history, changes, default_path, last, read_history
    from toolkit.health.table import health_table

    if session is not None and not session.is_file():
        raise UsageError(f"session file not found: {session}")
    for option, path in (("-o", output), ("--report", report)):
        if path is not None and path.is_dir():
            raise UsageError(f"{option} {path}: a file is needed, not a folder")
    targets = resolve_targets(list(sites or []), profile)
    history_path = history or default_path()
    past = read_history(history_path)
    options = HealthOptions(articles=articles, since=since, until=until, proxy=proxy,
                            session=str(session) if session else None, timeout=timeout)  # fmt: skip
    status = errors.status("checking") if errors.is_terminal else None
    if status is not None:
        status.start()
    try:
        progress = (lambda text: status.update(escape(text))) if status is not None else None
        seen = run_coroutine(check_sites(targets, options, progress))
    finally:
        if status is not None:
            status.stop()
    results = []
    for one in seen:
        health = judge(one, last(past, one.target.name, "ok"))
        health.changed = changes(last(past, health.site), health)
        results.append(health)
    append_history(history_path, results)
    console.print(health_table(results))
    console.print(f"history: {history_path}", markup=False, soft_wrap=True)
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text("".join(h.to_json() + "\n" for h in results), encoding="utf-8")
        console.print(f"results: {output}", markup=False, soft_wrap=True)
    if report is not None:
        from toolkit.health.html import write_health_report

        write_health_report([*past, *results], report)
        console.print(f"report: {report}; open it in a browser", markup=False, soft_wrap=True)
    raise typer.Exit(0 if all(h.verdict == "ok" for h in results) else 1)
