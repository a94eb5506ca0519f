"""The demo site as a site that changed: what `toolkit health` must tell apart (`toolkit demo --serve --variant`).

- `drift`: the bisnis-like template with its classes renamed (`detailsContent` -> `storyContent`, every
  `details*` class alike), as a redesign does: the bisnis.com profile's selectors stop matching.
- `blocked`: every article page is a Cloudflare "Just a moment..." challenge (403, `cf-mitigated`) that
  never clears; robots.txt, sitemaps, the feed and the index still answer, as they often do.
- `empty`: the sitemaps, the feed, the index and the home page list no article.
"""

from __future__ import annotations

from toolkit.demo import render_cases
from toolkit.demo.articles import ARTICLES
from toolkit.demo.discovery import Response, listing_page, sitemap_xml

VARIANTS = ("drift", "blocked", "empty")
_ARTICLE_PATHS = tuple(a.path for a in ARTICLES)
"""An article's page, and its member view (`/member` + its path), end with one of these."""


def respond(variant: str, path: str) -> Response | None:
    """The variant's own answer for `path`, or None when the plain demo site answers."""
    html = "text/html; charset=utf-8"
    xml = "application/xml; charset=utf-8"
    if variant == "blocked" and path.endswith(_ARTICLE_PATHS):
        page = render_cases.challenge_page(clears=False)
        return 403, html, page.encode("utf-8"), {"cf-mitigated": "challenge", "Server": "cloudflare"}
    if variant != "empty":
        return None
    empty = {
        "/sitemap.xml": (xml, sitemap_xml("sitemapindex", "")),
        "/sitemap-news.xml": (xml, sitemap_xml("urlset", "")),
        "/rss.xml": (xml, '<rss version="2.0"><channel><title>Demo news</title></channel></rss>\n'),
        "/index": (html, listing_page("Indeks Berita", [], 1, "/index?", None)),
        "/": (html, '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Demo news site</title>'
                    '<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head>'
                    "<body><h1>Articles</h1><p>Belum ada artikel.</p></body></html>"),
    }  # fmt: skip
    if path in empty:
        kind, body = empty[path]
        return 200, kind, body.encode("utf-8"), {}
    return None


def rewrite(variant: str, body: str) -> str:
    """Text the site serves, as the variant serves it (drift: the `details*` classes renamed)."""
    return body.replace("details", "story") if variant == "drift" else body
