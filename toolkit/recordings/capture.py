"""Capturing what a browser context is served while a record is scraped."""

from __future__ import annotations

import asyncio

from playwright.async_api import BrowserContext, Response

from toolkit.recordings.archive import Archive, Exchange, kept_headers


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
