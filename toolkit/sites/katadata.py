"""katadata.co.id: "Baca juga" widgets and an AI summary box inside the body."""

from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="katadata.co.id",
    domains=("katadata.co.id",),
    fingerprint=(".detail-main",),
    title="h1",
    body=".detail-main",
    drop=("[class*=widget-baca-juga]", "[class*=ai-summary]", "figure", ".ads"),
    drop_phrases=("Baca juga", "Baca Juga"),
    language="id",
)
