"""beritajatim.com: keyword search is its tag page (the keyword %-quoted, not slugged); articles sit at a
root-level slug."""

from toolkit.sites._clutter import FACTS
from toolkit.sites.base import ListingPage, SiteProfile

HEADLINES = "h2 a[href], h3 a[href]"

PROFILE = SiteProfile(
    name="beritajatim.com",
    domains=("beritajatim.com",),
    title="h1",
    body="div[itemprop='articleBody']",
    drop=("script", "style", "iframe"),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=FACTS,
    article_url=r"^/(?!(?:kanal|tag|author|category|page|arsip)(?:/|$))[a-z0-9]+(?:-[a-z0-9]+){2,}/?$",
    index=ListingPage(url="https://beritajatim.com/page/{page}/", links=HEADLINES),
    search=ListingPage(url="https://beritajatim.com/tag/{query_pct}?page={page}", links=HEADLINES, page_limit=10),
)
