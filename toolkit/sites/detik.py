"""detik.com: ad blocks ("ADVERTISEMENT / SCROLL TO CONTINUE WITH CONTENT") and "Baca juga" tables
sit inside the body; JSON-LD NewsArticle carries the date with +07:00."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="detik.com",
    domains=("detik.com",),
    fingerprint=("div.detail__body-text",),
    title="h1.detail__title",
    body="div.detail__body-text",
    drop=(
        "table.linksisip",
        ".parallaxindetail",
        ".staticdetail_container",
        ".sisip_embed_sosmed",
        ".ads-scrollpage-container",
        ".detail__body-tag",
        ".nav",
        ".sisip_video_ds",
        "figure",
        ".detail__anchor-numb",
        ".detail__long-nav",
    ),
    drop_phrases=("ADVERTISEMENT", "SCROLL TO", "Lihat juga Video", "Lihat Video", "[Gambas", "Simak Video"),
    authors="meta[name='dtk:author']",
    published_meta="dtk:publishdate",
    tags="meta[name='dtk:keywords']",
    pager=".detail__anchor-numb, .detail__long-nav",
    dateline=r"^\s*[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+){0,2} - ",  # "<strong>Jakarta</strong> - "
    language="id",
    # Discovery: re-checked against the sheet: no search (public scrapers dropped it as unreliable); the dated
    # index (MM/DD/YYYY, month first) is walked day by day and --query keeps the headlines that match.
    article_url=r"/d-\d+/|^/read/\d{4}/\d{2}/\d{2}/\d+/\d+/",  # and the pre-2016 shape
    not_article=(r"^https?://20\.detik\.com", r"/foto-", r"/detiktv/", r"/pop/"),
    sitemaps=(
        "https://news.detik.com/berita/sitemap_news.xml",
        "https://news.detik.com/ekonomi/sitemap_news.xml",
        "https://finance.detik.com/sitemap_news.xml",
    ),
    feeds=("https://news.detik.com/rss", "https://finance.detik.com/rss"),
    index=ListingPage(  # the date goes before the page: page=N alone was seen to return page 1 again
        url="https://{category}.detik.com/indeks?date={date}&page={page}",
        date_format="%m/%d/%Y",
        links="article a[href]",  # the sheet: each <article> card's link (the older .media__link is inside it)
        item="article",
        category="news",
        categories=("news", "finance", "health"),  # the hosts public scrapers walk for a query
    ),
    search_note="no search that works (public scrapers, 2026-08): --query filters the dated index of "
    "news, finance and health.detik.com (give --since to walk back) and the news sitemaps (about one day)",
    facts="public scrapers (news-watch f1c8fbf, 2026-08; discovery.md 2025-2026); unverified here",
)
