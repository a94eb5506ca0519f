"""cna.id (CNA Indonesia): a Drupal site; its header search is Algolia script only, but the topic page
lists the same results server-side, on one page."""

from toolkit.sites._clutter import CLUTTER, FACTS
from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="cna.id",
    domains=("cna.id",),
    title="h1",
    body=".field--name-body",
    drop=(*CLUTTER, "[class*='author-box']", "[class*='tags-list']"),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=FACTS,
    article_url=r"^/[a-z-]+/[a-z0-9-]+-[0-9]+$",
    not_article=(r"^https?://[^/]+/(?:topic|video|videos|foto|galeri|author)/",),
    index=ListingPage(url="https://www.cna.id/terbaru", links="a[href]"),
    search=ListingPage(url="https://www.cna.id/topic/{query_pct}", links="a[href]"),
)
