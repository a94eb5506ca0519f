"""detik.com: ad blocks ("ADVERTISEMENT / SCROLL TO CONTINUE WITH CONTENT") and "Baca juga" tables
sit inside the body; JSON-LD NewsArticle carries the date with +07:00."""

from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="detik.com",
    domains=("detik.com",),
    fingerprint=("div.detail__body-text",),
    title="h1.detail__title",
    body="div.detail__body-text",
    drop=(
        "table.linksisip",
        ".parallaxindetail",
        ".staticdetail_container",
        ".sisip_embed_sosmed",
        ".ads-scrollpage-container",
        ".detail__body-tag",
        ".nav",
        ".sisip_video_ds",
        "figure",
        ".detail__anchor-numb",
        ".detail__long-nav",
    ),
    drop_phrases=("ADVERTISEMENT", "SCROLL TO", "Lihat juga Video", "Lihat Video", "[Gambas", "Simak Video"),
    authors="meta[name='dtk:author']",
    published_meta="dtk:publishdate",
    tags="meta[name='dtk:keywords']",
    pager=".detail__anchor-numb, .detail__long-nav",
    dateline=r"^\s*[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+){0,2} - ",  # "<strong>Jakarta</strong> - "
    language="id",
)
