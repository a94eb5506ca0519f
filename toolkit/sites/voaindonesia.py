"""voaindonesia.com: a plain search page (/s?k=, 10 pages at most); articles /a/{slug}/{id}.html."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="voaindonesia.com",
    domains=("voaindonesia.com",),
    title="h1",
    body="div.body-container, div.content-floated-wrap",
    drop=(
        "script",
        "style",
        "iframe",
        "[class*='related']",
        "[class*='popular']",
        "[class*='sidebar']",
        "[class*='share']",
        "[class*='social']",
        "[class*='newsletter']",
        "[class*='subscribe']",
        "[class*='embed']",
        "[class*='lightbox']",
        "[class*='advisory']",
        "[class*='article-tools']",
        "[class*='c-mmp']",
    ),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=(
        "public scrapers (news-watch f1c8fbf), 2026-08; unverified here. Latest: the homepage (news-watch "
        "reads https://www.voaindonesia.com/z for later pages, no page parameter)."
    ),
    article_url=r"^/a/[^/?#]+/\d+\.html$",
    not_article=(r"/subscribe",),
    index=ListingPage(url="https://www.voaindonesia.com", links="a[href]"),
    search=ListingPage(
        url="https://www.voaindonesia.com/s?k={query}&page={page}",
        links="#search-results a[href]",
        page_limit=10,
    ),
)
