"""Every request discovery makes: through the run's proxy, after robots.txt, at the site's pace.

Sitemaps, feeds, plain index pages and robots.txt go through the streamed client the engine uses
for robots.txt (`toolkit.run.stream`): bodies read up to 50 MB decoded, one time limit per fetch, the
run's proxy, the session's cookies and Chromium's User-Agent. Pages a profile marks `render` load in
Chromium, launched only when one is needed.
"""

from __future__ import annotations

import asyncio
import contextlib

from playwright.async_api import Browser, Playwright

from toolkit.browser.launch import launch, new_context
from toolkit.discover.xmldoc import MAX_BYTES
from toolkit.run.engine import HostGate
from toolkit.run.robots import RobotsCache
from toolkit.run.stream import Fetched, FetchError, Unreachable, first_line

__all__ = ["FetchError", "Fetched", "Fetcher", "Unreachable"]


class Fetcher:
    def __init__(self, playwright: Playwright, proxy: str | None = None, session: str | None = None,
                 timeout: float = 30.0, obey_robots: bool = True) -> None:  # fmt: skip
        self.playwright = playwright
        self.proxy = proxy
        self.session = session
        self.timeout = timeout
        self.obey_robots = obey_robots
        self.gate = HostGate(1)  # one request at a time per host, and a profile's delay between two
        self.robots = RobotsCache(proxy, session, timeout, playwright.chromium.executable_path)
        self._browser: Browser | None = None
        self._launching = asyncio.Lock()

    async def robots_text(self, url: str) -> str:
        """The robots.txt of `url`'s origin ("" when it has none), fetched once."""
        return await self.robots.text(url)

    async def check_robots(self, url: str) -> None:
        if not self.obey_robots:
            return
        allowed, rule = await self.robots.allows(url)
        if not allowed:
            raise FetchError(f"robots.txt: {rule}")

    async def get(self, url: str) -> Fetched:
        """A plain GET, its body read up to 50 MB: FetchError on robots.txt refusal, HTTP >= 400, a larger
        body ("larger than 50 MB, not read"), or no whole answer within the time limit."""
        return await self.send(url)

    async def send(self, url: str, method: str = "GET", body: bytes | None = None,
                   headers: tuple[tuple[str, str], ...] = ()) -> Fetched:  # fmt: skip
        """`get` for a listing that POSTs a form or JSON, or needs a header: the same robots.txt check,
        host pace, caps and time limit."""
        await self.check_robots(url)
        async with self.gate(url):
            fetched = await self.robots.client.request(method, url, MAX_BYTES, body=body, headers=dict(headers))
        if fetched.status >= 400:
            raise FetchError(f"HTTP {fetched.status}")
        return fetched

    async def render(self, url: str, wait_for: str | None = None) -> Fetched:
        """The page as Chromium builds it (its list made by script), waiting for `wait_for` a while."""
        await self.check_robots(url)
        async with self._launching:  # sites walked side by side share one browser
            if self._browser is None:
                self._browser = await launch(self.playwright, self.proxy)
        async with self.gate(url):
            context = await new_context(self._browser, self.session)
            try:
                page = await context.new_page()
                response = await page.goto(url, wait_until="domcontentloaded", timeout=self.timeout * 1000)
                if wait_for:
                    with contextlib.suppress(Exception):
                        await page.wait_for_selector(wait_for, state="attached", timeout=min(self.timeout, 10) * 1000)
                status = response.status if response else 200
                html = await page.content()
                final = page.url
            except Exception as exc:
                raise _browser_error(exc) from exc
            finally:
                with contextlib.suppress(Exception):
                    await context.close()
        if status >= 400:
            raise FetchError(f"HTTP {status}")
        return Fetched(final, status, html.encode("utf-8"), "text/html; charset=utf-8")

    async def close(self) -> None:
        await self.robots.close()
        if self._browser is not None:
            with contextlib.suppress(Exception):
                await self._browser.close()


_NO_ANSWER = {
    "ERR_NAME_NOT_RESOLVED": "DNS: name not resolved",
    "ERR_CONNECTION_REFUSED": "connection refused",
    "ERR_CONNECTION_TIMED_OUT": "connection failed: timed out",
    "ERR_ADDRESS_UNREACHABLE": "connection failed: address unreachable",
    "ERR_INTERNET_DISCONNECTED": "connection failed: no network",
    "ERR_PROXY_CONNECTION_FAILED": "proxy: connection failed",
}


def _browser_error(exc: BaseException) -> FetchError:
    """Chromium's network errors in the words the plain client uses, so one cause reads as one warning."""
    text = str(exc)
    for code, words in _NO_ANSWER.items():
        if f"net::{code}" in text:
            return Unreachable(words)
    return FetchError(first_line(exc))
