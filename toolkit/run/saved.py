"""Extracting saved pages (`toolkit extract`): each file is rendered in Chromium with the network
blocked (the page's own scripts may run; nothing leaves the machine), then extracted exactly as a
live scrape would be. It is also how a profile is tried out on a page saved from a browser.

The page's URL: the one given, else the document's canonical link or og:url, else its file:// URI.

A saved page must not be able to leave: navigations its scripts start (a script setting `location`, a
meta refresh, a reload) are cancelled in the page (`js/stay.js`), and any that gets through anyway is
answered 204 No Content, on which a browser stays where it is; the document itself is served once.
The bytes are sniffed and decoded first (`sniff`): an image or random bytes renamed .html is
`not-html`, a wrongly declared charset reads right, a huge page is cut.
One file's failure, whatever it is, is that file's record: the batch goes on.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from lxml import html as lxml_html
from playwright.async_api import Browser, ConsoleMessage, Request, Route, async_playwright
from playwright.async_api import Error as PlaywrightError

from toolkit.browser.js import script
from toolkit.browser.launch import launch, new_context
from toolkit.browser.render import PageHook, RenderedPage
from toolkit.errors import INTERNAL, NavigationError, PageError, one_line
from toolkit.extract import extract_html
from toolkit.extract.urls import web_url
from toolkit.record import Record
from toolkit.run.engine import Listener, RunResult, close_quietly
from toolkit.run.pipeline import scrape_article
from toolkit.run.sniff import read_page

TIMEOUT = 30.0
UNRENDERED = frozenset({"browser", "timeout", "navigation"})
"""Rendering failures after which the file's own HTML is read without a browser."""
STAY_JS = script("stay.js")
_BLOCKED = "toolkit: navigation blocked "
_UTF8 = lxml_html.HTMLParser(encoding="utf-8")


def page_url(markup: bytes | str, path: Path, given: str | None) -> str:
    """The given URL, else the first canonical link or og:url that is a real http(s) URL, else file://."""
    if given:
        return given
    data = markup.encode("utf-8") if isinstance(markup, str) else markup  # lxml refuses str with <?xml encoding?>
    try:
        root = lxml_html.fromstring(data, parser=_UTF8 if isinstance(markup, str) else None)
        found = root.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    except (ValueError, lxml_html.etree.ParserError):
        found = []
    candidates = [u for u in (web_url(str(f)) for f in found) if u]
    return candidates[0] if candidates else path.resolve().as_uri()


async def extract_files(
    files: Sequence[tuple[Path, str | None]],
    concurrency: int = 4,
    listener: Listener | None = None,
    sink: Callable[[Record], None] | None = None,
) -> RunResult:
    """Render and extract each (file, URL or None); one record per file, in the order they finish."""
    listener = listener or Listener()
    result = RunResult()
    started = time.monotonic()
    emit = result.emitter(listener, sink)
    slots = asyncio.Semaphore(concurrency)

    async def one(browser: Browser, path: Path, url: str | None) -> None:
        async with slots:
            listener.started(str(path))
            try:
                record, _ = await extract_file(browser, path, url)
            except Exception as exc:  # a bug met on one page costs that page's record, never the batch
                record = Record.failed(url or str(path), INTERNAL, one_line(exc), source=str(path))
            emit(record)

    async with async_playwright() as playwright:
        browser = await launch(playwright)
        try:
            await asyncio.gather(*(one(browser, path, url) for path, url in files))
        finally:
            await browser.close()
    result.seconds = time.monotonic() - started
    return result


async def extract_file(browser: Browser, path: Path, url: str | None = None,
                       on_page: PageHook | None = None) -> tuple[Record, RenderedPage | None]:  # fmt: skip
    """One saved page -> its record, and the page as rendered (None when it failed); `on_page` sees the live page."""
    started = time.monotonic()
    if url is not None and web_url(url) is None:
        return Record.failed(url, "invalid-url", f"not an http(s) URL: {url!r}", source=str(path)), None
    try:
        page = await asyncio.to_thread(read_page, path)
    except OSError as exc:
        message = f"cannot read {path}: {exc.strerror or exc}"
        return Record.failed(url or str(path), "file", message, source=str(path)), None
    except PageError as exc:
        return Record.failed(url or path.resolve().as_uri(), exc.kind, str(exc), source=str(path)), None
    target = page_url(page.text, path, url)
    body = page.text.encode("utf-8")
    served = False
    blocked: list[str] = []

    async def offline(route: Route) -> None:
        nonlocal served
        request = route.request
        try:
            if request.resource_type == "document" and request.is_navigation_request():
                if not served:  # the page itself (Chromium may have normalised its URL: no string compare)
                    served = True
                    await route.fulfill(status=200, body=body, headers={"content-type": "text/html; charset=utf-8"})
                    return
                if _top_level(request):
                    blocked.append(request.url)
                await route.fulfill(status=204, body=b"")  # No Content: the browser stays on the page
            else:
                await route.abort("internetdisconnected")
        except PlaywrightError:
            pass  # the page closed under the request: nothing to answer

    def console(message: ConsoleMessage) -> None:
        if message.text.startswith(_BLOCKED):
            blocked.append(message.text.removeprefix(_BLOCKED))

    context = await new_context(browser, block_resources=False)
    context.on("console", console)
    rendered = None
    try:
        await context.add_init_script(STAY_JS)
        await context.route("**/*", offline)
        record, rendered = await scrape_article(context, target, TIMEOUT, follow_pages=False, on_page=on_page)
        left = [f"the page's scripts tried to leave for {blocked[0][:200]}: it was kept"] if blocked else []
        record.notes[:0] = page.notes + left
    except PageError as exc:
        if exc.kind in UNRENDERED:
            record = await _from_source(page.text, target, exc, page.notes)
        else:
            record = Record.failed(target, exc.kind, str(exc), notes=page.notes)
    except PlaywrightError as exc:  # the browser went away under the page
        record = await _from_source(page.text, target, NavigationError(one_line(exc), kind="browser"), page.notes)
    finally:
        await close_quietly(context)
    record.http_status = None  # a saved file has no HTTP status
    record.source = str(path)
    record.elapsed_ms = int((time.monotonic() - started) * 1000)
    return record, rendered


def _top_level(request: Request) -> bool:
    try:
        return request.frame.parent_frame is None
    except PlaywrightError:  # a service worker's request has no frame
        return False


async def _from_source(text: str, url: str, failure: PageError, notes: list[str]) -> Record:
    """The page would not render (it crashed the renderer, never finished, or left): its HTML is read as
    it is, without a browser, so that what the file holds is not lost with the rendering."""
    try:
        article = await asyncio.to_thread(extract_html, text, url)
    except PageError:
        return Record.failed(url, failure.kind, str(failure), notes=notes)
    article.notes[:0] = [*notes, f"not rendered ({failure}): read from the file's HTML without a browser"]
    return Record.ok(url, article, final_url=url)
