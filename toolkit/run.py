"""The run engine: a queue of inputs, N workers each owning a browser context, one record per input.

Every input yields exactly one record, in the order they finish: bad URLs at once (no browser is
launched for them), failed pages as error records, and a browser that cannot start as an error
record for each input that needed it. Contexts are recycled every `recycle_after` pages.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from playwright.async_api import Browser, BrowserContext, async_playwright

from toolkit._sync import run_coroutine
from toolkit.browser import browser_memory, launch, new_context
from toolkit.errors import BrowserNotFound, PageError
from toolkit.inputs import check_url
from toolkit.pipeline import scrape_url
from toolkit.record import Record


@dataclass(frozen=True)
class ScrapeOptions:
    concurrency: int = 4
    """Pages at once. 4 is the sweet spot on 2 cores (about 10 pages/s on small pages)."""
    timeout: float = 30.0
    """Seconds per page, navigation and settling included."""
    proxy: str | None = None
    session: str | None = None
    """A Playwright storage state file (from `toolkit login`)."""
    recycle_after: int = 50
    """A worker closes its context and opens a fresh one after this many pages."""
    block_resources: bool = True
    """Images, media and fonts are not downloaded; the article does not need them."""
    record_dir: str | None = None
    """Write a recording of every input under this folder (one fresh context per input)."""
    record_name: str | None = None
    """The recording's folder name, for a run of one URL (`toolkit record --name`)."""


class Listener:
    """What the run tells its observers (the terminal report). Override what you need."""

    def started(self, url: str) -> None: ...

    def finished(self, record: Record) -> None: ...


@dataclass
class RunResult:
    records: list[Record] = field(default_factory=list)
    seconds: float = 0.0
    peak_memory: int = 0
    """Peak resident memory of the browser's processes, in bytes."""
    interrupted: bool = False

    @property
    def pages(self) -> int:
        return sum(r.pages for r in self.records)


async def run(
    urls: Sequence[str],
    options: ScrapeOptions = ScrapeOptions(),
    listener: Listener | None = None,
    sink: Callable[[Record], None] | None = None,
) -> RunResult:
    """Scrape `urls`; each record goes to `sink` the moment it exists."""
    listener = listener or Listener()
    result = RunResult()
    started = time.monotonic()

    def emit(record: Record) -> None:
        result.records.append(record)
        if sink:
            sink(record)
        listener.finished(record)

    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        try:
            queue.put_nowait(check_url(url))
        except PageError as exc:
            emit(Record.failed(url, exc.kind, str(exc)))
    try:
        if not queue.empty():
            await _scrape_queue(queue, options, listener, emit, result)
    finally:
        result.seconds = time.monotonic() - started
    return result


async def _scrape_queue(queue: asyncio.Queue[str], options: ScrapeOptions, listener: Listener,
                        emit: Callable[[Record], None], result: RunResult) -> None:  # fmt: skip
    async with async_playwright() as playwright:
        try:
            browser = await launch(playwright, options.proxy)
        except BrowserNotFound as exc:
            while not queue.empty():
                emit(Record.failed(queue.get_nowait(), "browser", str(exc)))
            raise
        sampler = asyncio.create_task(_sample_memory(result))
        recorder = _RecordingWriter(options, browser.version) if options.record_dir else None
        workers = [asyncio.create_task(_worker(browser, queue, options, listener, emit, recorder))
                   for _ in range(max(1, min(options.concurrency, queue.qsize())))]  # fmt: skip
        try:
            await asyncio.gather(*workers)
        finally:
            for task in workers:
                task.cancel()
            sampler.cancel()
            result.peak_memory = max(result.peak_memory, browser_memory())
            await browser.close()


async def _worker(browser: Browser, queue: asyncio.Queue[str], options: ScrapeOptions, listener: Listener,
                  emit: Callable[[Record], None], recorder: _RecordingWriter | None) -> None:  # fmt: skip
    context: BrowserContext | None = None
    used = 0
    try:
        while not queue.empty():
            url = queue.get_nowait()
            if recorder is None and (context is None or used >= options.recycle_after):
                await _close_quietly(context)
                context = await new_context(browser, options.session, options.block_resources)
                used = 0
            listener.started(url)
            try:
                if recorder is not None:
                    record = await recorder.record(browser, url)
                else:
                    assert context is not None
                    record, _ = await scrape_url(context, url, options.timeout, options.session)
            except Exception as exc:  # a bug or a dead browser must not end the run or lose the input
                kind = "browser" if not browser.is_connected() else "internal"
                record = Record.failed(url, kind, _one_line(exc))
                await _close_quietly(context)
                context = None
            used += max(record.pages, 1)
            emit(record)
    finally:
        await _close_quietly(context)


class _RecordingWriter:
    """Record mode: each input gets a fresh context whose responses are captured into a recording."""

    def __init__(self, options: ScrapeOptions, browser_version: str) -> None:
        self.options = options
        self.browser_version = browser_version
        self.taken: set[str] = set()

    async def record(self, browser: Browser, url: str) -> Record:
        from toolkit import __version__
        from toolkit.recordings import Recorder, name_for, write_recording

        options = self.options
        assert options.record_dir
        context = await new_context(browser, options.session, options.block_resources)
        try:
            capture = Recorder(context)
            record, first = await scrape_url(context, url, options.timeout, options.session, screenshot=True)
            archive = await capture.archive()
        finally:
            await _close_quietly(context)
        name = options.record_name or name_for(url, self.taken)
        write_recording(Path(options.record_dir) / name, record, first, archive, self.browser_version, __version__)
        return record


async def _sample_memory(result: RunResult) -> None:
    while True:
        result.peak_memory = max(result.peak_memory, browser_memory())
        await asyncio.sleep(0.5)


async def _close_quietly(context: BrowserContext | None) -> None:
    if context is not None:
        with contextlib.suppress(Exception):  # a crashed browser cannot close what it lost
            await context.close()


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def run_sync(urls: Sequence[str], options: ScrapeOptions = ScrapeOptions(), listener: Listener | None = None,
             sink: Callable[[Record], None] | None = None) -> RunResult:  # fmt: skip
    """`run` for synchronous callers; safe inside a running event loop (see `_sync.run_coroutine`)."""
    return run_coroutine(run(urls, options, listener, sink))
