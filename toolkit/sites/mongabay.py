"""mongabay.co.id: WordPress; search and latest read the REST API (a JSON array of posts with `link`,
`title.rendered`, `date`). news-watch takes the body from the API and never loads the page; the page's
body here is the <article> of Mongabay's theme (unverified)."""

from toolkit.sites.base import ListingPage, SiteProfile

_API = "https://mongabay.co.id/wp-json/wp/v2/posts?"
_JSON = {"links": "a[href]", "json_items": "", "json_url": "link", "json_title": "title.rendered", "json_date": "date"}

PROFILE = SiteProfile(
    name="mongabay.co.id",
    domains=("mongabay.co.id",),
    title="h1",
    body="article",
    drop=("figure", "[class*=related]", "[class*=share]", "[class*=social]"),
    published_meta="article:published_time",
    language="id",
    index=ListingPage(url=_API + "per_page=20&page={page}", **_JSON),  # json_items "" = the whole answer
    search=ListingPage(url=_API + "search={query_pct}&per_page=20&page={page}", page_limit=5, **_JSON),
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. No article URL shape in the sheet "
    "(taken as the API gives it): URLs are judged by the generic rules",
)
