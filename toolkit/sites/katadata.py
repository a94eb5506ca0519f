"""katadata.co.id: "Baca juga" widgets and an AI summary box inside the body."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="katadata.co.id",
    domains=("katadata.co.id",),
    fingerprint=(".detail-main",),
    title="h1",
    body=".detail-main",
    drop=("[class*=widget-baca-juga]", "[class*=ai-summary]", "figure", ".ads"),
    drop_phrases=("Baca juga", "Baca Juga"),
    language="id",
    # Discovery: from ../shared/sites/discovery.md (public code, 2025-2026), not checked against the live site.
    article_url=r"^/[a-z0-9-]+/[a-z0-9-]+/[0-9a-f]{10,16}/",
    not_article=(r"^https?://[^/]+/(?:author|category|indeks|kategori|pencarian|search|tags?|topic|topik)(?:/|$)",),
    index=ListingPage(  # no second page in its HTML ("Tampilkan lebih banyak" loads more by script)
        url="https://katadata.co.id/indeks/search/-/{date}/{date}",
        date_format="%d-%m-%Y",
        links="article.article--berita a[href]",
    ),
)
