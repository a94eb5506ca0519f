"""The worker side: a plugin that keeps one warm browser for the worker's life, and the batch task.

The browser lives in a thread of its own with its own event loop (Playwright's async API is bound
to one loop; Dask's task threads come and go). A batch runs there on the same engine as a local
run (`toolkit.api.scrape_async` with the warm browser): concurrency, context recycling, retries,
relaunch after a crash. Each record goes back to the client the moment it exists, as a Dask event;
the batch's result repeats them all, so a lost event loses nothing.

A worker whose browser cannot start says why and leaves the cluster, so that the run goes on on the
others instead of failing batch after batch here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import tempfile
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin, get_worker
from playwright.async_api import Playwright, async_playwright

from toolkit import api, sites
from toolkit.cluster.work import PLUGIN, TOPIC, Batch, NoBrowser, RunSpec
from toolkit.errors import one_line
from toolkit.record import Record
from toolkit.run import Listener, ScrapeOptions, WarmBrowser
from toolkit.sites import SiteProfile

logger = logging.getLogger("toolkit.cluster")
READY_TIMEOUT = 120.0
"""Seconds a batch waits for the worker's browser to come up (a worker that has just joined)."""
LOCAL_WORKER_ENV = "TOOLKIT_LOCAL_WORKER"
"""Set for the workers of `--workers N`: Ctrl-C in the terminal is the client's to handle."""

Publish = Callable[[dict[str, Any]], None]


class BrowserPlugin(WorkerPlugin):
    """One warm Chromium per worker: launched on setup, closed on teardown."""

    idempotent = True  # a second run on the same cluster keeps the browsers that are already warm
    name = PLUGIN

    def __init__(self) -> None:
        self.warm: WarmBrowser | None = None
        self.error: str | None = None
        self.ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._playwright: Playwright | None = None
        self._one_batch = threading.Lock()
        self._batch: Future[dict[str, Any]] | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"name": self.name}  # sent to workers before setup: nothing of the client's side travels

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__()  # type: ignore[misc]

    async def setup(self, worker: Any) -> None:
        if os.environ.get(LOCAL_WORKER_ENV) and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        # Pages still failing while the worker closes are asyncio's to log: not the user's to read.
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)
        self._loop = asyncio.new_event_loop()
        threading.Thread(target=self._loop.run_forever, name="toolkit-browser", daemon=True).start()
        try:
            await asyncio.wrap_future(self._submit(self._start()))
        except Exception as exc:  # no browser (BrowserNotFound) or one that will not start
            self.error = str(exc).strip().splitlines()[0] if str(exc).strip() else one_line(exc)
            logger.warning("toolkit: no browser on this worker, it leaves the cluster: %s", self.error)
            worker.log_event(TOPIC, {"kind": "left", "worker": worker.address, "reason": f"no browser: {self.error}"})
            loop = asyncio.get_running_loop()
            loop.call_later(0.5, lambda: asyncio.ensure_future(worker.close(nanny=True, reason="toolkit: no browser")))
        finally:
            self.ready.set()

    async def teardown(self, worker: Any) -> None:
        if self._loop is None:
            return
        if self._batch is not None:
            self._batch.cancel()  # the worker is closing: its batch goes elsewhere (the client sees it gone)
        with contextlib.suppress(Exception):  # a browser that will not close must not keep the worker open
            await asyncio.wait_for(asyncio.wrap_future(self._submit(self._stop())), 15)
        self._loop.call_soon_threadsafe(self._loop.stop)

    def run(self, batch: Batch, spec: RunSpec, publish: Publish) -> dict[str, Any]:
        """Scrape a batch on the warm browser (one batch at a time: the engine has the browser)."""
        if not self.ready.wait(READY_TIMEOUT) or self.error or self.warm is None:
            raise NoBrowser(self.error or "the browser did not start in time")
        with self._one_batch:
            self._batch = self._submit(self._run(batch, spec, publish))
            try:
                return self._batch.result()
            finally:
                self._batch = None

    def _submit(self, work: Any) -> Future[Any]:
        assert self._loop is not None
        return asyncio.run_coroutine_threadsafe(work, self._loop)

    async def _start(self) -> None:
        self._playwright = await async_playwright().start()
        self.warm = WarmBrowser(self._playwright)
        try:
            await self.warm.ready(None)
        except BaseException:
            await self._stop()
            raise

    async def _stop(self) -> None:
        if self.warm is not None:
            await self.warm.close()
        if self._playwright is not None:
            await self._playwright.stop()
            self._playwright = None

    async def _run(self, batch: Batch, spec: RunSpec, publish: Publish) -> dict[str, Any]:
        assert self.warm is not None
        indices: dict[str, deque[int]] = defaultdict(deque)
        for index, url in batch.items:
            indices[url].append(index)
        records: list[tuple[int, dict[str, Any]]] = []

        def sink(record: Record) -> None:
            index = indices[record.url].popleft()
            data = record.to_dict()
            records.append((index, data))
            publish({"kind": "record", "index": index, "record": data})

        with tempfile.TemporaryDirectory(prefix="toolkit-batch-") as scratch, _profiles(spec.profiles):
            options = worker_options(spec, batch, Path(scratch))
            result = await api.scrape_async([url for _, url in batch.items], options, _Started(indices, publish),
                                            sink, warm=self.warm)  # fmt: skip
            recordings = _read_recordings(Path(scratch) / "recordings") if options.record_dir else {}
        return {"records": records, "peak_memory": result.peak_memory, "recordings": recordings}


class _Started(Listener):
    def __init__(self, indices: dict[str, deque[int]], publish: Publish) -> None:
        self.indices = indices
        self.publish = publish

    def started(self, url: str) -> None:
        if self.indices[url]:
            self.publish({"kind": "started", "index": self.indices[url][0], "url": url})


async def install_plugin(dask_worker: Any) -> None:
    """Run by the client on a worker it admitted: the browser plugin, once (a later run keeps its browser)."""
    if PLUGIN not in dask_worker.plugins:
        await dask_worker.plugin_add(BrowserPlugin(), name=PLUGIN)


def scrape_batch(batch: Batch, spec: RunSpec) -> dict[str, Any]:
    """The Dask task: one batch on this worker's warm browser; every record also sent as it finishes."""
    worker = get_worker()
    deadline = time.monotonic() + READY_TIMEOUT
    while (plugin := worker.plugins.get(PLUGIN)) is None and time.monotonic() < deadline:
        time.sleep(0.1)  # a worker that has just joined is still installing the plugin
    if not isinstance(plugin, BrowserPlugin):
        raise NoBrowser("the toolkit plugin is not installed on this worker")

    def publish(message: dict[str, Any]) -> None:
        worker.log_event(TOPIC, {**message, "run": spec.run_id, "worker": worker.address})

    return plugin.run(batch, spec, publish)


def worker_options(spec: RunSpec, batch: Batch, scratch: Path) -> ScrapeOptions:
    """The run's options for this batch: its share of the host's slots, robots.txt already decided by
    the client, the session written to a private file here, recordings into the scratch folder."""
    session = None
    if spec.session is not None:
        session = scratch / (spec.session_name or "session.json")
        descriptor = os.open(session, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(spec.session)
    return replace(
        spec.options,
        concurrency=batch.slots,
        per_host=batch.slots,
        robots=False,
        session=str(session) if session else None,
        record_dir=str(scratch / "recordings") if spec.options.record_dir else None,
        record_name=None,
    )


@contextmanager
def _profiles(profiles: tuple[SiteProfile, ...]) -> Iterator[None]:
    """The client's site profiles for the time of a batch (`sites.PROFILES` is read at call time)."""
    own = sites.PROFILES
    sites.PROFILES = profiles
    try:
        yield
    finally:
        sites.PROFILES = own


def _read_recordings(root: Path) -> dict[str, dict[str, bytes]]:
    """Each recording folder the batch wrote, as {folder: {file: bytes}}, to be written by the client."""
    if not root.is_dir():
        return {}
    return {
        folder.name: {file.name: file.read_bytes() for file in folder.iterdir() if file.is_file()}
        for folder in sorted(root.iterdir())
        if folder.is_dir()
    }
