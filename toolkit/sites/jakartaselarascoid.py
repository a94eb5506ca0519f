"""jakarta.selaras.co.id: its /?s= shows the homepage whatever the query, so --query filters the RSS feed."""

from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="jakarta.selaras.co.id",
    domains=("jakarta.selaras.co.id",),
    title="h1",
    body=".post_content",
    language="id",
    article_url=r"^/detail/\d+/[a-z0-9-]+/?$",
    feeds=("https://jakarta.selaras.co.id/rss",),
    search_note="its /?s= mirrors the homepage; --query filters the RSS feed (only what it still holds)",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. Dates come from JSON-LD only",
)
