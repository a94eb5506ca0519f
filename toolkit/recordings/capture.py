"""Capturing what a browser context is served while a record is scraped, and `scrape --record`.

With a session, the access check's anonymous load is captured too (tagged anonymous in the archive), so that
replay can prove `unlocked` again; and every value of the session is redacted from the files (see `redact`).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from pathlib import Path

from playwright.async_api import Browser, BrowserContext, Response

from toolkit.browser.launch import new_context
from toolkit.errors import PageError
from toolkit.record import Record
from toolkit.recordings.archive import Archive, Exchange, kept_headers
from toolkit.recordings.redact import Redactor, file_values, session_values
from toolkit.recordings.store import name_for, write_recording
from toolkit.run.engine import HostGate, ScrapeOptions, close_quietly, failed_record
from toolkit.run.pipeline import AnonymousView, scrape_article


class Recorder:
    """Listens to one context's responses; `archive()` waits for the last bodies and returns them."""

    def __init__(self, context: BrowserContext, anonymous: bool = False) -> None:
        self._pending: list[asyncio.Task[Exchange | None]] = []
        self.anonymous = anonymous
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
                        kept_headers(await response.all_headers()), body, self.anonymous)  # fmt: skip

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
        anonymous: list[Exchange] = []
        redactor = None
        try:
            capture = Recorder(context)
            try:
                view = self._anonymous_view(browser, anonymous) if options.session else None
                record, first = await scrape_article(context, url, options.timeout, options.session, True, gate,
                                                     verify_access=options.verify_access, anonymous=view)  # fmt: skip
            except PageError as exc:
                record = failed_record(url, exc, started)
            archive = await capture.archive()
            if options.session:
                redactor = await _redactor(context, options.session)
        finally:
            await close_quietly(context)
        name = options.record_name or name_for(url, self.taken)
        archive.exchanges += anonymous
        folder = Path(str(options.record_dir)) / name
        args = (record, first, archive, browser.version, __version__, redactor, options.session)
        await asyncio.to_thread(write_recording, folder, *args)  # redacting megabytes: off the event loop
        return record

    def _anonymous_view(self, browser: Browser, into: list[Exchange]) -> AnonymousView:
        """The access check's context, its responses captured into `into` (tagged anonymous)."""

        @contextlib.asynccontextmanager
        async def view() -> AsyncIterator[BrowserContext | None]:
            anonymous = await new_context(browser, None, self.options.block_resources)
            capture = Recorder(anonymous, anonymous=True)
            try:
                yield anonymous
            finally:
                into.extend((await capture.archive()).exchanges)
                await close_quietly(anonymous)

        return view


async def _redactor(context: BrowserContext, session: str) -> Redactor:
    """The session file's values (those of every origin, sessionStorage too), and any value the site set or
    rotated during the visit."""
    values = file_values(session)
    with contextlib.suppress(Exception):  # a context whose browser died has no state to give
        values += session_values(await context.storage_state())  # type: ignore[arg-type]
    return Redactor(values)
