"""liputan6.com: body paragraphs in .article-content-body; ad markers, "Fakta atau Hoaks?" boxes and an
investment disclaimer sit inside."""

from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="liputan6.com",
    domains=("liputan6.com",),
    fingerprint=(".article-content-body",),
    title="h1.read-page--header--title, h1",
    body=".article-content-body",
    drop=("figure", ".baca-juga-collections", ".advertisement-text", ".article-ad", ".promo", ".video"),
    drop_phrases=("Advertisement", "Fakta atau Hoaks?", "Disclaimer: Setiap keputusan investasi", "Baca Juga"),
    language="id",
)
