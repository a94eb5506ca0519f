"""Every request discovery makes: through the run's proxy, after robots.txt, at the site's pace.

Sitemaps, feeds and plain index pages go through Playwright's APIRequestContext, the client the
engine already uses for robots.txt: it honours `--proxy` (with credentials) and `--session` exactly
as the browser does, and needs no second HTTP library. Pages a profile marks `render` load in
Chromium, launched only when one is needed.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from urllib.parse import urlsplit

from playwright.async_api import APIRequestContext, Browser, Playwright

from toolkit.browser.launch import launch, new_context, proxy_settings
from toolkit.run import robots
from toolkit.run.engine import HostGate


@dataclass
class Fetched:
    url: str
    """After redirects."""
    status: int
    body: bytes
    content_type: str

    @property
    def text(self) -> str:
        charset = "utf-8"
        if "charset=" in self.content_type:
            charset = self.content_type.split("charset=", 1)[1].split(";")[0].strip() or charset
        try:
            return self.body.decode(charset, "replace")
        except LookupError:
            return self.body.decode("utf-8", "replace")


class FetchError(Exception):
    """A request that gave nothing to read: refused by robots.txt, an HTTP error, no answer."""


class Fetcher:
    def __init__(self, playwright: Playwright, proxy: str | None = None, session: str | None = None,
                 timeout: float = 30.0, obey_robots: bool = True) -> None:  # fmt: skip
        self.playwright = playwright
        self.proxy = proxy
        self.session = session
        self.timeout = timeout
        self.obey_robots = obey_robots
        self.gate = HostGate(1)  # one request at a time per host, and a profile's delay between two
        self._client: APIRequestContext | None = None
        self._browser: Browser | None = None
        self._robots: dict[str, asyncio.Task[str]] = {}

    async def client(self) -> APIRequestContext:
        if self._client is None:
            self._client = await self.playwright.request.new_context(
                proxy=proxy_settings(self.proxy), storage_state=self.session, ignore_https_errors=False
            )
        return self._client

    async def robots_text(self, url: str) -> str:
        """The robots.txt of `url`'s origin ("" when it has none), fetched once."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = asyncio.ensure_future(self._fetch_robots(origin))
        return await self._robots[origin]

    async def _fetch_robots(self, origin: str) -> str:
        try:
            response = await (await self.client()).get(f"{origin}/robots.txt", timeout=10_000, max_redirects=5)
            return await response.text() if response.status < 400 else ""
        except Exception:
            return ""

    async def check_robots(self, url: str) -> None:
        if not self.obey_robots:
            return
        allowed, rule = robots.parse(await self.robots_text(url)).verdict(robots.path_of(url))
        if not allowed:
            raise FetchError(f"robots.txt: {rule}")

    async def get(self, url: str) -> Fetched:
        """A plain GET: FetchError on robots.txt refusal, HTTP >= 400 or no answer."""
        await self.check_robots(url)
        async with self.gate(url):
            try:
                response = await (await self.client()).get(url, timeout=self.timeout * 1000, max_redirects=10)
                body = await response.body()
            except Exception as exc:
                raise FetchError(_first_line(exc)) from exc
        if response.status >= 400:
            raise FetchError(f"HTTP {response.status}")
        return Fetched(response.url, response.status, body, response.headers.get("content-type", ""))

    async def render(self, url: str, wait_for: str | None = None) -> Fetched:
        """The page as Chromium builds it (its list made by script), waiting for `wait_for` a while."""
        await self.check_robots(url)
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
                raise FetchError(_first_line(exc)) from exc
            finally:
                with contextlib.suppress(Exception):
                    await context.close()
        if status >= 400:
            raise FetchError(f"HTTP {status}")
        return Fetched(final, status, html.encode("utf-8"), "text/html; charset=utf-8")

    async def close(self) -> None:
        for closing in (self._client.dispose() if self._client else None,
                        self._browser.close() if self._browser else None):  # fmt: skip
            if closing is not None:
                with contextlib.suppress(Exception):
                    await closing


def _first_line(exc: BaseException) -> str:
    lines = [line for line in str(exc).strip().splitlines() if line.strip()]
    return lines[0][:200] if lines else type(exc).__name__
