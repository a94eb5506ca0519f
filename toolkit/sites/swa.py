"""swa.co.id (SvelteKit, server-rendered): a plain search page and /latest?page=N; articles /read/{id}/{slug}."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="swa.co.id",
    domains=("swa.co.id",),
    title="h1",
    body=".article-content",
    drop=(
        "script",
        "style",
        "iframe",
        "[class*='related']",
        "[class*='popular']",
        "[class*='share']",
        "[class*='social']",
        "[class*='newsletter']",
        "[class*='recommended']",
        "[class*='trending']",
    ),
    authors="meta[name='author']",
    published_meta="article:published_time",
    section=".breadcrumb a:last-of-type",
    language="id",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here.",
    article_url=r"^/read/\d+/",
    index=ListingPage(url="https://swa.co.id/latest?page={page}", links="a[href]"),
    search=ListingPage(url="https://swa.co.id/search?q={query}&page={page}", links="a[href]", page_limit=10),
)
