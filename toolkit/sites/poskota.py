"""poskota.co.id: search is the tag page with the words URL-quoted (not slugged); articles are dated
/{YYYY}/{MM}/{DD}/{slug}, so a listing's dates come from its links."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="poskota.co.id",
    domains=("poskota.co.id",),
    title="h1",
    body="div[itemprop='articleBody'], .article-content",
    drop=("script", "style", "iframe"),
    authors="meta[name='author']",
    language="id",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here.",
    article_url=r"^/\d{4}/\d{2}/\d{2}/[^/?#]+",
    index=ListingPage(url="https://www.poskota.co.id", links="a[href]"),
    search=ListingPage(url="https://www.poskota.co.id/tag/{query_pct}?page={page}", links="a[href]"),
)
