"""betahita.id: environment news; the body opens after a "BETAHITA.ID" dateline, and its photo boxes
sit inside it."""

from toolkit.sites._clutter import FACTS
from toolkit.sites.base import ListingPage, SiteProfile

LINKS = "a[href*='/berita/'], a[href*='/opini/'], a[href*='/sorot/']"

PROFILE = SiteProfile(
    name="betahita.id",
    domains=("betahita.id",),
    title="article.detail-artikel div.judul-artikel h1",
    body="article.detail-artikel div.detail-in",
    drop=("div.box-foto-artikel", "script", "style"),
    authors="article.detail-artikel div.box-sumber h5.title",  # "Oleh: X"
    published="article.detail-artikel div.judul-artikel h5.margin-bottom-sm",  # "Sabtu, 11 Juli 2026"
    dateline=r"^\s*BETAHITA\.ID\s*[-–—,]*\s*",
    language="id",
    facts=FACTS,
    article_url=r"(?i)^/(?:berita|opini|sorot)/\d+/[a-z0-9][a-z0-9-]*$",
    index=ListingPage(url="https://www.betahita.id", links=LINKS),
    search=ListingPage(url="https://www.betahita.id/search?query={query_pct}&pagenum={page}", links=LINKS),
)
