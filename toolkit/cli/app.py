"""The `toolkit` command: a thin Typer layer over run, report and demo.

Exit codes: 0 when every record is ok or skipped, 1 when any is an error, 2 for bad usage,
130 when interrupted (every finished record is already on disk).
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sys
import threading
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from toolkit import api
from toolkit._sync import run_coroutine
from toolkit.cli import discover as discovery
from toolkit.cli.cluster import ClusterAddress, Scraper, TlsCaFile, TlsCert, TlsKey, Workers, cluster_scraper
from toolkit.cli.common import app, console, errors
from toolkit.cli.health import health_command
from toolkit.cli.inspect import inspect_command
from toolkit.cli.report import report_command, write_and_print
from toolkit.cli.sites import sites_command
from toolkit.errors import BrowserNotFound, ToolkitError, UsageError
from toolkit.record import Record
from toolkit.report.terminal import RunReport, summary_table
from toolkit.run import RunResult, ScrapeOptions
from toolkit.run.inputs import read_url_file
from toolkit.run.output import default_output, finished_inputs, open_sink

Concurrency = Annotated[int, typer.Option("--concurrency", "-c", min=1, max=64, help="Pages at once.")]
Timeout = Annotated[float, typer.Option("--timeout", min=1.0, help="Seconds allowed per page.")]
Output = Annotated[
    Path | None, typer.Option("--output", "-o", help="Records: .jsonl, .csv or .xlsx (default: runs/DATE.jsonl).")
]


@app.command()
def scrape(
    urls: Annotated[list[str] | None, typer.Argument(help="Article URLs.", show_default=False)] = None,
    input_file: Annotated[
        str | None, typer.Option("--input", "-i", help="File of URLs, one a line; - for stdin.")
    ] = None,
    output: Output = None,
    concurrency: Concurrency = 4,
    timeout: Annotated[
        float, typer.Option("--timeout", min=1.0, help="Seconds allowed per page (and per discovery request).")
    ] = 30.0,
    proxy: Annotated[str | None, typer.Option(help="Proxy for every request, e.g. http://user:pass@host:3128.")] = None,
    session: Annotated[Path | None, typer.Option(help="Storage state file written by `toolkit login`.")] = None,
    record: Annotated[Path | None, typer.Option(help="Also write a recording of every URL under this folder.")] = None,
    no_robots: Annotated[bool, typer.Option("--no-robots", help="Ignore robots.txt.")] = False,
    resume: Annotated[
        bool, typer.Option(help="Keep -o FILE; skip inputs that already have an ok/skipped record.")
    ] = False,
    retries: Annotated[int, typer.Option(min=0, max=10, help="Retries for 5xx, 429, connection failures.")] = 2,
    per_host: Annotated[int, typer.Option(min=1, max=64, help="Pages at once on one host.")] = 4,
    discover_from: Annotated[
        list[str] | None, typer.Option("--discover", help="Also scrape what `toolkit discover SOURCE` finds.")
    ] = None,
    since: discovery.Since = None,
    until: discovery.Until = None,
    query: discovery.Query = None,
    max_urls: discovery.MaxUrls = None,
    dedup: discovery.Dedup = None,
    workers: Workers = None,
    cluster: ClusterAddress = None,
    tls_ca_file: TlsCaFile = None,
    tls_cert: TlsCert = None,
    tls_key: TlsKey = None,
    verify_access: Annotated[
        bool, typer.Option(help="With --session: check free-looking articles of any site against the anonymous view.")
    ] = False,
) -> None:
    """Scrape article URLs into JSON Lines, one record per input."""
    targets = list(urls or [])
    if input_file:
        targets += read_url_file(input_file)
    if discover_from:
        found = discovery.run_discovery(discover_from, discovery.discover_options(
            since, until, query, max_urls, dedup, proxy, session, no_robots=no_robots, timeout=timeout))  # fmt: skip
        targets += found.urls
    elif since or until or query or max_urls or dedup:
        raise UsageError("--since, --until, --query, --max and --dedup go with --discover SOURCE")
    if not targets:
        raise UsageError("no URLs: give them as arguments or with -i FILE")
    if session is not None and not session.is_file():
        raise UsageError(f"session file not found: {session}")
    if resume and output is None:
        raise UsageError("--resume needs -o FILE: the file whose finished records are kept")
    scraper = cluster_scraper(workers, cluster, tls_ca_file, tls_cert, tls_key)
    if resume and output is not None:
        targets = _not_yet_done(targets, output)
    options = ScrapeOptions(concurrency=concurrency, timeout=timeout, proxy=proxy,
                            session=str(session) if session else None, record_dir=str(record) if record else None,
                            robots=not no_robots, retries=retries, per_host=per_host,
                            verify_access=verify_access)  # fmt: skip
    code = scrape_and_report(targets, options, output or default_output(), append=resume, scraper=scraper)
    if record is not None:
        _print_recorded("recordings", record, session is not None)
    raise typer.Exit(code)


def _not_yet_done(targets: list[str], output: Path) -> list[str]:
    done = finished_inputs(output)
    todo = []
    for url in targets:
        if done[url] > 0:
            done[url] -= 1
        else:
            todo.append(url)
    console.print(f"resuming {output}: {len(targets) - len(todo)} inputs already done, {len(todo)} to go")
    return todo


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Saved HTML pages.", show_default=False)],
    url: Annotated[str | None, typer.Option(help="The page's URL (else its canonical link or og:url).")] = None,
    output: Output = None,
    concurrency: Concurrency = 4,
) -> None:
    """Render saved pages in Chromium with the network blocked and extract them like a live scrape."""
    from toolkit.run.saved import extract_files

    missing = [f for f in files if not f.is_file()]
    if missing:
        raise UsageError(f"no such file: {missing[0]}")
    target = output or default_output()
    writer = open_sink(target)
    try:
        with RunReport(len(files), console) as report:
            result = run_coroutine(extract_files([(f, url) for f in files], concurrency, report, writer.write))
    finally:
        writer.close()
    console.print(summary_table(result.records, result))
    print_records_path(target)
    raise typer.Exit(1 if any(r.status == "error" for r in result.records) else 0)


@app.command("record")
def record_command(
    url: Annotated[str, typer.Argument(help="The article to record.", show_default=False)],
    name: Annotated[str, typer.Option(help="The recording's folder name.", show_default=False)],
    directory: Annotated[Path, typer.Option("--dir", help="Where recordings live.")] = Path("recordings"),
    proxy: Annotated[str | None, typer.Option(help="Proxy for every request.")] = None,
    session: Annotated[Path | None, typer.Option(help="Storage state file written by `toolkit login`.")] = None,
    timeout: Timeout = 30.0,
) -> None:
    """Scrape one article as `scrape` would and freeze it under DIR/NAME for offline replay."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name):
        raise UsageError(f"--name {name!r}: use letters, digits, '.', '_' and '-'")
    if session is not None and not session.is_file():
        raise UsageError(f"session file not found: {session}")
    options = ScrapeOptions(concurrency=1, timeout=timeout, proxy=proxy, session=str(session) if session else None,
                            record_dir=str(directory), record_name=name)  # fmt: skip
    code = scrape_and_report([url], options, None)
    _print_recorded("recording", directory / name, session is not None)
    raise typer.Exit(code)


def _print_recorded(label: str, where: Path, session: bool) -> None:
    """Where recordings went; with a session, that they hold none of its values."""
    from toolkit.recordings.redact import PLACEHOLDER

    note = f" (made with a session: its cookie and storage values are replaced by {PLACEHOLDER})" if session else ""
    console.print(f"{label}: {escape(str(where))}{note}", soft_wrap=True)


@app.command()
def replay(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Recordings or folders of them.", show_default=False)
    ] = None,
    directory: Annotated[Path, typer.Option("--dir", help="Where recordings live.")] = Path("recordings"),
    check: Annotated[
        bool, typer.Option("--check", help="Compare with expected.json; exit 1 on any difference.")
    ] = False,
    update: Annotated[bool, typer.Option("--update", help="Rewrite expected.json with what replay gives.")] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Also write the records here (.jsonl, .csv or .xlsx).")
    ] = None,
) -> None:
    """Re-run rendering and extraction on recordings, offline: every request not in the archive is aborted."""
    from toolkit.recordings import find_recordings, render_diffs
    from toolkit.recordings import replay as replay_all

    roots = list(paths or [directory])
    missing = [p for p in roots if not p.exists()]
    if missing:
        raise UsageError(f"no such recording or folder: {missing[0]}")
    found = find_recordings(roots)
    if not found:
        raise UsageError(f"no recordings under {', '.join(map(str, roots))}")
    with RunReport(len(found), console) as report:
        results, result = run_coroutine(replay_all(found, report))
    if output:
        writer = open_sink(output)
        try:
            for item in results:
                writer.write(item.record)
        finally:
            writer.close()
    console.print(summary_table(result.records, result))
    if output:
        print_records_path(output)
    changed = [item for item in results if item.diffs or item.recording.expected() is None]
    if update:
        for item in results:
            item.recording.write_expected(item.record)
        console.print(f"expected.json rewritten for {len(results)} recording(s), {len(changed)} of them changed")
        raise typer.Exit(0)
    if check:
        for item in changed:
            if item.recording.expected() is None:
                console.print(f"[red]{escape(item.recording.name)}: no expected.json[/]")
            else:
                console.print(render_diffs(item.recording.name, item.diffs))
        same = len(results) - len(changed)
        console.print(f"{len(results)} recording(s): {same} unchanged, {len(changed)} changed")
        raise typer.Exit(1 if changed else 0)
    raise typer.Exit(1 if any(r.status == "error" for r in result.records) else 0)


@app.command()
def login(
    login_url: Annotated[str | None, typer.Argument(help="The page with the login form.", show_default=False)] = None,
    username: Annotated[str | None, typer.Option(help="Username or email.")] = None,
    password: Annotated[
        str | None, typer.Option(help="Password (else $TOOLKIT_PASSWORD, else a hidden prompt).")
    ] = None,
    session: Annotated[Path, typer.Option(help="Where to save the session (mode 0600).")] = Path("session.json"),
    cookies: Annotated[
        Path | None, typer.Option(help="Import a browser's cookies.txt (Netscape format) instead of logging in.")
    ] = None,
    proxy: Annotated[str | None, typer.Option(help="Proxy for the login page.")] = None,
    timeout: Timeout = 30.0,
) -> None:
    """Log in once and save the session for `scrape --session`."""
    from toolkit.browser.login import import_cookies
    from toolkit.browser.login import login as run_login

    if cookies is not None:
        count = import_cookies(cookies, session)
        console.print(f"session saved to {session} ({count} cookies from {cookies})")
        return
    if not login_url or not username:
        raise UsageError("give LOGIN_URL and --username (or --cookies FILE)")
    secret = password or os.environ.get("TOOLKIT_PASSWORD")
    if not secret:
        if not sys.stdin.isatty():
            raise UsageError("no password: use --password, TOOLKIT_PASSWORD or run in a terminal to be asked")
        secret = typer.prompt("Password", hide_input=True)
    result = asyncio.run(run_login(login_url, username, secret, session, proxy, timeout))
    console.print(f"{result.message}; session saved to {result.session} ({result.cookies} cookies)", markup=False)


@app.command()
def demo(
    output: Output = None,
    concurrency: Concurrency = 4,
    serve: Annotated[bool, typer.Option("--serve", help="Only serve the demo site until Ctrl-C.")] = False,
    port: Annotated[int, typer.Option(help="Port for the demo site (0: any free port).")] = 0,
    variant: Annotated[
        str | None,
        typer.Option(
            help="Serve the site changed: drift (classes renamed), blocked (a challenge on "
            "every article), empty (no article listed). For `toolkit health`."
        ),
    ] = None,
) -> None:
    """Serve the bundled demo news site on 127.0.0.1, discover its articles and scrape them."""
    from toolkit.demo.server import DemoSite
    from toolkit.demo.variants import VARIANTS

    if variant is not None and variant not in VARIANTS:
        raise UsageError(f"--variant {variant}: one of {', '.join(VARIANTS)}")
    if variant is not None and not serve:
        raise UsageError("--variant goes with --serve (the site is then checked with `toolkit health`)")
    with DemoSite(port, variant or "") as site:
        console.print(f"Demo site at [bold]{site.base_url}/[/] ({len(site.article_urls())} articles)")
        if serve:
            console.print("Serving until Ctrl-C.")
            try:
                threading.Event().wait()
            except KeyboardInterrupt:
                raise typer.Exit(0) from None
        console.print(f"[bold]toolkit discover {site.base_url}[/]: robots.txt -> sitemaps, home page -> feed")
        urls = discovery.run_discovery([site.base_url], discovery.DiscoverOptions()).urls
        records = output or default_output()
        started = time.monotonic()
        code = scrape_and_report(urls, ScrapeOptions(concurrency=concurrency), records, report_hint=False)
    if records.suffix.lower() == ".jsonl" and records.is_file():
        write_and_print(records, records.with_suffix(".html"), time.monotonic() - started)
    raise typer.Exit(code)


@app.command()
def browser() -> None:
    """Show which Chromium the toolkit will launch (exit 1, with a way to get one, if none)."""
    from playwright.sync_api import sync_playwright

    from toolkit.browser.launch import find_browser

    with sync_playwright() as playwright:
        choice = find_browser(playwright.chromium.executable_path)
        console.print(f"{choice.origin}: {choice.path or playwright.chromium.executable_path}")


app.command("inspect")(inspect_command)
app.command("report")(report_command)


def scrape_and_report(urls: list[str], options: ScrapeOptions, output: Path | None, append: bool = False,
                      report_hint: bool = True, scraper: Scraper | None = None) -> int:  # fmt: skip
    """Run, write records as they finish (to `output`, if any), draw progress and the summary; return the exit code.
    `scraper`: where the run happens (a Dask cluster, see cli/cluster.py); the local engine by default."""
    done: list[Record] = []
    result = RunResult()
    writer = open_sink(output, append=append) if output else None
    started = time.monotonic()
    with RunReport(len(urls), console) as report:

        def sink(record: Record) -> None:
            if writer:
                writer.write(record)
            done.append(record)

        try:
            result = (scraper or api.scrape)(urls, options, report, sink)
        except BrowserNotFound as exc:
            report.__exit__()
            errors.print(f"[red]error:[/] {escape(str(exc))}")
        except KeyboardInterrupt:
            result.interrupted = True
            result.seconds = time.monotonic() - started
        finally:
            if writer:
                writer.close()
    result.records = done
    console.print(summary_table(done, result))
    if output:
        print_records_path(output, report_hint)
    if result.interrupted:
        return 130
    return 1 if any(r.status == "error" for r in done) or len(done) < len(urls) else 0


def print_records_path(output: Path, report_hint: bool = True) -> None:
    """Where the records went, and (for JSON Lines) the command that turns them into an HTML report."""
    console.print(f"records: {output}")
    if report_hint and output.suffix.lower() == ".jsonl":
        console.print(f"report: toolkit report {output} -o {output.with_suffix('.html')}", soft_wrap=True)


app.command("discover")(discovery.discover_command)
app.command("health")(health_command)
app.command("sites")(sites_command)


def main() -> None:
    """Entry point: one clear line instead of a traceback, and DESIGN.md's exit codes."""
    # Tasks still failing while Ctrl-C shuts the loop down are reported by asyncio's logger: not to users.
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    try:
        code = app(standalone_mode=False)  # click returns a typer.Exit's code instead of raising it
    except typer.Exit as exc:
        code = exc.exit_code
    except UsageError as exc:
        errors.print(f"[red]error:[/] {escape(str(exc))}")
        sys.exit(2)
    except ToolkitError as exc:
        errors.print(f"[red]error:[/] {escape(str(exc))}")
        sys.exit(1)
    except (KeyboardInterrupt, typer.Abort):
        sys.exit(130)
    except typer.TyperException as exc:  # bad options and arguments: Typer's own usage message
        exc.show()  # type: ignore[attr-defined]
        sys.exit(getattr(exc, "exit_code", 2))
    except Exception as exc:  # the last line of defence: a bug must still not print a traceback
        if os.environ.get("TOOLKIT_DEBUG"):
            raise
        errors.print(f"[red]internal error:[/] {type(exc).__name__}: {escape(str(exc))} (TOOLKIT_DEBUG=1 shows more)")
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
