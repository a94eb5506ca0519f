"""Walking a profile's index or search listing: page after page, window after window, until it ends.

A listing ends at the last page the site announces, at a page that repeats an earlier one or lists
nothing, at its "no results" marker, at `page_limit`, and at the run's bounds (--max-pages, --max). A
search with `window_days` is walked in windows of that many days, newest first, each from its first
page: a site whose search stops serving after page N still reaches every article of a long period.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Protocol

from toolkit.discover.fetch import Fetched
from toolkit.discover.jsonlist import is_json, read_json
from toolkit.discover.model import DiscoverOptions, Entry, SourceStats
from toolkit.discover.pages import ListingRead, pages_at_all, read_listing
from toolkit.discover.request import ListingError, ListingRequest, build
from toolkit.sites.base import ListingPage

MAX_DAYS = 366
"""Days an index is read for, and days a windowed search goes back without --since."""


class Walker(Protocol):
    """What the walk of one SOURCE (`discover.run`) lends a listing: its fetches, bounds and counts."""

    options: DiscoverOptions
    stats: SourceStats
    mirror: str | None
    since: date | None
    until: date | None

    async def fetch(self, url: str, kind: str, quiet: bool = False, render: bool = False, wait_for: str | None = None,
                    request: ListingRequest | None = None) -> Fetched | None: ...  # fmt: skip

    def warn(self, message: str) -> None: ...

    def take(self, entries: list[Entry]) -> None: ...

    def enough(self) -> bool: ...

    def out_of_pages(self) -> bool: ...

    def told(self, kind: str, url: str, urls: int) -> None: ...


async def walk_search(walker: Walker, listing: ListingPage, today: date) -> None:
    """The search for --query: one walk (per category), or one per window of `window_days` (newest first)."""
    for one in each_category(listing):
        if not one.window_days:
            await walk_listing(walker, one, "search")
            continue
        for window in windows(walker.since, walker.until, today, one.window_days):
            await walk_listing(walker, one, "search", window=window)
            if walker.enough() or walker.out_of_pages():
                return


async def walk_index(walker: Walker, listing: ListingPage, days: list[date]) -> None:
    """The index, day after day (newest first), each day in each category."""
    for day in days:
        for one in each_category(listing):
            await walk_listing(walker, one, "index", day)


def each_category(listing: ListingPage) -> list[ListingPage]:
    """The listing once per category it declares (`categories`), else as it is."""
    return [replace(listing, category=c) for c in listing.categories] if listing.categories else [listing]


def windows(since: date | None, until: date | None, today: date, days: int) -> Iterator[tuple[date, date]]:
    """(first day, last day) windows of `days` days covering since..until, newest first; without `since`,
    MAX_DAYS back from `until` (or today)."""
    end = until or today
    start = since or end - timedelta(days=MAX_DAYS - 1)
    step = max(1, days)
    while end >= start:
        first = max(start, end - timedelta(days=step - 1))
        yield first, end
        end = first - timedelta(days=1)


async def walk_listing(walker: Walker, listing: ListingPage, kind: str, day: date | None = None,
                       window: tuple[date, date] | None = None) -> None:  # fmt: skip
    """One index day or search (window): its pages in order until one of the ends above."""
    page, number = listing.first_page, 1
    seen: set[frozenset[str]] = set()
    wait_for = listing.json_script or listing.links
    while not walker.enough():
        try:
            request = build(listing, day, walker.options.query, page, walker.mirror, window)
        except ListingError as exc:
            walker.warn(f"{kind}: {exc}")
            return
        if listing.render and request.method != "GET":
            walker.warn(f"{kind} {request.url}: a rendered listing is loaded with GET; {request.method} is not sent")
            return
        fetched = await walker.fetch(request.url, kind, render=listing.render, wait_for=wait_for, request=request)
        if fetched is None:
            return
        read = _read(walker, listing, fetched, kind, day)
        if read is None:
            return
        walker.stats.pages += 1
        walker.told(kind, request.url, len(read.entries))
        walker.take(read.entries)
        signature = frozenset(e.url for e in read.entries)  # the profile's selector picks results alone
        if read.no_results or not signature or signature in seen:
            return
        seen.add(signature)
        if read.last or (read.total is not None and number >= read.total) or not pages_at_all(listing):
            return
        if listing.page_limit is not None and number >= listing.page_limit:
            return
        page, number = page + listing.page_step, number + 1


def _read(walker: Walker, listing: ListingPage, fetched: Fetched, kind: str, day: date | None) -> ListingRead | None:
    if not is_json(listing):
        return read_listing(fetched.text, fetched.url, listing, day)
    try:
        return read_json(fetched.text, fetched.url, listing, day)
    except ListingError as exc:
        walker.warn(f"{kind} {fetched.url}: {exc}")
        return None


def today_in(options: DiscoverOptions, zone: object) -> date:
    """Today on the site's calendar (the options pin "now" in tests)."""
    return (options.now or datetime.now(zone)).astimezone(zone).date()  # type: ignore[arg-type]
