"""idntimes.com: its tag page and homepage are built by script (browser needed); articles are plain HTML.
The tag page also carries a recommendation rail of other topics: the URL rules and --query keep it out."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="idntimes.com",
    domains=("idntimes.com",),
    title="h1",
    body="article",
    published="time",  # "12 Jul 2026, 10:00 WIB"
    authors="meta[name='author']",
    language="id",
    article_url=r"^/[a-z-]+/[a-z-]+/[a-z0-9-]+",  # /{category}/{subcategory}/{slug}
    not_article=(
        r"^https?://[^/]+/tags?/",
        r"^https?://[^/]+/(?:video|videos|foto|photo|photos|galeri|gallery)(?:/|$)",
    ),
    index=ListingPage(url="https://www.idntimes.com/", links="a[href]", render=True),
    search=ListingPage(url="https://www.idntimes.com/tag/{slug}", links="main a[href]", render=True),
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. news-watch takes only the links "
    "under the headings that name the tag (not expressible in CSS); here every link of <main>",
)
