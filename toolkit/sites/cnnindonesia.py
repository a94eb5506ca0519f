"""cnnindonesia.com: the article ends at div.end-of-article; "Lihat Juga" tables and "[Gambas:Video CNN]"
embeds sit inside; reporter initials ("(agt)") close it."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="cnnindonesia.com",
    domains=("cnnindonesia.com",),
    # div.detail-text alone is cnbcindonesia's body too (same publisher): its end marker is cnn's own
    fingerprint=("div.detail-text", "div.end-of-article"),
    title="h1",
    body="div.detail-text",
    body_end="div.end-of-article",
    drop=("table.linksisip", ".paradetail", ".sisip_embed_sosmed", "figure", ".detail-tag", ".embed"),
    drop_phrases=("ADVERTISEMENT", "SCROLL TO", "Lihat Juga", "[Gambas"),
    published=".text-cnn_grey.text-sm, .date",
    dateline=r"^\s*[A-Z][A-Za-z .]{1,30},\s*CNN Indonesia\s*[-–—]+\s*",
    language="id",
    # Discovery: re-checked against the sheet: no working search; public scrapers filter the channel feeds.
    article_url=r"^/[a-z-]+(?:/[a-z-]+)?/\d{14}-\d+-\d+/",
    not_article=(r"/(?:tv|video|embed)/",),
    feeds=tuple(
        f"https://www.cnnindonesia.com/{channel}/rss"
        for channel in ("nasional", "internasional", "ekonomi", "teknologi", "olahraga", "hiburan", "gaya-hidup")
    ),
    index=ListingPage(  # "2" is the all-channels index, not a page number
        url="https://www.cnnindonesia.com/indeks/2?date={date}&page={page}",
        date_format="%Y/%m/%d",
        links="article a[href]",
        item="article",
    ),
    search_note="no working search (public scrapers, 2026-04): --query filters its seven channel feeds and "
    "the dated index",
    facts="public scrapers (news-watch f1c8fbf, 2026-08; discovery.md 2025-2026); unverified here",
)
