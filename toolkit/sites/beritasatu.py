"""beritasatu.com: CloudFront refuses plain clients (news-watch marks it browser-required), so its
listings load in Chromium; the keyword is a path segment, lower-cased and %-quoted."""

from toolkit.sites._clutter import CLUTTER, FACTS
from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="beritasatu.com",
    domains=("beritasatu.com",),
    title="h1",
    body="div.col.b1-article.body-content",
    drop=(
        *CLUTTER,
        "[class*='popular']",
        "[class*='recommend']",
        "[class*='trending']",
        "[class*='widget']",
        "[class*='banner']",
        "[class*='promo']",
    ),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=FACTS + ". The sheet's search lower-cases the keyword, {query_pct} does not",
    article_url=r"^/[a-z]+/\d+/.+",
    index=ListingPage(url="https://www.beritasatu.com/page/{page}", links="a[href]", render=True),
    search=ListingPage(
        url="https://www.beritasatu.com/search/{query_pct}?page={page}", links="a[href]", render=True, page_limit=10
    ),
)
