"""gatra.net: WordPress (Newspaper theme) whose /?s= search ignores the query (every answer lists the
latest articles), so --query filters its sitemaps and feeds."""

from toolkit.sites._clutter import CLUTTER, FACTS
from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="gatra.net",
    domains=("gatra.net",),
    title="h1",
    body=".td-post-content",
    drop=CLUTTER,
    authors="meta[name='author']",
    published_meta="article:published_time",
    published=".entry-date",
    language="id",
    facts=FACTS + ". Search ignores the query (2026-08-06)",
    article_url=r"^/news-\d+-",
    index=ListingPage(url="https://www.gatra.net/page/{page}/", links="a[href*='/news-']"),
    search=None,
    search_note="gatra.net's /?s= search ignores the query (news-watch, 2026-08-06): --query filters its "
    "sitemaps and feeds",
)
