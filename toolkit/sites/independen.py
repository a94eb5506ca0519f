"""independen.id: a Drupal site with articles at root-level slugs beside its section and static pages;
no keyword search, so --query filters what its sitemaps and feeds list."""

from toolkit.sites.base import ListingPage, SiteProfile

_SECTIONS = (
    "node|taxonomy|users?|tags?|agenda|category|kategori|front[a-z-]*|tentang[a-z-]*|about|contact|kontak|"
    "pedoman[a-z-]*|ketentuan[a-z-]*|privacy[a-z-]*|advertise|iklan|redaksi|penulis|kolom|search|berita|politik|"
    "hukum-dan-ham|ekonomi|lingkungan|kesehatan|teknologi|pendidikan|budaya|opini|feature|investigasi|"
    "infografis|video|foto|galeri|live"
)

PROFILE = SiteProfile(
    name="independen.id",
    domains=("independen.id",),
    title="article h1",
    body="article",
    drop=(  # one selector list
        "aside, form, [class*=share], [class*=social], [class*=related], [class*=popular], "
        "[class*=newsletter], [class*=subscribe], [class*=comment], [class*=promoted], [class*=breadcrumb], "
        "[class*=tags], [class*=author-box]",
    ),
    published_meta="article:published_time",
    language="id",
    article_url=r"^/[a-z0-9][a-z0-9_-]*(?:/[a-z0-9][a-z0-9_-]*)*/?$",
    not_article=(rf"^https?://[^/]+/(?:{_SECTIONS})(?:[/?#]|$)",),
    index=ListingPage(url="https://independen.id", links="a[href]"),
    search_note="no keyword search (a Drupal site, latest only); --query filters its sitemaps and feeds",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. Section paths are those news-watch "
    "rejects (read as whole path segments here, as prefixes for the static pages)",
)
