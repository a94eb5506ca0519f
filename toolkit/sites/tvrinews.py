"""tvrinews.com (TVRI): its search API needs authentication, so --query filters the channel sitemaps
(ekonomi., nasional., daerah.) by the words in the URL."""

from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="tvrinews.com",
    domains=("tvrinews.com", "tvrinews.id"),
    body="div.blog-content",
    drop=("script", "iframe", "[class*='related']", "[class*='share']"),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=(
        "public scrapers (news-watch f1c8fbf), 2026-08; unverified here. The sheet names tvrinews.com, "
        "news-watch's README tvrinews.id. The sheet gives no article path: /berita/{id}-{slug} is the shape "
        "of article links seen in public repositories (2026)."
    ),
    article_url=r"^/berita/[a-z0-9]+-[a-z0-9-]+",  # https://ekonomi.tvrinews.com/berita/t6nogk2-harga-cabai-turun
    not_article=(r"/(?:video|foto|galeri|tag|search|sitemap)(?:/|\?|$)",),
    sitemaps=(
        "https://nasional.tvrinews.com/sitemap/news.xml",
        "https://ekonomi.tvrinews.com/sitemap/news.xml",
        "https://ekonomi.tvrinews.com/sitemap/web.xml",
        "https://daerah.tvrinews.com/sitemap/news.xml",
    ),
    search=None,
    search_note="tvrinews.com search needs an API login: --query filters its channel sitemaps",
)
