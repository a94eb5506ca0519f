"""niaga.asia: WordPress; articles at root-level slugs; a search with no hits still shows the menu, so only
links inside .archive-list-wrap are results."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="niaga.asia",
    domains=("niaga.asia",),
    title="h1",
    body=".entry-content",
    drop=(  # one selector list
        "[class*=related], [class*=popular], [class*=sidebar], [class*=share], [class*=social], "
        "[class*=newsletter], [class*=subscribe], [class*=author-box], [class*=post-tags]",
    ),
    published_meta="article:published_time",
    language="id",
    article_url=r"^/[a-z0-9-]+/?$",  # /{slug}/
    not_article=(
        r"/(?:search|tag|author|video|foto|galeri|feed|category|topik|page|redaksi|about-us|info-produk|disclaimer|"
        r"artikel-opini|cdn-cgi)(?:/|$)",
        r"/wp-",
        r"/xmlrpc",
        r"/pedoman-",
    ),
    index=ListingPage(url="https://www.niaga.asia/page/{page}/", links="a[href]"),
    search=ListingPage(  # page 1 is /page/1/?s=..., which WordPress serves as the first page
        url="https://www.niaga.asia/page/{page}/?s={query_pct}", links=".archive-list-wrap a[href]", page_limit=10
    ),
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here",
)
