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
    # Discovery: from ../shared/sites/discovery.md (public code, 2025-2026), not checked against the live site.
    article_url=r"/d-\d+/|^/read/\d{4}/\d{2}/\d{2}/\d+/\d+/",  # and the pre-2016 shape
    not_article=(r"^https?://20\.detik\.com", r"/foto-", r"/detiktv/", r"/pop/"),
    sitemaps=("https://news.detik.com/berita/sitemap_news.xml", "https://finance.detik.com/sitemap_news.xml"),
    feeds=("https://news.detik.com/rss", "https://finance.detik.com/rss"),
    index=ListingPage(  # the date goes before the page: page=N alone was seen to return page 1 again
        url="https://{category}.detik.com/indeks?date={date}&page={page}",
        date_format="%m/%d/%Y",
        links="article.list-content__item a.media__link",
        item="article.list-content__item",
        category="news",
    ),
)
