"""The demo site's discovery routes, kept apart from its article pages: what `toolkit discover` reads.

- `/robots.txt` names `/sitemap.xml` (an index: a static-pages sitemap and one gzip sitemap per month,
  `lastmod` written in UTC as many CMSs do) and `/sitemap-news.xml` (a Google News sitemap of the
  newest articles, `news:publication_date` in WIB).
- `/rss.xml`, announced on the home page with `<link rel="alternate">` (pubDate in RFC 822, +0700).
- `/index?categoryId=0&type=indeks&date=YYYY-MM-DD&page=N`: a bisnis.com-like index (`.art--row
  a.artLink`, `.artDate`, a hidden `#total_page` and "dari N halaman", `a[rel=next]`).
- `/?q=WORDS&page=N` (and `/search?q=`): a bisnis-like search whose result links are wrapped as
  `/link?url=...`, as search.bisnis.com's are; `/link?url=` redirects.
"""

from __future__ import annotations

import gzip
import html
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote, urlencode

from toolkit.demo.articles import ARTICLES, DemoArticle

WIB = timezone(timedelta(hours=7))
PER_PAGE = 2
STATIC_PAGES = ("/tentang", "/redaksi", "/kanal/ekonomi", "/tag/rupiah", "/penulis/dimas-pratama")
Response = tuple[int, str, bytes, dict[str, str]]


def published(article: DemoArticle) -> datetime:
    return datetime.strptime(article.date, "%Y-%m-%d %H:%M").replace(tzinfo=WIB)


def _utc(article: DemoArticle) -> str:
    return published(article).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")  # noqa: UP017


def _newest_first() -> list[DemoArticle]:
    return sorted(ARTICLES, key=published, reverse=True)


def _months() -> dict[str, list[DemoArticle]]:
    months: dict[str, list[DemoArticle]] = {}
    for article in ARTICLES:
        months.setdefault(article.date[:7], []).append(article)
    return months


def _xml(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body).encode("utf-8")


def route(path: str, query: dict[str, list[str]], base: str) -> Response | None:
    """The response for a discovery route, or None when `path` is not one (the article routes go on)."""
    xml = "application/xml; charset=utf-8"
    if path == "/robots.txt":
        text = f"User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\nSitemap: {base}/sitemap-news.xml\n"
        return 200, "text/plain; charset=utf-8", text.encode(), {}
    if path == "/sitemap.xml":
        children = [f"<sitemap><loc>{base}/sitemaps/pages.xml</loc></sitemap>"]
        for month, articles in sorted(_months().items()):
            newest = max(articles, key=published)
            children.append(f"<sitemap><loc>{base}/sitemaps/articles-{month}.xml.gz</loc>"
                            f"<lastmod>{_utc(newest)}</lastmod></sitemap>")  # fmt: skip
        return 200, xml, _xml(sitemap_xml("sitemapindex", "".join(children))), {}
    if path == "/sitemaps/pages.xml":
        urls = "".join(f"<url><loc>{base}{page}</loc></url>" for page in ("/", *STATIC_PAGES))
        return 200, xml, _xml(sitemap_xml("urlset", urls)), {}
    if path.startswith("/sitemaps/articles-") and path.endswith(".xml.gz"):
        articles = _months().get(path.removeprefix("/sitemaps/articles-").removesuffix(".xml.gz"))
        if not articles:
            return None
        urls = "".join(f"<url><loc>{base}{a.path}</loc><lastmod>{_utc(a)}</lastmod></url>" for a in articles)
        return 200, "application/gzip", gzip.compress(_xml(sitemap_xml("urlset", urls))), {}
    if path == "/sitemap-news.xml":
        return 200, xml, _xml(_news_sitemap(base)), {}
    if path == "/rss.xml":
        return 200, "application/rss+xml; charset=utf-8", _xml(_rss(base)), {}
    if path == "/index":
        return 200, "text/html; charset=utf-8", _index_page(query).encode("utf-8"), {}
    if (path == "/" and "q" in query) or path == "/search":
        return 200, "text/html; charset=utf-8", _search_page(query, base).encode("utf-8"), {}
    if path == "/link" and query.get("url", [""])[0].startswith(base + "/"):
        return 302, "text/plain", b"", {"Location": query["url"][0]}
    return None


def sitemap_xml(root: str, inner: str) -> str:
    spaces = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    if root == "urlset":
        spaces += ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
    return f"<{root} {spaces}>{inner}</{root}>\n"


def _news_sitemap(base: str) -> str:
    items = []
    for article in _newest_first()[:3]:
        items.append(
            f"<url><loc>{base}{article.path}</loc><news:news><news:publication><news:name>Demo</news:name>"
            "<news:language>id</news:language></news:publication>"
            f"<news:publication_date>{published(article).isoformat()}</news:publication_date>"
            f"<news:title>{html.escape(article.title)}</news:title></news:news></url>"
        )
    return sitemap_xml("urlset", "".join(items))


def _rss(base: str) -> str:
    items = "".join(
        f"<item><title>{html.escape(a.title)}</title><link>{base}{a.path}</link>"
        f'<guid isPermaLink="true">{base}{a.path}</guid><pubDate>{format_datetime(published(a))}</pubDate>'
        f"<category>{html.escape(a.section)}</category></item>"
        for a in _newest_first()
    )
    return (f'<rss version="2.0"><channel><title>Demo news</title><link>{base}/</link><language>id</language>'
            f"{items}</channel></rss>\n")  # fmt: skip


def _page_of(query: dict[str, list[str]]) -> int:
    raw = query.get("page", ["1"])[0]
    return max(1, int(raw)) if raw.isdigit() else 1


def listing_page(title: str, rows: list[DemoArticle], page: int, link: str, wrap: str | None) -> str:
    """One page of a bisnis-like list: its rows, the hidden page count, "dari N halaman" and rel=next.
    `wrap`: the site's base URL, when result links go through `/link?url=`."""
    total = max(1, -(-len(rows) // PER_PAGE))
    shown = rows[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = []
    for article in shown:
        href = f"/link?url={quote(wrap + article.path, safe='')}" if wrap else article.path
        when = published(article)
        items.append(
            f'<div class="art--row"><a class="artLink" href="{href}">{html.escape(article.title)}</a>'
            f'<span class="artDate">{when:%d} {when:%b} {when:%Y} | {when:%H:%M} WIB</span></div>'
        )
    next_link = f'<a rel="next" href="{link}page={page + 1}">Selanjutnya</a>' if page < total else ""
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<h1>{title}</h1><div class="list-news">{"".join(items)}</div>'
        f'<input type="hidden" id="total_page" value="{total}"><div class="pagination">'
        f"<span>Halaman {page} dari {total} halaman</span>{next_link}</div>"
        '<aside><a href="/tag/rupiah">Rupiah</a> <a href="/tentang">Tentang kami</a></aside></body></html>'
    )


def _index_page(query: dict[str, list[str]]) -> str:
    day = query.get("date", [""])[0]
    rows = [a for a in _newest_first() if not day or a.date.startswith(day)]
    link = "/index?" + urlencode({"categoryId": "0", "type": "indeks", "date": day}) + "&"
    return listing_page(f"Indeks Berita {html.escape(day)}".strip(), rows, _page_of(query), link, wrap=None)


def _search_page(query: dict[str, list[str]], base: str) -> str:
    words = query.get("q", [""])[0].lower().split()
    rows = [a for a in _newest_first() if words and all(w in a.full_text().lower() + a.title.lower() for w in words)]
    link = "/?" + urlencode({"q": " ".join(words)}) + "&"
    return listing_page(f"Hasil pencarian: {html.escape(' '.join(words))}", rows, _page_of(query), link, wrap=base)
