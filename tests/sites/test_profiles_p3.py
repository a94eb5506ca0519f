"""Profiles of group p3 (issue 22) against the sheet ../shared/sites/indonesian-sources.md.

Each table row is the sheet's template or URL shape written out by hand for "harga beras": the profile's
templates must expand to it, its article rule must take the sheet's article URLs and leave listing, search,
tag, photo and video URLs out. A few profiles are also run on a tiny page of the HTML shape the sheet gives.
"""

from __future__ import annotations

import json
import re
from datetime import date
from urllib.parse import urlsplit

import pytest
from lxml.cssselect import CSSSelector

from tests.conftest import ROOT
from tests.sites.test_profiles import page
from toolkit.discover.pages import fill
from toolkit.discover.urls import not_article
from toolkit.extract import extract_html
from toolkit.sites import PROFILES, profile_for_host
from toolkit.sites.base import ListingPage, SiteProfile

SLUGS = {  # sheet slug -> profile name (the sheet's `site`)
    "nusabali": "nusabali.com",
    "okezone": "okezone.com",
    "pantau": "pantau.com",
    "pikiranrakyat": "pikiran-rakyat.com",
    "poskota": "poskota.co.id",
    "projectmultatuli": "projectmultatuli.org",
    "republika": "republika.co.id",
    "rmid": "rm.id",
    "rmol": "rmol.id",
    "rri": "rri.co.id",
    "sindonews": "sindonews.com",
    "suara": "suara.com",
    "suaramerdeka": "suaramerdeka.com",
    "surabayapagi": "surabayapagi.com",
    "swa": "swa.co.id",
    "tirto": "tirto.id",
    "tribunnews": "tribunnews.com",
    "tvone": "tvonenews.com",
    "tvrinews": "tvrinews.com",
    "viva": "viva.co.id",
    "voaindonesia": "voaindonesia.com",
    "voi": "voi.id",
    "wartaekonomi": "wartaekonomi.co.id",
}
QUERY = "harga beras"
DAY = date(2026, 11, 3)


def profile(slug: str) -> SiteProfile:
    return next(p for p in PROFILES if p.name == SLUGS[slug])


# The sheet's GET search templates, filled by hand: (page 1, page 2). Where the sheet writes page 1 without
# a page number, page 1 here carries `page=1` (the same page on these sites); path pagers are noted.
SEARCH = {
    "nusabali": ("https://www.nusabali.com/search?keyword=harga%20beras&page=1",
                 "https://www.nusabali.com/search?keyword=harga%20beras&page=2"),
    "okezone": ("https://www.okezone.com/tag/harga-beras/1", "https://www.okezone.com/tag/harga-beras/2"),
    "pantau": ("https://www.pantau.com/search?q=harga+beras", None),  # one page: ?page=N repeats page 1
    "poskota": ("https://www.poskota.co.id/tag/harga%20beras?page=1",
                "https://www.poskota.co.id/tag/harga%20beras?page=2"),
    "projectmultatuli": ("https://projectmultatuli.org/en/search/harga%20beras/page/1",
                         "https://projectmultatuli.org/en/search/harga%20beras/page/2"),
    "republika": ("https://www.republika.co.id/tag/harga-beras", None),
    "rmol": ("https://rmol.id/tag/harga%20beras?page=1", "https://rmol.id/tag/harga%20beras?page=2"),
    "rri": ("https://rri.co.id/search?q=harga+beras&page=1", "https://rri.co.id/search?q=harga+beras&page=2"),
    "sindonews": ("https://www.sindonews.com/search/go?q=harga+beras&type=artikel&p=1",
                  "https://www.sindonews.com/search/go?q=harga+beras&type=artikel&p=2"),
    "suara": ("https://www.suara.com/search?q=harga%20beras", None),
    "suaramerdeka": ("https://www.suaramerdeka.com/search?q=harga+beras&page=1",
                     "https://www.suaramerdeka.com/search?q=harga+beras&page=2"),
    "surabayapagi": ("https://surabayapagi.com/search/harga%20beras/1", "https://surabayapagi.com/search/harga%20beras/2"),
    "swa": ("https://swa.co.id/search?q=harga+beras&page=1", "https://swa.co.id/search?q=harga+beras&page=2"),
    "voaindonesia": ("https://www.voaindonesia.com/s?k=harga+beras&page=1",
                     "https://www.voaindonesia.com/s?k=harga+beras&page=2"),
    "voi": ("https://voi.id/artikel/cari?q=harga+beras&page=1", "https://voi.id/artikel/cari?q=harga+beras&page=2"),
}  # fmt: skip
POST = {  # AJAX and form POSTs: endpoint, form fields as templates, headers the endpoint wants
    "tvone": ("https://www.tvonenews.com/request/load_search_article",
              {"keyword": "{query}", "ctype": "art", "page": "{page}", "record_count": "10"},
              {"X-Requested-With": "XMLHttpRequest", "Referer": "https://www.tvonenews.com/"}),
    "viva": ("https://www.viva.co.id/request/load-more-search",
             {"keyword": "{query}", "ctype": "art", "page": "{page}", "record_count": "12"}, {}),
    "wartaekonomi": ("https://wartaekonomi.co.id/search", {"q": "{query}"}, {"Referer": "https://wartaekonomi.co.id/"}),
}  # fmt: skip
NO_SERVER_SEARCH = ("pikiranrakyat", "tirto", "tribunnews", "tvrinews", "rmid")
"""Google CSE in the browser (pikiranrakyat, tirto), sitemaps filtered by keyword (tribunnews, tvrinews),
a search that ignores the query (rmid)."""
RENDERED = {"pikiranrakyat": "index", "tirto": "index", "republika": "both", "suara": "both"}

INDEX = {  # the sheet's latest/index listing for DAY, page 1 and (where it pages) page 2
    "nusabali": ("https://www.nusabali.com", None),
    "okezone": ("https://www.okezone.com", None),
    "pantau": ("https://www.pantau.com/?sort=latest&page=1", "https://www.pantau.com/?sort=latest&page=2"),
    "pikiranrakyat": ("https://www.pikiran-rakyat.com", None),
    "poskota": ("https://www.poskota.co.id", None),
    "projectmultatuli": ("https://projectmultatuli.org/en/rubrik/article/page/1",
                         "https://projectmultatuli.org/en/rubrik/article/page/2"),
    "republika": ("https://www.republika.co.id", None),
    "rmid": ("https://rm.id/page/1/", "https://rm.id/page/2/"),
    "rmol": ("https://rmol.id", None),
    "rri": ("https://rri.co.id/", None),
    "suara": ("https://www.suara.com", None),
    "suaramerdeka": ("https://www.suaramerdeka.com/page/1/", "https://www.suaramerdeka.com/page/2/"),
    "swa": ("https://swa.co.id/latest?page=1", "https://swa.co.id/latest?page=2"),
    "tirto": ("https://tirto.id/indeks", None),
    "tvone": ("https://www.tvonenews.com/", None),
    "viva": ("https://www.viva.co.id/indeks?page=1", "https://www.viva.co.id/indeks?page=2"),
    "voaindonesia": ("https://www.voaindonesia.com", None),
    "voi": ("https://voi.id/artikel/indeks?page=1", "https://voi.id/artikel/indeks?page=2"),
    "wartaekonomi": ("https://wartaekonomi.co.id/indeks/20261103?page=1",
                     "https://wartaekonomi.co.id/indeks/20261103?page=2"),
}  # fmt: skip
FEEDS_ONLY = {"sindonews": "https://www.sindonews.com/feed", "surabayapagi": "https://surabayapagi.com/feed"}
SITEMAPS = {
    "tribunnews": {"https://www.tribunnews.com/ekonomi/sitemap-news.xml", "https://www.tribunnews.com/ekonomi/sitemap-web.xml",
                   "https://www.tribunnews.com/bisnis/sitemap-news.xml", "https://www.tribunnews.com/regional/sitemap-news.xml",
                   "https://www.tribunnews.com/nasional/sitemap-news.xml", "https://www.tribunnews.com/sitemap-news.xml"},
    "tvrinews": {"https://ekonomi.tvrinews.com/sitemap/news.xml", "https://ekonomi.tvrinews.com/sitemap/web.xml",
                 "https://nasional.tvrinews.com/sitemap/news.xml", "https://daerah.tvrinews.com/sitemap/news.xml"},
}  # fmt: skip

# Article URLs: the sheet's examples and URLs built from its shapes.
ARTICLES = {
    "nusabali": ["https://www.nusabali.com/berita/225365/pria-mabuk-di-desa-keramas-diamankan-polisi"],
    "okezone": ["https://economy.okezone.com/read/2026/11/03/320/3100001/harga-beras-naik",
                "https://celebrity.okezone.com/read/2017/02/17/33/1620900/cara-indra-birowo-jaga-keromantisan-dengan-istri"],
    "pantau": ["https://www.pantau.com/ekonomi/358244/menkes-ungkap-temuan-bakteri"],
    "pikiranrakyat": ["https://www.pikiran-rakyat.com/ekonomi/pr-019876543/harga-beras-naik-lagi",
                      "https://jabar.pikiran-rakyat.com/jawa-barat/pr-1234567/harga-beras"],
    "poskota": ["https://www.poskota.co.id/2026/11/03/harga-beras-naik-jelang-akhir-tahun"],
    "projectmultatuli": ["https://projectmultatuli.org/en/harga-beras-dan-petani/",
                         "https://projectmultatuli.org/id/jalan-panjang-petani-beras"],
    "republika": ["https://ekonomi.republika.co.id/berita/t18wf6409/harga-beras-naik",
                  "https://www.republika.co.id/berita/q4jqpw368/harga-beras-naik",
                  "https://news.republika.co.id/berita//t3a1b2c3d4e5f6/harga-beras-naik",
                  "http://nasional.republika.co.id/berita/nasional/daerah/16/02/15/o2l07x284-marcella-zalianty"],
    "rmid": ["https://rm.id/baca-berita/ekonomi-bisnis/265000/harga-beras-naik",
             "https://rm.id/baca-berita/etalase-bisnis/138950/harga-beras-naik/2"],
    "rmol": ["https://rmol.id/read/2026/11/03/650001/harga-beras-naik",
             "https://rmol.id/politik/read/2026/11/03/650001/harga-beras-naik"],
    "rri": ["https://rri.co.id/jakarta/ekonomi/1234567/harga-beras-naik",
            "https://rri.co.id/nasional/1234567/harga-beras-naik",
            "https://rri.co.id/padang/hobi/2786368/harga-beras-naik"],
    "sindonews": ["https://nasional.sindonews.com/read/1727611/a",
                  "https://ekbis.sindonews.com/read/1727612/34/harga-beras-naik-1762123456"],
    "suara": ["https://www.suara.com/bisnis/2026/11/03/101500/harga-beras-naik",
              "https://jogja.suara.com/news/2026/11/03/101500/harga-beras-naik"],
    "suaramerdeka": ["https://www.suaramerdeka.com/ekonomi/0123456789/harga-beras-naik"],
    "surabayapagi": ["https://surabayapagi.com/news-123-ekonomi-surabaya"],
    "swa": ["https://swa.co.id/read/412345/harga-beras-naik"],
    "tirto": ["https://tirto.id/harga-beras-naik-jelang-akhir-tahun-gaJ7", "https://tirto.id/harga-beras-naik-ghxk",
              "https://tirto.id/pengertian-tanaman-pangan-dan-contohnya-padi-jagung-hingga-ubi-glEd"],
    "tribunnews": ["https://www.tribunnews.com/nasional/2026/08/09/prabowo-agenda-1",
                   "https://www.tribunnews.com/bisnis/2026/11/03/harga-beras-naik"],
    "tvone": ["https://www.tvonenews.com/ekonomi/301234-harga-beras-naik",
              "https://www.tvonenews.com/channel/news/301234-harga-beras-naik",
              "https://www.tvonenews.com/lifestyle/kesehatan/282091-pentingnya-menjaga-perawatan-tulang-belakang"],
    "tvrinews": ["https://ekonomi.tvrinews.com/berita/t6nogk2-pihps-harga-bawang-merah-dan-cabai-kompak-turun",
                 "https://nasional.tvrinews.com/berita/ttc1npe-harga-beras-naik"],
    "viva": ["https://www.viva.co.id/berita/bisnis/1801234-harga-beras-naik",
             "http://life.viva.co.id/showbiz/read/736460-taylor-swift-standing-ovation-untuk-pianis-cilik-indonesia"],
    "voaindonesia": ["https://www.voaindonesia.com/a/harga-beras-naik/7812345.html"],
    "voi": ["https://voi.id/teknologi/987654/satelit-baru", "https://voi.id/ekonomi/987654"],
    "wartaekonomi": ["https://wartaekonomi.co.id/read12345/warta-ekonomi-test-headline"],
}  # fmt: skip
MEDIA = {  # a photo or video URL each site (or its shape) has, never an article
    "okezone": "https://mpi.okezone.com/read/2026/11/03/320/3100001/harga-beras-naik",
    "republika": "https://tv.republika.co.id/berita/t3a1b2c3d4e5f6/harga-beras-naik",
    "rri": "https://rri.co.id/video/ekonomi/1234567/harga-beras-naik",
    "sindonews": "https://video.sindonews.com/read/1727611/harga-beras",
    "suara": "https://www.suara.com/video/2026/11/03/101500/harga-beras-naik",
    "tribunnews": "https://video.tribunnews.com/view/123456/harga-beras-naik",
    "tvone": "https://www.tvonenews.com/video/nasional/301234-harga-beras-naik",
    "tvrinews": "https://nasional.tvrinews.com/video/tvid123-harga-beras-naik",
    "viva": "https://www.viva.co.id/video/berita/1801234-harga-beras-naik",
    "voi": "https://voi.id/en/economy/987654/rice-prices",
}


def host_of(slug: str) -> str:
    return profile(slug).domains[0]


def rejected(slug: str) -> list[str]:
    """Homepage, listing, search, tag, photo and video URLs of the site: none is an article."""
    base = f"https://www.{host_of(slug)}"
    urls = [base + "/", base + "/indeks", base + f"/search?q={QUERY.replace(' ', '+')}", base + "/tag/harga-beras",
            base + "/foto", base + "/video", base + "/tag/harga-beras/2", base + "/ekonomi"]  # fmt: skip
    listing = profile(slug).search or profile(slug).index
    if listing:
        urls.append(fill(listing, DAY, QUERY, listing.first_page))
    if slug in MEDIA:
        urls.append(MEDIA[slug])
    return urls


def test_the_group_is_loaded_without_fingerprints() -> None:
    names = {p.name for p in PROFILES}
    assert set(SLUGS.values()) <= names
    for slug in SLUGS:
        p = profile(slug)
        assert p.language == "id"
        assert p.facts.startswith("public scrapers (news-watch f1c8fbf), 2026-08; unverified here")
        assert p.fingerprint == ()  # facts from public code: too loose to claim pages of other hosts
        assert p.serves(host_of(slug)) and profile_for_host("www." + host_of(slug)) is p


def test_pikiran_rakyat_serves_its_www_host() -> None:
    p = profile_for_host("www.pikiran-rakyat.com")
    assert p is not None and p.name == "pikiran-rakyat.com"
    url = "https://www.pikiran-rakyat.com/nasional/pr-019876543/harga-beras-naik"
    assert not_article(url, p, "www.pikiran-rakyat.com") is None


@pytest.mark.parametrize("slug", sorted(SEARCH))
def test_search_expands_to_the_sheets_urls(slug: str) -> None:
    search = profile(slug).search
    assert search is not None and search.method == "GET"
    first, second = SEARCH[slug]
    assert fill(search, None, QUERY, search.first_page) == first
    if second is None:
        assert "{page}" not in search.url  # one page only
    else:
        assert fill(search, None, QUERY, search.first_page + search.page_step) == second


@pytest.mark.parametrize("slug", sorted(POST))
def test_post_searches_declare_method_body_and_headers(slug: str) -> None:
    search = profile(slug).search
    url, form, headers = POST[slug]
    assert search is not None and search.method == "POST"
    assert fill(search, None, QUERY, 1) == url
    assert dict(search.form) == form
    assert dict(search.headers) == headers
    filled = {k: v.format(query="harga+beras", page="2") for k, v in search.form}
    assert filled.get("keyword", filled.get("q")) == "harga+beras"


@pytest.mark.parametrize("slug", NO_SERVER_SEARCH)
def test_sites_without_server_search_say_why(slug: str) -> None:
    p = profile(slug)
    assert p.search is None
    assert p.search_note and "--query" in p.search_note
    if slug in SITEMAPS:
        assert set(p.sitemaps) == SITEMAPS[slug]


def test_next_data_and_rendered_listings() -> None:
    pantau = profile("pantau")
    for listing in (pantau.search, pantau.index):
        assert listing is not None
        assert (listing.json_script, listing.json_items, listing.json_url) == (
            "script#__NEXT_DATA__", "props.pageProps.articles", "urlDetail")  # fmt: skip
    for slug, which in RENDERED.items():
        p = profile(slug)
        assert p.index is not None and p.index.render
        assert (p.search is not None and p.search.render) == (which == "both")
    assert not any(p.search and p.search.render for s, p in ((s, profile(s)) for s in SLUGS) if s not in RENDERED)


@pytest.mark.parametrize("slug", sorted(INDEX))
def test_index_expands_to_the_sheets_urls(slug: str) -> None:
    index = profile(slug).index
    assert index is not None
    first, second = INDEX[slug]
    assert fill(index, DAY, None, index.first_page) == first
    if second is None:
        assert "{page}" not in index.url
    else:
        assert fill(index, DAY, None, index.first_page + index.page_step) == second


def test_feed_only_latest() -> None:
    for slug, feed in FEEDS_ONLY.items():
        assert profile(slug).index is None and feed in profile(slug).feeds
    assert {s for s in SLUGS if profile(s).index is None} == {"sindonews", "surabayapagi", "tribunnews", "tvrinews"}


@pytest.mark.parametrize("slug", sorted(ARTICLES))
def test_article_rule_takes_articles_and_leaves_the_rest(slug: str) -> None:
    p = profile(slug)
    for url in ARTICLES[slug]:
        assert not_article(url, p, host_of(slug)) is None, url
    for url in rejected(slug):
        assert not_article(url, p, host_of(slug)) is not None, url


def selectors(p: SiteProfile) -> list[str]:
    single = [p.title, p.body, p.lead, p.body_end, p.credits, p.authors, p.published, p.image, p.image_caption,
              p.tags, p.section, p.pager]  # fmt: skip
    found = [s for s in single if s] + [*p.drop, *p.paywall, *p.premium_markers, *p.fingerprint]
    if p.published_meta:
        found.append(f"meta[name='{p.published_meta}']")
    for listing in (p.index, p.search):
        if isinstance(listing, ListingPage):
            found += [s for s in (listing.links, listing.item, listing.item_date, listing.last_page,
                                  listing.json_script, listing.no_results) if s]  # fmt: skip
    return found


@pytest.mark.parametrize("slug", sorted(SLUGS))
def test_every_selector_and_pattern_compiles(slug: str) -> None:
    p = profile(slug)
    for selector in selectors(p):
        CSSSelector(selector)  # raises on what lxml's cssselect cannot read
    for pattern in (p.article_url, *p.not_article):
        if pattern:
            re.compile(pattern)


SHEET = ROOT.parent / "shared" / "sites" / "indonesian-sources.json"


@pytest.mark.skipif(not SHEET.is_file(), reason="../shared/sites is absent")
def test_the_sheets_own_examples_and_names() -> None:
    """Straight from the sheet, so a profile edited away from it fails here."""
    rows = {row["slug"]: row for row in json.loads(SHEET.read_text(encoding="utf-8"))}
    for slug, name in SLUGS.items():
        row = rows[slug]
        assert row["site"].split()[0] == name
        for example in row["article_url"].get("examples") or []:
            url = example["url"].replace("{n}", "7")
            assert not_article(url, profile(slug), urlsplit(url).hostname) is None, url
        sitemaps = (row.get("search") or {}).get("sitemaps")
        if sitemaps:
            assert set(sitemaps) <= set(profile(slug).sitemaps)


ARTICLE = [
    "Pemerintah menaikkan target produksi beras nasional menjadi 32 juta ton pada tahun depan.",
    "Menteri Pertanian mengatakan target itu realistis karena luas tanam bertambah di luar Jawa.",
    "Petani berharap harga pupuk tetap terjangkau agar target tersebut dapat dicapai.",
]
P = "".join(f"<p>{text}</p>" for text in ARTICLE)


# Pages of the shapes the sheet gives (selectors and boilerplate), with noise around and inside the body.
PAGES = {
    "viva": ("https://www.viva.co.id/berita/bisnis/1801234-target-beras", page(
        "<title>Target Beras Naik - VIVA</title>",
        '<header><a href="/">VIVA</a></header><h1 class="main-content-title">Target Beras Naik</h1>'
        '<div class="main-content-author">Andi Saputra</div>'
        '<div class="main-content-date">Selasa, 3 November 2026 - 10:15 WIB</div>'
        f'<div class="main-content-detail">{P}<div class="recommended-article">Harga Cabai Turun</div>'
        '<div class="widget-other-article"><a href="/x">Berita lain</a></div></div>'),
        {"published": "2026-11-03T10:15:00+07:00", "authors": ["Andi Saputra"]}),
    "wartaekonomi": ("https://wartaekonomi.co.id/read12345/target-beras-naik", page(
        '<title>Target Beras Naik</title><meta property="article:published_time" content="2026-11-03T10:15:00+07:00">',
        '<article><div class="articlePostHeader"><h1>Target Beras Naik</h1></div><div class="articlePostContent">'
        f'<p>{ARTICLE[0]}</p><div class="adInArticle">Promo akhir tahun untuk pembaca setia Warta Ekonomi, '
        'berlaku hari ini.</div><p><a>Baca Juga: Harga Cabai</a></p>'
        f'<p>{ARTICLE[1]}</p><div class="articleListShare">Bagikan artikel ini kepada teman Anda lewat WhatsApp '
        f'dan Facebook.</div><p>{ARTICLE[2]}</p></div></article>'),
        {"published": "2026-11-03T10:15:00+07:00"}),
    "nusabali": ("https://www.nusabali.com/berita/225365/target-beras-naik", page(
        "<title>Target Beras Naik</title>",
        '<h1><span itemprop="headline">Target Beras Naik</span></h1>'
        '<div class="entry-box" itemprop="articleBody"><div class="entry-box-header">'
        '<span class="month pull-left" itemprop="datePublished">3 Nov 2026 10:15:00</span></div>'
        f'<div class="entry-content">{P}<div class="baca-juga">Harga Cabai</div></div>'
        '<span itemprop="author">Penulis : Ni Made Ayu</span></div>'),
        {"published": "2026-11-03T10:15:00+07:00", "authors": ["Ni Made Ayu"]}),
    "okezone": ("https://economy.okezone.com/read/2026/11/03/320/3100001/target-beras-naik", page(
        "<title>Target Beras Naik : Okezone Economy</title>",
        '<div class="title-article"><h1>Target Beras Naik</h1></div><div class="journalist">'
        '<a title="Dedi Kurniawan" href="/x">Dedi Kurniawan</a><span>Jurnalis-Dedi | Selasa, 03 November 2026 '
        f'10:15 WIB</span></div><div class="c-detail read"><p>{ARTICLE[0]}</p><p>Baca juga: Harga Cabai Turun</p>'
        f'<div class="inject-box">Promo tabungan emas untuk pembaca setia, daftar sekarang juga.</div><p>{ARTICLE[1]}'
        f'</p><p>{ARTICLE[2]}</p><p>Follow WhatsApp Channel Okezone untuk update berita terbaru setiap hari</p>'
        "</div>"),
        {"published": "2026-11-03T10:15:00+07:00", "authors": ["Dedi Kurniawan"]}),
    "rmol": ("https://rmol.id/read/2026/11/03/650001/target-beras-naik", page(
        '<title>Target Beras Naik</title><meta name="author" content="Budi Santoso">'
        '<meta property="article:published_time" content="2026-11-03T10:15:00+07:00">',
        '<div class="single_post_heading"><h1>Target Beras Naik</h1></div><div id="fontResizableText">'
        f'<p>{ARTICLE[0]}</p><div class="related-news">Harga Cabai</div><p>{ARTICLE[1]}</p>'
        f'<div class="post-tags">beras, petani</div><p>{ARTICLE[2]}</p></div>'),
        {"published": "2026-11-03T10:15:00+07:00", "authors": ["Budi Santoso"]}),
}  # fmt: skip


@pytest.mark.parametrize("slug", sorted(PAGES))
def test_profile_reads_a_page_of_the_sheets_shape(slug: str) -> None:
    url, markup, expected = PAGES[slug]
    article = extract_html(markup, url)
    assert article.site == SLUGS[slug]
    assert article.title == "Target Beras Naik"
    assert article.text == "\n\n".join(ARTICLE)
    for field, value in expected.items():
        assert getattr(article, field) == value, field
