"""rm.id (Rakyat Merdeka): its /?s= search returns general articles whatever the query, so --query
filters the latest pages (/page/{n}/), sitemaps and feeds instead."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="rm.id",
    domains=("rm.id",),
    title="h1",
    body="div.content-berita, div[itemprop='articleBody']",
    drop=("script", "style", "iframe"),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=(
        "public scrapers (news-watch f1c8fbf), 2026-08; unverified here. news-watch searches "
        "https://rm.id/page/{n}/?s={query} and keeps only anchors whose text holds the query."
    ),
    article_url=r"^/baca-berita/[a-z0-9-]+/\d+/",  # /baca-berita/{category}/{id}/{slug} in public links (2026)
    index=ListingPage(url="https://rm.id/page/{page}/", links="a[href]"),
    search=None,
    search_note="rm.id's own search ignores the query (news-watch filters its results): --query filters "
    "the latest pages, sitemaps and feeds",
)
