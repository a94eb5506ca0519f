"""kontan.co.id: the body opens with "Reporter: X | Editor: Y"; insight.kontan.co.id is premium and cuts
articles with "Agar bisa lanjut membaca sampai tuntas artikel ini ..."."""

from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="kontan.co.id",
    domains=("kontan.co.id",),
    fingerprint=("div.tmpt-desk-kon",),
    title="h1",
    body="div.tmpt-desk-kon[itemprop=articleBody], div.tmpt-desk-kon",
    drop=("figure", ".track-bacajuga-inside", ".pagination", "script"),
    drop_phrases=("Baca Juga", "Cek Berita dan Artikel yang lain", "Reporter:", "Agar bisa lanjut membaca"),
    credits="div.tmpt-desk-kon p",
    dateline=r"^\s*KONTAN\.CO\.ID\s*-\s*[A-Z][A-Za-z ]{1,30}\.\s*",
    premium_hosts=("insight.kontan.co.id",),
    paywall=(".paywall", ".box-login-insight"),
    language="id",
)
