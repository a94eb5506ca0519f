"""news.dailysocial.id: WordPress; search and the homepage page through /page/N/."""

from toolkit.sites.base import ListingPage, SiteProfile

LINKS = "article.type-post .entry-title a[href]"

PROFILE = SiteProfile(
    name="news.dailysocial.id",
    domains=("dailysocial.id",),
    title="h1",
    body=".entry-content",
    drop=(
        "script",
        "style",
        "iframe",
        "[class*='related']",
        "[class*='share']",
        "[class*='social']",
        "[class*='newsletter']",
        "[class*='subscribe']",
        "[class*='jetpack']",
    ),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here",
    article_url=r"^/post/[^/?#]+",
    not_article=(r"/(?:tag|category|author)/",),
    index=ListingPage(url="https://news.dailysocial.id/page/{page}/", links=LINKS),
    search=ListingPage(url="https://news.dailysocial.id/page/{page}/?s={query}", links=LINKS, page_limit=10),
)
