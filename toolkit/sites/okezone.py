"""okezone.com: search is the tag page (`/tag/{slug}`, `/tag/{slug}/{page}`); a tag it does not know
falls back to the homepage, whose title is the "no results" sign. Articles live on channel subdomains."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="okezone.com",
    domains=("okezone.com",),
    title=".title-article h1",
    body=".c-detail.read",
    drop=("[class^='inject-']", "[class^='banner']", "script", "iframe"),
    drop_phrases=("Baca juga", "Follow", "Telusuri berita"),  # "Follow ... WhatsApp Channel" closes articles
    authors=".journalist a[title]",
    published=".journalist span",  # "Jurnalis-Name | Jum'at, 17 Februari 2017 10:00 WIB"
    section=".breadcrumb a:last-child",
    all_pages=("page", "all"),
    language="id",
    facts=(
        "public scrapers (news-watch f1c8fbf), 2026-08; unverified here. search.okezone.com is unreliable "
        "(news-watch); page 1 of the tag page is written /tag/{slug}/1 here (news-watch: /tag/{slug})."
    ),
    article_url=r"^/read/\d{4}/\d{2}/\d{2}/\d+/\d+",
    # mpi. republishes SINDOnews; img./redaksi. are not news; /more/ is disallowed by robots (discovery.md)
    not_article=(r"^https?://(?:mpi|img|redaksi)\.okezone\.com", r"/m?more/"),
    index=ListingPage(url="https://www.okezone.com", links="a[href]"),
    search=ListingPage(
        url="https://www.okezone.com/tag/{slug}/{page}",
        links="a[href]",
        no_results='title:contains("Berita Terkini dan Informasi Terbaru")',
        page_limit=10,
    ),
)
