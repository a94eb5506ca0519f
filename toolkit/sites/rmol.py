"""rmol.id: search is the tag page (`/tag/{query}?page=N`); articles at [/{section}]/read/YYYY/MM/DD/{id}/{slug}."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="rmol.id",
    domains=("rmol.id",),
    title=".single_post_heading h1",
    body="#fontResizableText",
    drop=(
        "script",
        "iframe",
        "aside",
        "nav",
        "form",
        "ins",
        "[class*='related']",
        "[class*='share']",
        "[class*='social']",
        "[class*='newsletter']",
        "[class*='banner']",
        "[class*='adsbygoogle']",
        "[class*='author-box']",
        "[class*='post-tags']",
        "[class*='comment']",
    ),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=(
        "public scrapers (news-watch f1c8fbf), 2026-08; unverified here. Latest is the homepage only: "
        "later pages repeated page 1 (news-watch changelog 0.8.9)."
    ),
    article_url=r"(?i)^/(?:[a-z0-9-]+/)?read/\d{4}/\d{2}/\d{2}/\d+/[a-z0-9][a-z0-9-]*/?$",
    index=ListingPage(url="https://rmol.id", links=".single_post_text a[href]"),
    search=ListingPage(url="https://rmol.id/tag/{query_pct}?page={page}", links=".rubrik-list-title a[href]"),
)
