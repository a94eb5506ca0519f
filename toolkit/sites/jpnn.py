"""jpnn.com: the tag page of the query (not hyphen-slugged) stands in for search; dates in a meta of its own."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="jpnn.com",
    domains=("jpnn.com",),
    title="h1.judul",
    body="div[itemprop='articleBody']",
    authors="meta[name='jpnncom_news_author']",
    published="span.date-publish",
    published_meta="jpnncom_news_pubdate",  # "24 April 2026 20:05", day first (English month names occur)
    language="id",
    article_url=r"^/news/[a-z0-9-]+",
    index=ListingPage(url="https://www.jpnn.com/?page={page}", links="a[href]"),
    search=ListingPage(url="https://www.jpnn.com/tag/{query_pct}?page={page}", links="a[href]", page_limit=10),
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here",
)
