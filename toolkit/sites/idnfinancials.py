"""idnfinancials.com (Indonesian edition under /id/): server-rendered search whose `per_page` carries the
page number; its result widget sits beside unrelated /id/news/ links (a "Video" widget, the sidebar)."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="idnfinancials.com",
    domains=("idnfinancials.com",),
    title="h2.title",
    body="div.article-body",
    drop=(  # one selector list
        "[class*=baca-juga], [class*=baca_juga], [class*=related], [class*=popular], [class*=share], "
        "[class*=social], [class*=newsletter], [class*=advert], [class*=pagination]",
    ),
    published_meta="article:published_time",
    language="id",
    article_url=r"^/id/news/\d+/[A-Za-z0-9_/-]+/?$",
    index=ListingPage(url="https://www.idnfinancials.com/id/news?page={page}", links="a[href]", page_limit=10),
    search=ListingPage(  # per_page is the page number here (1..10), not an offset
        url="https://www.idnfinancials.com/id/search?q={query_pct}&per_page={page}",
        links=".widget.side-news ul.list > li.item > a[href]",
        no_results='blockquote:contains("Tidak ada data yang ditemukan")',
        page_limit=10,
    ),
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here",
)
