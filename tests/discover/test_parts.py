"""The parts of discovery on their own: XML and feeds, URL rules, dates in the site's calendar."""

from __future__ import annotations

import gzip
from datetime import date, datetime, timezone

import pytest

from toolkit.discover import feeds, sitemaps, xmldoc
from toolkit.discover.dates import days_between, parse_day, parse_when, site_zone, url_day
from toolkit.discover.pages import fill, read_listing
from toolkit.discover.urls import canonical, not_article, unwrap
from toolkit.sites import bisnis, detik, kompas, kontan, tempo
from toolkit.sites.base import WIB

ZONE = timezone(WIB)

NEWS = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://ekonomi.bisnis.com/read/20250729/9/1/rupiah</loc><lastmod>2025-07-30T01:00:00Z</lastmod>
<news:news><news:publication_date>2025-07-29T18:27:00+07:00</news:publication_date>
<news:title>Rupiah Menguat</news:title></news:news></url></urlset>"""


def test_news_sitemap_gives_publication_date_title_and_lastmod_gzip_or_not() -> None:
    for data in (NEWS.encode(), gzip.compress(NEWS.encode())):
        root, problem = xmldoc.parse(data)
        assert problem is None and sitemaps.is_sitemap(root)
        [entry] = sitemaps.read(root, "news.xml").entries
        assert (entry.url, entry.published, entry.modified, entry.title) == (
            "https://ekonomi.bisnis.com/read/20250729/9/1/rupiah", "2025-07-29T18:27:00+07:00",
            "2025-07-30T01:00:00Z", "Rupiah Menguat",
        )  # fmt: skip


def test_sitemap_index_lists_children_with_lastmod() -> None:
    root, _ = xmldoc.parse(b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
                           b"<loc>https://a.test/s1.xml.gz</loc><lastmod>2025-08-01</lastmod></sitemap>"
                           b"<sitemap><loc>https://a.test/s2.xml</loc></sitemap></sitemapindex>")  # fmt: skip
    assert sitemaps.read(root, "x").children == [
        ("https://a.test/s1.xml.gz", "2025-08-01"),
        ("https://a.test/s2.xml", None),
    ]


def test_malformed_xml_is_read_as_far_as_it_goes_with_a_warning() -> None:
    root, problem = xmldoc.parse(b"<urlset><url><loc>https://a.test/2025/01/02/x/y</loc></url><url><lo")
    assert problem and "not well-formed" in problem
    assert [e.url for e in sitemaps.read(root, "x").entries] == ["https://a.test/2025/01/02/x/y"]
    assert xmldoc.parse(b"\x1f\x8b\x08broken")[1].startswith("broken gzip")


def test_robots_sitemap_lines() -> None:
    text = "User-agent: *\nDisallow: /search\nSitemap: https://a.test/s.xml # main\nsitemap:https://a.test/n.xml\n"
    assert sitemaps.robots_sitemaps(text) == ["https://a.test/s.xml", "https://a.test/n.xml"]


def test_rss_and_atom_items_and_announced_feeds() -> None:
    rss, _ = xmldoc.parse(b"<rss><channel><item><title>A</title><link>https://a.test/a-1234</link>"
                          b"<pubDate>Mon, 04 Aug 2025 02:15:00 GMT</pubDate></item><item><title>B</title>"
                          b'<guid isPermaLink="true">https://a.test/b-5678</guid></item></channel></rss>')  # fmt: skip
    atom, _ = xmldoc.parse(b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>C</title>'
                           b'<link rel="alternate" href="https://a.test/c-1"/><updated>2025-08-04T00:00:00Z</updated>'
                           b"<published>2025-08-03T20:00:00Z</published></entry></feed>")  # fmt: skip
    assert feeds.is_feed(rss) and feeds.is_feed(atom) and not sitemaps.is_sitemap(rss)
    assert [(e.url, e.title, e.published) for e in feeds.read(rss, "r")] == [
        ("https://a.test/a-1234", "A", "Mon, 04 Aug 2025 02:15:00 GMT"),
        ("https://a.test/b-5678", "B", None),
    ]
    [entry] = feeds.read(atom, "a")
    assert (entry.url, entry.published, entry.modified) == ("https://a.test/c-1", "2025-08-03T20:00:00Z",
                                                            "2025-08-04T00:00:00Z")  # fmt: skip
    page = (
        '<html lang="id"><head><link rel="alternate" type="application/rss+xml" href="/rss">'
        '<link rel="alternate" hreflang="en" href="/en"><link rel="stylesheet" href="/s.css"></head></html>'
    )
    assert feeds.announced(page) == (["/rss"], "id")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://a.test/kabar/2025/08/14/warga-bangun-mikrohidro.html", None),
        ("https://a.test/berita/123456/harga-beras-naik", None),
        ("https://a.test/ekonomi/harga-beras-naik-1234567", None),
        ("https://a.test/finansial/bursa/66a1b2c3d4e5f/judul-berita", None),
        ("https://a.test/ekonomi/harga-beras-naik-jelang-lebaran", None),
        ("https://a.test/tag/rupiah", "navigation page"),
        ("https://a.test/kanal/ekonomi", "navigation page"),
        ("https://a.test/penulis/andi-saputra", "navigation page"),
        ("https://a.test/", "navigation page"),
        ("https://a.test/tentang", "static page"),
        ("https://a.test/redaksi", "static page"),
        ("https://a.test/video/2025/08/14/banjir", "media or file"),
        ("https://a.test/files/laporan-2025.pdf", "media or file"),
        ("https://a.test/ekonomi", "no article shape"),
        ("https://other.test/2025/08/14/x/y", "off-site"),
    ],
)
def test_article_heuristics(url: str, reason: str | None) -> None:
    assert not_article(url, None, "www.a.test") == reason


def test_a_profile_pattern_decides_on_its_site() -> None:
    assert not_article("https://ekonomi.bisnis.com/read/20250729/9/1899999/x", bisnis.PROFILE, "www.bisnis.com") is None
    assert (
        not_article("https://www.bisnis.com/topic/123/rupiah-hari-ini", bisnis.PROFILE, "bisnis.com")
        == "profile pattern"
    )
    assert (
        not_article("https://video.bisnis.com/read/20250729/9/1/x", bisnis.PROFILE, "bisnis.com") == "profile pattern"
    )
    assert not_article("https://money.kompas.com/read/2025/07/23/222100126/x", kompas.PROFILE, "kompas.com") is None
    assert not_article("https://20.detik.com/detikupdate/d-7654321/x", detik.PROFILE, "detik.com") == "profile pattern"
    assert not_article("https://www.kontan.co.id/news/harga-beras-naik", kontan.PROFILE, "kontan.co.id") is None
    old_detik = "http://inet.detik.com/read/2015/11/05/100026/3062623/323/google-umbar-kelemahan-galaxy"
    assert not_article(old_detik, detik.PROFILE, "detik.com") is None
    old_tempo = "http://gaya.tempo.co/read/news/2015/11/05/060716092/ini-7-alasan?i=1"
    assert not_article(old_tempo, tempo.PROFILE, "tempo.co") is None
    assert not_article("https://www.tempo.co/ekonomi/harga-beras-naik-1234567", tempo.PROFILE, "tempo.co") is None
    assert not_article("https://www.tempo.co/indeks", tempo.PROFILE, "tempo.co") == "profile pattern"


def test_canonical_and_unwrapped_urls() -> None:
    assert canonical("/a/b?utm_source=x&id=2#top", "http://Host.test/") == "http://host.test/a/b?id=2"
    assert canonical("javascript:void(0)", "http://host.test/") is None
    wrapped = "https://search.bisnis.com/link?url=https%3A%2F%2Fekonomi.bisnis.com%2Fread%2F20250729%2F9%2F1%2Fx"
    assert unwrap(canonical(wrapped) or "", "url") == "https://ekonomi.bisnis.com/read/20250729/9/1/x"


def test_dates_land_on_the_site_calendar() -> None:
    assert parse_when("2025-03-15T19:00:00Z", ZONE) == datetime(2025, 3, 16, 2, 0, tzinfo=ZONE)
    assert parse_when("Sat, 15 Mar 2025 19:00:00 GMT", ZONE).date() == date(2025, 3, 16)
    assert parse_when("15 Mar 2025 | 23:36 WIB", ZONE).date() == date(2025, 3, 15)
    assert parse_when("2025-03-15T19:00:00Z", timezone.utc).date() == date(2025, 3, 15)  # noqa: UP017
    assert parse_when("7 menit yang lalu", ZONE) is None
    assert url_day("https://x.test/read/20250804/9/1/a") == date(2025, 8, 4)
    assert url_day("https://x.test/kabar/2025/08/14/a.html") == date(2025, 8, 14)
    assert url_day("https://www.cnnindonesia.com/ekonomi/20250729070500-92-1/x") is None  # not a publication date


def test_site_zone_and_the_window() -> None:
    assert site_zone(bisnis.PROFILE, None) == ZONE
    assert site_zone(None, "id-ID") == ZONE
    assert site_zone(None, "en") == timezone.utc  # noqa: UP017
    now = datetime(2025, 3, 15, 20, 0, tzinfo=timezone.utc)  # noqa: UP017 - already the 16th in WIB
    assert parse_day("today", ZONE, now) == date(2025, 3, 16)
    assert parse_day("yesterday", ZONE, now) == date(2025, 3, 15)
    with pytest.raises(ValueError):
        parse_day("last week", ZONE, now)
    assert days_between(date(2025, 3, 14), date(2025, 3, 16), date(2025, 3, 20), 10) == [
        date(2025, 3, 16),
        date(2025, 3, 15),
        date(2025, 3, 14),
    ]
    assert days_between(None, None, date(2025, 3, 20), 10) == [date(2025, 3, 20)]
    assert len(days_between(date(2020, 1, 1), None, date(2025, 3, 20), 5)) == 5


def test_listing_templates_fill_and_read() -> None:
    url = fill(bisnis.PROFILE.index, date(2025, 7, 29), None, 2)
    assert url == "https://www.bisnis.com/index?categoryId=0&type=indeks&date=2025-07-29&page=2"
    assert fill(detik.PROFILE.index, date(2025, 7, 29), None, 1).endswith("date=07%2F29%2F2025&page=1")
    assert fill(kontan.PROFILE.index, date(2025, 7, 9), None, 40).endswith(
        "tanggal=9&bulan=07&tahun=2025&pos=indeks&per_page=40"
    )
    assert (
        fill(bisnis.PROFILE.search, None, "harga beras", 1, "http://127.0.0.1:9")
        == "http://127.0.0.1:9/?q=harga+beras&page=1"
    )
    page = (
        '<div class="art--row"><a class="artLink" href="/read/20250729/9/1/a">A</a><span class="artDate">'
        '29 Jul 2025 | 18:27 WIB</span></div><a class="artLink" href="/tag/x">T</a>'
        '<input type="hidden" id="total_page" value="3">'
    )
    read = read_listing(page, "https://www.bisnis.com/index?page=1", bisnis.PROFILE.index, date(2025, 7, 29))
    assert [(e.url, e.title, e.published, e.listed_on) for e in read.entries] == [
        ("https://www.bisnis.com/read/20250729/9/1/a", "A", "29 Jul 2025 | 18:27 WIB", "2025-07-29")
    ]  # not /tag/x
    assert read.total == 3 and not read.last
