"""tempo.co: premium parts are marked in JSON-LD (`isAccessibleForFree: false`, `hasPart.cssSelector:
".paywall-content"`), which access detection reads for every site."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="tempo.co",
    domains=("tempo.co",),
    fingerprint=(".detail-content",),
    title="h1",
    body=".detail-content",
    drop=("figure", ".iklan", ".ads", ".baca-juga", ".related"),
    drop_phrases=("Pilihan Editor", "Berita selanjutnya", "Baca berita", "Artikel ini telah"),
    published_meta="article:published_time",
    language="id",
    # Discovery: re-checked against the sheet: search and latest moved to an Algolia API (POST JSON, app
    # U2CIAZRCAD, index production_articles) whose public search key the sheet does not give; none is invented.
    article_url=r"^/(?:[a-z-]+/[a-z0-9-]+-\d{5,8}/?$|read/(?:news/\d{4}/\d{2}/\d{2}/)?\d+/)",  # and the 2015 shape
    not_article=(r"^https?://[^/]+/(?:subscribe|sales|info-tempo|indeks|tag|newsletter)(?:/|$)",),
    feeds=("https://rss.tempo.co/nasional", "https://rss.tempo.co/bisnis"),
    index=ListingPage(  # refused (403) to scripts, seen working in a browser; its search is an Algolia API
        url="https://www.tempo.co/indeks?page={page}&category=date&start_date={date}&end_date={date}",
        links="div.flex.flex-col.divide-y.divide-neutral-500 > div figure figcaption a",
        render=True,
    ),
    search_note="its search is an Algolia API that needs a key the toolkit does not have: --query filters its "
    "feeds and the dated index",
    facts="public scrapers (news-watch f1c8fbf, 2026-08; discovery.md 2025-2026); unverified here",
)
