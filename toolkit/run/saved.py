"""Extracting saved pages (`toolkit extract`): each file is rendered in Chromium with the network
blocked (the page's own scripts may run; nothing leaves the machine), then extracted exactly as a
live scrape would be. It is also how a profile is tried out on a page saved from a browser.

The page's URL: the one given, else the document's canonical link or og:url, else its file:// URI.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from lxml import html as lxml_html
from playwright.async_api import Browser, Route, async_playwright

from toolkit.browser.launch import launch, new_context
from toolkit.browser.render import PageHook, RenderedPage
from toolkit.errors import PageError
from toolkit.record import Record
from toolkit.run.engine import Listener, RunResult
from toolkit.run.pipeline import scrape_article

TIMEOUT = 30.0


def page_url(markup: bytes, path: Path, given: str | None) -> str:
    if given:
        return given
    try:
        root = lxml_html.fromstring(markup)
        found = root.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    except (ValueError, lxml_html.etree.ParserError):
        found = []
    candidates = [str(u).strip() for u in found if str(u).strip().startswith(("http://", "https://"))]
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
            record, _ = await extract_file(browser, path, url)
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
    try:
        markup = path.read_bytes()
    except OSError as exc:
        message = f"cannot read {path}: {exc.strerror or exc}"
        return Record.failed(url or str(path), "file", message, source=str(path)), None
    target = page_url(markup, path, url)
    document = target.split("#")[0]
    content_type = "text/html; charset=utf-8" if _is_utf8(markup) else "text/html"  # else its <meta charset> decides

    async def offline(route: Route) -> None:
        request = route.request
        if request.url.split("#")[0] == document and request.resource_type == "document":
            await route.fulfill(status=200, body=markup, headers={"content-type": content_type})
        else:
            await route.abort("internetdisconnected")

    context = await new_context(browser, block_resources=False)
    rendered = None
    try:
        await context.route("**/*", offline)
        record, rendered = await scrape_article(context, target, TIMEOUT, follow_pages=False, on_page=on_page)
    except PageError as exc:
        elapsed = int((time.monotonic() - started) * 1000)
        record = Record.failed(target, exc.kind, str(exc), elapsed_ms=elapsed)
    finally:
        await context.close()
    record.http_status = None  # a saved file has no HTTP status
    record.source = str(path)
    return record, rendered


def _is_utf8(markup: bytes) -> bool:
    """Saved pages are mostly UTF-8 whatever their <meta charset> still says (browsers re-encode on save)."""
    try:
        markup.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
