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
    # Discovery: from ../shared/sites/discovery.md (public code, 2025-2026), not checked against the live site.
    article_url=r"/read/\d{4}/\d{2}/\d{2}/\d+/",
    not_article=(r"^https?://video\.kompas\.com",),
    sitemaps=("https://news.kompas.com/sitemap-news-news.xml", "https://money.kompas.com/sitemap-news-money.xml"),
    index=ListingPage(
        url="https://indeks.kompas.com/?site={category}&date={date}&page={page}",
        links="div.articleItem a.article-link",
        item="div.articleItem",
        item_date=".articlePost-date",
        category="all",
    ),
    search=ListingPage(url="https://search.kompas.com/search?q={query}&sort=latest&page={page}", links=".article-link"),
)
