"""grid.id: lifestyle and pop culture; a search with no hits still shows sidebar links, so only links in
the result list count."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="grid.id",
    domains=("grid.id",),
    title="h1",
    body=".read__article",
    drop=(
        "script",
        "style",
        "iframe",
        "[class*='bacajuga']",
        "[class*='tags__']",
        "[class*='detail-read__comment']",
        "[class*='related']",
        "[class*='share']",
        "[class*='social']",
        "[class*='newsletter']",
        "[class*='advert']",
    ),
    drop_phrases=("Baca Juga",),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here",
    article_url=r"^/read/\d+/.+",
    not_article=(r"/(?:tag|foto|video)/",),
    index=ListingPage(url="https://www.grid.id/page/{page}", links="a[href*='/read/']"),
    search=ListingPage(
        url="https://www.grid.id/search?q={query_pct}&page={page}", links=".news-list__list a[href]", page_limit=10
    ),
)
