"""bisnis.com: see shared/sites/indonesian-news.md. The naive dump of one of its articles is the
toolkit's founding bug report: everything in it that is not the article is dropped here."""

from toolkit.sites.base import SiteProfile

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
)
