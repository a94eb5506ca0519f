"""alinea.id: server-rendered search and /indeks share one card list. news-watch reads the body as "the div
before the first <article>", which CSS cannot say: the profile names the schema.org body, else the generic
extractor reads the page."""

from toolkit.sites._clutter import FACTS
from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="alinea.id",
    domains=("alinea.id",),
    title="h1",
    body="[itemprop='articleBody']",
    authors="div.written__reporter div.reporter__nama",
    published="div.frontdate",  # "12 Juli 2026"
    language="id",
    facts=FACTS + ". Body rule not expressible in CSS; "
    "article_url takes any section with the -b{code} ending (news-watch lists five sections)",
    # Articles end in "-b{code}"; news-watch keeps five sections (peristiwa, politik, bisnis, kolom, gaya-hidup).
    article_url=r"^/[a-z-]+/[^/?#]+-b[0-9A-Za-z]+/?$",
    not_article=(r"/(?:foto|video|tag|search)(?:/|\?|$)",),
    index=ListingPage(url="https://www.alinea.id/indeks", links=".hasilcari .box1 a[href]"),
    search=ListingPage(url="https://www.alinea.id/search?q={query}&page={page}", links=".hasilcari .box1 a[href]"),
)
