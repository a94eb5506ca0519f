"""Pages that fight the toolkit's scripts or its parsers, scraped for real from 127.0.0.1 (issue 23, items 1, 12)."""

from __future__ import annotations

import toolkit
from tests.hostile_pages import PARAGRAPHS, REPLACED_BUILTINS, article, nested, serve
from toolkit import ScrapeOptions


def test_a_page_that_replaces_the_builtins_still_gives_its_article() -> None:
    """push, map, filter, Object.keys, JSON.stringify, getBoundingClientRect, querySelectorAll, checkVisibility and
    getComputedStyle replaced before any other script: first look, mark and scroll run in their own world."""
    long_page = article(head=REPLACED_BUILTINS, after="<div style='height:5000px'></div>")
    with serve({"/pendek": article(head=REPLACED_BUILTINS), "/panjang": long_page}) as base:
        result = toolkit.scrape([f"{base}/pendek", f"{base}/panjang"], ScrapeOptions(retries=0))
    assert [r.status for r in result.records] == ["ok", "ok"], [r.error for r in result.records]
    for record in result.records:
        assert record.text.split("\n\n") == PARAGRAPHS
        assert record.title == "Jembatan Desa"


def test_an_article_under_thousands_of_divs_is_scraped() -> None:
    with serve({"/d4000": nested(4000), "/d10000": nested(10000)}) as base:
        result = toolkit.scrape([f"{base}/d4000", f"{base}/d10000"], ScrapeOptions(retries=0))
    assert [r.status for r in result.records] == ["ok", "ok"], [r.error for r in result.records]
    for record in result.records:
        assert record.text.split("\n\n") == PARAGRAPHS
