"""goodnewsfromindonesia.id (GNFI): its search wants page 1 without a page parameter, which one template
cannot say, so only the first page of results is read; /explore lists the latest."""

from toolkit.sites._clutter import CLUTTER, FACTS
from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="goodnewsfromindonesia.id",
    domains=("goodnewsfromindonesia.id",),
    title="h1",
    body="div.article-sheet",
    drop=(*CLUTTER, "[class*='sponsor']", "[class*='promo']"),
    authors="meta[name='author']",
    published_meta="article:published_time",
    section="div.article-category a",
    language="id",
    facts=FACTS + ". Search: first page only (pages 2-5 are &page=N, page 1 must omit it)",
    article_url=r"(?i)^/\d{4}/\d{2}/\d{2}/[a-z0-9][a-z0-9-]*$",
    index=ListingPage(url="https://www.goodnewsfromindonesia.id/explore", links="a[href]"),
    search=ListingPage(url="https://www.goodnewsfromindonesia.id/search?keyword={query_pct}", links="a[href]"),
)
