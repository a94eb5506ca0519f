"""investor.id: quarantined by news-watch (CloudFront answered 403 to its search and homepage, by plain
HTTP and by browser, 2026-07-18); declared as last known, expect `toolkit health` to fail until it lifts."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="investor.id",
    domains=("investor.id",),
    title="h1",
    body=".body-content",
    drop=("[class^=id-group]", "[class^=baca-juga]", "[class^=related]", "[class*=ads]", "[class*=outstream]"),
    published="span.text-muted",
    language="id",
    article_url=r"^/(?:market|berita|ekonomi|nasional|sosial|teknologi)/\d+/",  # /{section}/{id}/{slug}
    index=ListingPage(url="https://www.investor.id/", links="a[href]"),
    search=ListingPage(  # page 1 is also /search/{query}/1 here; news-watch lower-cases the query
        url="https://www.investor.id/search/{query_pct}/{page}",
        links="a[href]",
        no_results='body:contains("Halaman yang Anda tuju tidak ditemukan")',  # its sidebar links stay
        page_limit=10,
    ),
    search_note="quarantined upstream: CloudFront answered 403 to search and latest (2026-07-18); "
    "its search is declared but expect it to be refused",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. QUARANTINED in the sheet: repeated "
    "CloudFront 403 on search and latest paths (2026-07-18), on plain HTTP and in a browser",
)
