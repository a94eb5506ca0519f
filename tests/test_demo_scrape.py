"""Scraping the demo site end to end: every article clean, whole and with the right metadata."""

from __future__ import annotations

import urllib.request

import pytest

import toolkit
from toolkit.demo.articles import ARTICLES, BY_ID
from toolkit.demo.server import DemoSite
from toolkit.record import Record

# Everything in shared/examples/bisnis-naive-dump.txt that is not the article; the demo pages carry all of it.
NOT_ARTICLE = [
    "Nyaman tanpa iklan", "Langganan BisnisPro", "Cek Berita dan Artikel", "Google News", "WA Channel",
    "Halaman", "Penulis", "Editor", "Konten Premium", "Silakan login", "Artikel Terkait", "Berita Lainnya",
    "Berita Terbaru", "Hot Topic", "Rekomendasi Kami", "Foto", "Scan QR Code", "e-paper", "Member of",
    "Baca Juga", "Baca juga", "ADVERTISEMENT", "Ringkasan", "Bisnis.com, JAKARTA", "Bagikan", "Terpopuler",
    "Kami menghargai privasi", "Setuju", "Buletin Pagi", "Komentar", "Petugas menghitung",
]  # fmt: skip


@pytest.fixture(scope="module")
def records(demo_site: DemoSite) -> dict[int, Record]:
    result = toolkit.scrape(demo_site.article_urls(), toolkit.ScrapeOptions(concurrency=4))
    by_url = {r.url: r for r in result.records}
    assert len(result.records) == len(ARTICLES)
    return {a.id: by_url[demo_site.url(a)] for a in ARTICLES}


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: f"{a.id}-{a.template}")
def test_text_is_the_whole_article_and_nothing_else(records: dict[int, Record], article) -> None:
    record = records[article.id]
    assert record.status == "ok", record.error
    expected = article.teaser_text() if article.premium else article.full_text()
    assert record.text == expected
    assert record.word_count == len(expected.split())
    for phrase in NOT_ARTICLE:
        assert phrase not in record.text, f"{phrase!r} leaked into the text"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: f"{a.id}-{a.template}")
def test_metadata(records: dict[int, Record], article, demo_site: DemoSite) -> None:
    record = records[article.id]
    assert record.title == article.title  # the headline, no " | Bisnis Demo" suffix
    assert record.authors == list(article.authors)
    assert record.editors == list(article.editors)
    day, time = article.date.split()
    assert record.published == f"{day}T{time}:00+07:00"
    assert record.tags == list(article.tags)
    assert record.image is not None and record.image.caption == article.caption
    assert record.image.url.startswith(demo_site.base_url)
    assert record.language == "id"
    assert record.final_url == demo_site.url(article)
    assert record.http_status == 200
    assert record.site == ("bisnis.com" if article.template == "bisnis" else "generic")


def test_body_injected_by_script_is_there(records: dict[int, Record], demo_site: DemoSite) -> None:
    article = BY_ID[1001]
    raw = urllib.request.urlopen(demo_site.url(article)).read().decode()
    first_paragraph = article.pages[0][0]
    assert first_paragraph not in raw  # the HTML alone does not have it...
    assert first_paragraph in records[1001].text  # ...the rendered page does


def test_lazy_paragraphs_behind_a_consent_overlay_are_loaded(records: dict[int, Record]) -> None:
    article = BY_ID[2001]
    assert article.lazy
    assert records[2001].text.endswith(article.pages[0][-1])


def test_two_page_article_is_joined(records: dict[int, Record]) -> None:
    record = records[1002]
    assert record.pages == 2
    assert BY_ID[1002].pages[1][-1] in record.text


def test_starting_from_page_two_still_gives_the_whole_article(demo_site: DemoSite) -> None:
    article = BY_ID[1002]
    record = toolkit.scrape([demo_site.url(article, page=2)]).records[0]
    assert record.status == "ok"
    assert record.pages == 2
    assert record.text == article.full_text()


def test_premium_wall_is_paywalled_with_evidence(records: dict[int, Record]) -> None:
    record = records[1003]
    assert record.access == "paywalled"
    assert any(".paywall" in e and "inside the article" in e for e in record.access_evidence)


def test_sidebar_premium_promo_is_not_a_paywall(records: dict[int, Record]) -> None:
    for article_id in (1001, 1002):
        assert records[article_id].access == "free"
        assert records[article_id].access_evidence == []


def test_sync_api_works_inside_pytest_playwright_event_loop(page, demo_site: DemoSite) -> None:
    """pytest-playwright's sync `page` runs an event loop in this thread; toolkit.scrape must still work."""
    page.goto(demo_site.url(1001))
    page.wait_for_selector("article.detailsContent p")
    assert BY_ID[1001].pages[0][1] in page.inner_text("article.detailsContent")
    record = toolkit.scrape([demo_site.url(2002)]).records[0]
    assert record.status == "ok" and record.text == BY_ID[2002].full_text()
