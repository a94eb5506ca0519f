"""mediaindonesia.com: checked against the three saved pages in shared/corpus/indonesian. The
<meta name=author> is "mediaindonesia.com developer", not a person: the byline is div.author-2, the editor
"Editor : X" in div.info-author. A "Headline" teaser of another story sits near the body."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="mediaindonesia.com",
    domains=("mediaindonesia.com",),
    fingerprint=("div.article", "div.info-author"),
    title="h1",
    body="div.article",
    drop=(
        "figure",
        ".flying-carpet",
        ".dfp-ad",
        ".ext-channel",
        ".info-author",
        ".author-2",
        ".headline",
        ".baca-juga",
        "script",
    ),
    drop_phrases=("Baca juga", "Cek berita dan artikel"),
    authors="div.author-2",
    credits="div.info-author",
    tags="meta[name=news_keywords]",
    image_caption="div.article figure figcaption",
    language="id",
    # Discovery, from the sheet: search is a form POST (q, and next=page-1 from page 2 on).
    article_url=r"^/.+/\d+/",
    search=ListingPage(
        url="https://mediaindonesia.com/search",
        method="POST",
        form=(("q", "{query}"), ("next", "{page?}")),
        first_page=0,
        links="ul.list-3 div.text a[href]",
    ),
    facts="extraction: three saved pages (shared/corpus); discovery: public scrapers (news-watch f1c8fbf, "
    "2026-08), unverified here",
)
