"""kontan.co.id: the body opens with "Reporter: X | Editor: Y"; insight.kontan.co.id is premium and cuts
articles with "Agar bisa lanjut membaca sampai tuntas artikel ini ..."."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="kontan.co.id",
    domains=("kontan.co.id",),
    fingerprint=("div.tmpt-desk-kon",),
    title="h1",
    body="div.tmpt-desk-kon[itemprop=articleBody], div.tmpt-desk-kon",
    drop=("figure", ".track-bacajuga-inside", ".pagination", "script"),
    drop_phrases=("Baca Juga", "Cek Berita dan Artikel yang lain", "Reporter:", "Agar bisa lanjut membaca"),
    credits="div.tmpt-desk-kon p",
    dateline=r"^\s*KONTAN\.CO\.ID\s*-\s*[A-Z][A-Za-z ]{1,30}\.\s*",
    premium_hosts=("insight.kontan.co.id",),
    paywall=(".paywall", ".box-login-insight"),
    language="id",
    # Discovery: re-checked against the sheet: search's per_page is an offset (0, 20, 40 ...), 50 pages at most;
    # result links may be relative or protocol-relative (//investasi.kontan.co.id/news/...).
    article_url=r"^/news/[a-z0-9-]+",
    not_article=(r"^https?://(?:insight|asset|foto)\.kontan\.co\.id",),
    index=ListingPage(
        url="https://www.kontan.co.id/search/indeks?kanal={category}&tanggal={day}&bulan={month}&tahun={year}"
        "&pos=indeks&per_page={page}",
        first_page=0,
        page_step=20,
        links="li[data-offset] h1 a[href*='kontan.co.id/news/']",
        item="li[data-offset]",
        item_date=".font-gray",
    ),
    search=ListingPage(  # its robots.txt disallows /search/: discovery says so and reads nothing
        url="https://www.kontan.co.id/search?search={query}&per_page={page}",
        first_page=0,
        page_step=20,
        links=".list-berita ul li a",
        page_limit=50,
    ),
    facts="public scrapers (news-watch f1c8fbf, 2026-08; discovery.md 2025-2026); unverified here",
)
