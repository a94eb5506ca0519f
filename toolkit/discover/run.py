"""One discovery run: each SOURCE walked (sitemaps, feeds, index or search pages), its URLs merged,
judged and counted, the kept ones returned newest first.

Every bound holds per SOURCE (`max_pages` documents read) and per run (`max_urls` kept). A document
that fails or is malformed gives a warning for its source and the walk goes on with the next one.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass, field
from datetime import date, timezone
from urllib.parse import urlsplit

from lxml import etree
from playwright.async_api import async_playwright

from toolkit import sites
from toolkit._sync import run_coroutine
from toolkit.discover import feeds, sitemaps, xmldoc
from toolkit.discover.dates import Window, days_between, in_range, parse_when, site_zone, url_day
from toolkit.discover.fetch import Fetched, Fetcher, FetchError, Unreachable
from toolkit.discover.listing import MAX_DAYS, today_in, walk_index, walk_search
from toolkit.discover.model import DiscoverListener, DiscoverOptions, DiscoverResult, Entry, Found, SourceStats
from toolkit.discover.pages import read_listing
from toolkit.discover.request import ListingRequest
from toolkit.discover.seen import seen_before
from toolkit.discover.urls import canonical, not_article
from toolkit.errors import UsageError
from toolkit.sites.base import SiteProfile
from toolkit.sites.groups import expand

MAX_DEPTH = 3
"""Sitemap indexes nested deeper than this are not followed."""
SITES_AT_ONCE = 4
"""SOURCEs walked side by side (`@id` names 70 sites); each host still sees one request at a time."""


def discover(sources: Sequence[str], options: DiscoverOptions | None = None,
             listener: DiscoverListener | None = None) -> DiscoverResult:  # fmt: skip
    """Article URLs of `sources` (sites, sitemaps, feeds, index pages) within the options' window."""
    return run_coroutine(discover_async(sources, options, listener))


async def discover_async(sources: Sequence[str], options: DiscoverOptions | None = None,
                         listener: DiscoverListener | None = None) -> DiscoverResult:  # fmt: skip
    options = options or DiscoverOptions()
    sources = expand(sources)  # `@id`: every Indonesian profile's site
    profile = None
    if options.profile:
        profile = next((p for p in sites.PROFILES if p.name == options.profile), None)
        if profile is None:
            raise UsageError(f"--profile {options.profile}: no such profile (see `toolkit sites`)")
    state = _RunState(options, listener or DiscoverListener(), seen_before(options.dedup) if options.dedup else set())
    result = DiscoverResult()
    started = time.monotonic()
    async with async_playwright() as playwright:
        fetcher = Fetcher(playwright, options.proxy, options.session, options.timeout, options.robots)
        try:
            walks = [_Walk(state, fetcher, source, profile) for source in sources]
            result.stats = [walk.stats for walk in walks]
            await _side_by_side([walk.collect() for walk in walks], SITES_AT_ONCE)
            for walk in walks:  # judged in the order given: the first SOURCE keeps a URL two of them list
                result.found += walk.judge()
        finally:
            await fetcher.close()
    result.seconds = time.monotonic() - started
    return result


async def _side_by_side(jobs: list[Coroutine[object, object, None]], at_once: int) -> None:
    """Run `jobs`, at most `at_once` at a time; the first failure (a usage error) cancels the rest."""
    slots = asyncio.Semaphore(at_once)

    async def one(job: Coroutine[object, object, None]) -> None:
        async with slots:
            await job

    tasks = [asyncio.ensure_future(one(job)) for job in jobs]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


@dataclass
class _RunState:
    options: DiscoverOptions
    listener: DiscoverListener
    seen: set[str]
    kept: set[str] = field(default_factory=set)

    @property
    def room(self) -> int | None:
        return None if self.options.max_urls is None else max(0, self.options.max_urls - len(self.kept))


class _Walk:
    """One SOURCE: its documents read within the page bound, its entries merged by canonical URL."""

    def __init__(self, state: _RunState, fetcher: Fetcher, source: str, profile: SiteProfile | None) -> None:
        self.state = state
        self.options = state.options
        self.fetcher = fetcher
        self.source = source
        self.stats = SourceStats(source)
        self.url = source if "://" in source else f"https://{source.strip('/')}/"
        parts = urlsplit(self.url)
        self.host = parts.hostname or ""
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.profile = profile or sites.profile_for_host(self.host)
        self.mirror = self.origin if profile is not None and not profile.serves(self.host) else None
        self.zone = timezone.utc  # noqa: UP017 - replaced in go() once the site's zone is known
        self.since: date | None = None
        self.until: date | None = None
        self.entries: dict[str, Entry] = {}
        self.read: set[str] = set()
        self.by_search = False
        self.likely = 0
        """New URLs that would be kept as first seen (with --max: when to stop reading)."""
        self._bound_told = False
        self.unreachable: dict[str, str] = {}
        """Hosts that gave no answer (DNS, refused, silent), and how: skipped for the rest of this SOURCE."""
        self.reasons: set[str] = set()

    async def collect(self) -> None:
        """Read the SOURCE's documents; `judge` then decides which URLs are kept."""
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not self.host:
            self.warn(f"not a site or URL: {self.source!r}")
            return
        is_site = parts.path in ("", "/") and not parts.query
        home = (
            await self.fetch(self.origin + "/", "home", quiet=not is_site) if is_site or self.profile is None else None
        )
        announced, language = feeds.announced(home.text) if home else ([], None)
        self.zone = site_zone(self.profile, language)
        try:
            self.since, self.until = Window(self.options.since, self.options.until).days(self.zone, self.options.now)
        except ValueError as exc:
            raise UsageError(f"--since/--until: {exc} (use YYYY-MM-DD, today or yesterday)") from exc
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"--since {self.since} is after --until {self.until}")
        if is_site:
            await self.site(announced)
        else:
            await self.document(self.url)

    async def site(self, announced: list[str]) -> None:
        profile = self.profile
        today = today_in(self.options, self.zone)
        if self.options.query and profile is not None and profile.search is not None:
            self.by_search = True
            self.stats.query_by = "search"
            await walk_search(self, profile.search, today)
            return
        if self.options.query:
            self.stats.query_by = "filter"
            self.stats.note = profile.search_note if profile is not None else None
        # On a mirror, the profile's own sitemaps and feeds are the real site's: only its pages move over.
        declared = profile if profile is not None and not self.mirror else None
        listed = sitemaps.robots_sitemaps(await self.fetcher.robots_text(self.origin + "/"))
        known = list(declared.sitemaps) if declared else []
        for url in _unique(listed + known) or [self.origin + "/sitemap.xml"]:
            await self.sitemap(url, 0, quiet=not listed and not known)
        for url in _unique((list(declared.feeds) if declared else [])
                           + [canonical(u, self.origin + "/") or u for u in announced]):  # fmt: skip
            await self.feed(url)
        if profile is not None and profile.index is not None:
            await walk_index(self, profile.index, days_between(self.since, self.until, today, MAX_DAYS))

    async def document(self, url: str) -> None:
        """A SOURCE that is one URL: a sitemap, a feed, or an index/section page, told by what it holds."""
        if self.is_home(url) and self.profile is not None and self.profile.index is not None:
            today = today_in(self.options, self.zone)  # asked for as the profile says: its headers, its links
            await walk_index(self, self.profile.index, days_between(self.since, self.until, today, MAX_DAYS))
            return
        fetched = await self.fetch(url, "source")
        if fetched is not None:
            await (self.xml(url, fetched, 0) if _looks_xml(fetched) else self.generic_listing(fetched))

    async def sitemap(self, url: str, depth: int, quiet: bool = False) -> None:
        fetched = await self.fetch(url, "sitemap", quiet=quiet)
        if fetched is not None:
            await self.xml(url, fetched, depth)

    async def feed(self, url: str) -> None:
        fetched = await self.fetch(url, "feed")
        if fetched is not None:
            await self.xml(url, fetched, 0)

    async def xml(self, url: str, fetched: Fetched, depth: int) -> None:
        """A sitemap or a feed, whichever it turns out to be; a warning when it is malformed or neither."""
        root, problem = xmldoc.parse(fetched.body)
        if problem:
            self.warn(f"{url}: {problem}" + ("; read what could be" if root is not None else ""))
        if sitemaps.is_sitemap(root):
            await self.read_sitemap(url, root, depth)
        elif feeds.is_feed(root):
            self.stats.feeds += 1
            entries = feeds.read(root, url)
            self.take(entries)
            self.state.listener.document(self.source, "feed", url, len(entries))
        elif root is not None or not problem:
            self.warn(f"{url}: not a sitemap or feed ({fetched.content_type or 'no content type'})")

    async def read_sitemap(self, url: str, root: etree._Element, depth: int) -> None:
        self.stats.sitemaps += 1
        read = sitemaps.read(root, url)
        self.take(read.entries)
        if read.children:
            self.state.listener.document(self.source, "sitemaps", url, len(read.children))
        else:
            self.state.listener.document(self.source, "sitemap", url, len(read.entries))
        for child, lastmod in read.children:
            if depth >= MAX_DEPTH or self.enough():
                break
            modified = parse_when(lastmod, self.zone)
            if self.since and modified and modified.date() < self.since:
                continue  # nothing in it changed since --since, so nothing in it was published since
            await self.sitemap(canonical(child, url) or child, depth + 1)

    async def generic_listing(self, fetched: Fetched) -> None:
        """A section or index page no profile describes: its links, then its next page, and so on."""
        seen: set[frozenset[str]] = set()
        current: Fetched | None = fetched
        while current is not None:
            read = read_listing(current.text, current.url, None)
            self.stats.pages += 1
            self.state.listener.document(self.source, "page", current.url, len(read.entries))
            signature = self.signature(read.entries)
            self.take(read.entries)
            if not signature or signature in seen:
                return
            seen.add(signature)
            if not read.next_url or read.next_url in self.read or self.enough():
                return
            current = await self.fetch(read.next_url, "page")

    def signature(self, entries: list[Entry]) -> frozenset[str]:
        """The article links of a page no profile describes: a page whose articles repeat an earlier one's
        ends the pager (its pager and sidebar links may differ), and so does a page with none."""
        return frozenset(e.url for e in entries if not_article(e.url, self.profile, self.host) is None)

    async def fetch(self, url: str, kind: str, quiet: bool = False, render: bool = False,
                    wait_for: str | None = None, request: ListingRequest | None = None) -> Fetched | None:  # fmt: skip
        """One document within the bound; None (and a warning unless `quiet`) when it gives nothing.
        `request`: a listing's POST body and headers (two POSTs to one URL are two documents)."""
        key = request.key if request is not None else url
        if key in self.read:
            return None
        host = (urlsplit(url).hostname or "").lower()
        if host in self.unreachable:  # it gave no answer a moment ago: not asked again in this run
            self.stats.failed += 1
            self.tell(quiet, "no answer", f"{kind} {url}: {self.unreachable[host]}")  # a quiet home page was first
            return None
        if self.out_of_pages():
            if not self._bound_told:
                self._bound_told = True
                self.warn(f"stopped after {self.options.max_pages} pages (--max-pages)")
            return None
        self.read.add(key)
        try:
            if render:
                return await self.fetcher.render(url, wait_for)
            if request is not None:
                return await self.fetcher.send(url, request.method, request.body, request.headers)
            return await self.fetcher.get(url)
        except FetchError as exc:
            if isinstance(exc, Unreachable):
                self.unreachable[host] = str(exc)
            self.stats.failed += 0 if quiet else 1
            self.tell(quiet, "no answer" if isinstance(exc, Unreachable) else str(exc), f"{kind} {url}: {exc}")
            return None

    def tell(self, quiet: bool, cause: str, message: str) -> None:
        """A cause is told once per source (the table counts the rest); a quiet fetch tells none."""
        if not quiet and cause not in self.reasons:
            self.reasons.add(cause)
            self.warn(message)

    def is_home(self, url: str) -> bool:
        """`url` is the profile's home (an edition under a path), which is also its index, here or on a mirror."""
        home = self.profile.home if self.profile is not None else None
        if home is None or self.profile is None or self.profile.index is None or self.profile.index.url != home:
            return False
        here, there = urlsplit(url), urlsplit(home)
        same_site = self.mirror is not None or self.profile.serves(here.hostname or "")
        return same_site and (here.path.rstrip("/"), here.query) == (there.path.rstrip("/"), there.query)

    def out_of_pages(self) -> bool:
        return len(self.read) >= self.options.max_pages

    def told(self, kind: str, url: str, urls: int) -> None:
        self.state.listener.document(self.source, kind, url, urls)

    def warn(self, message: str) -> None:
        self.stats.warnings.append(message)
        self.state.listener.warning(self.source, message)

    def take(self, entries: list[Entry]) -> None:
        """Count and merge entries by canonical URL; the first keeps its place, later ones fill its gaps."""
        for entry in entries:
            self.stats.found += 1
            url = canonical(entry.url, entry.found_in)
            if url is None:
                self.stats.drop("not an article", "media or file")
                continue
            first = self.entries.get(url)
            if first is None:
                entry.url = url
                self.entries[url] = entry
                if self.state.room is not None and self.verdict(entry)[0] is None:
                    self.likely += 1
                continue
            self.stats.drop("duplicate")
            first.published = first.published or entry.published
            first.modified = first.modified or entry.modified
            first.title = first.title or entry.title
            first.listed_on = first.listed_on or entry.listed_on

    def enough(self) -> bool:
        """--max is reached by the URLs this source would keep as things stand: read no more."""
        room = self.state.room
        return room is not None and self.likely >= room

    def verdict(self, entry: Entry) -> tuple[str | None, str | None, str | None]:
        """(reason to drop or None, not-an-article detail, the date to show)."""
        reason = not_article(entry.url, self.profile, self.host)
        if reason:
            return "not an article", reason, None
        if entry.url in self.state.kept:
            return "duplicate", None, None
        if entry.url in self.state.seen:
            return "seen before", None, None
        if self.options.query and not self.by_search and not _matches(self.options.query, entry):
            return "off query", None, None
        when, day = self.when(entry)
        if self.since or self.until:
            if day is None:
                return "undated", None, when
            if not in_range(day, self.since, self.until):
                return "out of range", None, when
        return None, None, when

    def when(self, entry: Entry) -> tuple[str | None, date | None]:
        """The entry's publication, in the site's zone: a stated publication time, else the URL's day, else
        the day of the index that listed it, else its last modification."""
        published = parse_when(entry.published, self.zone)
        if published:
            return published.isoformat(), published.date()
        for day in (url_day(entry.url), date.fromisoformat(entry.listed_on) if entry.listed_on else None):
            if day:
                return day.isoformat(), day
        modified = parse_when(entry.modified, self.zone)
        return (modified.isoformat(), modified.date()) if modified else (None, None)

    def judge(self) -> list[Found]:
        kept: list[Found] = []
        for entry in self.entries.values():
            reason, detail, when = self.verdict(entry)
            if reason:
                self.stats.drop(reason, detail)
            else:
                kept.append(Found(entry.url, when, entry.title, entry.found_in))
        kept.sort(key=lambda f: f.published or "", reverse=True)  # newest first; undated last
        room = self.state.room
        if room is not None and len(kept) > room:
            for _ in kept[room:]:
                self.stats.drop("over --max")
            kept = kept[:room]
        self.state.kept.update(f.url for f in kept)
        self.stats.kept = len(kept)
        return kept


def _looks_xml(fetched: Fetched) -> bool:
    if fetched.body[:2] == b"\x1f\x8b" or "xml" in fetched.content_type:
        return True
    head = fetched.body[:1000].lstrip().lower()
    return head.startswith(b"<") and b"<html" not in head and b"<!doctype html" not in head


def _matches(query: str, entry: Entry) -> bool:
    """Every word of the query in the title or the URL's slug (a sitemap or feed has no search)."""
    haystack = f"{entry.title or ''} {urlsplit(entry.url).path.replace('-', ' ').replace('_', ' ')}".lower()
    return all(word in haystack for word in query.lower().split())


def _unique(urls: list[str]) -> list[str]:
    return list(dict.fromkeys(u for u in urls if u))
