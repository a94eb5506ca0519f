"""Loading one page the way a reader sees it, and handing over its marked DOM.

Navigation; a first look that tells a bot wall's challenge page from an article (`blocked.py`),
giving a challenge that solves itself a bounded wait; a settle that ends the moment the page's own
work is done (`js/pending.js` counts its open fetches, short timers and DOM changes; network- and
DOM-quiet are the fallback; a fixed sleep would be either too short or wasted); consent overlays
clicked away; a scroll to the real end of the page, bounded for endless feeds, and a fresh settle
for what it started; and one last pass that marks hidden and floating elements (`js/mark.js`).
These scripts run in the toolkit's isolated world (`world.py`), out of the page's reach, and what they
return is type-checked; only the counter of the page's work (`js/pending.js`) lives in the page's world.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

from playwright.async_api import BrowserContext, Page, Request, Response
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import TimeoutError as PlaywrightTimeout

from toolkit.browser.blocked import SELECTORS, find_block
from toolkit.browser.js import script
from toolkit.browser.world import alive, checked, evaluate, forget, watch
from toolkit.errors import Blocked, HttpError, NavigationError, NotHtml

QUIET_SECONDS = 0.25
"""Fallback: how long the DOM must be still when the page's work cannot be counted."""
FAST_MS = 40
"""With the work counted: how long the DOM must be still once nothing is pending."""
NET_QUIET_SECONDS = 0.04
POLL_MS = 20
MAX_SETTLE_SECONDS = 8.0
BODY_SETTLE_SECONDS = 1.5
"""Once a profile's body selector is there, the rest of the page gets at most this long."""
CHALLENGE_SECONDS = 6.0
"""How long a challenge page gets to solve itself (Cloudflare's JS challenge takes about 5 s)."""
SCROLL_BUDGET = {"maxHeight": 40_000, "maxMs": 8_000, "waitMs": 1_500}
"""Scrolling stops after 40,000 px or 8 s (an endless feed); at the bottom, up to 1.5 s for what the page started."""
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
    "ERR_BLOCKED_BY_CLIENT": ("not-html", "not a web page: the toolkit does not load images, media or fonts"),
}


MARK_JS, SETTLE_JS, CONSENT_JS, SCROLL_JS, PROBE_JS, PENDING_JS = (
    script(n) for n in ("mark.js", "settle.js", "consent.js", "scroll.js", "probe.js", "pending.js")
)
# Round trips cost most on a busy machine: the steps that follow each other without a wait between
# them go to the page together.
FIRST_LOOK_JS = f"(arg) => ({{ ...({PROBE_JS})(arg), clicked: ({CONSENT_JS})() }})"
"""probe.js, then consent overlays clicked away (they usually come with the page)."""
FINISH_JS = f"""async (budget) => {{
  const clicked = ({CONSENT_JS})();
  const scrolled = await ({SCROLL_JS})(budget);
  const marked = scrolled.steps || clicked.length ? null : ({MARK_JS})();
  return {{ clicked, scrolled, html: marked ? marked.html : null }};
}}"""
"""Late consent overlays, the scroll to the end, and, when neither changed anything, mark.js."""
MAX_SERVED_BYTES = 8_000_000
"""A served document bigger than this is not kept for the lost-article check."""
SERVED_WAIT_SECONDS = 2.0
DOCUMENT_STATUS_JS = "() => performance.getEntriesByType('navigation')[0]?.responseStatus || null"
"""The HTTP status of the document now in the page (after a challenge reloaded it)."""
SPARE_LOADS = 10
"""A page loads this many URLs at most: its renderer's memory grows with every document it has held."""
_LOADS: weakref.WeakKeyDictionary[Page, int] = weakref.WeakKeyDictionary()
_FORGET_JS = "() => { window.name = ''; try { sessionStorage.clear(); } catch (e) {} }"
_SPARES: weakref.WeakKeyDictionary[BrowserContext, Page] = weakref.WeakKeyDictionary()
"""Per context, a page that loaded cleanly, for the context's next load."""
_TRAFFIC: weakref.WeakKeyDictionary[Page, _Traffic] = weakref.WeakKeyDictionary()
_PREPARED: weakref.WeakSet[BrowserContext] = weakref.WeakSet()
"""Contexts that already run pending.js in every page."""
Look = dict[str, Any]
"""FIRST_LOOK_JS's answer: profile, title, text, chars, selectors, clicked."""
_LOOK = {"profile": int, "title": str, "text": str, "chars": int, "selectors": list, "clicked": list}
_FINISH = {"clicked": list, "scrolled": dict, "html": (str, type(None))}
_SCROLLED = {"steps": int, "height": (int, float), "grew": bool, "stopped": (str, type(None))}
_TOKENS = itertools.count(1)
"""Every settle gets its own token, so its state in the page starts fresh."""


@dataclass
class RenderedPage:
    url: str
    final_url: str
    http_status: int | None
    html: str
    notes: list[str] = field(default_factory=list)
    screenshot: bytes | None = None
    """A PNG of the viewport, taken only when asked (recordings)."""
    served: bytes | None = field(default=None, repr=False)
    """The document's bytes as the server sent them (None when unknown): what extraction checks a page against
    whose scripts replaced the article (`extract.served`)."""


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

    @classmethod
    def of(cls, page: Page) -> _Traffic:
        """The page's counter, from a fresh start (a spare page loads many URLs: its listeners are added once)."""
        traffic = _TRAFFIC.get(page)
        if traffic is None:
            traffic = _TRAFFIC[page] = cls(page)
        traffic.in_flight.clear()
        traffic.changed = time.monotonic()
        return traffic

    def _start(self, request: Request) -> None:
        if request.resource_type not in ("websocket", "eventsource"):
            self.in_flight.add(request)
            self.changed = time.monotonic()

    def _end(self, request: Request) -> None:
        self.in_flight.discard(request)
        self.changed = time.monotonic()

    def quiet(self) -> bool:
        return not self.in_flight and time.monotonic() - self.changed >= NET_QUIET_SECONDS


async def render(
    context: BrowserContext,
    url: str,
    timeout: float,
    fingerprints: list[list[str]] | None = None,
    wait_for: dict[int, str] | None = None,
    screenshot: bool = False,
    on_page: PageHook | None = None,
) -> RenderedPage:
    """Load `url` in a page of `context` and return its marked DOM. The page is closed, or, after a clean load
    without hooks, kept for the context's next load (`_spare`).

    `fingerprints` are the site profiles' template selectors; for the first that matches,
    `wait_for[index]` (that profile's body selector) is waited for. Extraction matches the profile itself.
    """
    page: Page | None = None
    clean = False

    async def load() -> RenderedPage:
        nonlocal page
        spare = _SPARES.pop(context, None)
        page = spare if spare is not None and alive(spare) else await context.new_page()
        watch(page)
        rendered = await _render(page, url, timeout, fingerprints or [], wait_for or {})
        if screenshot:
            rendered.screenshot = await page.screenshot(type="png")
        if on_page is not None:
            await on_page(page, rendered)
        return rendered

    try:
        rendered = await asyncio.wait_for(load(), timeout + 5)
        clean = not screenshot and on_page is None
        return rendered
    except TimeoutError as exc:
        raise NavigationError(f"page did not finish within {timeout:g}s", kind="timeout") from exc
    except PlaywrightError as exc:  # after navigation: the renderer crashed, or the page left while being read
        raise _lost_page(str(exc)) from exc
    finally:
        if page is not None and not (clean and await _spare(context, page)):
            await _close(page)


async def _spare(context: BrowserContext, page: Page) -> bool:
    """Keep a page that loaded cleanly for the context's next load, which navigates it away (a new page costs a
    renderer's start, 50-120 ms on a busy machine), with its session storage and window.name cleared: a fresh
    page has neither. What a pagehide handler writes there stays for the same site, as its local storage does."""
    _LOADS[page] = _LOADS.get(page, 0) + 1
    if context in _SPARES or not alive(page) or _LOADS[page] >= SPARE_LOADS:
        return False
    try:
        await asyncio.wait_for(evaluate(page, _FORGET_JS), 5)
    except (PlaywrightError, TimeoutError):
        return False
    _SPARES[context] = page
    return True


async def _render(page: Page, url: str, timeout: float, fingerprints: list[list[str]],
                  wait_for: dict[int, str]) -> RenderedPage:  # fmt: skip
    deadline = time.monotonic() + timeout
    forget(page)  # a spare page's isolated world goes with its old document
    await _prepare(page)
    traffic = _Traffic.of(page)
    try:
        response = await page.goto(url, wait_until="domcontentloaded", timeout=timeout * 1000)
    except PlaywrightTimeout as exc:
        raise NavigationError(f"no answer within {timeout:g}s", kind="timeout") from exc
    except PlaywrightError as exc:
        raise _navigation_error(str(exc)) from exc
    content_type = (response.headers.get("content-type", "") if response else "").split(";")[0].strip().lower()
    if content_type and not content_type.startswith(HTML_TYPES):
        raise NotHtml(f"not a web page: {content_type}", http_status=response.status if response else None)
    status = response.status if response else None
    body = _body(response)  # asked for now, so that it comes while the page settles
    first = await _first_look(page, fingerprints)
    evidence = find_block(status, response.headers if response else {}, first)
    if evidence:
        status, first = await _wait_out_challenge(page, response, evidence, fingerprints, deadline)
    elif status is not None and status >= 400 and status not in ARTICLE_MAY_FOLLOW:
        reason = response.status_text if response and response.status_text else ""
        wait = _retry_after(response.headers.get("retry-after")) if response else None
        raise HttpError(f"HTTP {status} {reason}".strip(), http_status=status, retry_after=wait)

    notes: list[str] = []
    profile = first["profile"]
    clicked = first["clicked"]
    # A profile's body selector short-circuits: once the body is there, the rest of the page (ads,
    # widgets) gets only a short settle.
    has_body = profile in wait_for and await _wait_selector(page, wait_for[profile], deadline)
    settled = await _settle(page, traffic, deadline, BODY_SETTLE_SECONDS if has_body else MAX_SETTLE_SECONDS)
    if not settled and not has_body:
        notes.append("page kept changing; extracted what was there")
    budget = {**SCROLL_BUDGET, "maxMs": max(0, min(SCROLL_BUDGET["maxMs"], (deadline - time.monotonic() - 1) * 1000))}
    finish = checked(await evaluate(page, FINISH_JS, budget), _FINISH, "scroll")
    clicked += _strings(finish["clicked"])
    if clicked:
        notes.append(f"consent overlay dismissed ({clicked[0]})")
    scrolled = checked(finish["scrolled"], _SCROLLED, "scroll")
    if scrolled["stopped"]:
        notes.append(_scroll_note(scrolled, budget))
    html = finish["html"]
    if html is None:
        await _settle(page, traffic, deadline)  # what the scroll or a click started, from a fresh start
        html = checked(await evaluate(page, MARK_JS), {"html": str}, "mark")["html"]
    served = await _served(body)
    return RenderedPage(url=url, final_url=page.url, http_status=status, html=html, notes=notes, served=served)


def _body(response: Response | None) -> asyncio.Future[bytes] | None:
    """The navigation response's body, asked for in the background (None without a response)."""
    if response is None:
        return None
    body = asyncio.ensure_future(response.body())
    body.add_done_callback(lambda t: t.cancelled() or t.exception())  # a page that failed (and closed) never asks
    return body


async def _served(body: asyncio.Future[bytes] | None) -> bytes | None:
    """The navigation response's body, when the browser still has it and it is not too big to keep."""
    if body is None:
        return None
    try:  # a document still streaming is not waited for: the page is read without the check
        served = await asyncio.wait_for(asyncio.shield(body), SERVED_WAIT_SECONDS)
    except (PlaywrightError, TimeoutError):
        return None
    return served if len(served) <= MAX_SERVED_BYTES else None


def _strings(values: list[Any]) -> list[str]:
    """The strings of a list a page script returned (anything else in it is dropped)."""
    return [v for v in values if isinstance(v, str)]


def _scroll_note(scrolled: dict[str, Any], budget: dict[str, int | float]) -> str:
    limit = f"{budget['maxHeight']:,} px" if scrolled["stopped"] == "height" else f"{budget['maxMs'] / 1000:g} s"
    if scrolled["grew"]:
        return (f"stopped scrolling after {limit} ({scrolled['height']:,} px loaded): the page kept growing, "
                "an endless feed; extracted what was loaded")  # fmt: skip
    return f"stopped scrolling after {limit}: page is {scrolled['height']:,} px long, lazy parts past that not loaded"


async def _prepare(page: Page) -> None:
    """pending.js in every page of the context, before the page's own scripts (once per context)."""
    context = page.context
    if context not in _PREPARED:
        _PREPARED.add(context)
        await context.add_init_script(PENDING_JS)


async def _first_look(page: Page, fingerprints: list[list[str]]) -> Look:
    """probe.js and consent.js (FIRST_LOOK_JS); a page that navigates right away (a script redirect)
    is looked at once it has; one that keeps navigating is read as it stands."""
    arg = {"fingerprints": fingerprints, "selectors": SELECTORS}
    for _ in range(2):
        try:
            look = checked(await evaluate(page, FIRST_LOOK_JS, arg), _LOOK, "first look")
            return {**look, "selectors": _strings(look["selectors"]), "clicked": _strings(look["clicked"])}
        except PlaywrightError:
            with contextlib.suppress(PlaywrightError):
                await page.wait_for_load_state("domcontentloaded", timeout=5000)
    return {"profile": -1, "title": "", "text": "", "chars": 0, "selectors": [], "clicked": []}


async def _wait_out_challenge(page: Page, response: Response | None, evidence: list[str],
                              fingerprints: list[list[str]], deadline: float) -> tuple[int | None, Look]:  # fmt: skip
    """Some challenges pass by themselves in a real browser after a few seconds (and reload the page):
    give them that long, then give up with the evidence. A site that says when to come back
    (Retry-After) is not waited for here: the engine retries it then. Returns the status of the
    document that replaced the challenge, and its first look."""
    status = response.status if response else None
    retry_after = _retry_after(response.headers.get("retry-after")) if response else None
    until = min(deadline - 1, time.monotonic() + CHALLENGE_SECONDS) if retry_after is None else 0
    while time.monotonic() < until:
        await asyncio.sleep(0.25)
        with contextlib.suppress(PlaywrightError):  # the page navigates while the challenge passes
            await page.wait_for_load_state("domcontentloaded", timeout=max(until - time.monotonic(), 0.1) * 1000)
            now = await evaluate(page, DOCUMENT_STATUS_JS)
            now = now if isinstance(now, int) and not isinstance(now, bool) and now > 0 else status
            look = await _first_look(page, fingerprints)
            if not find_block(now, {}, look):
                return now, look
    waited = "" if retry_after is not None else f"; still there after {CHALLENGE_SECONDS:g} s"
    raise Blocked(f"challenge or block page ({'; '.join(evidence)}){waited}", http_status=status,
                  retry_after=retry_after)  # fmt: skip


async def _wait_selector(page: Page, selector: str, deadline: float) -> bool:
    """True once `selector` is in the page; False when it never came (extraction will say so)."""
    remaining = min(deadline - time.monotonic(), MAX_SETTLE_SECONDS)
    if remaining > 0:
        with contextlib.suppress(PlaywrightError):
            await page.wait_for_selector(selector, state="attached", timeout=remaining * 1000)
            return True
    return False


async def _settle(page: Page, traffic: _Traffic, deadline: float, limit: float = MAX_SETTLE_SECONDS) -> bool:
    """Wait until the page's own work is done (or, failing a count of it, network and DOM are quiet);
    False when the `limit` (seconds) ran out first. Each call starts fresh (a new token)."""
    until = min(deadline, time.monotonic() + limit)
    arg = {"token": next(_TOKENS), "fastMs": FAST_MS, "quietMs": QUIET_SECONDS * 1000}
    while time.monotonic() < until:
        try:
            await page.wait_for_function(
                SETTLE_JS, arg=arg, polling=POLL_MS, timeout=max(until - time.monotonic(), 0.1) * 1000
            )
        except PlaywrightTimeout:
            return False
        except PlaywrightError:
            return False  # navigated away mid-wait (a script redirect): take what is there
        if traffic.quiet():
            return True
        await asyncio.sleep(0.02)
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
