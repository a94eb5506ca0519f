"""harianjogja.com: articles live on section subdomains (news., jogjapolitan., ekbis., ...) at /r-{id}/."""

from toolkit.sites._clutter import CLUTTER, FACTS
from toolkit.sites.base import ListingPage, SiteProfile

LINKS = "a[href*='/r-']"

PROFILE = SiteProfile(
    name="harianjogja.com",
    domains=("harianjogja.com",),
    title="h1",
    body=".article-content",
    drop=(*CLUTTER, "[class*='recommended']", "[class*='trending']", "[class*='comment']"),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=FACTS,
    article_url=r"^/r-\d+/",
    index=ListingPage(url="https://www.harianjogja.com", links=LINKS),
    search=ListingPage(url="https://www.harianjogja.com/search?q={query_pct}&page={page}", links=LINKS, page_limit=10),
)
