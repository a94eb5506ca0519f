"""sindonews.com: a plain search page (`p=` pages); the latest are in its RSS feed; articles sit on
section subdomains at /read/{id}/{slug}."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="sindonews.com",
    domains=("sindonews.com",),
    title="h1",
    body=".detail-desc",
    drop=(
        "script",
        "iframe",
        "div[class^='baca-juga']",
        "div[class^='lihat-juga']",
        "div[class^='related']",
        "div[class*='ads']",
    ),
    published=".detail-date-artikel",
    section=".breadcrumb a:last-child",
    language="id",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here.",
    article_url=r"^/read/\d+/",
    not_article=(r"^https?://(?:video|photo|foto|tv)\.sindonews\.com",),
    feeds=("https://www.sindonews.com/feed",),
    search=ListingPage(url="https://www.sindonews.com/search/go?q={query}&type=artikel&p={page}", links="a[href]"),
)
