"""The verdict's precedence and evidence, on what a check could have seen (real records, no browser)."""

from __future__ import annotations

from toolkit.discover import SourceStats
from toolkit.health.check import Seen, Trace
from toolkit.health.judge import judge
from toolkit.health.model import SiteHealth
from toolkit.health.target import resolve_targets
from toolkit.record import Record

BISNIS = resolve_targets(["bisnis.com"])[0]


def _ok(url: str, authors: bool = True) -> Record:
    return Record(url=url, status="ok", site="bisnis.com", title="Judul", text="kata " * 100, word_count=100,
                  published="2026-12-01T08:00:00+07:00", authors=["Dimas"] if authors else [])  # fmt: skip


def _seen(records: list[Record], traces: dict[str, Trace] | None = None, **more: object) -> Seen:
    seen = Seen(BISNIS, documents=[("feed", "https://rss.bisnis.com/", len(records))], urls=[r.url for r in records],
                records=records, traces=traces or {})  # fmt: skip
    for name, value in more.items():
        setattr(seen, name, value)
    return seen


def _trace(body: bool = True, **selectors: bool) -> Trace:
    return Trace({"title": True, "body": body, "credits": True, **selectors}, generic=not body)


def test_a_wall_on_half_the_pages_is_blocked_even_where_the_rest_drifted() -> None:
    wall = Record.failed("u2", "blocked", "challenge or block page (Cloudflare: title 'Just a moment...')")
    seen = _seen([_ok("u1"), wall], {"u1": _trace(body=False)})
    health = judge(seen)
    assert health.verdict == "blocked" and health.evidence == ["Cloudflare challenge on 1 of 2 pages"]


def test_pages_that_never_answer_are_unreachable_though_the_feed_did() -> None:
    records = [Record.failed(f"u{i}", "timeout", "page did not finish within 30s") for i in range(3)]
    health = judge(_seen(records))
    assert health.verdict == "unreachable"
    assert health.evidence == ["page did not finish within 30s on 3 of 3 pages"]


def test_no_articles_names_each_source_and_its_answer() -> None:
    seen = _seen([], documents=[("sitemap", "https://www.bisnis.com/sitemap-news.xml", 0)],
                 warnings=["feed https://rss.bisnis.com/: HTTP 404"])  # fmt: skip
    health = judge(seen)
    assert health.verdict == "no-articles"
    assert health.evidence == ["www.bisnis.com/sitemap-news.xml: 0 URLs (sitemap)", "rss.bisnis.com: HTTP 404"]


def test_drift_against_the_last_ok_run_names_selector_and_field() -> None:
    baseline = SiteHealth(site="bisnis.com", verdict="ok", checked_at="2026-12-01T06:00:00Z",
                          fields={"authors": [3, 3]}, selectors={"credits": [3, 3], "body": [3, 3]})  # fmt: skip
    records = [_ok(f"u{i}", authors=False) for i in range(3)]
    seen = _seen(records, {r.url: _trace(credits=False) for r in records})
    health = judge(seen, baseline)
    assert health.verdict == "drift"
    assert health.evidence == [
        "credits selector div.detailsAuthor div.detailsAuthorItem matched 0 of 3 pages (3 of 3 on 2026-12-01)",
        "authors filled on 0 of 3 pages (3 of 3 on 2026-12-01)",
    ]
    assert judge(seen).verdict == "ok"  # without a baseline, only the body is judged: it matched


def test_a_selector_that_matches_on_some_pages_as_before_is_ok() -> None:
    baseline = SiteHealth(site="bisnis.com", verdict="ok", checked_at="2026-12-01T06:00:00Z",
                          selectors={"paywall": [1, 3]})  # fmt: skip
    records = [_ok(f"u{i}") for i in range(3)]
    seen = _seen(records, {r.url: _trace(paywall=r.url == "u0") for r in records})
    health = judge(seen, baseline)
    assert health.verdict == "ok" and health.evidence == ["3 of 3 articles read"]
    assert health.fields == {"title": [3, 3], "text": [3, 3], "published": [3, 3], "authors": [3, 3]}


def test_a_403_page_without_markers_that_held_no_article_is_a_wall() -> None:
    records = [Record.failed(f"u{i}", "no-article", "no article text on the page") for i in range(2)]
    seen = _seen(records, {r.url: Trace({"body": False}, generic=True, http_status=403) for r in records})
    health = judge(seen)
    assert health.verdict == "blocked" and health.evidence == ["HTTP 403 on 2 of 2 pages"]


def test_sources_that_list_only_old_articles_say_so_first() -> None:
    stats = SourceStats("bisnis.com", found=9, dropped={"out of range": 7, "not an article": 2})
    health = judge(_seen([], stats=stats))
    assert health.verdict == "no-articles"
    assert health.evidence == ["9 URLs listed, none an article in the window (out of range 7, not an article 2)",
                               "rss.bisnis.com: 0 URLs (feed)"]  # fmt: skip
