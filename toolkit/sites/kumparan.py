"""kumparan.com: no search API; --query filters its sitemaps (news-watch keeps the URLs that hold the
keyword); the latest list is an RSS feed on lapi.kumparan.com."""

from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="kumparan.com",
    domains=("kumparan.com",),
    title="h1",
    body="div.article-content",
    published_meta="article:published_time",
    language="id",
    article_url=r"^/[a-z0-9-]+/[A-Za-z0-9-]+/?$",  # /{channel}/{slug}: kumparannews, kumparanbisnis, ...
    not_article=(
        r"^https?://[^/]+/(?:topic|topik|trending|search|tag|channel|rss)(?:/|$)",
        r"^https?://[^/]+/(?:video|videos|foto|photo|photos|galeri|gallery)(?:/|$)",
    ),
    sitemaps=("https://kumparan.com/sitemap.xml",),
    feeds=("https://lapi.kumparan.com/v2.0/rss/",),
    search_note="no search API; --query filters its sitemaps and RSS feed",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here",
)
