"""tirto.id: behind a Cloudflare challenge; search is Google CSE run in the browser, so --query filters
its sitemaps and feeds; the index is rendered in Chromium. Articles are /{slug}-{short id}."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="tirto.id",
    domains=("tirto.id",),
    title="h1",
    body="article, .detail-content",
    drop=("script", "style", "iframe", "h1"),
    language="id",
    facts=(
        "public scrapers (news-watch f1c8fbf), 2026-08; unverified here. Cloudflare challenge on search and "
        "articles (news-watch opens everything in one Chromium session); linux_excluded in news-watch."
    ),
    # news-watch writes the id [a-z0-9]+; ids are mixed-case on the site ("...-gaJ7"), so case is ignored
    article_url=r"(?i)^/[a-z][a-z0-9-]+-[a-z0-9]+$",
    index=ListingPage(url="https://tirto.id/indeks", links="a[href]", render=True),
    search=None,
    search_note="tirto.id search is Google Custom Search run in the browser behind Cloudflare (no server-side "
    "search): --query filters the site's sitemaps and feeds",
)
