"""The public `scrape` and `scrape_async`: the run engine, with recordings wired in when asked for.

This is the one place that joins `run` and `recordings`, so that neither imports the other's user.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from toolkit._sync import run_coroutine
from toolkit.record import Record
from toolkit.recordings.capture import RecordingWriter
from toolkit.run.engine import Listener, RunResult, ScrapeOptions, WarmBrowser, run


async def scrape_async(
    urls: Sequence[str],
    options: ScrapeOptions | None = None,
    listener: Listener | None = None,
    sink: Callable[[Record], None] | None = None,
    warm: WarmBrowser | None = None,
) -> RunResult:
    """Scrape `urls`; each record goes to `sink` the moment it exists (and to `listener`).
    `warm`: a browser to use and keep open (a cluster worker's) instead of one launched for the run."""
    options = options or ScrapeOptions()
    isolated = RecordingWriter(options) if options.record_dir else None
    return await run(urls, options, listener, sink, isolated, warm)


def scrape(
    urls: Sequence[str],
    options: ScrapeOptions | None = None,
    listener: Listener | None = None,
    sink: Callable[[Record], None] | None = None,
) -> RunResult:
    """`scrape_async` for synchronous callers; safe inside a running event loop (see `_sync`)."""
    return run_coroutine(scrape_async(urls, options, listener, sink))
