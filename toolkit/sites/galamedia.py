"""galamedia.pikiran-rakyat.com: a Pikiran Rakyat network site with its own search (fresher than its tag
pages). Its domain is the subdomain alone: pikiran-rakyat.com has its own profile, tried after this one."""

from toolkit.sites._clutter import FACTS
from toolkit.sites.base import ListingPage, SiteProfile

LINKS = "div.latest__item a[href]"

PROFILE = SiteProfile(
    name="galamedia.pikiran-rakyat.com",
    domains=("galamedia.pikiran-rakyat.com",),
    title="h1",
    body="div.read__article",
    drop=("script", "style", "iframe"),
    authors="meta[name='author']",
    language="id",
    facts=FACTS,
    article_url=r"^/\w+/pr-\d+/",
    index=ListingPage(url="https://galamedia.pikiran-rakyat.com/?page={page}", links=LINKS),
    search=ListingPage(
        url="https://galamedia.pikiran-rakyat.com/search?q={query_pct}&page={page}", links=LINKS, page_limit=10
    ),
)
