"""dandapala.com: no search at all (news-watch leaves it out on purpose); its homepage lists the latest
articles."""

from toolkit.sites._clutter import CLUTTER, FACTS
from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="dandapala.com",
    domains=("dandapala.com",),
    title="h1",
    body="#article-content",
    drop=(
        *CLUTTER,
        "aside",
        "nav",
        "form",
        "ins",
        "p.mt-2",
        "[class*='advert']",
        "[class*='banner']",
        "[class*='comment']",
        "[class*='breadcrumb']",
        "[class*='pagination']",
    ),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=FACTS + ". Latest only: no search",
    article_url=r"(?i)^/article/detail/[a-z0-9][a-z0-9-]*$",
    index=ListingPage(
        url="https://dandapala.com",
        links="h3 a[href*='/article/detail/']",
        headers=(("Accept-Language", "id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7"),),
    ),
    search=None,
    search_note="dandapala.com has no search: --query filters its sitemaps and feeds",
)
