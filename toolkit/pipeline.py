"""One input URL -> one record: render every page of the article, extract, join.

This is where render and extract meet. The run engine (`run.py`) calls `scrape_url` for each
input; `toolkit extract` and replay call `extract_html` directly on saved HTML.
"""

from __future__ import annotations

import time

from playwright.async_api import BrowserContext

from toolkit.errors import PageError
from toolkit.extract import PageContent, assemble, extract_page
from toolkit.extract.pagination import MAX_PAGES
from toolkit.record import Record
from toolkit.render import RenderedPage, render
from toolkit.sites import PROFILES

FINGERPRINTS = [list(p.fingerprint) for p in PROFILES]
BODY_SELECTORS = {i: f"{p.body} p" for i, p in enumerate(PROFILES)}


async def scrape_url(context: BrowserContext, url: str, timeout: float) -> Record:
    """Scrape one article, following its own pages; errors come back as an error record."""
    started = time.monotonic()
    try:
        first, pages = await _scrape_pages(context, url, timeout)
        article = assemble(pages)
    except PageError as exc:
        return Record.failed(url, exc.kind, str(exc), http_status=exc.http_status, elapsed_ms=_ms(started))
    return Record.ok(
        url,
        article,
        final_url=first.final_url,
        http_status=first.http_status,
        elapsed_ms=_ms(started),
    )


async def _scrape_pages(context: BrowserContext, url: str, timeout: float) -> tuple[RenderedPage, list[PageContent]]:
    """Render the input page, then every other page of the same article, in page order."""
    rendered = await render(context, url, timeout, FINGERPRINTS, BODY_SELECTORS)
    content = extract_page(rendered.html, rendered.final_url, rendered.http_status)
    content.notes.extend(rendered.notes)
    by_number: dict[int, tuple[RenderedPage, PageContent]] = {}
    known = dict(content.pages)
    here = next((n for n, u in known.items() if u == rendered.final_url), 1)
    by_number[here] = (rendered, content)
    while len(by_number) < MAX_PAGES:
        todo = sorted(n for n in known if n not in by_number)
        if not todo:
            break
        number = todo[0]
        page_render = await render(context, known[number], timeout, FINGERPRINTS, BODY_SELECTORS)
        page_content = extract_page(page_render.html, page_render.final_url, page_render.http_status,
                                    first_page=number == 1)  # fmt: skip
        by_number[number] = (page_render, page_content)
        for n, u in page_content.pages.items():
            known.setdefault(n, u)
    ordered = [by_number[n] for n in sorted(by_number)]
    if len(ordered) > 1 and ordered[0][1] is not content:
        # The input was a later page: the lead and first-page-only parts come from page 1.
        ordered[0][1].notes.append(f"input was page {here}; joined from page 1")
    return ordered[0][0], [c for _, c in ordered]


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
