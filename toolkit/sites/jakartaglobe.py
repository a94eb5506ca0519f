"""jakartaglobe.id: English-language news from Jakarta (in the @id group); search at /search/{query}."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="jakartaglobe.id",
    domains=("jakartaglobe.id",),
    title="h1",
    body=".content-body",
    drop=(  # one selector list
        "[class*=related], [class*=popular], [class*=sidebar], [class*=share], [class*=social], "
        "[class*=newsletter], [class*=subscribe], [class*=author-box], [class*=post-tags], [class*=comments], "
        "[class*=tags-list]",
    ),
    published_meta="article:published_time",
    language="en",
    groups=("id",),
    article_url=r"^/[a-z-]+/[^/?]+",  # /{category}/{slug}
    not_article=(
        r"^https?://[^/]+/(?:search|tag|tags|author|video|videos|photos?|gallery|category|newsindex|special-updates|css|js)(?:/|$)",
        r"/favicon\.",
        r"/page/\d+",
    ),
    index=ListingPage(url="https://jakartaglobe.id/newsindex/page/{page}", links="a[href]"),
    search=ListingPage(  # page 1 is /search/{query}/page/1 here
        url="https://jakartaglobe.id/search/{query_pct}/page/{page}", links="a[href]", page_limit=10
    ),
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. English edition",
)
