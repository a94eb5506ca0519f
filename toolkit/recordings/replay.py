"""Replaying recordings offline: the same pipeline as `scrape`, with the network served from the archive.

A recording made with a session replays as if with that session (its name, for the evidence), and one whose
archive holds an anonymous load (see `capture`) gets the same access check as at recording time, against
that load: a member view without a premium marker replays as `unlocked` again, with the wall the anonymous
reader got as evidence. Without that load the check is not made: replay never opens a context of its own."""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from playwright.async_api import Browser, BrowserContext, async_playwright

from toolkit.browser.launch import browser_memory, launch, new_context
from toolkit.errors import INTERNAL, one_line
from toolkit.record import Record
from toolkit.recordings.archive import Archive, Replayer
from toolkit.recordings.diff import FieldDiff, compare
from toolkit.recordings.store import Recording, stable
from toolkit.run import Listener, RunResult
from toolkit.run.pipeline import AnonymousView, PageHook, scrape_url

REPLAY_TIMEOUT = 30.0


@dataclass
class Replayed:
    recording: Recording
    record: Record
    diffs: list[FieldDiff] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    """Requests the page made that the archive did not hold (aborted)."""


async def replay_context(browser: Browser, recording: Recording | Archive,
                         anonymous: bool = False) -> tuple[BrowserContext, Replayer]:  # fmt: skip
    """A fresh context whose every request is answered from the recording's archive (or aborted);
    `anonymous`: from its anonymous load instead."""
    archive = recording if isinstance(recording, Archive) else Archive.load(recording.path)
    replayer = Replayer(archive, anonymous)
    context = await new_context(browser, block_resources=False)
    await context.route("**/*", replayer.handle)
    return context, replayer


def anonymous_view(browser: Browser, archive: Archive) -> AnonymousView:
    """The access check's view, served from the archive's anonymous load; none (no check) when it holds none."""

    @contextlib.asynccontextmanager
    async def view() -> AsyncIterator[BrowserContext | None]:
        if not archive.has_anonymous:
            yield None
            return
        context, _ = await replay_context(browser, archive, anonymous=True)
        try:
            yield context
        finally:
            await context.close()

    return view


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


async def replay_record(browser: Browser, recording: Recording, timeout: float = REPLAY_TIMEOUT,
                        on_page: PageHook | None = None) -> tuple[Record, Replayer]:  # fmt: skip
    """One recording through the pipeline, as `replay` and `inspect RECORDING` both run it."""
    archive = Archive.load(recording.path)
    context, replayer = await replay_context(browser, archive)
    anonymous = anonymous_view(browser, archive) if recording.session or archive.has_anonymous else None
    try:  # the check ran at recording time when its load is there: run it again, whatever the profile says now
        record, _ = await scrape_url(context, recording.url, timeout, recording.session_file, on_page=on_page,
                                     verify_access=archive.has_anonymous, anonymous=anonymous)  # fmt: skip
    finally:
        await context.close()
    record.source = str(recording.path)
    return record, replayer


async def _replay_one(browser: Browser, recording: Recording) -> Replayed:
    record, replayer = await replay_record(browser, recording)
    expected = recording.expected()
    diffs = compare(expected, stable(record)) if expected is not None else []
    return Replayed(recording, record, diffs, replayer.missed)
