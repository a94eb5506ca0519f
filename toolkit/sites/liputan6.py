"""liputan6.com: body paragraphs in .article-content-body; ad markers, "Fakta atau Hoaks?" boxes and an
investment disclaimer sit inside."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="liputan6.com",
    domains=("liputan6.com",),
    fingerprint=(".article-content-body",),
    title="h1.read-page--header--title, h1",
    body=".article-content-body",
    drop=("figure", ".baca-juga-collections", ".advertisement-text", ".article-ad", ".promo", ".video"),
    drop_phrases=("Advertisement", "Fakta atau Hoaks?", "Disclaimer: Setiap keputusan investasi", "Baca Juga"),
    language="id",
    # Discovery: re-checked against the sheet: the tag page (search) is built by script, one page only.
    article_url=r"/read/\d+/",
    not_article=(r"/(?:photo|gallery)/",),
    feeds=("https://feed.liputan6.com/rss",),
    index=ListingPage(
        url="https://www.liputan6.com/indeks/{date}?page={page}",
        date_format="%Y/%m/%d",
        links="article.articles--rows--item a[data-template-var=url]",
        item="article.articles--rows--item",
        item_date="time[datetime]",
    ),
    search=ListingPage(  # a tag page built by script; its /search ignores the keyword
        url="https://www.liputan6.com/tag/{slug}",
        links="article.articles--iridescent-list--item a[href*='/read/']",
        render=True,
    ),
    facts="public scrapers (news-watch f1c8fbf, 2026-08; discovery.md 2025-2026); unverified here",
)
