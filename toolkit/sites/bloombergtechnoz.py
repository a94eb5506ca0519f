"""bloombergtechnoz.com: long articles run over pages linked by `.pager__next`; its "pilihan" boxes sit
inside the body. The sheet gives no article URL shape: the generic URL rules judge its links."""

from toolkit.sites._clutter import FACTS
from toolkit.sites.base import ListingPage, SiteProfile

CARDS = "div.card-box.ft150.margin-bottom-xl a[href]"

PROFILE = SiteProfile(
    name="bloombergtechnoz.com",
    domains=("bloombergtechnoz.com",),
    title=".title.margin-bottom-sm",
    body=".detail-in",
    drop=("[class^='smallbox-pilihan']", "script", "style"),
    authors="h5.title.margin-bottom-ss a",
    published="h5.title.fw4.cl-gray",
    section="ul.sitemap",
    pager=".pager__next",
    language="id",
    facts=FACTS + ". No article URL shape in the sheet",
    index=ListingPage(url="https://www.bloombergtechnoz.com/", links=CARDS),
    search=ListingPage(url="https://www.bloombergtechnoz.com/search?query={query}&pagenum={page}", links=CARDS),
)
