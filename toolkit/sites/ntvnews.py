"""ntvnews.id: robots.txt disallows /search/, so --query filters the Google News sitemap (about 48 hours);
articles at /{category}/{8-digit id}/{slug}."""

from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="ntvnews.id",
    domains=("ntvnews.id",),
    title="h1.title",
    body=".article-content",
    drop=(  # one selector list
        ".baca-juga, .baca_juga, #relatedNews, .berita--terkait, [class*=related], [class*=share], "
        "[class*=social], [class*=newsletter], [class*=recommended]",
    ),
    drop_phrases=("Baca juga:", "Simak juga:"),
    language="id",
    article_url=r"^/[a-z][a-z0-9-]*/\d{8}/[a-z0-9][a-z0-9-]*/?$",
    not_article=(
        r"^https?://[^/]+/(?:admin|amp|author|category|feed|page|search|tag|wp-admin|wp-content)/",
        r"^https?://[^/]+/(?:video|videos|foto|photo|photos|galeri|gallery)(?:/|$)",
    ),
    sitemaps=("https://www.ntvnews.id/sitemap-news.xml",),
    search_note="robots.txt disallows /search/; --query filters the news sitemap (about 48 hours)",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here",
)
