"""indopolitika.com: WordPress; articles at root-level slugs, search and index paged by /page/N/."""

from toolkit.sites.base import ListingPage, SiteProfile

_STATIC = (
    "about|author|video|foto|galeri|category|comments|contact|disclaimer|feed|indeks-berita|kontak|page|pedoman-media-siber|"
    "privacy-policy|redaksi|search|sitemap|tag|tentang-kami|wp-admin|wp-content|wp-includes|wp-json"
)

PROFILE = SiteProfile(
    name="indopolitika.com",
    domains=("indopolitika.com",),
    title=".post-title h1",
    body=".post-body.post-article, .post-body .post-content .post-article, .post-content .post-article",
    drop=(  # one selector list
        "figure, ins, [class*=promo], [class*=advert], [class*=google-auto-placed], [class*=related], "
        "[class*=baca-juga], [class*=recommend], [class*=share], [class*=social], [class*=newsletter], "
        "[class*=subscribe], .teks-dalam-kotak",
    ),
    authors=".post-authorname a",
    published_meta="article:published_time",
    language="id",
    article_url=r"^/[a-z0-9][a-z0-9-]*/?$",  # one path segment, no query
    not_article=(rf"^https?://[^/]+/(?:{_STATIC})/?$",),
    index=ListingPage(
        url="https://indopolitika.com/indeks-berita/page/{page}/",
        links=".widget.indeks .widget-box .media.media-item h2.media-title a.media-link[href]",
        page_limit=10,
    ),
    search=ListingPage(  # page 1 is /page/1/?s=..., which WordPress serves as the first page
        url="https://indopolitika.com/page/{page}/?s={query_pct}",
        links=".media.media-item h2.media-title a.media-link[href]",
        page_limit=10,
    ),
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here",
)
