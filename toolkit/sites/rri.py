"""rri.co.id (Radio Republik Indonesia): a plain search page; articles end /{category}/{id}/{slug}."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="rri.co.id",
    domains=("rri.co.id",),
    title="h1",
    body=".post_details_inner",
    drop=("script", "iframe", "[class*='baca-juga']", "[class*='related']"),
    published=".date",  # "... WIB"
    language="id",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. Plain HTTP works (news-watch docstring).",
    article_url=r"^/(?:[^/?#]+/)+\d+/[^/?#]+",
    not_article=(r"/(?:video|foto|galeri|podcast|tag|search)/",),
    index=ListingPage(url="https://rri.co.id/", links="a[href]"),
    search=ListingPage(url="https://rri.co.id/search?q={query}&page={page}", links="a[href]", page_limit=10),
)
