"""nusabali.com (Bali): a plain search page and the homepage; articles at /berita/{id}/{slug}."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="nusabali.com",
    domains=("nusabali.com",),
    title="h1",
    body=".entry-box[itemprop='articleBody']",
    drop=(
        "aside",
        "nav",
        "form",
        "iframe",
        "ins",
        ".breadcrumb",
        ".entry-box-header",
        "span[itemprop='author']",
        "[class*='baca-juga']",
        "[class*='terkait']",
        "[class*='related']",
        "[class*='share']",
        "[class*='social']",
        "[class*='newsletter']",
        "[class*='tag-box']",
        "[class*='comment']",
    ),
    credits="span[itemprop='author']",  # "Penulis : X"
    published="span[itemprop='datePublished']",  # "12 Jul 2026 19:37:24"
    section="span[itemprop='articleSection']",
    language="id",
    facts=(
        "public scrapers (news-watch f1c8fbf), 2026-08; unverified here. Endpoints verified by news-watch 2026-07-12."
    ),
    article_url=r"(?i)^/berita/\d+/[a-z0-9][a-z0-9-]*/?$",
    index=ListingPage(url="https://www.nusabali.com", links="a[href]"),
    # A search with no hit still shows carousels outside #article-list: only links inside it count.
    search=ListingPage(
        url="https://www.nusabali.com/search?keyword={query_pct}&page={page}", links="#article-list a[href]"
    ),
)
