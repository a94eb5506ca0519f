"""inews.id: no general search; the tag page of the query's words (one page) stands in for it."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="inews.id",
    domains=("inews.id",),
    title="h1",
    body=".content",
    drop=("[class^=baca-juga]", "[class^=related]", "[class*=ads]"),
    authors=".author",
    published=".createdAt",  # "Senin, 20 November 2023 - 07:30:00 WIB"
    language="id",
    # /{section}/{subsection}/{slug}: the sheet names the sections; two segments are a section page
    article_url=r"^/(?:finance|news|regional|lifestyle|sport|otomotif)/[a-z0-9-]+/[a-z0-9-]+",
    not_article=(r"/(?:video|foto|photo|galeri|tag)/",),
    index=ListingPage(url="https://www.inews.id/", links="a[href]"),
    search=ListingPage(url="https://www.inews.id/tag/{slug}", links="div.widgetListArticle__body a[href]"),
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. The tag page answers nothing for a "
    "tag it does not know",
)
