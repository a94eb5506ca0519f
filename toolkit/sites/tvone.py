"""tvonenews.com: search is an AJAX POST answering an HTML fragment (10 results a page); the endpoint
wants X-Requested-With and the site as Referer. Articles at /{section}/{id}-{slug}."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="tvonenews.com",
    domains=("tvonenews.com",),
    title="h1",
    body=".detail-content",
    drop=(
        "script",
        "iframe",
        "div[class^='baca-juga']",
        "div[class^='related']",
        "div[class^='video']",
        "div[class*='ads']",
    ),
    authors=".detail-author",
    published=".detail-date",
    language="id",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here.",
    # The sheet's filter names the sections (ekonomi, nasional, internasional, daerah, sport, lifestyle, opini,
    # investigasi, channel/news) with the id right after; public pages also show a subsection
    # (/lifestyle/kesehatan/282091-...), so any one or two section segments are taken.
    article_url=r"^/(?:[a-z0-9-]+/){1,2}\d+-[a-z0-9]",
    not_article=(r"/(?:video|foto|galeri|live|tag|cari|search|request)/",),
    index=ListingPage(url="https://www.tvonenews.com/", links="a[href]"),
    search=ListingPage(
        url="https://www.tvonenews.com/request/load_search_article",
        links="a[href]",
        method="POST",
        form=(("keyword", "{query}"), ("ctype", "art"), ("page", "{page}"), ("record_count", "10")),
        headers=(("X-Requested-With", "XMLHttpRequest"), ("Referer", "https://www.tvonenews.com/")),
    ),
)
