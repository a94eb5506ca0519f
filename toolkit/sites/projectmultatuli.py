"""projectmultatuli.org: WordPress + Elementor; results and rubric pages are `.e-loop-item` cards with a
/page/{n} pager; articles are /{en|id}/{slug}."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="projectmultatuli.org",
    domains=("projectmultatuli.org",),
    title="h1",
    body=".elementor-widget-theme-post-content",
    drop=("script", "style", "iframe", "[class*='related']", "[class*='sidebar']", "[class*='see-also']"),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=(
        "public scrapers (news-watch f1c8fbf), 2026-08; unverified here. news-watch searches the /en/ tree; "
        "page 1 is written /page/1 here (WordPress serves it as the first page)."
    ),
    article_url=r"^/(?:en|id)/[^/?#]+/?$",
    not_article=(r"/(?:author|page|tag|category|rubrik|search)/",),
    index=ListingPage(
        url="https://projectmultatuli.org/en/rubrik/article/page/{page}",
        links=".e-loop-item a[href]",
        item=".e-loop-item",
        page_limit=10,
    ),
    search=ListingPage(
        url="https://projectmultatuli.org/en/search/{query_pct}/page/{page}",
        links=".e-loop-item a[href]",
        item=".e-loop-item",
        page_limit=10,
    ),
)
