"""voi.id: a plain search page and a paged index; every article is mirrored machine-translated under /en/,
which is left out (the Indonesian tree is the source). Articles: /{category}/{id}[/{slug}]."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="voi.id",
    domains=("voi.id",),
    title="h1",
    body="div.single-post-content",
    drop=("script", "style", "iframe", "[class*='related']", "[class*='popular']", "[class*='see-also']"),
    authors=".single-post-author a",
    published_meta="article:published_time",
    language="id",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here.",
    article_url=r"^/(?!(?:artikel|cari|index|indeks|search|en)/)[a-z0-9]+(?:-[a-z0-9]+)*/\d+(?:/[^/?#]*)?$",
    not_article=(r"^https?://[^/]+/en(?:/|$)",),
    index=ListingPage(url="https://voi.id/artikel/indeks?page={page}", links=".section-item-title a[href]"),
    search=ListingPage(
        url="https://voi.id/artikel/cari?q={query}&page={page}",
        links=".section-item-title a[href]",
        no_results='body:contains("Found 0 articles")',
        page_limit=10,
    ),
)
