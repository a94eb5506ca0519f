"""pikiran-rakyat.com: search is Google CSE run in the browser, so --query filters its sitemaps and feeds;
the homepage needs Chromium. galamedia.pikiran-rakyat.com has its own profile (loaded first)."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="pikiran-rakyat.com",
    domains=("pikiran-rakyat.com",),
    title="h1",
    body="div.read__article, article.read__content, div[itemprop='articleBody']",
    drop=("script", "iframe", "[class*='baca-juga']", "[class*='related']"),
    published="span.mt-10, span[class*='date']",  # "... | 10:00 WIB"
    language="id",
    facts=(
        "public scrapers (news-watch f1c8fbf), 2026-08; unverified here. Search page behind Cloudflare 1015; "
        "news-watch captures Google CSE JSONP in Chromium."
    ),
    article_url=r"^/[^/]+/pr-\d+",
    index=ListingPage(url="https://www.pikiran-rakyat.com", links="a[href]", render=True),
    search=None,
    search_note=(
        "pikiran-rakyat.com search is Google Custom Search run in the browser (no server-side search): "
        "--query filters the site's sitemaps and feeds"
    ),
)
