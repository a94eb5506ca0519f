"""One input URL -> one record: render every page of the article, extract, join.

This is where render and extract meet. The run engine (`run.py`) calls `scrape_url` for each
input; `toolkit extract` and replay call `extract_html` directly on saved HTML.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path

from playwright.async_api import BrowserContext

from toolkit import sites
from toolkit.browser.launch import new_context
from toolkit.browser.render import PageHook, RenderedPage, render
from toolkit.errors import NotHtml, PageError
from toolkit.extract import PageContent, assemble, extract_page
from toolkit.extract.pagination import MAX_PAGES, with_param, without_page
from toolkit.extract.served import extract_checked
from toolkit.record import Record
from toolkit.run.sniff import binary_text, decode_page
from toolkit.sites import SiteProfile

Gate = Callable[[str], AbstractAsyncContextManager[None]]
"""Per-host pacing: `async with gate(url):` around every page load (see run.HostGate)."""
AnonymousView = Callable[[], AbstractAsyncContextManager[BrowserContext | None]]
"""Opens the context in which the access check loads a page without the session (None: it cannot be checked).
By default a fresh context; a recording captures what it loads, and replay serves that capture to it."""


async def scrape_url(
    context: BrowserContext,
    url: str,
    timeout: float,
    session: str | None = None,
    screenshot: bool = False,
    on_page: PageHook | None = None,
    verify_access: bool = False,
    anonymous: AnonymousView | None = None,
) -> tuple[Record, RenderedPage | None]:
    """Scrape one article; errors come back as an error record (see `scrape_article`)."""
    started = time.monotonic()
    try:
        return await scrape_article(context, url, timeout, session, screenshot, on_page=on_page,
                                    verify_access=verify_access, anonymous=anonymous)  # fmt: skip
    except PageError as exc:
        return Record.failed(url, exc.kind, str(exc), http_status=exc.http_status, elapsed_ms=_ms(started)), None


async def scrape_article(
    context: BrowserContext,
    url: str,
    timeout: float,
    session: str | None = None,
    screenshot: bool = False,
    gate: Gate | None = None,
    follow_pages: bool = True,
    on_page: PageHook | None = None,
    verify_access: bool = False,
    anonymous: AnonymousView | None = None,
) -> tuple[Record, RenderedPage]:
    """Scrape one article, following its own pages; PageError when it fails. Also returns the first
    page as rendered (its DOM, and a screenshot when asked), for recordings. `gate` paces page loads;
    `on_page` sees the input's live page before it closes (`toolkit inspect`). With a session, a `free`
    article of a site with a premium profile (or any site, `verify_access`) is checked against the
    anonymous view of the same URL (see `_anonymous_access`), opened by `anonymous` when given (a recording
    captures that load, replay serves it back); a given `anonymous` asks for the check even without a session."""
    started = time.monotonic()
    first, pages = await _scrape_pages(context, url, timeout, screenshot, gate, follow_pages, on_page)
    article = assemble(pages)
    checks = 0
    if session and article.access == "paywalled":
        article.access_evidence.append(
            f"session {Path(session).name} did not unlock it: expired, logged out or not entitled"
        )
    elif (session or anonymous) and article.access == "free" and (verify_access or has_premium(pages[0].profile)):
        checks = 1
        walled = await _anonymous_access(anonymous or _fresh_view(context), first.final_url, timeout, gate)
        if walled is not None:
            article.access = "unlocked"
            article.access_evidence = [f"without the session the same URL is paywalled: {e}" for e in walled]
    record = Record.ok(url, article, final_url=first.final_url, http_status=first.http_status, elapsed_ms=_ms(started))
    record.access_checks = checks
    return record, first


def has_premium(profile: SiteProfile | None) -> bool:
    """A profile that knows the site's walls, badges or premium hosts: its free-looking pages may be unlocked ones."""
    return bool(profile and (profile.paywall or profile.premium_markers or profile.premium_hosts))


def _fresh_view(context: BrowserContext) -> AnonymousView:
    """A new context of the same browser, without the session."""

    @contextlib.asynccontextmanager
    async def view() -> AsyncIterator[BrowserContext | None]:
        browser = context.browser
        if browser is None:  # a persistent context has no browser to open a second context in
            yield None
            return
        anonymous = await new_context(browser, None)
        try:
            yield anonymous
        finally:
            await anonymous.close()

    return view


async def _anonymous_access(view: AnonymousView, url: str, timeout: float, gate: Gate | None) -> list[str] | None:
    """The wall's evidence when the same URL, loaded with no session, is paywalled; None when it is free too
    (or cannot be checked). A logged-in page may drop its premium badge, so only this comparison proves that
    the session unlocked it."""
    try:
        async with view() as anonymous:
            if anonymous is None:
                return None
            if gate is None:
                rendered = await _render(anonymous, url, timeout)
            else:
                async with gate(url):
                    rendered = await _render(anonymous, url, timeout)
            content = await _extract(rendered)
    except PageError:
        return None
    return content.access_evidence if content.access == "paywalled" else None


async def _scrape_pages(
    context: BrowserContext,
    url: str,
    timeout: float,
    screenshot: bool = False,
    gate: Gate | None = None,
    follow_pages: bool = True,
    on_page: PageHook | None = None,
) -> tuple[RenderedPage, list[PageContent]]:
    """Render the input page, then every other page of the same article, in page order."""

    async def load(page_url: str, shot: bool = False, hook: PageHook | None = None) -> RenderedPage:
        if gate is None:
            return await _render(context, page_url, timeout, shot, hook)
        async with gate(page_url):
            return await _render(context, page_url, timeout, shot, hook)

    first = await load(url, screenshot, on_page)
    if binary_text(first.html):
        raise NotHtml("not a web page: binary data", http_status=first.http_status)
    content = await _extract(first)
    content.notes.extend(first.notes)
    known = dict(content.pages) if follow_pages else {}
    if len(known) > 1 and content.profile and content.profile.all_pages:
        whole = await _all_on_one_page(load, first, content)
        if whole:
            return whole
    here = next((n for n, u in known.items() if u == first.final_url), 1)
    by_number: dict[int, tuple[RenderedPage, PageContent]] = {here: (first, content)}
    while len(by_number) < MAX_PAGES:
        todo = sorted(n for n in known if n not in by_number)
        if not todo:
            break
        number = todo[0]
        rendered = await load(known[number], screenshot and number == 1)
        page = await _extract(rendered, first_page=number == 1)
        if any(page.paragraphs == seen.paragraphs for _, seen in by_number.values()):
            content.notes.append(f"page {number} repeats an earlier page: stopped following pages")
            break
        by_number[number] = (rendered, page)
        for n, u in page.pages.items():
            known.setdefault(n, u)
    ordered = [by_number[n] for n in sorted(by_number)]
    return ordered[0][0], [c for _, c in ordered]


async def _all_on_one_page(load: Callable[[str], Awaitable[RenderedPage]], first: RenderedPage,
                           content: PageContent) -> tuple[RenderedPage, list[PageContent]] | None:  # fmt: skip
    """The profile's whole-article view (kompas ?page=all): one render instead of one per page."""
    assert content.profile and content.profile.all_pages
    name, value = content.profile.all_pages
    rendered = await load(with_param(without_page(first.final_url), name, value))
    whole = await _extract(rendered)
    if len(" ".join(whole.paragraphs)) <= len(" ".join(content.paragraphs)):
        content.notes.append(f"?{name}={value} gave no more text than page 1: followed the pages instead")
        return None
    whole.page_count = len(content.pages)
    return first, [whole]


async def _extract(rendered: RenderedPage, first_page: bool = True) -> PageContent:
    """Extraction is CPU work: in a thread, so that the other pages' browser traffic goes on meanwhile. The first
    page is checked against the HTML as served (a page whose scripts replaced the article: `extract.served`)."""
    if not first_page:
        return await asyncio.to_thread(extract_page, rendered.html, rendered.final_url, rendered.http_status, False)
    served = _decoded(rendered.served)
    return await asyncio.to_thread(extract_checked, rendered.html, rendered.final_url, served, rendered.http_status)


def _decoded(served: bytes | None) -> str | None:
    """The served document's text, as a saved file's is decoded; None when it is not a web page."""
    if not served:
        return None
    try:
        return decode_page(served).text
    except PageError:
        return None


async def _render(context: BrowserContext, url: str, timeout: float, screenshot: bool = False,
                  on_page: PageHook | None = None) -> RenderedPage:  # fmt: skip
    profiles = sites.PROFILES
    fingerprints = [list(p.fingerprint) for p in profiles]
    bodies = {i: f"{p.body} p" for i, p in enumerate(profiles)}
    return await render(context, url, timeout, fingerprints, bodies, screenshot, on_page)


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
