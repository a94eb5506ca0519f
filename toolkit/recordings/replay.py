"""Replaying recordings offline: the same pipeline as `scrape`, with the network served from the archive."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from playwright.async_api import Browser, BrowserContext, async_playwright

from toolkit.browser.launch import browser_memory, launch, new_context
from toolkit.errors import INTERNAL, one_line
from toolkit.record import Record
from toolkit.recordings.archive import Archive, Replayer
from toolkit.recordings.diff import FieldDiff, compare
from toolkit.recordings.store import Recording, stable
from toolkit.run import Listener, RunResult
from toolkit.run.pipeline import scrape_url

REPLAY_TIMEOUT = 30.0


@dataclass
class Replayed:
    recording: Recording
    record: Record
    diffs: list[FieldDiff] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    """Requests the page made that the archive did not hold (aborted)."""


async def replay_context(browser: Browser, recording: Recording) -> tuple[BrowserContext, Replayer]:
    """A fresh context whose every request is answered from the recording's archive (or aborted)."""
    replayer = Replayer(Archive.load(recording.path))
    context = await new_context(browser, block_resources=False)
    await context.route("**/*", replayer.handle)
    return context, replayer


async def replay(recordings: list[Recording], listener: Listener | None = None) -> tuple[list[Replayed], RunResult]:
    """Replay each recording in a fresh context whose every request is answered from its archive."""
    listener = listener or Listener()
    started = time.monotonic()
    results: list[Replayed] = []
    peak = 0
    async with async_playwright() as playwright:
        browser = await launch(playwright)
        try:
            for recording in recordings:
                listener.started(recording.url)
                try:
                    done = await _replay_one(browser, recording)
                except Exception as exc:  # a bug or a broken archive costs this recording, not the run
                    record = Record.failed(recording.url, INTERNAL, one_line(exc), source=str(recording.path))
                    done = Replayed(recording, record, [FieldDiff("error", None, record.error)])
                results.append(done)
                listener.finished(done.record)
                peak = max(peak, browser_memory())
        finally:
            await browser.close()
    run = RunResult([r.record for r in results], time.monotonic() - started, peak)
    return results, run


async def _replay_one(browser: Browser, recording: Recording) -> Replayed:
    context, replayer = await replay_context(browser, recording)
    try:
        record, _ = await scrape_url(context, recording.url, REPLAY_TIMEOUT)
    finally:
        await context.close()
    record.source = str(recording.path)
    expected = recording.expected()
    diffs = compare(expected, stable(record)) if expected is not None else []
    return Replayed(recording, record, diffs, replayer.missed)
