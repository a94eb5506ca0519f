"""mojok.co: WordPress; articles three path segments deep, beside pages for writers, contributors and policy."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="mojok.co",
    domains=("mojok.co",),
    title="h1",
    body=".entry-content",
    drop=(  # one selector list
        "[class*=related], [class*=popular], [class*=sidebar], [class*=share], [class*=social], "
        "[class*=newsletter], [class*=subscribe], [class*=author-box], [class*=post-tags], [class*=comments]",
    ),
    published_meta="article:published_time",
    language="id",
    article_url=r"^/[a-z0-9-]+/[a-z0-9-]+/[^/?]+",  # /{category}/{subcategory}/{slug}/
    not_article=(
        r"/(?:author|page|tag|video|foto|feed|kirim-artikel|kru-mojok|kontak|tentang|pedoman-media-siber|"
        r"kebijakan-privasi|cdn-cgi|login)/",
        r"/xmlrpc",
        r"/wp-",
        r"/kmm",
    ),
    index=ListingPage(url="https://mojok.co/page/{page}/", links="a[href]"),
    search=ListingPage(  # page 1 is /page/1/?s=..., which WordPress serves as the first page
        url="https://mojok.co/page/{page}/?s={query_pct}", links="a[href]", page_limit=10
    ),
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. Its docstring says "
    "/{category}/{slug}/, its URL rule three segments or more: the rule is kept",
)
