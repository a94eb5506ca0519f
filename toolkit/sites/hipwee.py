"""hipwee.com: WordPress (youth, opinion); articles at /{category}/{slug}/, a shape its many static and
account pages share, so those are named here."""

from toolkit.sites._clutter import CLUTTER, FACTS
from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="hipwee.com",
    domains=("hipwee.com",),
    title="h1",
    body=".entry-content",
    drop=(*CLUTTER, "[class*='author-box']", "[class*='post-tags']", "[class*='comments']"),
    authors="meta[name='author']",
    published_meta="article:published_time",
    language="id",
    facts=FACTS,
    article_url=r"^/[a-z0-9-]+/[^/?#]+/?$",
    not_article=(
        r"/(?:wp-|search/|tag/|author/|feed/|xmlrpc|category/|kmm|cdn-cgi/|dashboard/|login/|register/|profile/"
        r"|settings/|admin/|api/|user/|top/|editors-pick/|community/|redaksi/|contact/|privacy-policy/"
        r"|term-and-condition|ebook/|panduan-wisata/|page/)",
    ),
    index=ListingPage(url="https://www.hipwee.com/page/{page}/", links="a[href]"),
    search=ListingPage(url="https://www.hipwee.com/page/{page}/?s={query_pct}", links="a[href]", page_limit=10),
)
