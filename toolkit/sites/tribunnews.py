"""tribunnews.com: search and tag pages answer 403, so --query filters its news sitemaps (about two days
deep) by the words in the URL; articles at /{section}/{YYYY}/{MM}/{DD}/{slug}."""

from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="tribunnews.com",
    domains=("tribunnews.com",),
    title="h1",
    body="div.side-article.txt-article",
    drop=("script", "iframe", "[class*='baca-juga']", "[class*='related']"),
    drop_phrases=("Baca juga",),
    authors="meta[name='author']",
    all_pages=("page", "all"),
    language="id",
    facts=(
        "public scrapers (news-watch f1c8fbf), 2026-08; unverified here. The newer /{section}/{id}/{slug} "
        "shape and the exclusions come from ../shared/sites/discovery.md (an unattributed smoke test)."
    ),
    article_url=r"^/[a-z0-9-]+/(?:\d{4}/\d{2}/\d{2}|\d{5,})/[^/?#]+",
    not_article=(
        r"^https?://video\.tribunnews\.com",
        r"/(?:index-news|tag|topic|search|penulis|editor|api|video|foto|images)(?:/|\?|$)",
    ),
    sitemaps=(
        "https://www.tribunnews.com/sitemap-news.xml",
        "https://www.tribunnews.com/ekonomi/sitemap-news.xml",
        "https://www.tribunnews.com/ekonomi/sitemap-web.xml",
        "https://www.tribunnews.com/bisnis/sitemap-news.xml",
        "https://www.tribunnews.com/regional/sitemap-news.xml",
        "https://www.tribunnews.com/nasional/sitemap-news.xml",
    ),
    search=None,
    search_note="tribunnews.com search and tag pages answer 403: --query filters its news sitemaps "
    "(about two days deep)",
)
