"""theconversation.com/id (The Conversation Indonesia): its edition lives under /id/, but its articles
are at /{slug}-{id} on the shared host, with no /id/ prefix (the sheet's article shape). Search answers a
browser User-Agent with an Indonesian Accept-Language."""

from datetime import timedelta

from toolkit.sites._clutter import FACTS
from toolkit.sites.base import ListingPage, SiteProfile

ACCEPT_ID = (("Accept-Language", "id,en;q=0.9"),)
HOME = "https://theconversation.com/id"

PROFILE = SiteProfile(
    name="theconversation.com/id",
    domains=("theconversation.com",),
    home=HOME,  # the host's root is the English edition
    title="h1",
    body="div[itemprop='articleBody']",
    drop=("script", "style", "noscript", "iframe", "aside"),
    drop_phrases=("Share ", "Print ", "Listen to this article"),
    authors="a[rel='author'], .author-name",
    published_meta="article:published_time",
    timezone=timedelta(0),  # its times are UTC ("...Z")
    language="id",
    facts=FACTS + ". Articles carry no /id/ in their "
    "path, so the host's other editions' articles pass the URL rule too",
    article_url=r"(?i)^/[a-z][a-z0-9-]+-\d+/?$",
    not_article=(r"^https?://[^/]+/(?:[a-z]{2}/)?(?:topics|partners|authors|newsletters|institutions)/",),
    index=ListingPage(url=HOME, links="a[href]", headers=ACCEPT_ID),
    search=ListingPage(
        url="https://theconversation.com/id/search?date=all&date_from=&date_to=&language=id&page={page}"
        "&q={query_pct}&sort=recency",
        links="a[href]",
        headers=ACCEPT_ID,
    ),
)
