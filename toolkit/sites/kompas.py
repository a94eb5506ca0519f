"""kompas.com: `?page=all` shows a split article on one page, one render instead of one per page."""

from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="kompas.com",
    domains=("kompas.com",),
    fingerprint=(".read__content", "h1.read__title"),
    title="h1.read__title",
    body=".read__content",
    drop=(".inject-baca-juga", ".ads-on-body", ".read__paging", ".kompasidRec", ".video", "figure", ".photo"),
    drop_phrases=("Baca juga", "Simak breaking news", "Baca berita tanpa iklan", "Dapatkan update berita"),
    published=".read__time",
    pager=".read__paging",
    all_pages=("page", "all"),
    paywall=(".gate-kgplus",),
    language="id",
)
