"""republika.co.id: search is the tag page rendered in Chromium (it does not filter strictly: 15 of 22
results on topic, news-watch 2026-08-06); the h1 is empty on articles, so the title is og:title."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="republika.co.id",
    domains=("republika.co.id",),
    body="div.article-content",
    drop=("script", "iframe", "[class*='baca-juga']", "[class*='related']"),
    published_meta="article:published_time",
    language="id",
    facts=(
        "public scrapers (news-watch f1c8fbf), 2026-08; unverified here. The tag page leaks unrelated "
        "articles (15 of 22 on topic, 2026-08-06); a page whose title lacks 'Topic' has no results."
    ),
    # /berita/ then an id and a slug, on any channel subdomain; "/berita//id/slug" occurs too (discovery.md)
    article_url=r"(?:^|/)berita/+[a-z0-9]+/[^/?#]+",
    not_article=(
        r"^https?://(?:static|tv)\.republika\.co\.id",
        r"/(?:kanal|tag|indeks|foto|video|infografis)(?:/|$)",
    ),
    index=ListingPage(url="https://www.republika.co.id", links="a[href]", render=True),
    search=ListingPage(
        url="https://www.republika.co.id/tag/{slug}",
        links="a[href*='/berita/']",
        render=True,
        no_results='title:not(:contains("Topic"))',
    ),
)
