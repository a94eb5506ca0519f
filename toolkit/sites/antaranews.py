"""antaranews.com: search and /terkini list the same cards; "Baca juga" and the muted credit lines sit
inside the body."""

from toolkit.sites._clutter import FACTS
from toolkit.sites.base import ListingPage, SiteProfile

CARDS = ".card__post.card__post-list.card__post__transition.mt-30 a"

PROFILE = SiteProfile(
    name="antaranews.com",
    domains=("antaranews.com",),
    title=".wrap__article-detail-title",
    body=".wrap__article-detail-content.post-content",
    drop=("span.baca-juga", "p.baca-juga", "span.text-muted", "p.text-muted", "script", "iframe"),
    credits=".text-muted.mt-2.small",  # "Pewarta: X / Editor: Y"
    published=".list-inline-item.mr-2:last-child",
    language="id",
    facts=FACTS + ". The English edition (en.antaranews.com) is left out here, not by the sheet",
    article_url=r"^/berita/\d+/",
    not_article=(r"^https?://en\.antaranews\.com", r"/(?:foto|video|infografik)/"),
    index=ListingPage(url="https://www.antaranews.com/terkini?page={page}", links=CARDS),
    search=ListingPage(url="https://www.antaranews.com/search?q={query}&page={page}", links=CARDS),
)
