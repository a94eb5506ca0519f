"""kompas.com: `?page=all` shows a split article on one page, one render instead of one per page."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="kompas.com",
    domains=("kompas.com",),
    fingerprint=(".read__content", "h1.read__title"),
    title="h1.read__title",
    body=".read__content",
    drop=(".inject-baca-juga", ".ads-on-body", ".read__paging", ".kompasidRec", ".video", "figure", ".photo"),
    drop_phrases=("Baca juga", "Simak breaking news", "Baca berita tanpa iklan", "Dapatkan update berita"),
    published=".read__time",
    pager=".read__paging",
    all_pages=("page", "all"),
    paywall=(".gate-kgplus",),
    language="id",
    # Discovery: re-checked against the sheet: search stops serving near page 38 whatever the sort, and honours
    # start_date/end_date, so it is walked in 7-day windows, newest first.
    article_url=r"/read/(?:\d{4}/\d{2}/\d{2}/)?\d+/",  # biz.kompas.com/read/{id}/ too
    not_article=(r"^https?://video\.kompas\.com",),
    sitemaps=("https://news.kompas.com/sitemap-news-news.xml", "https://money.kompas.com/sitemap-news-money.xml"),
    index=ListingPage(
        url="https://indeks.kompas.com/?site={category}&date={date}&page={page}",
        links="div.articleItem a.article-link",
        item="div.articleItem",
        item_date=".articlePost-date",
        category="all",
    ),
    search=ListingPage(
        url="https://search.kompas.com/search?q={query}&sort=latest&start_date={since}&end_date={until}&page={page}",
        links=".article-link",
        # The sheet's other sign, "tidak ditemukan", is also in headlines ("korban tidak ditemukan"): not used.
        no_results=':contains("Coba kata kunci lain")',
        page_limit=38,
        window_days=7,
    ),
    facts="public scrapers (news-watch f1c8fbf, 2026-08; discovery.md 2025-2026); unverified here",
)
