"""fajar.co.id: WordPress (Sulawesi); dated article paths, search and homepage page through /page/N/."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="fajar.co.id",
    domains=("fajar.co.id",),
    title="h1",
    body=".entry-content",
    drop=(
        "script",
        "style",
        "iframe",
        "[class*='related']",
        "[class*='share']",
        "[class*='social']",
        "[class*='newsletter']",
        "[class*='subscribe']",
        "[class*='author-box']",
        "[class*='post-tags']",
        "[class*='comments']",
    ),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here",
    article_url=r"^/\d{4}/\d{2}/\d{2}/[^/?#]+",
    index=ListingPage(url="https://fajar.co.id/page/{page}/", links="a[href]"),
    search=ListingPage(url="https://fajar.co.id/page/{page}/?s={query_pct}", links="a[href]", page_limit=10),
)
