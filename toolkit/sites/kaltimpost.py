"""Kaltim Post, published at borneo24.com: the sheet's README names kaltimkece.borneo24.com, but its search,
latest and article URLs are all on borneo24.com (one path segment), so the profile is that host (its
subdomains match too). Its search page is a shell filled by script: --query filters sitemaps and feeds."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="borneo24.com",
    domains=("borneo24.com",),
    title="h1",
    body=".post-content",
    drop=(  # one selector list
        "[class*=related], [class*=popular], [class*=sidebar], [class*=share], [class*=social], "
        "[class*=newsletter], [class*=subscribe], [class*=jetpack], [class*=block_]",
    ),
    published_meta="article:published_time",
    language="id",
    article_url=r"^/[a-z0-9][a-z0-9-]*/?$",  # /{slug}, one segment, no query
    not_article=(
        r"^https?://[^/]+/(?:profile|page|video|foto|galeri|category|tag|author|search|redaksi|kontak|tentang-kami|"
        r"pedoman-media-siber|privacy-policy)/?$",
    ),
    index=ListingPage(url="https://borneo24.com/page/{page}/", links="a[href]"),
    search_note="borneo24.com/search?q= answers a shell page built by script (no results server-side, "
    "2026-08-06); --query filters its sitemaps and feeds",
    facts="public scrapers (news-watch f1c8fbf, source 'kaltimpost'), 2026-08; unverified here. Site chosen: "
    "borneo24.com, where every URL of the sheet is (README: kaltimkece.borneo24.com)",
)
