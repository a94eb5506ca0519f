"""kbr.id: Next.js App Router, server-rendered search and index; articles at /articles/{category}/{slug}."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="kbr.id",
    domains=("kbr.id",),
    title="h1",
    body=".article-content",
    drop=(  # one selector list
        "[class*=related], [class*=popular], [class*=sidebar], [class*=recommend], [class*=trending], "
        "[class*=most-read], [class*=share], [class*=social], [class*=newsletter], [class*=promo]",
    ),
    published_meta="article:published_time",
    language="id",
    article_url=r"^/articles/(?!indeks(?:/|$))[a-z0-9-]+/[a-z0-9-]+",
    index=ListingPage(url="https://kbr.id/articles/indeks?page={page}", links="a[href]"),
    search=ListingPage(url="https://kbr.id/search?q={query}&page={page}", links="a[href]", page_limit=10),
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here",
)
