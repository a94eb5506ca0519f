"""viva.co.id: search is an AJAX POST answering an HTML fragment (12 results a page); the index pages by
?page=N; `?page=all` shows a split article on one page. Articles end /{id}-{slug}."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="viva.co.id",
    domains=("viva.co.id",),
    title="h1.main-content-title",
    body="div.main-content-detail",
    drop=("div.recommended-article", "div.widget-other-article", "script", "iframe"),
    authors="div.main-content-author",
    published="div.main-content-date",
    section="a.breadcrumb-step.content_center",
    all_pages=("page", "all"),
    language="id",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here.",
    article_url=r"^/(?:[^/?#]+/)+\d+-",
    not_article=(r"^https?://(?:video|foto|tv)\.viva\.co\.id", r"/(?:video|foto|galeri|gallery|tag|search)/"),
    index=ListingPage(url="https://www.viva.co.id/indeks?page={page}", links=".article-list-row a"),
    search=ListingPage(
        url="https://www.viva.co.id/request/load-more-search",
        links=".article-list-row a",
        method="POST",
        form=(("keyword", "{query}"), ("ctype", "art"), ("page", "{page}"), ("record_count", "12")),
    ),
)
