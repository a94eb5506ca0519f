"""cnbcindonesia.com: its /search page is an empty shell filled by script (the same length for every
query), so --query filters its feed; related-article inserts ("sisip") sit inside the body."""

from toolkit.sites._clutter import FACTS
from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="cnbcindonesia.com",
    domains=("cnbcindonesia.com",),
    title="h1",
    body="div.detail-text",
    drop=("[class^='sisip_']", "[class^='link_sisip']", "table.linksisip", "script", "iframe"),
    drop_phrases=("ADVERTISEMENT", "SCROLL TO", "[Gambas"),
    published="div.text-cm.text-gray",
    language="id",
    facts=FACTS + ". news-watch searches /rss?tag={query} and keeps items naming the keyword",
    article_url=r"^/.+?/\d+-\d+-\d+/",
    not_article=(r"/(?:video|foto|tv)/",),
    feeds=("https://www.cnbcindonesia.com/rss",),
    search=None,
    search_note="cnbcindonesia.com's /search is built by script (the server page is the same for every query): "
    "--query filters its feed",
)
