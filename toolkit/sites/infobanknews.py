"""infobanknews.com: WordPress; its HTML search is built by script, so search and latest read the REST API
(a JSON array of posts, each with its `link`)."""

from toolkit.sites.base import ListingPage, SiteProfile

_API = "https://infobanknews.com/wp-json/wp/v2/posts?"

PROFILE = SiteProfile(
    name="infobanknews.com",
    domains=("infobanknews.com",),
    title="h1",
    body="div.article-content",
    drop=(  # one selector list
        "[class*=related], [class*=sidebar], [class*=promo], [class*=share], [class*=social], "
        "[class*=comment], [class*=tag-list], [class*=advert]",
    ),
    published_meta="article:published_time",
    language="id",
    article_url=r"(?i)^/(?!wp-|category/|tag/|author/|feed(?:/|$))[a-z0-9][a-z0-9-]*/?$",  # a root-level slug
    not_article=(
        r"^https?://[^/]+/(?:video|videos|foto|photo|photos|galeri|gallery)(?:/|$)",
        r"^https?://[^/]+/(?:redaksi|kontak|indeks|search)/?$",
    ),
    index=ListingPage(  # the answer is a JSON array (json_items "" = the whole answer); links is unused
        url=_API + "per_page=20&page={page}&_fields=link",
        links="a[href]",
        json_items="",
        json_url="link",
        headers=(("Accept", "application/json"),),
    ),
    search=ListingPage(
        url=_API + "search={query_pct}&per_page=20&page={page}&_fields=link",
        links="a[href]",
        json_items="",
        json_url="link",
        headers=(("Accept", "application/json"),),
        page_limit=10,
    ),
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. WordPress REST: an empty array, "
    "or a body that is not JSON, ends the listing",
)
