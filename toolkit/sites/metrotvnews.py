"""metrotvnews.com: server-rendered search (flaky for finance terms upstream); byline and date share one
line ("<author> • <date>")."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="metrotvnews.com",
    domains=("metrotvnews.com",),
    title="h1",
    body=".news-text",
    drop_phrases=("Baca juga:",),
    published="p.pt-20.date",
    section=".breadcrumb-content p",
    language="id",
    not_article=(
        r"^https?://[^/]+/play/",
        r"^https?://[^/]+/(?:video|videos|foto|photo|photos|galeri|gallery)(?:/|$)",
    ),  # /play/: its video player (not in the sheet)
    index=ListingPage(
        url="https://www.metrotvnews.com",
        links=".item .text h3 a[href], .list-news .text a[href], .trending-list a[href]",
    ),
    search=ListingPage(
        url="https://www.metrotvnews.com/search?query={query}&page={page}",
        links=".item .text h3 a[href]",
        page_limit=10,
    ),
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. No article URL shape in the sheet: "
    "URLs are judged by the generic rules",
)
