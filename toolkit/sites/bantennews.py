"""bantennews.co.id: WordPress (Newspaper theme), articles at a root-level slug. news-watch has it "under
investigation": its search answered but found nothing for the test keyword in 30 days (2026-07-18)."""

from toolkit.sites._clutter import CLUTTER, FACTS
from toolkit.sites.base import ListingPage, SiteProfile

LINKS = ".entry-title.td-module-title a[href]"
ACCEPT_ID = (("Accept-Language", "id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7"),)

PROFILE = SiteProfile(
    name="bantennews.co.id",
    domains=("bantennews.co.id",),
    title="h1.entry-title",
    body="div.td-post-content",
    drop=(
        *CLUTTER,
        "aside",
        "nav",
        "form",
        "ins",
        "[class*='advert']",
        "[class*='banner']",
        "[class*='sidebar']",
        "[class*='comment']",
        "[class*='author-box']",
        "[class*='post-tags']",
        "[class*='baca-juga']",
    ),
    authors="meta[name='author'], .td-post-author-name a",
    published_meta="article:published_time",
    language="id",
    facts=FACTS + ". Status in news-watch: under "
    "investigation (search found no test-keyword items in 30 days; latest gave 36, 2026-07-18)",
    # One path segment, a headline slug, never a section or static page.
    article_url=r"^/(?!(?:about|category|contact|feed|page|privacy-policy|redaksi|tag)(?:/|$))"
    r"[a-z0-9]+(?:-[a-z0-9]+){2,}/?$",
    index=ListingPage(url="https://www.bantennews.co.id", links=LINKS, headers=ACCEPT_ID),
    search=ListingPage(url="https://www.bantennews.co.id/page/{page}/?s={query_pct}", links=LINKS, headers=ACCEPT_ID),
)
