"""fajar.co.id: WordPress (Sulawesi); dated article paths, search and homepage page through /page/N/."""

from toolkit.sites._clutter import CLUTTER, FACTS
from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="fajar.co.id",
    domains=("fajar.co.id",),
    title="h1",
    body=".entry-content",
    drop=(*CLUTTER, "[class*='author-box']", "[class*='post-tags']", "[class*='comments']"),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=FACTS,
    article_url=r"^/\d{4}/\d{2}/\d{2}/[^/?#]+",
    index=ListingPage(url="https://fajar.co.id/page/{page}/", links="a[href]"),
    search=ListingPage(url="https://fajar.co.id/page/{page}/?s={query_pct}", links="a[href]", page_limit=10),
)
