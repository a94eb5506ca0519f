"""Checking sites: discover each one's newest articles from its own sources, scrape up to N through the run
engine, and keep what a verdict needs: every source's answer, every record, every page's selector trace."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from playwright.async_api import Browser, Page, async_playwright

from toolkit import sites
from toolkit.browser.launch import check_proxy, new_context, repr_without_secrets
from toolkit.browser.render import RenderedPage
from toolkit.discover import DiscoverListener, DiscoverOptions, SourceStats, discover_async
from toolkit.errors import PageError, UsageError, one_line
from toolkit.extract import extract_page
from toolkit.health.target import Target
from toolkit.record import Record
from toolkit.run import HostGate, ScrapeOptions, WarmBrowser, run
from toolkit.run.engine import close_quietly
from toolkit.run.pipeline import scrape_article

MAX_DOCUMENTS = 30
"""Sitemaps, feeds and index pages read per site: enough to find the newest few articles."""


@dataclass(frozen=True)
class HealthOptions:
    articles: int = 3
    since: str | None = None
    """Default: yesterday on the site's calendar (with today: the last two days)."""
    until: str | None = None
    proxy: str | None = field(default=None, repr=False)
    """http://user:pass@host:3128; repr shows it without the password."""
    session: str | None = None
    timeout: float = 30.0

    def __post_init__(self) -> None:
        check_proxy(self.proxy)

    def __repr__(self) -> str:
        return repr_without_secrets(self)


@dataclass
class Trace:
    """One article's first page as extraction saw it."""

    selectors: dict[str, bool]
    generic: bool
    """The profile found no body there: the generic extractor read it."""
    http_status: int | None = None


@dataclass
class Seen:
    """What one check of a site saw, before any judgement."""

    target: Target
    documents: list[tuple[str, str, int]] = field(default_factory=list)
    """(kind, URL, URLs it listed) of every sitemap, feed and index page read."""
    warnings: list[str] = field(default_factory=list)
    """Discovery's warnings: a source that failed, and why ("feed https://...: HTTP 404")."""
    stats: SourceStats | None = None
    urls: list[str] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    traces: dict[str, Trace] = field(default_factory=dict)


class _Sources(DiscoverListener):
    def __init__(self, seen: Seen) -> None:
        self.seen = seen

    def document(self, source: str, kind: str, url: str, urls: int) -> None:
        self.seen.documents.append((kind, url, urls))

    def warning(self, source: str, message: str) -> None:
        self.seen.warnings.append(message)


async def check_sites(targets: Sequence[Target], options: HealthOptions,
                      progress: Callable[[str], None] | None = None) -> list[Seen]:  # fmt: skip
    """Check each target in turn on one browser (launched when the first article needs it)."""
    tell = progress or (lambda _: None)
    found: list[Seen] = []
    async with async_playwright() as playwright:
        warm = WarmBrowser(playwright)
        try:
            for target in targets:
                tell(f"{target.name}: discovering")
                seen = await _discover(target, options)
                if seen.urls:
                    tell(f"{target.name}: scraping {len(seen.urls)} article(s)")
                    await _scrape(seen, options, warm)
                found.append(seen)
        finally:
            await warm.close()
    return found


async def _discover(target: Target, options: HealthOptions) -> Seen:
    seen = Seen(target)
    wanted = DiscoverOptions(since=options.since or ("yesterday" if not options.until else None),
                             until=options.until, max_urls=options.articles, max_pages=MAX_DOCUMENTS,
                             profile=target.profile.name if target.forced and target.profile else None,
                             proxy=options.proxy, session=options.session, timeout=options.timeout)  # fmt: skip
    try:
        result = await discover_async([target.source], wanted, _Sources(seen))
    except UsageError:
        raise
    except Exception as exc:  # a bug in one site's discovery must not end the others' checks
        seen.warnings.append(f"discovery failed: {one_line(exc)}")
        return seen
    seen.stats = result.stats[0] if result.stats else None
    seen.urls = result.urls[: options.articles]
    return seen


async def _scrape(seen: Seen, options: HealthOptions, warm: WarmBrowser) -> None:
    """Scrape through the run engine (retries, robots.txt, pacing, one record per URL), each URL in a context of
    its own so that its first page can be traced again with every selector of the profile."""

    async def traced(browser: Browser, url: str, gate: HostGate) -> Record:
        first: list[RenderedPage] = []

        async def keep(_page: Page, rendered: RenderedPage) -> None:
            first.append(rendered)

        context = await new_context(browser, options.session)
        try:
            record, _ = await scrape_article(context, url, options.timeout, options.session, gate=gate,
                                             on_page=keep)  # fmt: skip
        finally:
            await close_quietly(context)
            if first:  # a page that rendered but held no article is traced too
                await _trace(seen, url, first[0])
        return record

    run_options = ScrapeOptions(concurrency=min(3, len(seen.urls)), timeout=options.timeout, proxy=options.proxy,
                                session=options.session, retries=1)  # fmt: skip
    name = seen.target.profile.name if seen.target.forced and seen.target.profile else None
    with sites.forced_profile(name):
        result = await run(seen.urls, run_options, isolated=traced, warm=warm)
    seen.records = result.records


async def _trace(seen: Seen, url: str, page: RenderedPage) -> None:
    """The page's selector trace (extraction again, in a thread: a few pages per site, so the cost is small)."""
    try:
        content = await asyncio.to_thread(extract_page, page.html, page.final_url, page.http_status, True, True)
    except PageError:
        return
    seen.traces[url] = Trace(content.selectors, content.profile is None, page.http_status)
