"""The demo site's rendering cases come back whole: the last paragraph a script adds after load (also under
a cookie-consent overlay, the throughput bench's page), the paragraphs an end-of-body sentinel appends after
a long promo, an endless feed cut at the budget with a note, and challenge pages (one that clears itself,
one that never does, one with Retry-After)."""

from __future__ import annotations

import pytest

import toolkit
from toolkit.demo.render_cases import (
    CHALLENGE_PARAGRAPHS,
    CONSENT_TEXT,
    FEED_ARTICLE_PARAGRAPHS,
    PREFIX,
    PROMO_PARAGRAPHS,
    archive_paragraphs,
)
from toolkit.demo.server import DemoSite
from toolkit.record import Record


def scrape(site: DemoSite, *paths: str, retries: int = 2) -> dict[str, Record]:
    urls = [f"{site.base_url}{PREFIX}{p}" for p in paths]
    result = toolkit.scrape(urls, toolkit.ScrapeOptions(concurrency=4, robots=False, retries=retries))
    return {r.url.removeprefix(site.base_url + PREFIX): r for r in result.records}


@pytest.fixture(scope="module")
def records(demo_site: DemoSite) -> dict[str, Record]:
    paths = ("arsip/7", "arsip/8", "berita/9", "promo", "tanpa-ujung", "tantangan/lolos", "tantangan/tetap")
    return scrape(demo_site, *paths)


@pytest.mark.parametrize("n", [7, 8])
def test_archive_page_has_the_paragraph_added_after_load(records: dict[str, Record], n: int) -> None:
    record = records[f"arsip/{n}"]
    assert record.status == "ok", record.error
    assert record.text.split("\n\n") == archive_paragraphs(n)


def test_news_page_under_a_consent_overlay_is_whole_and_the_overlay_is_clicked_away(
    records: dict[str, Record],
) -> None:
    record = records["berita/9"]
    assert record.status == "ok", record.error
    assert record.text.split("\n\n") == archive_paragraphs(9)
    assert CONSENT_TEXT not in record.text
    assert any(note.startswith("consent overlay dismissed (Setuju)") for note in record.notes), record.notes


def test_sentinel_after_a_long_promo_brings_the_last_paragraphs(records: dict[str, Record]) -> None:
    record = records["promo"]
    assert record.status == "ok", record.error
    assert record.text.split("\n\n") == PROMO_PARAGRAPHS
    assert "Langganan" not in record.text


def test_endless_feed_stops_at_the_budget_with_a_note(records: dict[str, Record]) -> None:
    record = records["tanpa-ujung"]
    assert record.status == "ok", record.error
    assert record.text.split("\n\n") == FEED_ARTICLE_PARAGRAPHS
    assert any("stopped scrolling" in note and "endless feed" in note for note in record.notes), record.notes


def test_challenge_that_clears_itself_gives_the_article(records: dict[str, Record]) -> None:
    record = records["tantangan/lolos"]
    assert record.status == "ok", record.error
    assert record.http_status == 200
    assert record.text.split("\n\n") == CHALLENGE_PARAGRAPHS


def test_challenge_that_never_clears_is_blocked_with_evidence(records: dict[str, Record]) -> None:
    record = records["tantangan/tetap"]
    assert record.status == "error"
    assert record.error is not None and record.error["kind"] == "blocked"
    assert "Just a moment..." in record.error["message"]
    assert "cf-mitigated" in record.error["message"]
    assert record.http_status == 403
    assert record.text == ""


def test_challenge_with_retry_after_is_retried_then_read(demo_site: DemoSite) -> None:
    record = scrape(demo_site, "tantangan/antre?kali=1")["tantangan/antre?kali=1"]
    assert record.status == "ok", record.error
    assert record.text.split("\n\n") == CHALLENGE_PARAGRAPHS


def test_challenge_with_retry_after_and_no_retries_left_is_blocked(demo_site: DemoSite) -> None:
    record = scrape(demo_site, "tantangan/antre?kali=2", retries=0)["tantangan/antre?kali=2"]
    assert record.error is not None and record.error["kind"] == "blocked"
    assert record.http_status == 429
    assert "Verify you are human" in record.error["message"]
