"""idxchannel.com: /search answers HTTP 522 to scripts, so --query filters the category news sitemaps,
which span about two days."""

from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="idxchannel.com",
    domains=("idxchannel.com",),
    title="h1",
    body=".article--content",
    drop=(  # one selector list
        ".baca-juga-new, .baca_juga, #relatedNews, .berita--terkait, [class*=baca-juga], "
        "[class*=berita-rekomendasi], [class*=related], [class*=share], [class*=social], [class*=newsletter]",
    ),
    authors=".article--creator a.creator",
    published=".article--creator .text-body--2",  # "12/07/2026 10:00 WIB", day first
    language="id",
    article_url=r"^/[a-z][a-z0-9-]+/[a-z0-9][a-z0-9-]*/?$",  # /{category}/{slug}, two segments exactly
    not_article=(r"^https?://[^/]+/(?:foto|video|infografis|tag|tags|search|indeks|author|page|topik)(?:/|$)",),
    sitemaps=(
        "https://www.idxchannel.com/news/sitemap.xml",
        "https://www.idxchannel.com/market-news/sitemap.xml",
        "https://www.idxchannel.com/economics/sitemap.xml",
        "https://www.idxchannel.com/technology/sitemap.xml",
    ),
    search_note="/search answers HTTP 522 to scripts; --query filters the news sitemaps (about 48 hours)",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. More {category}/sitemap.xml are "
    "listed in https://www.idxchannel.com/sitemap.xml (robots.txt)",
)
