"""tempo.co: premium parts are marked in JSON-LD (`isAccessibleForFree: false`, `hasPart.cssSelector:
".paywall-content"`), which access detection reads for every site."""

from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="tempo.co",
    domains=("tempo.co",),
    fingerprint=(".detail-content",),
    title="h1",
    body=".detail-content",
    drop=("figure", ".iklan", ".ads", ".baca-juga", ".related"),
    drop_phrases=("Pilihan Editor", "Berita selanjutnya", "Baca berita", "Artikel ini telah"),
    published_meta="article:published_time",
    language="id",
)
