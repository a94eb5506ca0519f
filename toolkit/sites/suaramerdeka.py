"""suaramerdeka.com: a plain search page (5 pages at most, news-watch) and /page/{n}/ latest pages;
articles at /{section}/{10-digit id}/{slug}."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="suaramerdeka.com",
    domains=("suaramerdeka.com",),
    title="h1",
    body="div[itemprop='articleBody']",
    drop=("script", "style", "iframe"),
    authors="meta[name='author']",
    published_meta="content_PublishedDate",
    language="id",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here.",
    article_url=r"^/\w+/\d{10}/",
    index=ListingPage(url="https://www.suaramerdeka.com/page/{page}/", links="h2 a[href], h3 a[href]"),
    search=ListingPage(
        url="https://www.suaramerdeka.com/search?q={query}&page={page}", links="h2 a[href]", page_limit=5
    ),
)
