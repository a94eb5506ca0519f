"""jawapos.com: Next.js; search and the latest list carry their results in the page's __NEXT_DATA__ JSON
(props.pageProps.initialArticles), whose items give the parts of the article URL."""

from toolkit.sites.base import ListingPage, SiteProfile

_NEXT = {
    "links": "a.latest__link[href]",  # the legacy list, when the page has one
    "json_script": "script#__NEXT_DATA__",
    "json_items": "props.pageProps.initialArticles",
    "json_url": "/{category.slug}/{article_id}/{slug}",  # news-watch uses "news" when the category is missing
    "json_title": "title",
    "json_date": "published_at",
}

PROFILE = SiteProfile(
    name="jawapos.com",
    domains=("jawapos.com",),
    title="h1.read__title",
    body=".read__content",
    drop=("strong[class^=read__others]",),
    authors=".read__info__author",
    published=".read__info__date",
    language="id",
    article_url=r"^/[a-z0-9-]+/\d+/[a-z0-9-]+",  # /{category}/{article_id}/{slug}
    not_article=(
        r"^https?://[^/]+/(?:tag|tags|search|indeks)(?:/|$)",
        r"^https?://[^/]+/(?:video|videos|foto|photo|photos|galeri|gallery)(?:/|$)",
    ),
    index=ListingPage(url="https://www.jawapos.com/?sort=latest&page={page}", **_NEXT),
    search=ListingPage(url="https://www.jawapos.com/search?q={query}&sort=latest&page={page}", **_NEXT),
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. The article page's own "
    "__NEXT_DATA__ (props.pageProps.article) holds it whole; the selectors here are the legacy HTML",
)
