"""The run engine: a queue of inputs, N workers each owning a browser context, one record per input.

Every input yields exactly one record, in the order they finish: bad URLs at once (no browser is
launched for them), robots.txt refusals as `skipped`, failed pages as error records after retries
(5xx, 429 and connection failures, with backoff and Retry-After), and a browser that cannot start
as an error record for each input that needed it. A browser that crashes mid-run is relaunched and
the page retried. Contexts are recycled every `recycle_after` pages so memory stays flat.

A run launches its own browser and closes it at the end, unless it is given a `WarmBrowser`: a
cluster worker keeps one browser for its whole life and runs the engine on it batch after batch.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlsplit

from playwright.async_api import Browser, BrowserContext, Playwright, async_playwright

from toolkit import sites
from toolkit.browser.launch import browser_memory, check_proxy, launch, new_context, repr_without_secrets
from toolkit.errors import INTERNAL, BrowserNotFound, PageError, one_line
from toolkit.record import Record
from toolkit.run.inputs import check_url
from toolkit.run.pipeline import scrape_article
from toolkit.run.robots import RobotsCache

T = TypeVar("T")
RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
RETRYABLE_KINDS = frozenset({"connection"})
MAX_RETRY_AFTER = 30.0
MEMORY_SAMPLE_SECONDS = 2.0
"""How often the browser's memory is sampled for the run's peak: each sample reads every Chromium process's
smaps_rollup and the machine's process table (15-25 ms of this process's CPU); memory moves slower than that."""


@dataclass(frozen=True)
class ScrapeOptions:
    concurrency: int = 4
    """Pages at once. 4 is the sweet spot on 2 cores (about 10 pages/s on small pages)."""
    timeout: float = 30.0
    """Seconds per page, navigation and settling included."""
    proxy: str | None = field(default=None, repr=False)
    """http://user:pass@host:3128; repr shows it without the password."""
    session: str | None = None
    """A Playwright storage state file (from `toolkit login`)."""
    retries: int = 2
    """Extra attempts for 5xx, 429 and connection failures (backoff 1 s, 2 s, ...; Retry-After honoured)."""
    per_host: int = 4
    """Pages at once on one host."""
    robots: bool = True
    """Honour robots.txt (fetched once per host, through the proxy, its first 500 KiB within `timeout`)."""
    recycle_after: int = 50
    """A worker closes its context and opens a fresh one after this many pages."""
    block_resources: bool = True
    """Images, media and fonts are not downloaded; the article does not need them."""
    record_dir: str | None = None
    """Write a recording of every input under this folder (one fresh context per input; see `toolkit.api`)."""
    record_name: str | None = None
    """The recording's folder name, for a run of one URL (`toolkit record --name`)."""
    verify_access: bool = False
    """With a session, check every free-looking article against its anonymous view (not only on sites whose
    profile knows a paywall): `unlocked` is then proven by the wall that a reader without the session gets."""

    def __post_init__(self) -> None:
        check_proxy(self.proxy)

    def __repr__(self) -> str:
        return repr_without_secrets(self)


IsolatedScrape = Callable[[Browser, str, "HostGate"], Awaitable[Record]]
"""Scrapes one input in a context of its own (see `run`'s `isolated`)."""


class Listener:
    """What the run tells its observers (the terminal report). Override what you need."""

    def started(self, url: str) -> None: ...

    def finished(self, record: Record) -> None: ...

    def workers(self, stats: Sequence[WorkerStats]) -> None:
        """A cluster run's workers changed (pages done, memory, one left)."""


@dataclass
class WorkerStats:
    """One cluster worker's share of a run, for the per-worker lines of the report."""

    name: str
    pages: int = 0
    records: int = 0
    errors: int = 0
    seconds: float = 0.0
    """From the worker's first batch to its last record."""
    peak_memory: int = 0
    state: str = "working"
    """"working", "done", "stopped" (Ctrl-C), "lost" (it died: its batches went to the others) or
    "no browser: ..." (it left)."""

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0


@dataclass
class WarmBrowser:
    """A browser kept across runs (a cluster worker's): `run` uses it, relaunches it if it dies or if
    the run needs another proxy, and leaves it open at the end."""

    playwright: Playwright
    browser: Browser | None = None
    proxy: str | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        return repr_without_secrets(self)

    async def ready(self, proxy: str | None) -> Browser:
        if self.browser is None or not self.browser.is_connected() or self.proxy != proxy:
            await self.close()
            self.browser = await launch(self.playwright, proxy)
            self.proxy = proxy
        return self.browser

    async def close(self) -> None:
        if self.browser is not None:
            with contextlib.suppress(Exception):
                await self.browser.close()
            self.browser = None


@dataclass
class RunResult:
    records: list[Record] = field(default_factory=list)
    seconds: float = 0.0
    peak_memory: int = 0
    """Peak memory of the browser's processes, in bytes."""
    interrupted: bool = False
    browser_restarts: int = 0
    workers: list[WorkerStats] = field(default_factory=list)
    """A cluster run's workers (empty for a local run)."""

    @property
    def pages(self) -> int:
        return sum(r.pages for r in self.records)

    def emitter(self, listener: Listener, sink: Callable[[Record], None] | None) -> Callable[[Record], None]:
        """The one way a finished record leaves a run: kept here, written by `sink`, shown by `listener`."""

        def emit(record: Record) -> None:
            self.records.append(record)
            if sink:
                sink(record)
            listener.finished(record)

        return emit


async def run(
    urls: Sequence[str],
    options: ScrapeOptions = ScrapeOptions(),
    listener: Listener | None = None,
    sink: Callable[[Record], None] | None = None,
    isolated: IsolatedScrape | None = None,
    warm: WarmBrowser | None = None,
) -> RunResult:
    """Scrape `urls`; each record goes to `sink` the moment it exists.

    `isolated`, when given, scrapes each input in a fresh context of its own instead of a worker's
    shared one (the recordings stage uses it to capture every response an input needed). `warm`,
    when given, is the browser to use (and keep open) instead of one launched for this run."""
    listener = listener or Listener()
    result = RunResult()
    started = time.monotonic()
    emit = result.emitter(listener, sink)
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        try:
            queue.put_nowait(check_url(url))
        except PageError as exc:
            emit(Record.failed(url, exc.kind, str(exc)))
    try:
        if not queue.empty() and warm is not None:
            await _Run(warm.playwright, options, listener, emit, result, isolated, warm).go(queue)
        elif not queue.empty():
            async with async_playwright() as playwright:
                await _Run(playwright, options, listener, emit, result, isolated).go(queue)
    finally:
        result.seconds = time.monotonic() - started
    return result


class _Run:
    """One run's shared state: the browser (relaunched if it dies), robots.txt, per-host pacing."""

    def __init__(self, playwright: Playwright, options: ScrapeOptions, listener: Listener,
                 emit: Callable[[Record], None], result: RunResult,
                 isolated: IsolatedScrape | None = None, warm: WarmBrowser | None = None) -> None:  # fmt: skip
        self.playwright = playwright
        self.options = options
        self.listener = listener
        self.emit = emit
        self.result = result
        self.browser: Browser | None = None
        self._relaunch = asyncio.Lock()
        self._died = asyncio.Event()
        """Set when the current browser disconnects: work in flight on it is cancelled, not awaited forever."""
        self.robots = RobotsCache(options.proxy, options.session, options.timeout, playwright.chromium.executable_path)
        self.gate = HostGate(options.per_host)
        self.isolated = isolated
        self.warm = warm
        self._on_disconnect: Callable[[Browser], None] | None = None

    async def go(self, queue: asyncio.Queue[str]) -> None:
        try:
            await self._launch()
        except BrowserNotFound as exc:
            while not queue.empty():
                self.emit(Record.failed(queue.get_nowait(), "browser", str(exc)))
            raise
        sampler = asyncio.create_task(self._sample_memory())
        workers = [asyncio.create_task(self._worker(queue))
                   for _ in range(max(1, min(self.options.concurrency, queue.qsize())))]  # fmt: skip
        try:
            await asyncio.gather(*workers)
        finally:
            for task in workers:
                task.cancel()
            sampler.cancel()
            self.result.peak_memory = max(self.result.peak_memory, browser_memory())
            await self.robots.close()
            if self.warm is None:
                with contextlib.suppress(Exception):
                    await self.browser.close()
            elif self.browser is not None and self._on_disconnect is not None:
                self.browser.remove_listener("disconnected", self._on_disconnect)

    async def _worker(self, queue: asyncio.Queue[str]) -> None:
        context: BrowserContext | None = None
        generation: Browser | None = None
        used = 0
        try:
            while not queue.empty():
                url = queue.get_nowait()
                self.listener.started(url)
                if self.options.robots:
                    allowed, rule = await self.robots.allows(url)
                    if not allowed:
                        self.emit(robots_skipped(url, rule))
                        continue
                if context is not None and (generation is not self.browser or used >= self.options.recycle_after):
                    await close_quietly(context)
                    context = None
                record, fresh = await self._scrape(url, context)
                if fresh is not context:
                    context, generation, used = fresh, self.browser, 0
                used += max(record.pages, 1)
                self.emit(record)
        finally:
            await close_quietly(context)

    async def _scrape(self, url: str, context: BrowserContext | None) -> tuple[Record, BrowserContext | None]:
        """One input, with retries for what may pass and one relaunch if the browser died.
        Returns the record and the context the worker should keep using (a new one after a relaunch)."""
        started = time.monotonic()
        attempt = 0
        relaunched = False
        while True:
            browser = self.browser
            try:
                if self.isolated is not None:
                    assert browser is not None
                    return await self._unless_browser_dies(self.isolated(browser, url, self.gate)), None
                if context is None:
                    context = await self._unless_browser_dies(self._new_context())
                job = scrape_article(context, url, self.options.timeout, self.options.session, gate=self.gate,
                                     verify_access=self.options.verify_access)  # fmt: skip
                record, _ = await self._unless_browser_dies(job)
                record.elapsed_ms = int((time.monotonic() - started) * 1000)
                return record, context
            except Exception as exc:  # a bug or a dead browser must not end the run or lose the input
                died = isinstance(exc, BrowserDied) or browser is not self.browser or not self._browser_alive()
                if died and not relaunched:
                    relaunched = True  # whatever the page said, its browser died under it: relaunch, retry once
                    await self._relaunch_browser()
                    context = None
                    continue
                if isinstance(exc, PageError) and not died:
                    if attempt < self.options.retries and _retryable(exc):
                        attempt += 1
                        await asyncio.sleep(min(exc.retry_after or 2.0 ** (attempt - 1), MAX_RETRY_AFTER))
                        continue
                    return failed_record(url, exc, started), context
                kind = "browser" if died else INTERNAL
                elapsed = int((time.monotonic() - started) * 1000)
                return Record.failed(url, kind, one_line(exc), elapsed_ms=elapsed), None

    def _browser_alive(self) -> bool:
        return self.browser is not None and self.browser.is_connected() and not self._died.is_set()

    async def _unless_browser_dies(self, work: Coroutine[Any, Any, T]) -> T:
        """Await `work`, but give up on it the moment the browser disconnects (BrowserDied)."""
        job = asyncio.ensure_future(work)
        died = asyncio.ensure_future(self._died.wait())
        try:
            await asyncio.wait({job, died}, return_when=asyncio.FIRST_COMPLETED)
        except BaseException:  # cancelled (Ctrl-C): the job must not outlive us
            job.cancel()
            raise
        finally:
            died.cancel()
        if job.done():
            return job.result()
        job.cancel()
        await asyncio.wait({job}, timeout=5)
        raise BrowserDied("the browser died while the page was loading")

    async def _launch(self) -> None:
        self._died = asyncio.Event()
        if self.browser is not None and self._on_disconnect is not None:
            self.browser.remove_listener("disconnected", self._on_disconnect)
        if self.warm is not None:
            self.browser = await self.warm.ready(self.options.proxy)
        else:
            self.browser = await launch(self.playwright, self.options.proxy)
        self._on_disconnect = lambda _browser, died=self._died: died.set()
        self.browser.on("disconnected", self._on_disconnect)

    async def _new_context(self) -> BrowserContext:
        assert self.browser is not None
        return await new_context(self.browser, self.options.session, self.options.block_resources)

    async def _relaunch_browser(self) -> None:
        async with self._relaunch:  # the first worker to notice relaunches; the others reuse it
            if not self._browser_alive():
                await self._launch()
                self.result.browser_restarts += 1

    async def _sample_memory(self) -> None:
        """Off the event loop: reading every Chromium process's smaps takes 20-150 ms on a busy machine, time in
        which no page of the run would be served."""
        while True:
            sample = await asyncio.to_thread(browser_memory)
            self.result.peak_memory = max(self.result.peak_memory, sample)
            await asyncio.sleep(MEMORY_SAMPLE_SECONDS)


class HostGate:
    """At most `per_host` page loads at once on one host, and a profile's delay between two loads."""

    def __init__(self, per_host: int) -> None:
        self.per_host = max(1, per_host)
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextlib.asynccontextmanager
    async def __call__(self, url: str) -> AsyncIterator[None]:
        host = (urlsplit(url).hostname or "").lower()
        slot = self._slots.setdefault(host, asyncio.Semaphore(self.per_host))
        async with slot:
            profile = sites.profile_for_host(host)
            delay = profile.delay if profile else 0.0
            if delay:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + delay
                await asyncio.sleep(start - now)
            yield


class BrowserDied(Exception):
    """The browser process went away under a page (crash, OOM kill)."""


def robots_skipped(url: str, rule: str | None) -> Record:
    return Record(url=url, status="skipped", error={"kind": "robots", "message": f"robots.txt: {rule}"})


def _retryable(exc: PageError) -> bool:
    """5xx, 429 and connection failures; a challenge page only when the site said when to come back."""
    if exc.kind == "blocked":
        return exc.retry_after is not None
    return exc.kind in RETRYABLE_KINDS or (exc.kind == "http" and exc.http_status in RETRYABLE_STATUS)


def failed_record(url: str, exc: PageError, started: float) -> Record:
    elapsed = int((time.monotonic() - started) * 1000)
    return Record.failed(url, exc.kind, str(exc), http_status=exc.http_status, elapsed_ms=elapsed)


async def close_quietly(context: BrowserContext | None) -> None:
    if context is not None:
        with contextlib.suppress(Exception):  # a crashed browser cannot close what it lost, and may not answer
            await asyncio.wait_for(context.close(), 5)
