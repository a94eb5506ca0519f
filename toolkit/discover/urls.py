"""Which URLs are articles, and one spelling for each.

A profile's pattern decides where there is one (bisnis: `/read/YYYYMMDD/...`). Elsewhere the
heuristics that hold across news sites: a dated path or a numeric/hex id beside a slug is an
article; tag, category, author, search and static pages, media and files are not. Canonical form:
courlan's normalisation (lower-case host, tracking parameters gone, sorted query) without the fragment.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urljoin, urlsplit, urlunsplit

from courlan import normalize_url
from courlan.filters import is_navigation_page, is_not_crawlable

from toolkit.discover.dates import url_day
from toolkit.sites.base import SiteProfile


def _words(text: str) -> list[str]:
    return text.split()


NAVIGATION = frozenset(
    _words(
        "tag tags topic topik topics category categories kategori kanal channel rubrik section author authors "
        "penulis editor reporter profile indeks index search pencarian cari archive arsip page halaman "
        "terpopuler populer terkini latest"
    )
)
STATIC = frozenset(
    _words(
        "about tentang tentang-kami redaksi kontak contact hubungi pedoman pedoman-media-siber privacy "
        "privacy-policy kebijakan-privasi disclaimer terms syarat-dan-ketentuan karir career iklan advertise "
        "login masuk daftar register subscribe langganan rss feed sitemap help bantuan faq"
    )
)
MEDIA = frozenset(_words("video videos foto photo photos galeri gallery infografis infografik podcast tv live"))
FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|pdf|xml|gz|json|rss|atom|css|js|mp4|mp3|zip)$", re.IGNORECASE)
_ID = re.compile(r"^(?:\d{4,}|[0-9a-f]{10,}|d-\d+|\d{8,}-\d+-\d+)$")
_SLUG_ID = re.compile(r"(?:^|-)\d{4,}(?:-|$)|^\d{4,}-")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+){2,}(?:\.s?html?)?$")

NOT_ARTICLE_REASONS = (
    "navigation page",
    "static page",
    "media or file",
    "off-site",
    "profile pattern",
    "no article shape",
)


def canonical(url: str, base: str | None = None) -> str | None:
    """An absolute http(s) URL in one spelling, or None for what is not a web page link."""
    url = (url or "").strip()
    if not url or url.startswith(("javascript:", "mailto:", "tel:", "#", "data:")):
        return None
    absolute = urljoin(base, url) if base else url
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    try:
        normal = normalize_url(absolute)
    except (ValueError, AttributeError):
        return None
    return urlunsplit(urlsplit(normal)._replace(fragment=""))


def unwrap(url: str, param: str | None) -> str:
    """The real URL behind a redirect link that carries it in `param` (`.../link?url=https%3A...`)."""
    if not param:
        return url
    inner = parse_qs(urlsplit(url).query).get(param)
    return inner[0] if inner and inner[0].startswith(("http://", "https://")) else url


def registrable(host: str) -> str:
    """The site a host belongs to, good enough for "same site": the last two labels (three for .co.id etc.)."""
    labels = host.lower().split(":")[0].split(".")
    if len(labels) >= 3 and labels[-2] in ("co", "or", "ac", "go", "web", "my", "com", "net", "org"):
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def not_article(url: str, profile: SiteProfile | None, site_host: str | None) -> str | None:
    """Why `url` is not an article (one of NOT_ARTICLE_REASONS), or None when it is one."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if site_host and registrable(host) != registrable(site_host) and not (profile and profile.serves(host)):
        return "off-site"
    segments = [s for s in parts.path.lower().split("/") if s]
    if profile is not None and any(re.search(rule, url) for rule in profile.not_article):
        return "profile pattern"
    if FILE.search(parts.path):
        return "media or file"
    if profile is not None and profile.article_url:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        return None if re.search(profile.article_url, path) else "profile pattern"
    return _shape(url, segments)


def _shape(url: str, segments: list[str]) -> str | None:
    if not segments:
        return "navigation page"
    first = segments[0]
    if first in STATIC or (len(segments) == 1 and segments[0].split(".")[0] in STATIC):
        return "static page"
    if first in MEDIA:
        return "media or file"
    if first in NAVIGATION or any(s in ("tag", "tags", "author", "penulis", "kategori", "category") for s in segments):
        return "navigation page"
    if is_not_crawlable(url):
        return "static page"
    dated = url_day(url) is not None and len(segments) >= 4
    with_id = any(_ID.match(s) for s in segments[:-1]) and len(segments) >= 2
    slug = segments[-1]
    slug_with_id = bool(_SLUG.match(slug) and _SLUG_ID.search(slug))
    if dated or with_id or slug_with_id:
        return None
    if is_navigation_page(url):
        return "navigation page"
    if _SLUG.match(slug) and slug.count("-") >= 3 and len(segments) >= 2:
        return None  # a headline slug under a section: /ekonomi/harga-beras-naik-jelang-lebaran
    return "no article shape"
