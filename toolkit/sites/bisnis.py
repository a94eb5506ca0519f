"""bisnis.com: see shared/sites/indonesian-news.md. The naive dump of one of its articles is the
toolkit's founding bug report: everything in it that is not the article is dropped here."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="bisnis.com",
    domains=("bisnis.com",),
    fingerprint=("article.detailsContent", "h1.detailsTitleCaption"),
    title="h1.detailsTitleCaption, div.detailsTitle h1",
    lead="div.detailsLead",
    body="article.detailsContent",
    drop=(
        "div.baca-juga-box",
        ".baca-juga-inline",
        ".billboard",
        ".billboardWrapper",
        ".skyscrapper",
        ".bisnisaiHeader",
        ".bisnisaiBody",
        ".bisnisaiFooter",
        "p.disclaimer",
        ".paywall",
        ".detailsAuthor",
        ".detailsAttributeDates",
        ".detailsPaging",
        ".detailsTag",
        "figure",
    ),
    drop_phrases=(
        "Baca Juga",
        "Nyaman tanpa iklan",
        "Cek Berita dan Artikel yang lain",
        "* Ringkasan ini dibantu",
        "Halaman",
        "Member of",
        "Scan QR Code",
    ),
    credits="div.detailsAuthor div.detailsAuthorItem",
    published="div.detailsAttributeDates",
    published_meta="publishdate",
    image="figure.detailsCoverImg img",
    image_caption="figcaption.detailsImgCaption",
    tags="ul.detailsTagList a.detailsTagLink",
    dateline=r"^\s*Bisnis\.com\s*,\s*[A-Z][A-Za-z .]{1,30}?\s*[-–—]+\s*",
    pager="div.detailsPaging, .pagination",
    page_param="page",
    paywall=(".paywall",),
    premium_hosts=("premium.bisnis.com", "plus.bisnis.com"),
    premium_markers=(".premiumBadge",),  # the demo's badge; unverified on live bisnis.com
    language="id",
    # Discovery: re-checked against the sheet (search on its own host; results are redirect links to unwrap).
    article_url=r"^/read/\d{8}/\d+/\d+/",
    not_article=(r"^https?://(?:epaper|foto|video|infografis)\.bisnis\.com",),
    sitemaps=("https://www.bisnis.com/sitemap-news.xml",),
    feeds=("https://rss.bisnis.com/",),
    index=ListingPage(
        url="https://www.bisnis.com/index?categoryId={category}&type=indeks&date={date}&page={page}",
        links=".art--row a.artLink",
        item=".art--row",
        item_date=".artDate",
        category="0",
        last_page="#total_page",
    ),
    search=ListingPage(  # `a.artLink.artLinkImg` in the sheet; a.artLink takes the text links too
        url="https://search.bisnis.com/?q={query}&page={page}", links="a.artLink", unwrap="url"
    ),
    facts="public scrapers (news-watch f1c8fbf, 2026-08; discovery.md 2025-2026); unverified here",
)
