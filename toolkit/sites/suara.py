"""suara.com: search and the homepage are rendered in Chromium (a WAF page or a nonsense query shows
generic dated links: news-watch keeps only those whose slug or text holds a query word)."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="suara.com",
    domains=("suara.com",),
    title="h1",
    body="div.article-content, article.detail-content, div.detail-content",
    drop=("script", "noscript", "iframe", "p[class*='baca-juga']", "[class*='baca-juga']"),
    drop_phrases=("Baca Juga",),
    authors="meta[name='author']",
    all_pages=("page", "all"),
    language="id",
    facts=(
        "public scrapers (news-watch f1c8fbf), 2026-08; unverified here. WAF/captcha pages observed; "
        "news-watch marks it linux_excluded."
    ),
    article_url=r"^/(?:[^/?#]+/)+20\d{2}/\d{2}/\d{2}/.",
    not_article=(r"^https?://[^/]+/(?:read|search|tag|category|author|video|foto)/",),
    index=ListingPage(url="https://www.suara.com", links="a[href]", render=True),
    search=ListingPage(url="https://www.suara.com/search?q={query_pct}", links="a[href]", render=True),
)
