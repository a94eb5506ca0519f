"""balipost.com: a WordPress (Newspaper theme) site with no working search; its homepage pages through
/page/N/."""

from toolkit.sites._clutter import CLUTTER, FACTS
from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="balipost.com",
    domains=("balipost.com",),
    title="h1",
    body=".td-post-content",
    drop=(*CLUTTER, "[class*='sidebar']"),
    authors="meta[name='author']",
    published_meta="article:published_time",
    published=".entry-date",
    language="id",
    facts=FACTS + ". Latest only: no server-side search",
    article_url=r"^/news/\d{4}/\d{2}/\d{2}/.+",
    index=ListingPage(url="https://www.balipost.com/page/{page}/", links="a[href*='/news/']"),
    search=None,
    search_note="balipost.com has no server-side search (its /search?q= answers an empty cached page, the "
    "search box is a script-only Google CSE): --query filters its sitemaps and feeds",
)
