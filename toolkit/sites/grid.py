"""grid.id: lifestyle and pop culture; a search with no hits still shows sidebar links, so only links in
the result list count."""

from toolkit.sites._clutter import CLUTTER, FACTS
from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="grid.id",
    domains=("grid.id",),
    title="h1",
    body=".read__article",
    drop=(*CLUTTER, "[class*='bacajuga']", "[class*='tags__']", "[class*='detail-read__comment']", "[class*='advert']"),
    drop_phrases=("Baca Juga",),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=FACTS,
    article_url=r"^/read/\d+/.+",
    not_article=(r"/(?:tag|foto|video)/",),
    index=ListingPage(url="https://www.grid.id/page/{page}", links="a[href*='/read/']"),
    search=ListingPage(
        url="https://www.grid.id/search?q={query_pct}&page={page}", links=".news-list__list a[href]", page_limit=10
    ),
)
