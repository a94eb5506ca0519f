"""cnnindonesia.com: the article ends at div.end-of-article; "Lihat Juga" tables and "[Gambas:Video CNN]"
embeds sit inside; reporter initials ("(agt)") close it."""

from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="cnnindonesia.com",
    domains=("cnnindonesia.com",),
    fingerprint=("div.detail-text",),
    title="h1",
    body="div.detail-text",
    body_end="div.end-of-article",
    drop=("table.linksisip", ".paradetail", ".sisip_embed_sosmed", "figure", ".detail-tag", ".embed"),
    drop_phrases=("ADVERTISEMENT", "SCROLL TO", "Lihat Juga", "[Gambas"),
    published=".text-cnn_grey.text-sm, .date",
    dateline=r"^\s*[A-Z][A-Za-z .]{1,30},\s*CNN Indonesia\s*[-–—]+\s*",
    language="id",
)
