"""Dates in the site's calendar: `--since`/`--until` are days as the site prints them.

A sitemap that writes `lastmod` in UTC puts an article published at 02:00 WIB on the 16th at 19:00 on
the 15th; read in WIB it is the 16th again. Every date read from a sitemap, feed or index page is
turned into the site's zone before its day is compared with the window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from toolkit.extract.dates import parse_date
from toolkit.sites.base import WIB, SiteProfile

UTC_ZONE = timezone.utc  # noqa: UP017 - named for what it is here: the zone of a site we know nothing of
_DATED_PATH = re.compile(r"/(20\d{2}|19\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")
_DAY_SEGMENT = re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})(?:/|$)")


def site_zone(profile: SiteProfile | None, language: str | None) -> timezone:
    """The profile's zone; else WIB for a site that declares itself Indonesian (`<html lang="id">`:
    its news desks write WIB); else UTC."""
    if profile is not None:
        return timezone(profile.timezone)
    if language and language.lower().split("-")[0] in ("id", "in"):
        return timezone(WIB)
    return UTC_ZONE


def parse_when(text: str | None, zone: timezone) -> datetime | None:
    """A date as sitemaps (W3C), feeds (RFC 822), Atom (ISO) and Indonesian pages write it, in `zone`.
    A date with no zone of its own is read as the site's local time."""
    if not text or not text.strip():
        return None
    text = text.strip()
    if re.match(r"^[A-Za-z]{3},?\s+\d", text) or re.search(r"\d\d:\d\d(:\d\d)?\s+([+-]\d{4}|GMT|UT|[A-Z]{3})$", text):
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed is not None:
            return (parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)).astimezone(zone)
    iso = parse_date(text, zone.utcoffset(None) or timedelta(0))
    if iso is None:
        return None
    return datetime.fromisoformat(iso).astimezone(zone)


def url_day(url: str) -> date | None:
    """The day a URL's path carries (`/2025/08/04/`, `/read/20250804/`): the site's own calendar."""
    for pattern in (_DATED_PATH, _DAY_SEGMENT):
        match = pattern.search(url.split("?", 1)[0].split("://", 1)[-1])
        if match:
            try:
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                continue
    return None


def parse_day(value: str, zone: timezone, now: datetime | None = None) -> date:
    """A --since/--until value: YYYY-MM-DD, `today` or `yesterday` (on the site's calendar). ValueError otherwise."""
    today = (now or datetime.now(zone)).astimezone(zone).date()
    word = value.strip().lower()
    if word == "today":
        return today
    if word == "yesterday":
        return today - timedelta(days=1)
    return date.fromisoformat(value.strip())


@dataclass(frozen=True)
class Window:
    """--since/--until as written (resolved per site, since `today` depends on the site's zone)."""

    since: str | None = None
    until: str | None = None

    def days(self, zone: timezone, now: datetime | None = None) -> tuple[date | None, date | None]:
        since = parse_day(self.since, zone, now) if self.since else None
        until = parse_day(self.until, zone, now) if self.until else None
        return since, until

    @property
    def open(self) -> bool:
        return self.since is None and self.until is None


def in_range(day: date, since: date | None, until: date | None) -> bool:
    return (since is None or day >= since) and (until is None or day <= until)


def days_between(since: date | None, until: date | None, today: date, limit: int) -> list[date]:
    """The days an index is read for, newest first: --until (else today) back to --since (else that day alone)."""
    last = min(until or today, today)
    first = since or last
    out: list[date] = []
    day = last
    while day >= first and len(out) < limit:
        out.append(day)
        day -= timedelta(days=1)
    return out
