"""The client side of a cluster run: it owns the run as a local run owns it.

It reads the inputs, gives bad URLs and robots.txt refusals their records at once (robots.txt is
fetched here, once per host for the whole cluster), then sends the rest out in batches of one host
each and receives the records as they finish. Per-host slots hold across the cluster: a batch
carries its share of its host's slots, and the shares of the batches in flight on one host never add
up to more than `--per-host` (a worker runs one batch at a time, so a worker's use of a host is the
largest share among its batches). A host whose profile asks for a delay between loads goes to one
worker at a time, so that its delay holds too.

Nothing is lost when a worker dies: each batch is pinned to its worker, so when that worker goes
the client sees it, cancels the batch and sends out again only the inputs without a record.
Records are written once per input, whichever way they arrive first (an event or the batch's result).
A worker gets the browser plugin and batches only once admitted (`admission`: the client's version).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import queue
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from distributed import Client, Future
from playwright.async_api import async_playwright

from toolkit import sites
from toolkit.cluster.admission import admit
from toolkit.cluster.connect import ClusterUnavailable, Tls, connect
from toolkit.cluster.work import TOPIC, Batch, NoBrowser, RunSpec, record_from_dict
from toolkit.cluster.worker import scrape_batch
from toolkit.cluster.writeback import write_recordings
from toolkit.errors import PageError, one_line
from toolkit.record import Record
from toolkit.run import Listener, RunResult, ScrapeOptions, WorkerStats
from toolkit.run.engine import robots_skipped
from toolkit.run.inputs import check_url
from toolkit.run.robots import RobotsCache

DEPTH = 2
"""Batches in flight per worker: one running and one waiting, so that no worker idles between two."""
BATCH_PER_SLOT = 4
"""Inputs per slot in a batch: big enough to keep the slots busy, small enough that a dead worker's
batch is soon sent out again and that the last batches spread over every worker."""
WAIT_FOR_WORKERS = 60.0
"""Seconds a run waits with no worker able to scrape (none joined yet, or all were lost) before the
inputs left get error records."""
FINISHING = 30.0
"""Seconds the run waits, once every record is in, for the results of the last batches (their
recordings and memory figures)."""
MAX_TRIES = 3
"""Batches an input may be in on workers that died or failed before it gets an error record of its own
(a page that kills every worker that loads it must not go round forever)."""
UNABLE = ("no browser", "refused")
"""How the state of a worker that can take no work begins (see WorkerStats.state)."""

logger = logging.getLogger("toolkit.cluster")


def scrape_on_cluster(
    urls: Sequence[str],
    options: ScrapeOptions,
    listener: Listener | None = None,
    sink: Callable[[Record], None] | None = None,
    *,
    workers: int | None = None,
    address: str | None = None,
    tls: Tls | None = None,
) -> RunResult:
    """Scrape `urls` on `workers` local worker processes, or on the cluster at `address` (`tls` for tls://).
    Ctrl-C ends it with `interrupted` set; every record already finished has gone to `sink`."""
    listener = listener or Listener()
    result = RunResult()
    emit = result.emitter(listener, sink)
    started = time.monotonic()
    items = []
    for index, url in enumerate(urls):
        try:
            items.append((index, check_url(url)))
        except PageError as exc:
            emit(Record.failed(url, exc.kind, str(exc)))
    try:
        if items and options.robots:
            items = _robots_pass(items, options, emit)
        if items:
            before = len(result.records)
            try:
                with connect(workers, address, tls) as client:
                    _Run(client, options, listener, emit, result).go(items)
            except ClusterUnavailable as exc:
                if len(result.records) == before:  # no cluster to start with: every input says so
                    for _, url in items:
                        emit(Record.failed(url, "cluster", str(exc)))
                raise
    except KeyboardInterrupt:
        result.interrupted = True
    finally:
        result.seconds = time.monotonic() - started
    return result


def _robots_pass(items: list[tuple[int, str]], options: ScrapeOptions,
                 emit: Callable[[Record], None]) -> list[tuple[int, str]]:  # fmt: skip
    """robots.txt decided once for the whole run, here: refused inputs get `skipped` records now."""

    async def verdicts() -> list[tuple[bool, str | None]]:
        async with async_playwright() as playwright:
            cache = RobotsCache(options.proxy, options.session, options.timeout, playwright.chromium.executable_path)
            try:
                return await asyncio.gather(*(cache.allows(url) for _, url in items))
            finally:
                await cache.close()

    allowed = []
    for item, (ok, rule) in zip(items, asyncio.run(verdicts()), strict=True):
        if ok:
            allowed.append(item)
        else:
            emit(robots_skipped(item[1], rule))
    return allowed


@dataclass
class _InFlight:
    batch: Batch
    worker: str
    future: Future


class _Run:
    """One run's dispatch loop: workers seen, batches in flight, inputs without a record."""

    def __init__(self, client: Client, options: ScrapeOptions, listener: Listener,
                 emit: Callable[[Record], None], result: RunResult) -> None:  # fmt: skip
        self.client = client
        self.options = options
        self.listener = listener
        self.emit = emit
        self.result = result
        self.spec = RunSpec.of(uuid.uuid4().hex, options)
        self.events: queue.SimpleQueue[tuple[float, dict[str, Any]]] = queue.SimpleQueue()
        self.todo: dict[str, deque[tuple[int, str]]] = {}
        self.urls: dict[int, str] = {}
        self.open: set[int] = set()
        self.announced: set[int] = set()
        self.tries: Counter[int] = Counter()
        self.flying: dict[str, _InFlight] = {}
        self.stats: dict[str, WorkerStats] = {}
        self.first_batch: dict[str, float] = {}
        self.gone: set[str] = set()
        self.checked: set[str] = set()
        self.numbers = iter(range(1, 1 << 62))
        self.taken: set[str] = set()
        self.no_worker_since: float | None = None

    def go(self, items: list[tuple[int, str]]) -> None:
        for index, url in items:
            self.todo.setdefault((urlsplit(url).hostname or "").lower(), deque()).append((index, url))
            self.urls[index] = url
            self.open.add(index)
        self.client.subscribe_topic(TOPIC, self.events.put)
        try:
            finishing: float | None = None
            while self.open or (self.flying and time.monotonic() - (finishing or time.monotonic()) < FINISHING):
                if not self.open:
                    finishing = finishing or time.monotonic()  # every record is in: the last batches' results
                live = self._live_workers()
                self._reclaim(live)
                self._dispatch(live)
                self._drain(0.1)
                self._collect()
                self._check_workers(live)
        finally:
            with contextlib.suppress(Exception):
                self.client.unsubscribe_topic(TOPIC)
            if self.flying:
                with contextlib.suppress(Exception):
                    self.client.cancel([f.future for f in self.flying.values()], force=True)
            self._finish_stats()

    # --- workers -------------------------------------------------------------------------------

    def _live_workers(self) -> list[str]:
        try:
            info = self.client.nthreads()  # (scheduler_info() may answer from a cache without the workers)
        except Exception as exc:  # the scheduler went away
            why = f"lost the Dask scheduler: {one_line(exc)}"
            for index in sorted(self.open):
                self._accept(index, Record.failed(self.urls[index], "cluster", why), None)
            raise ClusterUnavailable(why) from None
        for address in info:
            self.stats.setdefault(address, WorkerStats(name=_short(address)))
        self._admit([address for address in info if address not in self.checked and address not in self.gone])
        for address, stats in self.stats.items():
            if address not in info and address not in self.gone:
                self.gone.add(address)
                if stats.state == "working":
                    stats.state = "lost"
                self._changed()
        return [address for address in info if address in self.checked and address not in self.gone]

    def _admit(self, joined: list[str]) -> None:
        """Workers that just joined: those of another version are refused (one line, no work)."""
        for address, why in admit(self.client, joined).items():
            self.checked.add(address)
            if why:
                self.gone.add(address)
                self.stats[address].state = f"refused: {why}"
                logger.warning("worker %s: %s: refused", address, why)
                self._changed()

    def _reclaim(self, live: list[str]) -> None:
        """The batches of a worker that is gone: cancelled, their inputs without a record sent out again."""
        for key, flight in list(self.flying.items()):
            if flight.worker not in live:
                del self.flying[key]
                flight.future.cancel()
                self._requeue(flight.batch, "its worker was lost mid-batch")

    def _requeue(self, batch: Batch, why: str) -> None:
        again = []
        for index, url in batch.items:
            if index not in self.open:
                continue
            self.tries[index] += 1
            if self.tries[index] >= MAX_TRIES:
                self._accept(index, Record.failed(url, "cluster", f"tried {MAX_TRIES} times: {why}"), None)
            else:
                again.append((index, url))
        self.todo.setdefault(batch.host, deque()).extendleft(reversed(again))

    def _check_workers(self, live: list[str]) -> None:
        """With no worker able to scrape for too long (or all of them gone for want of a browser), the
        inputs left get error records: the run ends instead of waiting forever."""
        if live or self.flying:
            self.no_worker_since = None
            return
        now = time.monotonic()
        self.no_worker_since = self.no_worker_since or now
        reasons = {s.state for s in self.stats.values()}
        hopeless = bool(self.stats) and all(reason.startswith(UNABLE) for reason in reasons)
        if hopeless or now - self.no_worker_since > WAIT_FOR_WORKERS:
            why = sorted(reasons)[0] if hopeless else f"no worker able to scrape for {WAIT_FOR_WORKERS:.0f}s"
            kind = "browser" if why.startswith("no browser") else "cluster"
            for index in sorted(self.open):
                self._accept(index, Record.failed(self.urls[index], kind, why), None)
            raise ClusterUnavailable(f"no worker in the cluster can scrape: {why}")

    # --- dispatch ------------------------------------------------------------------------------

    def _dispatch(self, live: list[str]) -> None:
        if not live:
            return
        share = max(1, self.options.per_host // len(live))
        hungry = [worker for worker in live if self._load(worker) < DEPTH]
        while hungry:  # one batch each in turn, the least loaded first, so that work spreads evenly
            for worker in sorted(hungry, key=self._load):
                batch = self._next_batch(worker, share, len(live))
                if batch is None:
                    hungry.remove(worker)
                    continue
                key = f"toolkit-{self.spec.run_id}-{batch.number}"
                future = self.client.submit(scrape_batch, batch, self.spec, key=key, workers=[worker],
                                            allow_other_workers=False, pure=False)  # fmt: skip
                self.flying[future.key] = _InFlight(batch, worker, future)
                self.first_batch.setdefault(worker, time.monotonic())
                if self._load(worker) >= DEPTH:
                    hungry.remove(worker)

    def _load(self, worker: str) -> int:
        return sum(1 for f in self.flying.values() if f.worker == worker)

    def _next_batch(self, worker: str, share: int, workers: int) -> Batch | None:
        for host in list(self.todo):
            waiting = self.todo[host]
            if not waiting:
                del self.todo[host]
                continue
            profile = sites.profile_for_host(host)
            paced = bool(profile and profile.delay)
            others = {f.worker: f.batch.slots for f in self.flying.values() if f.batch.host == host}
            others.pop(worker, None)
            if paced and others:
                continue  # a profile's delay between loads holds only if one worker loads the host
            free = self.options.per_host - self._used(host, worker)
            slots = min(self.options.concurrency, self.options.per_host if paced else share, free)
            if slots < 1:
                continue
            size = max(slots, min(slots * BATCH_PER_SLOT, math.ceil(len(waiting) / (workers * DEPTH))))
            items = tuple(waiting.popleft() for _ in range(min(size, len(waiting))))
            self.todo[host] = self.todo.pop(host)  # this host to the back: hosts take turns
            return Batch(next(self.numbers), host, slots, items)
        return None

    def _used(self, host: str, but: str) -> int:
        """Slots of `host` taken by the other workers: each runs one batch at a time, so its largest share."""
        largest: dict[str, int] = {}
        for flight in self.flying.values():
            if flight.batch.host == host and flight.worker != but:
                largest[flight.worker] = max(largest.get(flight.worker, 0), flight.batch.slots)
        return sum(largest.values())

    # --- results -------------------------------------------------------------------------------

    def _drain(self, wait: float) -> None:
        try:
            _, message = self.events.get(timeout=wait)
        except queue.Empty:
            return
        while True:
            self._on_event(message)
            try:
                _, message = self.events.get_nowait()
            except queue.Empty:
                return

    def _on_event(self, message: dict[str, Any]) -> None:
        if message.get("kind") == "left":
            worker = str(message.get("worker"))
            self.stats.setdefault(worker, WorkerStats(name=_short(worker))).state = str(message.get("reason"))
            self.gone.add(worker)
            self._changed()
        elif message.get("run") != self.spec.run_id:
            return  # another run on the same cluster
        elif message.get("kind") == "started":
            index = int(message["index"])
            if index in self.open and index not in self.announced:
                self.announced.add(index)
                self.listener.started(str(message["url"]))
        elif message.get("kind") == "record":
            self._accept(int(message["index"]), record_from_dict(message["record"]), str(message["worker"]))

    def _collect(self) -> None:
        for key, flight in list(self.flying.items()):
            if not flight.future.done():
                continue
            del self.flying[key]
            try:
                outcome = flight.future.result()
            except NoBrowser as exc:
                self.stats[flight.worker].state = f"no browser: {exc}"
                self.gone.add(flight.worker)
                self._requeue(flight.batch, f"no browser on {_short(flight.worker)}")
                self._changed()
                continue
            except Exception as exc:  # the batch failed as a whole (a bug, a worker that died): again elsewhere
                self._requeue(flight.batch, one_line(exc))
                continue
            for index, data in outcome["records"]:
                self._accept(index, record_from_dict(data), flight.worker)
            stats = self.stats[flight.worker]
            stats.peak_memory = max(stats.peak_memory, int(outcome.get("peak_memory") or 0))
            self._write_recordings(outcome.get("recordings"))
            self._changed()

    def _accept(self, index: int, record: Record, worker: str | None) -> None:
        """The one record of input `index`: the first that arrives; any later copy is dropped."""
        if index not in self.open:
            return
        self.open.discard(index)
        self.emit(record)
        if worker is not None:
            stats = self.stats.setdefault(worker, WorkerStats(name=_short(worker)))
            stats.records += 1
            stats.pages += record.pages
            stats.errors += record.status == "error"
            stats.seconds = time.monotonic() - self.first_batch.get(worker, time.monotonic())
            self._changed()

    def _write_recordings(self, recordings: object) -> None:
        """`--record DIR` on a cluster: the workers send each recording's files; they are written here."""
        if not recordings or not self.options.record_dir:
            return
        root = Path(self.options.record_dir)
        for warning in write_recordings(root, recordings, self.taken, private=bool(self.options.session)):
            logger.warning("warning: %s", warning)

    def _changed(self) -> None:
        self.result.workers = list(self.stats.values())
        self.listener.workers(self.result.workers)

    def _finish_stats(self) -> None:
        for stats in self.stats.values():
            if stats.state == "working":
                stats.state = "stopped" if self.open else "done"
        self.result.peak_memory = sum(s.peak_memory for s in self.stats.values())
        self._changed()


def _short(address: str) -> str:
    return address.removeprefix("tcp://").removeprefix("tls://")
