"""news.ddtc.co.id (DDTC News, tax news): its search results are built by script, so the search page loads
in Chromium; more results come from a "Muat Lebih Banyak" button that a listing cannot press, so only
the first batch is read. Article pages are served whole."""

from toolkit.sites._clutter import FACTS
from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="news.ddtc.co.id",
    domains=("news.ddtc.co.id",),
    title="h1",
    body="div.contentArticle",
    drop=("script", "style", "noscript", "iframe"),
    authors="meta[name='author']",
    published="#publish-news",  # "Minggu, 12 Juli 2026"
    language="id",
    facts=FACTS + ". Search: first batch only (no load-more clicks)",
    article_url=r"^/(?:berita|review|literasi|komunitas)/.+/\d+/.+",
    index=ListingPage(url="https://news.ddtc.co.id", links="a[href]"),
    search=ListingPage(url="https://news.ddtc.co.id/search/?q={query_pct}", links="div.news-item a[href]", render=True),
)
