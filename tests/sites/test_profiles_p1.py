"""Profiles of issue 22, group p1 (alinea .. hipwee): their listing templates give the URLs of the sheet
(../shared/sites/indonesian-sources.json, restated from news-watch), their article-URL rules take the
sheet's article shapes and nothing else, every selector compiles, and a few bodies are read from pages
written here after the shapes the sheet names.

The expected URLs are the sheet's templates filled by hand for "harga beras", in the encoding the sheet
gives for each site. Where the sheet's page 1 omits the page parameter (WordPress `/page/N/`, `&page=N`),
the profile asks for page 1 with it: those sites serve the same first page either way.
"""

from __future__ import annotations

import importlib
from datetime import date

import pytest
from lxml.cssselect import CSSSelector

from tests.sites.test_profiles import page
from toolkit.discover.pages import fill, read_listing
from toolkit.discover.urls import not_article
from toolkit.extract import extract_html
from toolkit.sites import PROFILES, profile_for_host
from toolkit.sites.base import ListingPage, SiteProfile

SLUGS = [
    "alinea", "antaranews", "balipost", "bantennews", "beritajatim", "beritasatu", "betahita", "bloombergtechnoz",
    "cnaindonesia", "cnbcindonesia", "conversationid", "dailysocial", "dandapala", "ddtcnews", "fajar", "galamedia",
    "gatra", "gnfi", "grid", "harianjogja", "hipwee",
]  # fmt: skip
FACTS = "public scrapers (news-watch f1c8fbf), 2026-08; unverified here"

QUERY = "harga beras"
DAY = date(2026, 11, 5)


def profile(slug: str) -> SiteProfile:
    return importlib.import_module(f"toolkit.sites.{slug}").PROFILE


# slug: (page 1, page 2) of the search for QUERY; None for a site read on one page only.
SEARCH = {
    "alinea": ("https://www.alinea.id/search?q=harga+beras&page=1", "https://www.alinea.id/search?q=harga+beras&page=2"),
    "antaranews": ("https://www.antaranews.com/search?q=harga+beras&page=1",
                   "https://www.antaranews.com/search?q=harga+beras&page=2"),
    "bantennews": ("https://www.bantennews.co.id/page/1/?s=harga%20beras",
                   "https://www.bantennews.co.id/page/2/?s=harga%20beras"),
    "beritajatim": ("https://beritajatim.com/tag/harga%20beras?page=1", "https://beritajatim.com/tag/harga%20beras?page=2"),
    "beritasatu": ("https://www.beritasatu.com/search/harga%20beras?page=1",
                   "https://www.beritasatu.com/search/harga%20beras?page=2"),
    "betahita": ("https://www.betahita.id/search?query=harga%20beras&pagenum=1",
                 "https://www.betahita.id/search?query=harga%20beras&pagenum=2"),
    "bloombergtechnoz": ("https://www.bloombergtechnoz.com/search?query=harga+beras&pagenum=1",
                         "https://www.bloombergtechnoz.com/search?query=harga+beras&pagenum=2"),
    "cnaindonesia": ("https://www.cna.id/topic/harga%20beras", None),
    "conversationid": (
        "https://theconversation.com/id/search?date=all&date_from=&date_to=&language=id&page=1&q=harga%20beras&sort=recency",
        "https://theconversation.com/id/search?date=all&date_from=&date_to=&language=id&page=2&q=harga%20beras&sort=recency",
    ),
    "dailysocial": ("https://news.dailysocial.id/page/1/?s=harga+beras", "https://news.dailysocial.id/page/2/?s=harga+beras"),
    "ddtcnews": ("https://news.ddtc.co.id/search/?q=harga%20beras", None),
    # news-watch inserts the keyword raw; an HTTP client sends the space as %20
    "fajar": ("https://fajar.co.id/page/1/?s=harga%20beras", "https://fajar.co.id/page/2/?s=harga%20beras"),
    "galamedia": ("https://galamedia.pikiran-rakyat.com/search?q=harga%20beras&page=1",
                  "https://galamedia.pikiran-rakyat.com/search?q=harga%20beras&page=2"),
    "gnfi": ("https://www.goodnewsfromindonesia.id/search?keyword=harga%20beras", None),
    "grid": ("https://www.grid.id/search?q=harga%20beras&page=1", "https://www.grid.id/search?q=harga%20beras&page=2"),
    "harianjogja": ("https://www.harianjogja.com/search?q=harga%20beras&page=1",
                    "https://www.harianjogja.com/search?q=harga%20beras&page=2"),
    "hipwee": ("https://www.hipwee.com/page/1/?s=harga%20beras", "https://www.hipwee.com/page/2/?s=harga%20beras"),
}  # fmt: skip
NO_SEARCH = {"balipost", "cnbcindonesia", "dandapala", "gatra"}
"""The sheet: no search, or one that answers the same for every query."""

# slug: (page 1, page 2) of the latest/index listing; none of this group's listings is dated.
INDEX = {
    "alinea": ("https://www.alinea.id/indeks", None),
    "antaranews": ("https://www.antaranews.com/terkini?page=1", "https://www.antaranews.com/terkini?page=2"),
    "balipost": ("https://www.balipost.com/page/1/", "https://www.balipost.com/page/2/"),
    "bantennews": ("https://www.bantennews.co.id", None),
    "beritajatim": ("https://beritajatim.com/page/1/", "https://beritajatim.com/page/2/"),
    "beritasatu": ("https://www.beritasatu.com/page/1", "https://www.beritasatu.com/page/2"),
    "betahita": ("https://www.betahita.id", None),
    "bloombergtechnoz": ("https://www.bloombergtechnoz.com/", None),
    "cnaindonesia": ("https://www.cna.id/terbaru", None),
    "conversationid": ("https://theconversation.com/id", None),
    "dailysocial": ("https://news.dailysocial.id/page/1/", "https://news.dailysocial.id/page/2/"),
    "dandapala": ("https://dandapala.com", None),
    "ddtcnews": ("https://news.ddtc.co.id", None),
    "fajar": ("https://fajar.co.id/page/1/", "https://fajar.co.id/page/2/"),
    "galamedia": ("https://galamedia.pikiran-rakyat.com/?page=1", "https://galamedia.pikiran-rakyat.com/?page=2"),
    "gatra": ("https://www.gatra.net/page/1/", "https://www.gatra.net/page/2/"),
    "gnfi": ("https://www.goodnewsfromindonesia.id/explore", None),
    "grid": ("https://www.grid.id/page/1", "https://www.grid.id/page/2"),
    "harianjogja": ("https://www.harianjogja.com", None),
    "hipwee": ("https://www.hipwee.com/page/1/", "https://www.hipwee.com/page/2/"),
}
FEED_ONLY = {"cnbcindonesia": "https://www.cnbcindonesia.com/rss"}

# slug: (article URLs: the sheet's examples, then realistic ones built from its shape; never articles).
ARTICLES = {
    "alinea": (["https://www.alinea.id/politik/foo-bar-b123", "https://www.alinea.id/bisnis/harga-beras-naik-b2mKq9Xz"],
               ["https://www.alinea.id/politik", "https://www.alinea.id/tag/beras"]),
    "antaranews": (["https://www.antaranews.com/berita/5129056/pemkab-bandung-barat-tetapkan-klb-usai-ratusan-siswa-keracunan-mbg"],
                   ["https://www.antaranews.com/terkini", "https://www.antaranews.com/foto/4501234/panen-raya",
                    "https://www.antaranews.com/video/4501235/harga-beras", "https://www.antaranews.com/tag/beras",
                    "https://en.antaranews.com/berita/5129056/rice-prices"]),
    "balipost": (["https://www.balipost.com/news/2026/05/15/56789/Pariwisata-Bali-Meningkat.html"],
                 ["https://www.balipost.com/category/bali", "https://www.balipost.com/tag/beras"]),
    "bantennews": (["https://www.bantennews.co.id/harga-beras-di-serang-naik-jelang-natal/"],
                   ["https://www.bantennews.co.id/redaksi/", "https://www.bantennews.co.id/privacy-policy/",
                    "https://www.bantennews.co.id/category/ekonomi/", "https://www.bantennews.co.id/tag/beras/"]),
    "beritajatim": (["https://beritajatim.com/harga-beras-di-surabaya-stabil/"],
                    ["https://beritajatim.com/kanal/ekonomi/", "https://beritajatim.com/tag/harga-beras-medium",
                     "https://beritajatim.com/arsip"]),
    "beritasatu": (["https://www.beritasatu.com/ekonomi/2912345/harga-beras-naik"],
                   ["https://www.beritasatu.com/ekonomi", "https://www.beritasatu.com/tag/beras"]),
    "betahita": (["https://www.betahita.id/berita/12345/some-slug", "https://www.betahita.id/opini/9876/hutan-dan-beras"],
                 ["https://www.betahita.id/berita", "https://www.betahita.id/tag/hutan"]),
    "cnaindonesia": (["https://www.cna.id/indonesia/pemilu-resmi-digelar-12345", "https://www.cna.id/asia/ktt-asean-67890"],
                     ["https://www.cna.id/indonesia", "https://www.cna.id/topic/harga-beras",
                      "https://www.cna.id/video/harga-beras-naik-12345"]),
    "cnbcindonesia": (["https://www.cnbcindonesia.com/news/20261105101010-4-612345/harga-beras-naik"],
                      ["https://www.cnbcindonesia.com/news", "https://www.cnbcindonesia.com/tag/beras",
                       "https://www.cnbcindonesia.com/video/20261105101010-4-612345/harga-beras"]),
    "conversationid": (["https://theconversation.com/some-article-12345",
                        "https://theconversation.com/harga-beras-naik-apa-sebabnya-245678"],
                       ["https://theconversation.com/id", "https://theconversation.com/id/topics/beras-12345",
                        "https://theconversation.com/profiles/budi-santoso-12345"]),
    "dailysocial": (["https://news.dailysocial.id/post/absolute-fixture"],
                    ["https://news.dailysocial.id/tag/startup/", "https://news.dailysocial.id/category/news/"]),
    "dandapala": (["https://dandapala.com/article/detail/hakim-putus-perkara-beras"],
                  ["https://dandapala.com/article", "https://dandapala.com/tag/beras"]),
    "ddtcnews": (["https://news.ddtc.co.id/berita/foo-bar/123/test-article",
                  "https://news.ddtc.co.id/berita/nasional/1812345/pajak-beras-tetap-nol"],
                 ["https://news.ddtc.co.id/berita", "https://news.ddtc.co.id/tag/pajak"]),
    "fajar": (["https://fajar.co.id/2026/11/05/harga-beras-di-makassar-naik/"],
              ["https://fajar.co.id/category/ekonomi/", "https://fajar.co.id/tag/beras/"]),
    "galamedia": (["https://galamedia.pikiran-rakyat.com/news/pr-351234567/harga-beras-naik"],
                  ["https://galamedia.pikiran-rakyat.com/news", "https://galamedia.pikiran-rakyat.com/tag/beras"]),
    "gatra": (["https://www.gatra.net/news-603341-hukum-slug.html"],
              ["https://www.gatra.net/category/hukum/", "https://www.gatra.net/tag/beras/"]),
    "gnfi": (["https://www.goodnewsfromindonesia.id/2026/07/12/test-article"],
             ["https://www.goodnewsfromindonesia.id/explore", "https://www.goodnewsfromindonesia.id/tag/beras"]),
    "grid": (["https://www.grid.id/read/154321/kronologi-nanik-mundur"],
             ["https://www.grid.id/tag/beras", "https://www.grid.id/entertainment"]),
    "harianjogja": (["https://news.harianjogja.com/r-1234567/harga-beras-naik",
                     "https://jogjapolitan.harianjogja.com/r-7654321/pasar-beringharjo"],
                    ["https://www.harianjogja.com/tag/beras", "https://ekbis.harianjogja.com/"]),
    "hipwee": (["https://www.hipwee.com/narasi/harga-beras-naik-lagi/"],
               ["https://www.hipwee.com/tag/beras/", "https://www.hipwee.com/category/narasi/",
                "https://www.hipwee.com/page/2/", "https://www.hipwee.com/author/budi/"]),
    # no shape in the sheet: the generic URL rules judge it
    "bloombergtechnoz": ([], ["https://www.bloombergtechnoz.com/tag/beras", "https://www.bloombergtechnoz.com/kanal/market"]),
}  # fmt: skip
NOT_ARTICLES_ANYWHERE = ("/", "/?s=harga+beras", "/search?q=harga+beras", "/foto/", "/video/")


def test_the_group_is_whole() -> None:
    names = {p.name for p in PROFILES}
    assert {profile(s).name for s in SLUGS} <= names
    assert set(SEARCH) | NO_SEARCH == set(SLUGS) == set(INDEX) | set(FEED_ONLY)


@pytest.mark.parametrize("slug", SLUGS)
def test_profile_says_where_its_facts_come_from(slug: str) -> None:
    site = profile(slug)
    assert site.facts.startswith(FACTS)
    assert site.language == "id"
    assert site.fingerprint == ()  # facts unverified: no template claims pages on other hosts
    assert site.serves(site.domains[0]) and site.serves("www." + site.domains[0])


def _pages(listing: ListingPage | None, day: date | None, query: str | None, want: tuple[str, str | None]) -> None:
    """Pages 1 and 2 of a listing are the URLs wanted; a listing with no page 2 has no page number at all."""
    assert listing is not None
    first, second = want
    assert fill(listing, day, query, listing.first_page) == first
    if second is None:
        assert "{page}" not in listing.url
    else:
        assert fill(listing, day, query, listing.first_page + listing.page_step) == second


@pytest.mark.parametrize("slug", sorted(SEARCH))
def test_search_templates_give_the_sheets_urls(slug: str) -> None:
    _pages(profile(slug).search, None, QUERY, SEARCH[slug])


@pytest.mark.parametrize("slug", sorted(NO_SEARCH))
def test_sites_without_a_working_search_say_so(slug: str) -> None:
    site = profile(slug)
    assert site.search is None
    assert site.search_note and site.name in site.search_note and "--query" in site.search_note


@pytest.mark.parametrize("slug", sorted(INDEX))
def test_index_templates_give_the_sheets_urls(slug: str) -> None:
    _pages(profile(slug).index, DAY, None, INDEX[slug])


def test_a_latest_feed_stands_for_the_index() -> None:
    for slug, feed in FEED_ONLY.items():
        assert profile(slug).index is None and feed in profile(slug).feeds


@pytest.mark.parametrize("slug", sorted(ARTICLES))
def test_article_rule_takes_the_sheets_shapes(slug: str) -> None:
    site = profile(slug)
    accept, reject = ARTICLES[slug]
    home = site.domains[0]
    for url in accept:
        assert not_article(url, site, home) is None, url
    origin = (accept + reject)[0].split("/", 3)[:3]
    for url in reject + ["/".join(origin) + path for path in NOT_ARTICLES_ANYWHERE]:
        assert not_article(url, site, home) is not None, url


@pytest.mark.parametrize("slug", sorted(ARTICLES))
def test_article_urls_find_their_profile(slug: str) -> None:
    for url in ARTICLES[slug][0]:
        assert profile_for_host(url.split("/")[2]) is profile(slug)


def test_galamedia_goes_before_any_pikiran_rakyat_profile() -> None:
    names = [p.name for p in PROFILES]
    later = [p for p in PROFILES[names.index("galamedia.pikiran-rakyat.com") + 1 :]]
    assert profile_for_host("galamedia.pikiran-rakyat.com").name == "galamedia.pikiran-rakyat.com"
    assert not profile("galamedia").serves("www.pikiran-rakyat.com")
    assert all(names.index(p.name) > names.index("galamedia.pikiran-rakyat.com") for p in later)


def _selectors(site: SiteProfile) -> list[str]:
    found = [site.body, *site.drop, *site.fingerprint]
    found += [s for s in (site.title, site.lead, site.credits, site.authors, site.published, site.image,
                          site.image_caption, site.tags, site.section, site.pager, site.body_end) if s]  # fmt: skip
    for listing in (site.index, site.search):
        if isinstance(listing, ListingPage):
            found += [s for s in (listing.links, listing.item, listing.item_date, listing.last_page,
                                  listing.no_results) if s]  # fmt: skip
    return found


@pytest.mark.parametrize("slug", SLUGS)
def test_every_selector_compiles(slug: str) -> None:
    for selector in _selectors(profile(slug)):
        CSSSelector(selector)  # raises on what lxml's cssselect cannot read


ARTICLE = [
    "Harga beras medium di pasar tradisional naik menjadi Rp14.500 per kilogram pekan ini.",
    "Pedagang menyebut pasokan dari sentra produksi berkurang karena panen mundur.",
    "Pemerintah berjanji menggelar operasi pasar sebelum akhir bulan untuk menahan kenaikan.",
]
P = "".join(f"<p>{text}</p>" for text in ARTICLE)


# slug: (URL, page) written after the article selectors and boilerplate the sheet names.
PAGES = {
    "antaranews": ("https://www.antaranews.com/berita/5129056/harga-beras-naik", page(
        "<title>Harga Beras Naik - ANTARA News</title>",
        '<h1 class="wrap__article-detail-title">Harga Beras Naik</h1>'
        '<ul><li class="list-inline-item mr-2">Ekonomi</li>'
        '<li class="list-inline-item mr-2">Kamis, 5 November 2026 10:15 WIB</li></ul>'
        f'<div class="wrap__article-detail-content post-content"><p>{ARTICLE[0]}</p>'
        f'<span class="baca-juga">Baca juga: Harga cabai turun</span><p>{ARTICLE[1]}</p><p>{ARTICLE[2]}</p>'
        '<p class="text-muted mt-2 small">Pewarta: Rina Wulandari</p></div>')),
    "betahita": ("https://www.betahita.id/berita/12345/harga-beras-naik", page(
        "<title>Harga Beras Naik</title>",
        '<article class="detail-artikel"><div class="judul-artikel"><h5>Berita</h5><h1>Harga Beras Naik</h1>'
        '<h5 class="margin-bottom-sm">Kamis, 5 November 2026</h5></div><div class="detail-in">'
        '<div class="box-foto-artikel">Foto: sawah di Karawang. Dok. Betahita</div>'
        f"<p>BETAHITA.ID - {ARTICLE[0]}</p><p>{ARTICLE[1]}</p><p>{ARTICLE[2]}</p></div>"
        '<div class="box-sumber"><h5 class="title">Oleh: Budi Santoso</h5></div></article>')),
    "bantennews": ("https://www.bantennews.co.id/harga-beras-naik-di-serang/", page(
        '<title>Harga Beras Naik</title><meta property="article:published_time" content="2026-11-05T10:15:00+07:00">',
        '<h1 class="entry-title">Harga Beras Naik</h1><div class="td-post-content">'
        f'{P[: P.index("</p>") + 4]}<div class="td-related-posts">Baca juga: Harga Cabai</div>'
        f'{P[P.index("</p>") + 4 :]}<div class="share-buttons">Bagikan ke Facebook</div></div>')),
    "grid": ("https://www.grid.id/read/154321/harga-beras-naik", page(
        '<title>Harga Beras Naik</title><meta property="article:published_time" content="2026-11-05T10:15:00+07:00">',
        f'<h1>Harga Beras Naik</h1><div class="read__article"><p>{ARTICLE[0]}</p>'
        f'<div class="bacajuga__list">Baca Juga: Harga Cabai</div><p>{ARTICLE[1]}</p><p>{ARTICLE[2]}</p>'
        '<div class="tags__list">Tag: beras</div></div>')),
    "cnbcindonesia": ("https://www.cnbcindonesia.com/news/20261105101010-4-612345/harga-beras-naik", page(
        "<title>Harga Beras Naik</title>",
        '<h1 class="mb-4 text-32 font-extrabold">Harga Beras Naik</h1>'
        '<div class="text-cm text-gray">Kamis, 05/11/2026 10:15 WIB</div>'
        f'<div class="detail-text"><p>{ARTICLE[0]}</p>'
        f'<table class="sisip_artikel"><tr><td>Baca: Harga Cabai</td></tr></table><p>{ARTICLE[1]}</p>'
        f'<div class="link_sisip">Harga gula</div><p>{ARTICLE[2]}</p></div>')),
    "conversationid": ("https://theconversation.com/harga-beras-naik-245678", page(
        '<title>Harga Beras Naik</title><meta property="article:published_time" content="2026-11-05T03:15:00Z">',
        '<h1>Harga Beras Naik</h1><div itemprop="articleBody"><p>Listen to this article</p>'
        f"{P}<aside>Baca juga artikel lain</aside></div>")),
}  # fmt: skip
PUBLISHED = {"bantennews": "2026-11-05T10:15:00+07:00", "grid": "2026-11-05T10:15:00+07:00",
             "conversationid": "2026-11-05T03:15:00+00:00", "betahita": "2026-11-05",
             "cnbcindonesia": "2026-11-05T10:15:00+07:00", "antaranews": "2026-11-05T10:15:00+07:00"}  # fmt: skip
AUTHORS = {"antaranews": ["Rina Wulandari"], "betahita": ["Budi Santoso"]}


@pytest.mark.parametrize("slug", sorted(PAGES))
def test_profile_reads_the_body_the_sheet_names(slug: str) -> None:
    url, markup = PAGES[slug]
    article = extract_html(markup, url)
    assert article.site == profile(slug).name
    assert article.title == "Harga Beras Naik"
    assert article.text == "\n\n".join(ARTICLE)
    if slug in PUBLISHED:
        assert (article.published or "").startswith(PUBLISHED[slug])
    if slug in AUTHORS:
        assert article.authors == AUTHORS[slug]


def test_listing_selectors_pick_the_results_alone() -> None:
    """grid: a search with no hits still shows sidebar links; the result list alone counts."""
    search = profile("grid").search
    assert search is not None
    html = page("", '<div class="news-list__list"><a href="/read/154321/harga-beras-naik">Harga beras naik</a></div>'
                    '<aside><a href="/read/999/populer">Populer</a></aside>')  # fmt: skip
    read = read_listing(html, "https://www.grid.id/search?q=harga%20beras&page=1", search)
    assert [e.url for e in read.entries] == ["https://www.grid.id/read/154321/harga-beras-naik"]
    empty = read_listing(
        page("", '<aside><a href="/read/999/populer">Populer</a></aside>'), read.entries[0].url, search
    )
    assert empty.entries == []
