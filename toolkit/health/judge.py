"""From what a check saw to one verdict with evidence a person can act on.

Precedence (worst first): `unreachable` (nothing answered: neither a source nor a page), `blocked` (a
challenge, or 403/429, on at least half of the pages, or on every source), `no-articles` (the sources
listed no article in the window), `drift` (the profile no longer fits), `ok`.

Drift compares with the site's last `ok` run in the history (the baseline): a selector the profile declares
that now matches on less than half the share of pages it matched then, a field filled on most pages then and
on fewer than half now; and, baseline or not, a page where the profile's body selector found nothing and
the generic extractor read it.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from toolkit.extract.trace import declared
from toolkit.health.check import Seen, Trace
from toolkit.health.model import FIELDS, TEXT_WORDS, SiteHealth
from toolkit.record import Record, now_utc

NO_ANSWER = frozenset({"navigation", "dns", "connection", "proxy", "tls", "timeout", "redirect-loop"})
"""Record error kinds that mean the server never answered."""
WALL_STATUS = frozenset({403, 429})
_HTTP = re.compile(r"\bHTTP (\d{3})\b")
_VENDOR = re.compile(r"\(([^:;()]+):")
"""The first marker's vendor in a Blocked message: "challenge or block page (Cloudflare: title ...)"."""
LISTINGS = ("index", "search", "page")
"""Discovery's kinds of listing pages (the others: sitemap, sitemaps, feed, home)."""
MAX_LINES = 6
"""Evidence lines of one kind (sources, failed pages) at most; the rest are counted."""


def judge(seen: Seen, baseline: SiteHealth | None = None) -> SiteHealth:
    """The verdict on `seen`; `baseline` is the site's last `ok` line in the history, if any."""
    target = seen.target
    health = SiteHealth(site=target.name, verdict="ok", urls=list(seen.urls), checked_at=now_utc(),
                        profile=target.profile.name if target.profile else None)  # fmt: skip
    health.fields = field_counts(seen)
    health.selectors = selector_counts(seen)
    for verdict, rule in (("unreachable", _unreachable), ("blocked", _blocked), ("no-articles", _no_articles),
                          ("drift", _drift)):  # fmt: skip
        evidence = rule(seen, health, baseline)
        if evidence:
            health.verdict, health.evidence = verdict, evidence
            break
    else:
        health.evidence = _ok(seen)
    return health


def field_counts(seen: Seen) -> dict[str, list[int]]:
    """Per field, [pages where it is filled, pages checked]: a page is checked when it rendered (or gave a record)."""
    checked = _checked(seen)
    ok = [r for r in seen.records if r.status == "ok"]
    filled = {
        "title": sum(bool(r.title) for r in ok),
        "text": sum(r.word_count >= TEXT_WORDS for r in ok),
        "published": sum(bool(r.published) for r in ok),
        "authors": sum(bool(r.authors) for r in ok),
    }
    return {name: [filled[name], checked] for name in FIELDS}


def selector_counts(seen: Seen) -> dict[str, list[int]]:
    profile = seen.target.profile
    if profile is None or not seen.traces:
        return {}
    traces = list(seen.traces.values())
    return {name: [sum(t.selectors.get(name, False) for t in traces), len(traces)] for name in declared(profile)}


def _checked(seen: Seen) -> int:
    return len({r.url for r in seen.records if r.status == "ok"} | set(seen.traces))


def _unreachable(seen: Seen, health: SiteHealth, baseline: SiteHealth | None) -> list[str]:
    answered = bool(seen.documents) or any(_HTTP.search(w) for w in seen.warnings)
    pages_answered = any(r.status == "ok" or (r.error or {}).get("kind") not in NO_ANSWER for r in seen.records)
    if (answered and not seen.records) or pages_answered:
        return []
    if not seen.records:
        return _lines(_by_host(seen.warnings) or ["no source answered"])
    failed = Counter(f"{(r.error or {}).get('message', '')}" for r in seen.records)
    return _lines([f"{message} on {count} of {len(seen.records)} pages" for message, count in failed.items()])


def _blocked(seen: Seen, health: SiteHealth, baseline: SiteHealth | None) -> list[str]:
    walls = Counter(wall for r in seen.records if (wall := _wall(r, seen.traces.get(r.url))))
    if seen.records and 2 * sum(walls.values()) >= len(seen.records):
        return [f"{wall} on {count} of {len(seen.records)} pages" for wall, count in walls.most_common()]
    refused = [w for w in seen.warnings if (m := _HTTP.search(w)) and int(m.group(1)) in WALL_STATUS]
    if not seen.urls and not seen.documents and refused and len(refused) == len(seen.warnings):
        return _lines([_short(w) for w in refused])
    return []


def _wall(record: Record, trace: Trace | None) -> str | None:
    """What wall the record met ("Cloudflare challenge", "HTTP 403"), if any. A 403 page without a challenge's
    markers is read (it may hold a teaser): when it held no article, its status is the wall."""
    error = record.error or {}
    if error.get("kind") == "blocked":
        vendor = _VENDOR.search(error.get("message", ""))
        return f"{vendor.group(1).strip() if vendor else 'bot wall'} challenge"
    status = record.http_status or (trace.http_status if trace else None)
    if record.status == "error" and status in WALL_STATUS:
        return f"HTTP {status}"
    return None


def _no_articles(seen: Seen, health: SiteHealth, baseline: SiteHealth | None) -> list[str]:
    if seen.urls:
        return []
    lines = [f"{_bare(url)}: {count} {'sitemaps' if kind == 'sitemaps' else 'URLs'} ({kind})"
             for kind, url, count in seen.documents if kind not in LISTINGS]  # fmt: skip
    for kind in LISTINGS:  # a page per day of the window: one line for them all
        pages = [(url, count) for k, url, count in seen.documents if k == kind]
        if pages:
            listed = sum(count for _, count in pages)
            lines.append(f"{len(pages)} {kind} page(s), first {_bare(pages[0][0])}: {listed} URLs")
    lines += [_short(w) for w in seen.warnings]
    stats = seen.stats
    if stats is not None and stats.found:  # the sum first: it says why, the sources after it say where
        dropped = ", ".join(f"{reason} {count}" for reason, count in stats.dropped.items())
        lines.insert(0, f"{stats.found} URLs listed, none an article in the window ({dropped})")
    return _lines(lines or ["no source listed anything"])


def _drift(seen: Seen, health: SiteHealth, baseline: SiteHealth | None) -> list[str]:
    lines: list[str] = []
    profile = seen.target.profile
    selectors = declared(profile) if profile else {}
    then = baseline.selectors if baseline else {}
    for name, (k, n) in sorted(health.selectors.items(), key=lambda item: item[0] != "body"):  # the body first
        was = then.get(name)
        fell = was is not None and was[1] > 0 and n > 0 and k / n < (was[0] / was[1]) / 2
        if fell or (name == "body" and k < n):
            since = f" ({was[0]} of {was[1]} on {baseline.day})" if was and baseline else ""
            lines.append(f"{_label(name)} selector {selectors[name]} matched {k} of {n} pages{since}")
    generic = sum(t.generic for t in seen.traces.values())
    if profile and generic:
        lines.append(f"the generic extractor read {generic} of {len(seen.traces)} pages: "
                     f"profile {profile.name} found no body")  # fmt: skip
    for name, (k, n) in health.fields.items():
        was = (baseline.fields if baseline else {}).get(name)
        if was and baseline and n and was[1] and 2 * was[0] >= was[1] and 2 * k < n:
            lines.append(f"{name} filled on {k} of {n} pages ({was[0]} of {was[1]} on {baseline.day})")
    return lines


def _ok(seen: Seen) -> list[str]:
    failed = [r for r in seen.records if r.status == "error"]
    lines = [f"{len(seen.records) - len(failed)} of {len(seen.records)} articles read"]
    lines += [f"{r.url}: {(r.error or {}).get('message', '')}" for r in failed[:MAX_LINES]]
    return lines


def _label(name: str) -> str:
    return name.replace("_", " ")


def _bare(url: str) -> str:
    """A URL as a person names it: no scheme, no trailing slash ("rss.bisnis.com")."""
    return url.split("://", 1)[-1].rstrip("/")


def _short(warning: str) -> str:
    """A discovery warning as evidence: "feed https://rss.bisnis.com/: HTTP 404" -> "rss.bisnis.com: HTTP 404"."""
    url, reason = _split(warning)
    return f"{_bare(url)}: {reason}" if url else reason


def _split(warning: str) -> tuple[str | None, str]:
    """(the URL a discovery warning is about, or None; why it failed, without the client's prefixes)."""
    warning = warning.replace("(--max-pages)", "(the most a health check reads)")
    head, sep, reason = warning.partition(": ")
    url = head.split(" ", 1)[-1]
    if not sep or "://" not in url:
        return None, warning
    for prefix in ("APIRequestContext.get: ", "Page.goto: "):
        reason = reason.removeprefix(prefix)
    return url, reason.split(" at http", 1)[0]


def _by_host(warnings: list[str]) -> list[str]:
    """Failures that never got an answer, one line per host and reason ("www.bisnis.com: getaddrinfo ENOTFOUND
    www.bisnis.com (3 requests)"): with no network, every request of a site fails the same way."""
    counts: Counter[str] = Counter()
    for warning in warnings:
        url, reason = _split(warning)
        counts[f"{urlsplit(url).netloc}: {reason}" if url else reason] += 1
    return [line if n == 1 else f"{line} ({n} requests)" for line, n in counts.items()]


def _lines(lines: list[str]) -> list[str]:
    if len(lines) <= MAX_LINES:
        return lines
    return [*lines[:MAX_LINES], f"and {len(lines) - MAX_LINES} more"]
