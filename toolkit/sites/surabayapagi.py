"""surabayapagi.com: search by path (`/search/{words}/{page}`, spaces as %20); the latest are in its
feed; articles are /news-{id}-{slug}."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="surabayapagi.com",
    domains=("surabayapagi.com",),
    title="h1",
    body="article",
    drop=("script", "style", "iframe", "h1"),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=(
        "public scrapers (news-watch f1c8fbf), 2026-08; unverified here. Slow host (news-watch: 15 s timeout); "
        "linux_excluded in news-watch; page 1 is written /search/{words}/1 here (news-watch: no suffix)."
    ),
    article_url=r"^/news-\d+-[^/?#]+/?$",
    feeds=("https://surabayapagi.com/feed",),
    search=ListingPage(
        url="https://surabayapagi.com/search/{query_pct}/{page}", links=".category-text-wrap h2 a[href]", page_limit=10
    ),
)
