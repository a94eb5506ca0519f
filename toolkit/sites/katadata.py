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
    # Discovery: re-checked against the sheet: search is a JSON API (POST, pages from 1); articles are
    # /{category}[/{sub}]/{hex id}/{slug} on the bare host (the old /{cat}/read/{slug} and www. are not).
    article_url=r"^/[a-z0-9-]+(?:/[a-z0-9-]+)?/(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{6,}/[a-z0-9]+(?:-[a-z0-9]+)*/?$",
    not_article=(
        r"^https?://[^/]+/(?:author|category|indeks|kategori|pencarian|search|tags?|topic|topik)(?:/|$)",
        r"^https?://(?!katadata\.co\.id/)",  # www. and other hosts
    ),
    index=ListingPage(  # no second page in its HTML ("Tampilkan lebih banyak" loads more by script)
        url="https://katadata.co.id/indeks/search/-/{date}/{date}",
        date_format="%d-%m-%Y",
        links="article.article--berita a[href]",
    ),
    search=ListingPage(  # the changelog says search was removed; the code still calls this API: unverified
        url="https://api-search.katadata.co.id/search",
        method="POST",
        json_body='{"q": "{query}", "source": "katadata", "sort": "newest", "limit": 10, "page": {page}}',
        json_items="results",
        json_url="url",
        json_title="title",
        json_base="https://katadata.co.id/",
    ),
    facts="public scrapers (news-watch f1c8fbf, 2026-08; discovery.md 2025-2026); unverified here",
)
