"""wartaekonomi.co.id: search is a form POST that the site answers with a redirect to /search/{id};
its later pages (/search/{id}?page=N) need that id, so only the first page is read. The index is dated."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="wartaekonomi.co.id",
    domains=("wartaekonomi.co.id",),
    title=".articlePostHeader h1, article h1",
    body=".articlePostContent",
    drop=(
        "script",
        "style",
        "iframe",
        "aside",
        "nav",
        "form",
        "ins",
        "button",
        "[class*='adInArticle']",
        "[class*='baca-juga']",
        "[class*='related']",
        "[class*='share']",
        "[class*='social']",
        "[class*='banner']",
        "[class*='advert']",
        "[class*='articleListShare']",
    ),
    drop_phrases=("Baca Juga",),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=(
        "public scrapers (news-watch f1c8fbf), 2026-08; unverified here. The dated index reaches back to "
        "2025-01-05 at least (news-watch docstring); a nonsense query redirects to an id that answers 404/500."
    ),
    article_url=r"(?i)^/read\d+/[a-z0-9][a-z0-9-]*/?$",
    index=ListingPage(
        url="https://wartaekonomi.co.id/indeks/{date}?page={page}",
        links="a.articleListItem[href]",
        date_format="%Y%m%d",
    ),
    search=ListingPage(
        url="https://wartaekonomi.co.id/search",
        links="a.articleListItem[href]",
        method="POST",
        form=(("q", "{query}"),),
        headers=(("Referer", "https://wartaekonomi.co.id/"),),
    ),
)
