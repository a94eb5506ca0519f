"""The profiles of group p2 (hukumonline .. ntvnews) against the sheet they were written from.

Expected URLs are the sheet's templates (../shared/sites/indonesian-sources.md) filled by hand for
"harga beras": `{query}` as the site encodes it (+ or %20), `{query-slug}` hyphenated. Example article
URLs are the sheet's own (placeholders from news-watch's tests) and realistic ones built from its shapes;
the rejected ones are each site's homepage, listings, search, tag, photo and video pages.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import fields
from datetime import date
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from lxml.cssselect import CSSSelector

from toolkit.discover.pages import fill, pages_at_all, read_listing
from toolkit.discover.urls import not_article
from toolkit.extract import extract_html
from toolkit.sites.base import ListingPage, SiteProfile

SLUGS = (
    "hukumonline", "idnfinancials", "idntimes", "idxchannel", "independen", "indopolitika", "inews",
    "infobanknews", "investor", "jakartaglobe", "jakartapost", "jakartaselarascoid", "jawapos", "jpnn",
    "kaltimpost", "kbr", "kumparan", "merdeka", "metrotvnews", "mojok", "mongabay", "niagaasia", "ntvnews",
)  # fmt: skip
QUERY = "harga beras"
DAY = date(2026, 11, 3)


def profile(slug: str) -> SiteProfile:
    return importlib.import_module(f"toolkit.sites.{slug}").PROFILE


# slug: (search page 1, search page 2 or None for a single page) or None when search is not server-side
SEARCH = {
    "idnfinancials": ("https://www.idnfinancials.com/id/search?q=harga%20beras&per_page=1",
                      "https://www.idnfinancials.com/id/search?q=harga%20beras&per_page=2"),
    "idntimes": ("https://www.idntimes.com/tag/harga-beras", None),
    "indopolitika": ("https://indopolitika.com/page/1/?s=harga%20beras", "https://indopolitika.com/page/2/?s=harga%20beras"),
    "inews": ("https://www.inews.id/tag/harga-beras", None),
    "infobanknews": ("https://infobanknews.com/wp-json/wp/v2/posts?search=harga%20beras&per_page=20&page=1&_fields=link",
                     "https://infobanknews.com/wp-json/wp/v2/posts?search=harga%20beras&per_page=20&page=2&_fields=link"),
    "investor": ("https://www.investor.id/search/harga%20beras/1", "https://www.investor.id/search/harga%20beras/2"),
    "jakartaglobe": ("https://jakartaglobe.id/search/harga%20beras/page/1", "https://jakartaglobe.id/search/harga%20beras/page/2"),
    "jawapos": ("https://www.jawapos.com/search?q=harga+beras&sort=latest&page=1",
                "https://www.jawapos.com/search?q=harga+beras&sort=latest&page=2"),
    "jpnn": ("https://www.jpnn.com/tag/harga%20beras?page=1", "https://www.jpnn.com/tag/harga%20beras?page=2"),
    "kbr": ("https://kbr.id/search?q=harga+beras&page=1", "https://kbr.id/search?q=harga+beras&page=2"),
    "metrotvnews": ("https://www.metrotvnews.com/search?query=harga+beras&page=1",
                    "https://www.metrotvnews.com/search?query=harga+beras&page=2"),
    "mojok": ("https://mojok.co/page/1/?s=harga%20beras", "https://mojok.co/page/2/?s=harga%20beras"),
    "mongabay": ("https://mongabay.co.id/wp-json/wp/v2/posts?search=harga%20beras&per_page=20&page=1",
                 "https://mongabay.co.id/wp-json/wp/v2/posts?search=harga%20beras&per_page=20&page=2"),
    "niagaasia": ("https://www.niaga.asia/page/1/?s=harga%20beras", "https://www.niaga.asia/page/2/?s=harga%20beras"),
}  # fmt: skip
NO_SEARCH = {"hukumonline", "idxchannel", "independen", "jakartapost", "jakartaselarascoid", "kaltimpost", "kumparan",
             "merdeka", "ntvnews"}  # fmt: skip
# slug: (index page 1, page 2 or None); none of these is addressed by date, so the day leaves the URL alone
INDEX = {
    "idnfinancials": ("https://www.idnfinancials.com/id/news?page=1", "https://www.idnfinancials.com/id/news?page=2"),
    "idntimes": ("https://www.idntimes.com/", None),
    "independen": ("https://independen.id", None),
    "indopolitika": ("https://indopolitika.com/indeks-berita/page/1/", "https://indopolitika.com/indeks-berita/page/2/"),
    "inews": ("https://www.inews.id/", None),
    "infobanknews": ("https://infobanknews.com/wp-json/wp/v2/posts?per_page=20&page=1&_fields=link",
                     "https://infobanknews.com/wp-json/wp/v2/posts?per_page=20&page=2&_fields=link"),
    "investor": ("https://www.investor.id/", None),
    "jakartaglobe": ("https://jakartaglobe.id/newsindex/page/1", "https://jakartaglobe.id/newsindex/page/2"),
    "jakartapost": ("https://www.thejakartapost.com", None),
    "jawapos": ("https://www.jawapos.com/?sort=latest&page=1", "https://www.jawapos.com/?sort=latest&page=2"),
    "jpnn": ("https://www.jpnn.com/?page=1", "https://www.jpnn.com/?page=2"),
    "kaltimpost": ("https://borneo24.com/page/1/", "https://borneo24.com/page/2/"),
    "kbr": ("https://kbr.id/articles/indeks?page=1", "https://kbr.id/articles/indeks?page=2"),
    "metrotvnews": ("https://www.metrotvnews.com", None),
    "mojok": ("https://mojok.co/page/1/", "https://mojok.co/page/2/"),
    "mongabay": ("https://mongabay.co.id/wp-json/wp/v2/posts?per_page=20&page=1",
                 "https://mongabay.co.id/wp-json/wp/v2/posts?per_page=20&page=2"),
    "niagaasia": ("https://www.niaga.asia/page/1/", "https://www.niaga.asia/page/2/"),
}  # fmt: skip
# slug: (articles, not articles)
URLS: dict[str, tuple[list[str], list[str]]] = {
    "hukumonline": (
        ["https://www.hukumonline.com/berita/a/canonical-slug",
         "https://www.hukumonline.com/berita/a/harga-beras-naik-lt6571a2b3c4d5e/"],
        ["https://www.hukumonline.com/", "https://www.hukumonline.com/berita/", "https://www.hukumonline.com/berita/sitemap.xml",
         "https://www.hukumonline.com/search?q=harga+beras", "https://www.hukumonline.com/tag/harga-beras",
         "https://www.hukumonline.com/berita/foto/f/harga-beras", "https://www.hukumonline.com/berita/stories/harga-beras",
         "https://www.hukumonline.com/video/harga-beras"]),
    "idnfinancials": (
        ["https://www.idnfinancials.com/id/news/123/test-article", "https://www.idnfinancials.com/id/news/58123/harga-beras-naik"],
        ["https://www.idnfinancials.com/id/", "https://www.idnfinancials.com/id/news", "https://www.idnfinancials.com/id/tag/beras",
         "https://www.idnfinancials.com/id/video/58123/harga-beras-naik", "https://www.idnfinancials.com/id/foto/58123/harga-beras"]),
    "idntimes": (
        ["https://www.idntimes.com/business/economy/harga-beras-naik-jelang-lebaran-00-abc12-xyz34",
         "https://www.idntimes.com/news/indonesia/rochmanudin-wijaya/harga-beras-naik"],
        ["https://www.idntimes.com/", "https://www.idntimes.com/business", "https://www.idntimes.com/business/economy",
         "https://www.idntimes.com/tag/harga-beras-naik/page-two", "https://www.idntimes.com/video/news/harga-beras-naik",
         "https://www.idntimes.com/photos/news/harga-beras-naik"]),
    "idxchannel": (
        ["https://www.idxchannel.com/news/makan-bergizi-gratis/", "https://www.idxchannel.com/market-news/harga-beras-naik-jelang-ramadan"],
        ["https://www.idxchannel.com/", "https://www.idxchannel.com/news", "https://www.idxchannel.com/news/makan-bergizi-gratis/2",
         "https://www.idxchannel.com/news/sitemap.xml", "https://www.idxchannel.com/search/harga-beras",
         "https://www.idxchannel.com/tag/harga-beras", "https://www.idxchannel.com/foto/harga-beras-naik",
         "https://www.idxchannel.com/video/harga-beras-naik"]),
    "independen": (
        ["https://independen.id/judul-artikel-contoh/", "https://independen.id/berita-harga-beras-naik-petani-merugi"],
        ["https://independen.id/", "https://independen.id/berita", "https://independen.id/politik/", "https://independen.id/tags/beras",
         "https://independen.id/node/123", "https://independen.id/tentang-kami", "https://independen.id/search?keys=beras",
         "https://independen.id/foto/harga-beras", "https://independen.id/video/harga-beras"]),
    "indopolitika": (
        ["https://indopolitika.com/partai-politik-di-indonesia-hari-ini/", "https://indopolitika.com/harga-beras-naik"],
        ["https://indopolitika.com/", "https://indopolitika.com/indeks-berita/", "https://indopolitika.com/indeks-berita/page/2/",
         "https://indopolitika.com/?s=harga%20beras", "https://indopolitika.com/tag/beras/", "https://indopolitika.com/redaksi/",
         "https://indopolitika.com/category/ekonomi/", "https://indopolitika.com/foto/", "https://indopolitika.com/video/"]),
    "inews": (
        ["https://www.inews.id/finance/bisnis/harga-beras-naik-jelang-lebaran", "https://www.inews.id/news/nasional/harga-beras-naik"],
        ["https://www.inews.id/", "https://www.inews.id/finance", "https://www.inews.id/finance/bisnis",
         "https://www.inews.id/search?q=harga+beras", "https://www.inews.id/news/video/harga-beras-naik",
         "https://www.inews.id/video/harga-beras-naik-jelang-lebaran", "https://www.inews.id/news/foto/harga-beras-naik"]),
    "infobanknews": (
        ["https://infobanknews.com/makan-bergizi/", "https://infobanknews.com/harga-beras-naik-bi-waspadai-inflasi/"],
        ["https://infobanknews.com/", "https://infobanknews.com/category/perbankan/", "https://infobanknews.com/tag/beras/",
         "https://infobanknews.com/author/redaksi/", "https://infobanknews.com/feed/", "https://infobanknews.com/?s=harga+beras",
         "https://infobanknews.com/video/", "https://infobanknews.com/foto/"]),
    "investor": (
        ["https://www.investor.id/market/358123/harga-beras-naik", "https://www.investor.id/ekonomi/358124/harga-beras"],
        ["https://www.investor.id/", "https://www.investor.id/market", "https://www.investor.id/tag/beras",
         "https://www.investor.id/video/358123/harga-beras", "https://www.investor.id/foto/358123/harga-beras"]),
    "jakartaglobe": (
        ["https://jakartaglobe.id/business/indonesia-rice-prices-rise-ahead-of-ramadan", "https://jakartaglobe.id/news/rice-price"],
        ["https://jakartaglobe.id/", "https://jakartaglobe.id/business", "https://jakartaglobe.id/newsindex",
         "https://jakartaglobe.id/tag/rice", "https://jakartaglobe.id/business/page/2", "https://jakartaglobe.id/video/rice-harvest",
         "https://jakartaglobe.id/photos/rice-harvest"]),
    "jakartapost": (
        ["https://www.thejakartapost.com/business/2025/09/29/rice-prices-climb.html",
         "https://www.thejakartapost.com/indonesia/2025/09/29/rice-prices"],
        ["https://www.thejakartapost.com", "https://www.thejakartapost.com/business", "https://www.thejakartapost.com/search?q=harga+beras",
         "https://www.thejakartapost.com/tag/rice", "https://www.thejakartapost.com/multimedia/2025/09/29/rice-harvest.html",
         "https://www.thejakartapost.com/video/2025/09/29/rice-harvest.html"]),
    "jakartaselarascoid": (
        ["https://jakarta.selaras.co.id/detail/12345/harga-beras-naik"],
        ["https://jakarta.selaras.co.id/", "https://jakarta.selaras.co.id/rss", "https://jakarta.selaras.co.id/kanal/ekonomi",
         "https://jakarta.selaras.co.id/?s=harga+beras", "https://jakarta.selaras.co.id/tag/beras",
         "https://jakarta.selaras.co.id/foto/12345/harga-beras", "https://jakarta.selaras.co.id/video/12345/harga-beras"]),
    "jawapos": (
        ["https://www.jawapos.com/ekonomi/015123456/harga-beras-naik-jelang-ramadan"],
        ["https://www.jawapos.com/", "https://www.jawapos.com/ekonomi", "https://www.jawapos.com/tag/harga-beras",
         "https://www.jawapos.com/foto/015123456/harga-beras-naik", "https://www.jawapos.com/video/015123456/harga-beras-naik"]),
    "jpnn": (
        ["https://www.jpnn.com/news/harga-beras-naik-jelang-lebaran"],
        ["https://www.jpnn.com/", "https://www.jpnn.com/news", "https://www.jpnn.com/tag/beras",
         "https://www.jpnn.com/foto/harga-beras-naik", "https://www.jpnn.com/video/harga-beras-naik"]),
    "kaltimpost": (
        ["https://borneo24.com/primary-story", "https://borneo24.com/harga-beras-di-samarinda-naik"],
        ["https://borneo24.com/", "https://borneo24.com/search?q=harga+beras", "https://borneo24.com/category/ekonomi",
         "https://borneo24.com/tag/beras", "https://borneo24.com/author/redaksi", "https://borneo24.com/foto",
         "https://borneo24.com/video"]),
    "kbr": (
        ["https://kbr.id/articles/nasional/harga-beras-naik"],
        ["https://kbr.id/", "https://kbr.id/articles/indeks", "https://kbr.id/articles/nasional", "https://kbr.id/tag/beras",
         "https://kbr.id/foto/harga-beras", "https://kbr.id/video/harga-beras"]),
    "kumparan": (
        ["https://kumparan.com/kumparannews/article-a", "https://kumparan.com/kumparanbisnis/harga-beras-naik-22AbCdEfGh1"],
        ["https://kumparan.com/", "https://kumparan.com/kumparannews", "https://kumparan.com/topic/harga-beras",
         "https://kumparan.com/sitemap.xml", "https://kumparan.com/video/harga-beras", "https://kumparan.com/foto/harga-beras"]),
    "merdeka": (  # no shape in the sheet: the generic rules; the second is the 2020 shape of a public scraper
        ["https://www.merdeka.com/uang/harga-beras-naik-jelang-ramadan-123456-mvk.html",
         "https://www.merdeka.com/uang/umkm-sumbang-61-persen-ke-pdb-tapi-nilai-ekspor-umkm-masih-rendah.html"],
        ["https://www.merdeka.com/", "https://www.merdeka.com/rss/", "https://www.merdeka.com/tag/harga-beras",
         "https://www.merdeka.com/cari/?q=harga+beras", "https://www.merdeka.com/foto/uang/harga-beras-naik-123456.html",
         "https://www.merdeka.com/video/harga-beras-naik-123456"]),
    "metrotvnews": (  # no shape in the sheet: the generic rules; its /read/{code}-{slug} shape, not from the sheet
        ["https://www.metrotvnews.com/read/KqYC6Xqj-harga-beras-naik-jelang-ramadan"],
        ["https://www.metrotvnews.com", "https://www.metrotvnews.com/tag/beras",
         "https://www.metrotvnews.com/play/NA0CGlLv-harga-beras-naik-jelang-ramadan",
         "https://www.metrotvnews.com/foto/NA0CGlLv-harga-beras-naik-jelang-ramadan"]),
    "mojok": (
        ["https://mojok.co/esai/ekonomi/harga-beras-naik-petani-tetap-miskin/", "https://mojok.co/terminal/pojokan/harga-beras/"],
        ["https://mojok.co/", "https://mojok.co/?s=harga%20beras", "https://mojok.co/tag/beras/", "https://mojok.co/author/someone/",
         "https://mojok.co/esai/", "https://mojok.co/esai/ekonomi/", "https://mojok.co/video/liputan/harga-beras/",
         "https://mojok.co/foto/liputan/harga-beras/"]),
    "mongabay": (  # no shape in the sheet: the generic rules
        ["https://www.mongabay.co.id/2026/11/03/harga-beras-naik-petani-sawit/"],
        ["https://www.mongabay.co.id/", "https://www.mongabay.co.id/tag/beras/", "https://www.mongabay.co.id/?s=harga+beras",
         "https://www.mongabay.co.id/video/harga-beras-naik/", "https://www.mongabay.co.id/foto/harga-beras-naik/"]),
    "niagaasia": (
        ["https://www.niaga.asia/sindikat-penipuan-daring", "https://www.niaga.asia/harga-beras-di-samarinda-naik/"],
        ["https://www.niaga.asia/", "https://www.niaga.asia/?s=harga%20beras", "https://www.niaga.asia/tag/beras/",
         "https://www.niaga.asia/category/ekonomi/", "https://www.niaga.asia/redaksi/", "https://www.niaga.asia/foto/",
         "https://www.niaga.asia/video/"]),
    "ntvnews": (
        ["https://www.ntvnews.id/nasional/12345678/makan-bergizi-untuk-anak/", "https://ntvnews.id/ekonomi/87654321/harga-beras-naik"],
        ["https://www.ntvnews.id/", "https://www.ntvnews.id/sitemap-news.xml", "https://www.ntvnews.id/search/?q=harga+beras",
         "https://www.ntvnews.id/tag/beras", "https://www.ntvnews.id/nasional", "https://www.ntvnews.id/nasional/1234/harga-beras",
         "https://www.ntvnews.id/nasional/12345678/harga-beras/2", "https://www.ntvnews.id/video/12345678/harga-beras",
         "https://www.ntvnews.id/foto/12345678/harga-beras"]),
}  # fmt: skip
SHEET_NOT_ARTICLES = {"metrotvnews": ["https://www.metrotvnews.com/search?query=ekonomi&page=1"]}
"""URLs the sheet lists as examples beside the articles, which are not articles."""


def test_every_source_of_the_group_is_in_the_tables() -> None:
    assert set(SEARCH) | NO_SEARCH == set(SLUGS) == set(URLS)
    assert not set(SEARCH) & NO_SEARCH


def _pages(listing: ListingPage | None, day: date | None, query: str | None, expected: tuple[str, str | None]) -> None:
    """Pages 1 and 2 of a listing are the expected URLs; with no second one, the listing is one page."""
    assert listing is not None
    first, second = expected
    assert fill(listing, day, query, listing.first_page) == first
    if second is None:
        assert not pages_at_all(listing)  # one page: the walk stops after it
    else:
        assert fill(listing, day, query, listing.first_page + listing.page_step) == second


@pytest.mark.parametrize("slug", sorted(SEARCH))
def test_search_pages_are_the_sheet_templates(slug: str) -> None:
    _pages(profile(slug).search, None, QUERY, SEARCH[slug])


@pytest.mark.parametrize("slug", sorted(NO_SEARCH))
def test_no_server_side_search_says_why_and_has_something_to_filter(slug: str) -> None:
    site = profile(slug)
    assert site.search is None
    assert site.search_note and len(site.search_note) > 20
    assert site.feeds or site.sitemaps or site.index is not None


@pytest.mark.parametrize("slug", sorted(INDEX))
def test_index_pages_are_the_sheet_templates(slug: str) -> None:
    _pages(profile(slug).index, DAY, None, INDEX[slug])
    _pages(profile(slug).index, date(2025, 1, 31), None, INDEX[slug])  # latest lists, not dated ones


def test_sources_without_an_index_list_a_sitemap_or_feed() -> None:
    for slug in sorted(set(SLUGS) - set(INDEX)):
        site = profile(slug)
        assert site.index is None and (site.sitemaps or site.feeds), slug


def _host(slug: str) -> str:
    return urlsplit(URLS[slug][0][0]).hostname or ""


@pytest.mark.parametrize(("slug", "url"), [(s, u) for s in SLUGS for u in URLS[s][0]])
def test_article_urls_are_accepted(slug: str, url: str) -> None:
    assert not_article(url, profile(slug), _host(slug)) is None


@pytest.mark.parametrize(("slug", "url"), [(s, u) for s in SLUGS for u in URLS[s][1] + SHEET_NOT_ARTICLES.get(s, [])])
def test_listing_tag_photo_video_urls_are_not_articles(slug: str, url: str) -> None:
    assert not_article(url, profile(slug), _host(slug)) is not None


@pytest.mark.parametrize("slug", SLUGS)
def test_its_own_listing_urls_are_not_articles(slug: str) -> None:
    site = profile(slug)
    pages = [
        fill(p, DAY, QUERY, p.first_page + k * p.page_step) for p in (site.search, site.index) if p for k in (0, 1)
    ]
    for url in pages + list(site.sitemaps) + list(site.feeds):
        assert not_article(url, site, _host(slug)) is not None, url


def _selectors(site: SiteProfile) -> list[str]:
    found = [getattr(site, f.name) for f in fields(site) if f.name in SELECTOR_FIELDS]
    found += [s for s in site.drop]
    for listing in (site.search, site.index):
        if listing is not None:
            found += [getattr(listing, f.name) for f in fields(listing) if f.name in LISTING_SELECTORS]
    return [s for s in found if s]


SELECTOR_FIELDS = {"body", "title", "lead", "body_end", "credits", "authors", "published", "image", "image_caption",
                   "tags", "section", "pager"}  # fmt: skip
LISTING_SELECTORS = {"links", "item", "item_date", "last_page", "json_script", "no_results"}


@pytest.mark.parametrize("slug", SLUGS)
def test_every_selector_compiles_and_every_rule_is_a_regex(slug: str) -> None:
    site = profile(slug)
    for selector in _selectors(site):
        CSSSelector(selector)
    for rule in (site.article_url, *site.not_article):
        if rule:
            re.compile(rule)
    assert site.facts.startswith("public scrapers (news-watch f1c8fbf")
    assert site.language in ("id", "en") and ("id" in site.groups) == (site.language == "en")


def test_the_quarantined_source_says_so() -> None:
    site = profile("investor")
    assert "QUARANTINED" in site.facts and "403" in (site.search_note or "")


def test_jawapos_item_template_builds_an_article_url() -> None:
    """A __NEXT_DATA__ item's fields, put in the profile's URL template, give a URL its rule accepts."""
    site = profile("jawapos")
    for listing in (site.search, site.index):
        assert listing is not None and listing.json_script == "script#__NEXT_DATA__"
        assert listing.json_items == "props.pageProps.initialArticles"
        item = {"category": SimpleNamespace(slug="ekonomi"), "article_id": "015123456", "slug": "harga-beras-naik"}
        url = "https://www.jawapos.com" + listing.json_url.format(**item)
        assert url == "https://www.jawapos.com/ekonomi/015123456/harga-beras-naik"
        assert not_article(url, site, "www.jawapos.com") is None


@pytest.mark.parametrize("slug", ["infobanknews", "mongabay"])
def test_wordpress_rest_listings_read_the_link_of_each_post(slug: str) -> None:
    for listing in (profile(slug).search, profile(slug).index):
        assert isinstance(listing, ListingPage) and "/wp-json/wp/v2/posts?" in listing.url
        assert listing.json_items == "" and listing.json_url == "link" and listing.method == "GET"


LISTINGS = {  # slug, which listing, a page of its template: results among menus and sidebars
    "niagaasia": ("search", '<nav><a href="https://www.niaga.asia/harga-cabai-naik-di-pasar/">menu</a></nav>'
                  '<div class="archive-list-wrap">'
                  '<a href="https://www.niaga.asia/harga-beras-naik/">Harga beras naik</a>'
                  '<a href="/harga-beras-turun/">Harga beras turun</a></div>'),
    "indopolitika": ("index", '<aside><a href="https://indopolitika.com/berita-sidebar-lain/">x</a></aside>'
                     '<div class="widget indeks"><div class="widget-box">'
                     '<div class="media media-item"><h2 class="media-title">'
                     '<a class="media-link" href="https://indopolitika.com/harga-beras-naik/">Harga beras naik</a>'
                     '</h2></div><div class="media media-item"><h2 class="media-title">'
                     '<a class="media-link" href="/harga-beras-turun/">'
                     "Harga beras turun</a></h2></div></div></div>"),
    "idnfinancials": ("search", '<div class="widget side-news"><ul class="list"><li class="item">'
                      '<a href="/id/news/58123/harga-beras-naik">Harga beras naik</a></li><li class="item">'
                      '<a href="https://www.idnfinancials.com/id/news/58124/harga-beras-turun">Harga beras turun</a>'
                      '</li></ul></div>'
                      '<div class="sidebar"><a href="/id/news/99/lain">lain</a></div>'),
}  # fmt: skip


@pytest.mark.parametrize("slug", sorted(LISTINGS))
def test_listing_selector_takes_the_results_alone(slug: str) -> None:
    which, markup = LISTINGS[slug]
    listing = getattr(profile(slug), which)
    page_url = fill(listing, DAY, QUERY, listing.first_page)
    read = read_listing(f"<html><body>{markup}</body></html>", page_url, listing)
    assert [e.title for e in read.entries] == ["Harga beras naik", "Harga beras turun"]
    assert all(not_article(e.url, profile(slug), urlsplit(page_url).hostname) is None for e in read.entries)


TEXT = [
    "Harga beras medium di pasar tradisional naik menjadi Rp14.500 per kilogram pekan ini.",
    "Pedagang mengatakan pasokan dari sentra produksi berkurang karena panen mundur.",
]
P = "".join(f"<p>{t}</p>" for t in TEXT)
RELATED = "Pemerintah menyiapkan operasi pasar beras di seluruh provinsi menjelang bulan Ramadan tahun ini."
"""A whole sentence in a related-news box: only the profile's drop rule keeps it out of the text."""


def _page(head: str, body: str) -> str:
    return f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


# slug: (article URL, page after the sheet's selectors, expected fields)
PAGES = {
    "jpnn": ("https://www.jpnn.com/news/harga-beras-naik", _page(
        '<title>Harga Beras Naik - JPNN.com</title><meta name="jpnncom_news_pubdate" content="24 April 2026 20:05">'
        '<meta name="jpnncom_news_author" content="Siti Aminah">',
        f'<h1 class="judul">Harga Beras Naik</h1><div itemprop="articleBody">{P}</div>'),
        {"published": "2026-04-24T20:05:00+07:00", "authors": ["Siti Aminah"]}),
    "indopolitika": ("https://indopolitika.com/harga-beras-naik/", _page(
        "<title>Harga Beras Naik | Indopolitika</title>",
        '<div class="post-title"><h1>Harga Beras Naik</h1></div>'
        '<div class="post-authorname"><a href="/author/x">Budi Santoso</a></div>'
        f'<div class="post-body post-article"><p>{TEXT[0]}</p><div class="related-posts">{RELATED}</div>'
        f'<p>{TEXT[1]}</p><div class="share-buttons">Bagikan</div></div>'),
        {"authors": ["Budi Santoso"]}),
    "ntvnews": ("https://www.ntvnews.id/ekonomi/87654321/harga-beras-naik", _page(
        "<title>Harga Beras Naik</title>",
        f'<h1 class="title">Harga Beras Naik</h1><div class="article-content"><p>{TEXT[0]}</p>'
        f'<p>Baca juga: Harga Cabai Turun</p><div class="berita--terkait">{RELATED}</div><p>{TEXT[1]}</p></div>'),
        {}),
    "idxchannel": ("https://www.idxchannel.com/economics/harga-beras-naik", _page(
        "<title>Harga Beras Naik</title>",
        '<h1>Harga Beras Naik</h1><div class="article--creator"><a class="creator" href="/author/x">Rina Wati</a>'
        '<span class="text-body--2">12/07/2026 10:00 WIB</span></div>'
        f'<div class="article--content"><p>{TEXT[0]}</p><div class="baca-juga-new">{RELATED}</div><p>{TEXT[1]}</p>'
        "</div>"),
        {"published": "2026-07-12T10:00:00+07:00", "authors": ["Rina Wati"]}),
}  # fmt: skip


@pytest.mark.parametrize("slug", sorted(PAGES))
def test_profile_reads_a_page_of_the_sheets_shape(slug: str) -> None:
    url, markup, expected = PAGES[slug]
    article = extract_html(markup, url)
    assert article.site == profile(slug).name
    assert article.title == "Harga Beras Naik"
    assert article.text == "\n\n".join(TEXT)
    for field, value in expected.items():
        assert getattr(article, field) == value, field
