"""news.dailysocial.id: WordPress; search and the homepage page through /page/N/."""

from toolkit.sites._clutter import CLUTTER, FACTS
from toolkit.sites.base import ListingPage, SiteProfile

LINKS = "article.type-post .entry-title a[href]"

PROFILE = SiteProfile(
    name="news.dailysocial.id",
    domains=("dailysocial.id",),
    title="h1",
    body=".entry-content",
    drop=(*CLUTTER, "[class*='jetpack']"),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=FACTS,
    article_url=r"^/post/[^/?#]+",
    not_article=(r"/(?:tag|category|author)/",),
    index=ListingPage(url="https://news.dailysocial.id/page/{page}/", links=LINKS),
    search=ListingPage(url="https://news.dailysocial.id/page/{page}/?s={query}", links=LINKS, page_limit=10),
)
