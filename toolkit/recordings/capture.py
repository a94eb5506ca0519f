"""Capturing what a browser context is served while a record is scraped, and `scrape --record`."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from playwright.async_api import Browser, BrowserContext, Response

from toolkit.browser.launch import new_context
from toolkit.errors import PageError
from toolkit.record import Record
from toolkit.recordings.archive import Archive, Exchange, kept_headers
from toolkit.recordings.store import name_for, write_recording
from toolkit.run.engine import HostGate, ScrapeOptions, close_quietly, failed_record
from toolkit.run.pipeline import scrape_article


class Recorder:
    """Listens to one context's responses; `archive()` waits for the last bodies and returns them."""

    def __init__(self, context: BrowserContext) -> None:
        self._pending: list[asyncio.Task[Exchange | None]] = []
        context.on("response", self._on_response)

    def _on_response(self, response: Response) -> None:
        self._pending.append(asyncio.get_running_loop().create_task(self._read(response)))

    async def _read(self, response: Response) -> Exchange | None:
        request = response.request
        if request.url.startswith("data:"):
            return None
        try:
            body = b"" if 300 <= response.status < 400 else await response.body()
        except Exception:  # a body the page dropped (navigation, abort): replay will abort it too
            return None
        return Exchange(request.method, request.url, response.status, response.status_text,
                        kept_headers(await response.all_headers()), body)  # fmt: skip

    async def archive(self) -> Archive:
        done = await asyncio.gather(*self._pending, return_exceptions=True)
        return Archive([e for e in done if isinstance(e, Exchange)])


class RecordingWriter:
    """Record mode, given to the engine as its `isolated` scrape: each input gets a fresh context
    whose responses are captured, and a recording folder under `options.record_dir`."""

    def __init__(self, options: ScrapeOptions) -> None:
        assert options.record_dir
        self.options = options
        self.taken: set[str] = set()

    async def __call__(self, browser: Browser, url: str, gate: HostGate) -> Record:
        from toolkit import __version__

        options = self.options
        context = await new_context(browser, options.session, options.block_resources)
        started = time.monotonic()
        first = None
        try:
            capture = Recorder(context)
            try:
                record, first = await scrape_article(context, url, options.timeout, options.session, True, gate)
            except PageError as exc:
                record = failed_record(url, exc, started)
            archive = await capture.archive()
        finally:
            await close_quietly(context)
        name = options.record_name or name_for(url, self.taken)
        write_recording(Path(str(options.record_dir)) / name, record, first, archive, browser.version, __version__)
        return record
