"""hukumonline.com: free news articles live under /berita/a/{slug}; the rest of the site is a legal
database behind a login, its search too (401), so --query can only filter the news sitemap."""

from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="hukumonline.com",
    domains=("hukumonline.com",),
    title="h1",
    body="article",
    drop=(  # one selector list
        "[class*=related], [class*=sidebar], [class*=promo], [class*=share], [class*=social], "
        "[class*=comment], nav, footer",
    ),
    published_meta="article:published_time",
    language="id",
    article_url=r"^/berita/a/[a-z0-9][a-z0-9-]*(?:/[a-z0-9][a-z0-9-]*)*/?$",
    not_article=(r"/berita/(?:foto|stories)/",),
    sitemaps=("https://www.hukumonline.com/berita/sitemap.xml",),
    search_note="its /search is a legal-database app that answers 401 without a logged-in session; "
    "--query filters the news sitemap (/berita/sitemap.xml)",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. Latest-only there (search 401, "
    "checked 2026-07-12); Cloudflare may answer the sitemap with a challenge page instead of XML",
)
