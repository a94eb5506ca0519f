"""Loading one page the way a reader sees it, and handing over its marked DOM.

Navigation, then a wait that ends when the network and the DOM have both been quiet for a moment
(bodies injected by script after load arrive within it; a fixed sleep would be either too short or
wasted), consent overlays clicked away, lazy content scrolled in, and one last pass that marks
hidden and floating elements (`js/mark.js`).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

from playwright.async_api import BrowserContext, Page, Request
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeout

from toolkit.browser.js import script
from toolkit.errors import HttpError, NavigationError, NotHtml

QUIET_SECONDS = 0.25
MAX_SETTLE_SECONDS = 8.0
MAX_SCROLL_SCREENS = 30
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
# 401/402/403 often come with a teaser: extraction and paywall detection decide about those.
ARTICLE_MAY_FOLLOW = frozenset({401, 402, 403})
_NET_ERRORS = {
    "ERR_TOO_MANY_REDIRECTS": ("redirect-loop", "redirect loop"),
    "ERR_NAME_NOT_RESOLVED": ("dns", "host name not found"),
    "ERR_CONNECTION_REFUSED": ("connection", "connection refused"),
    "ERR_CONNECTION_RESET": ("connection", "connection reset"),
    "ERR_CONNECTION_CLOSED": ("connection", "connection closed"),
    "ERR_EMPTY_RESPONSE": ("connection", "empty response"),
    "ERR_INTERNET_DISCONNECTED": ("connection", "no network"),
    "ERR_ADDRESS_UNREACHABLE": ("connection", "address unreachable"),
    "ERR_PROXY_CONNECTION_FAILED": ("proxy", "proxy connection failed"),
    "ERR_TUNNEL_CONNECTION_FAILED": ("proxy", "proxy tunnel failed"),
    "ERR_CERT": ("tls", "TLS certificate error"),
    "ERR_SSL": ("tls", "TLS error"),
    "ERR_TIMED_OUT": ("timeout", "connection timed out"),
    "ERR_BLOCKED_BY_CLIENT": ("blocked", "request blocked"),
}


MARK_JS, SETTLE_JS, CONSENT_JS, SCROLL_JS = (script(n) for n in ("mark.js", "settle.js", "consent.js", "scroll.js"))


@dataclass
class RenderedPage:
    url: str
    final_url: str
    http_status: int | None
    html: str
    notes: list[str] = field(default_factory=list)
    screenshot: bytes | None = None
    """A PNG of the viewport, taken only when asked (recordings)."""


PageHook = Callable[[Page, "RenderedPage"], Awaitable[None]]
"""Called with the live page once it is rendered and marked, before it is closed (`toolkit inspect` draws on it)."""


class _Traffic:
    """Requests in flight on one page, and when the network last changed."""

    def __init__(self, page: Page) -> None:
        self.in_flight: set[Request] = set()
        self.changed = time.monotonic()
        page.on("request", self._start)
        page.on("requestfinished", self._end)
        page.on("requestfailed", self._end)

    def _start(self, request: Request) -> None:
        if request.resource_type not in ("websocket", "eventsource"):
            self.in_flight.add(request)
            self.changed = time.monotonic()

    def _end(self, request: Request) -> None:
        self.in_flight.discard(request)
        self.changed = time.monotonic()

    def quiet(self) -> bool:
        return not self.in_flight and time.monotonic() - self.changed >= QUIET_SECONDS


async def render(
    context: BrowserContext,
    url: str,
    timeout: float,
    fingerprints: list[list[str]] | None = None,
    wait_for: dict[int, str] | None = None,
    screenshot: bool = False,
    on_page: PageHook | None = None,
) -> RenderedPage:
    """Load `url` in a new page of `context` and return its marked DOM; the page is always closed.

    `fingerprints` are the site profiles' template selectors; for the first that matches,
    `wait_for[index]` (that profile's body selector) is waited for. Extraction matches the profile itself.
    """
    page: Page | None = None

    async def load() -> RenderedPage:
        nonlocal page
        page = await context.new_page()
        rendered = await _render(page, url, timeout, fingerprints or [], wait_for or {})
        if screenshot:
            rendered.screenshot = await page.screenshot(type="png")
        if on_page is not None:
            await on_page(page, rendered)
        return rendered

    try:
        return await asyncio.wait_for(load(), timeout + 5)
    except TimeoutError as exc:
        raise NavigationError(f"page did not finish within {timeout:g}s", kind="timeout") from exc
    except PlaywrightError as exc:  # after navigation: the renderer crashed, or the page left while being read
        raise _lost_page(str(exc)) from exc
    finally:
        if page is not None:
            await _close(page)


async def _render(page: Page, url: str, timeout: float, fingerprints: list[list[str]],
                  wait_for: dict[int, str]) -> RenderedPage:  # fmt: skip
    deadline = time.monotonic() + timeout
    traffic = _Traffic(page)
    try:
        response = await page.goto(url, wait_until="domcontentloaded", timeout=timeout * 1000)
    except PlaywrightTimeout as exc:
        raise NavigationError(f"no answer within {timeout:g}s", kind="timeout") from exc
    except PlaywrightError as exc:
        raise _navigation_error(str(exc)) from exc
    status = response.status if response else None
    content_type = (response.headers.get("content-type", "") if response else "").split(";")[0].strip().lower()
    if content_type and not content_type.startswith(HTML_TYPES):
        raise NotHtml(f"not a web page: {content_type}", http_status=status)
    if status is not None and status >= 400 and status not in ARTICLE_MAY_FOLLOW:
        reason = response.status_text if response and response.status_text else ""
        wait = _retry_after(response.headers.get("retry-after")) if response else None
        raise HttpError(f"HTTP {status} {reason}".strip(), http_status=status, retry_after=wait)

    notes: list[str] = []
    profile = await page.evaluate(
        "(fps) => fps.findIndex((list) => list.every((s) => document.querySelector(s)))", fingerprints
    ) if fingerprints else -1  # fmt: skip
    clicked = await page.evaluate(CONSENT_JS)  # overlays usually come with the page: clear them before settling
    if profile in wait_for:
        await _wait_selector(page, wait_for[profile], deadline)
    if not await _settle(page, traffic, deadline):
        notes.append("page kept changing; extracted what was there")
    clicked += await page.evaluate(CONSENT_JS)  # and any that came late
    if clicked:
        notes.append(f"consent overlay dismissed ({clicked[0]})")
    scrolled = await page.evaluate(SCROLL_JS, MAX_SCROLL_SCREENS)
    if scrolled or clicked:
        await _settle(page, traffic, deadline)
    marked = await page.evaluate(MARK_JS)
    return RenderedPage(
        url=url,
        final_url=page.url,
        http_status=status,
        html=marked["html"],
        notes=notes,
    )


async def _wait_selector(page: Page, selector: str, deadline: float) -> None:
    remaining = min(deadline - time.monotonic(), MAX_SETTLE_SECONDS)
    if remaining > 0:
        with contextlib.suppress(PlaywrightError):  # the body never came: extraction will say so
            await page.wait_for_selector(selector, state="attached", timeout=remaining * 1000)


async def _settle(page: Page, traffic: _Traffic, deadline: float) -> bool:
    """Wait until network and DOM are both quiet; False when the time allowed ran out first."""
    until = min(deadline, time.monotonic() + MAX_SETTLE_SECONDS)
    while time.monotonic() < until:
        try:
            await page.wait_for_function(
                SETTLE_JS, arg=QUIET_SECONDS * 1000, polling=50, timeout=max(until - time.monotonic(), 0.1) * 1000
            )
        except PlaywrightTimeout:
            return False
        except PlaywrightError:
            return False  # navigated away mid-wait (a script redirect): take what is there
        if traffic.quiet():
            return True
        await asyncio.sleep(0.05)
    return False


def _navigation_error(message: str) -> NavigationError | NotHtml:
    if "Download is starting" in message:
        return NotHtml("not a web page: the server sent a download")
    if "crashed" in message.lower():  # a DOM nested thousands deep overflows Chromium's layout, for one
        return NavigationError("the page crashed the browser's renderer", kind="browser")
    for code, (kind, text) in _NET_ERRORS.items():
        if code in message:
            return NavigationError(text, kind=kind)
    first_line = message.strip().splitlines()[0] if message.strip() else "navigation failed"
    return NavigationError(first_line.removeprefix("Page.goto: "), kind="navigation")


def _lost_page(message: str) -> NavigationError | NotHtml:
    if "context was destroyed" in message:
        return NavigationError("the page navigated away while it was being read", kind="navigation")
    return _navigation_error(message)


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


async def _close(page: Page) -> None:
    """Close a page; bounded, because a call on a browser that just died may never be answered."""
    with contextlib.suppress(PlaywrightError, TimeoutError):
        await asyncio.wait_for(page.close(), 5)
