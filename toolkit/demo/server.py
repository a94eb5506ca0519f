"""The bundled demo news site, served on a free loopback port.

Two templates: a bisnis.com-like one (body injected by script from a slow API, sidebar promos and
widgets, a "Halaman 1 2" pager, a "Konten Premium" wall with a login form) and "Kabar Nusantara",
a template no profile knows (JSON-LD, a consent overlay that locks the page, lazy paragraphs).
A `variant` serves it as a site that changed its template, put up a bot wall or lists nothing (`variants`).
"""

from __future__ import annotations

import html
import json
import secrets
import sys
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from string import Template
from types import TracebackType
from urllib.parse import parse_qs, quote, urlsplit

from toolkit.demo import render_cases, variants
from toolkit.demo.articles import ARTICLES, BY_ID, DEMO_PASSWORD, DEMO_USER, DemoArticle
from toolkit.demo.discovery import route as discovery_route

API_DELAY = 0.6  # seconds: a slow article API, so that a scraper that does not wait sees no body
LAZY_DELAY = 0.3
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jum'at", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]  # fmt: skip
SESSION_COOKIE = "demo_session"


def _site_file(name: str) -> str:
    return resources.files("toolkit.demo").joinpath("site", name).read_text(encoding="utf-8")


def _visible_date(article: DemoArticle) -> str:
    from datetime import datetime

    when = datetime.strptime(article.date, "%Y-%m-%d %H:%M")
    return f"{DAYS[when.weekday()]}, {when.day} {MONTHS[when.month - 1]} {when.year} | {when:%H:%M}"


def _links(ids: list[int], *, item: str = "li") -> str:
    return "".join(f'<{item}><a href="{BY_ID[i].path}">{html.escape(BY_ID[i].title)}</a></{item}>' for i in ids)


def _others(article: DemoArticle) -> str:
    return _links([a.id for a in ARTICLES if a.id != article.id and a.template == article.template])


MEMBER_VIEW = "/member"
"""Prefix of a premium article's second route, whose premium badge is gone once the reader is logged in
(as on sites that show members no marker): only the anonymous view proves that the session unlocked it."""


def bisnis_page(article: DemoArticle, page: int, base: str, badge: bool = True) -> str:
    pager = ""
    if len(article.pages) > 1:
        numbers = "".join(f'<li><a href="?page={n}">{n}</a></li>' for n in range(1, len(article.pages) + 1))
        pager = f'<span class="pagingLabel">Halaman</span><ol class="pagination">{numbers}</ol>'
    return Template(_site_file("bisnis.html")).substitute(
        id=article.id,
        page=page or "all",
        title=html.escape(article.title),
        lead=html.escape(article.lead),
        publishdate=article.date.replace("-", "/") + ":00",
        canonical=base + article.path,
        section=article.section,
        visible_date=_visible_date(article),
        caption=html.escape(article.caption),
        pager=pager,
        badge='<span class="premiumBadge">Premium</span>' if article.premium and badge else "",
        authors=", ".join(article.authors),
        editors=", ".join(article.editors),
        tags="".join(f'<li><a class="detailsTagLink" href="/">{html.escape(t)}</a></li>' for t in article.tags),
        related=_links(list(article.related)),
        others=_others(article),
    )


def bisnis_body(article: DemoArticle, page: int, logged_in: bool) -> str:
    """The body HTML the article API returns: paragraphs with the site's in-body boilerplate.
    Page 0 is the whole article at once (what a profile's `all_pages` view gives)."""
    if page == 0:
        return "\n".join(bisnis_body(article, n, logged_in) for n in range(1, len(article.pages) + 1))
    paragraphs = list(article.pages[page - 1])
    walled = article.premium and not logged_in
    if walled:
        paragraphs = paragraphs[: article.teaser]
    parts: list[str] = []
    if page == 1:
        parts.append(
            '<div class="bisnisaiHeader">Ringkasan Berita</div><div class="bisnisaiBody"><ul>'
            f"<li>{html.escape(article.lead)}</li></ul></div>"
            '<div class="bisnisaiFooter">* Ringkasan ini dibantu dengan menggunakan AI</div>'
        )
    for n, text in enumerate(paragraphs):
        opening = "Bisnis.com, JAKARTA — " if page == 1 and n == 0 else ""
        parts.append(f"<p>{opening}{html.escape(text)}</p>")
        if n == 1 and article.related:
            other = BY_ID[article.related[0]]
            parts.append(f'<div class="baca-juga-box"><span>Baca Juga : </span><a href="{other.path}">'
                         f"{html.escape(other.title)}</a></div>")  # fmt: skip
        if n == 2:
            parts.append('<div class="billboard">ADVERTISEMENT</div>')
    if walled:
        parts.append(
            '<div class="paywall"><h3>Konten Premium</h3><p>Dapatkan informasi komprehensif di Bisnis.com yang '
            "diolah secara mendalam untuk menavigasi bisnis Anda. Silakan login untuk menikmati artikel Konten "
            'Premium.</p><form method="post" action="/login"><input type="email" name="email" placeholder="Email">'
            '<input type="password" name="password" placeholder="Kata sandi"><button type="submit">Masuk</button>'
            "</form></div>"
        )
    return "\n".join(parts)


def kabar_page(article: DemoArticle, page: int, logged_in: bool) -> str:
    """A page of the unknown template: JSON-LD, consent overlay, lazy tail, locked part, pager."""
    paragraphs = list(article.pages[page - 1])
    lazy = paragraphs[len(paragraphs) - article.lazy :] if article.lazy else []
    shown = paragraphs[: len(paragraphs) - len(lazy)]
    locked: list[str] = []
    if article.premium:
        shown, locked = shown[: article.teaser], shown[article.teaser :]
    body: list[str] = []
    for n, text in enumerate(shown):
        body.append(f"      <p>{html.escape(text)}</p>")
        if n == 1 and page == 1:
            other = next(a for a in ARTICLES if a.template == "kabar" and a.id != article.id)
            body.append(
                f'      <p class="related"><strong>Baca juga:</strong> <a href="{other.path}">'
                f"{html.escape(other.title)}</a></p>"
            )
        if n == 2:
            body.append('      <div class="ad">ADVERTISEMENT</div>')
    if locked:
        # The locked part is in the DOM either way; without a session, CSS hides it and a wall follows.
        hidden = "" if logged_in else " locked"
        body.append(f'      <div class="paywall-content{hidden}">')
        body.extend(f"        <p>{html.escape(text)}</p>" for text in locked)
        body.append("      </div>")
        if not logged_in:
            body.append(
                '      <div class="subscribeWall"><p>Artikel ini khusus pelanggan Kabar Plus.</p>'
                '<p><a href="/login">Masuk</a> atau <a href="/login">berlangganan</a> untuk membaca '
                "selengkapnya.</p></div>"
            )
    if lazy:
        body.append(f'      <div id="more-paragraphs" data-article="{article.id}"></div>')
    iso = article.date.replace(" ", "T") + ":00+07:00"
    jsonld: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": iso,
        "dateModified": iso,
        "author": [{"@type": "Person", "name": name} for name in article.authors],
        "publisher": {"@type": "Organization", "name": "Kabar Nusantara"},
        "articleSection": article.section,
        "keywords": list(article.tags),
        "image": f"/static/kabar-{article.id}.jpg",
        "inLanguage": "id",
    }
    if article.premium:
        jsonld["isAccessibleForFree"] = False
        jsonld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall-content"}
    return Template(_site_file("kabar.html")).substitute(
        id=article.id,
        title=html.escape(article.title),
        section=article.section,
        jsonld=json.dumps(jsonld, ensure_ascii=False).replace("</", "<\\/"),
        authors=" dan ".join(article.authors),
        iso=iso,
        visible_date=_visible_date(article).replace(" |", ",") + " WIB",
        caption=html.escape(article.caption),
        paragraphs="\n".join(body),
        pager=_story_nav(article, page),
        others=_others(article),
    )


def _story_nav(article: DemoArticle, page: int) -> str:
    """Kabar's pager: only "Sebelumnya" / "Selanjutnya" links, no page numbers."""
    if len(article.pages) == 1:
        return ""
    links = []
    if page > 1:
        links.append(f'<a rel="prev" href="?page={page - 1}">« Sebelumnya</a>')
    if page < len(article.pages):
        links.append(f'<a rel="next" href="?page={page + 1}">Selanjutnya »</a>')
    return f'    <nav class="story-nav">{"".join(links)}</nav>'


class DemoHandler(BaseHTTPRequestHandler):
    server: DemoHTTPServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # silence per-request logging
        pass

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        path = parts.path
        raw_page = query.get("page", ["1"])[0]
        page = int(raw_page) if raw_page.isdigit() else 0 if raw_page == "all" else 1  # 0: all pages at once
        changed = variants.respond(self.server.variant, path)  # --variant drift|blocked|empty
        if changed is not None:
            return self._send_bytes(changed[2], HTTPStatus(changed[0]), changed[1], changed[3])
        discovered = discovery_route(path, query, self.server.base_url)  # robots, sitemaps, feed, indeks, search
        if discovered is not None:
            return self._send_bytes(discovered[2], HTTPStatus(discovered[0]), discovered[1], discovered[3])
        if path in ("/", "/index.html"):
            return self._send(Template(_site_file("index.html")).substitute(links=_links([a.id for a in ARTICLES])))
        if path.startswith("/static/"):
            return self._static(path.removeprefix("/static/"))
        if path == "/login":
            return self._send(self._login_page(query.get("next", ["/"])[0], ""))
        if path.startswith("/api/body/"):
            article = self._article(path.removeprefix("/api/body/"))
            if not article or not 0 <= page <= len(article.pages):
                return self._send("{}", HTTPStatus.NOT_FOUND, "application/json")
            time.sleep(API_DELAY)
            body = bisnis_body(article, page, self._logged_in())
            return self._send(json.dumps({"html": body}), content_type="application/json")
        if path.startswith("/api/lazy/"):
            article = self._article(path.removeprefix("/api/lazy/"))
            if not article:
                return self._send("{}", HTTPStatus.NOT_FOUND, "application/json")
            time.sleep(LAZY_DELAY)
            tail = list(article.pages[0][len(article.pages[0]) - article.lazy :]) if article.lazy else []
            return self._send(json.dumps({"paragraphs": tail}), content_type="application/json")
        if path.startswith(render_cases.PREFIX):  # rendering cases: archive, promo, endless feed, challenges
            return render_cases.serve(self, path, query)
        for article in ARTICLES:
            if article.premium and article.template == "bisnis" and path == MEMBER_VIEW + article.path:
                return self._send(bisnis_page(article, page, self.server.base_url, badge=not self._logged_in()))
            if path == article.path:
                if not 0 <= page <= len(article.pages) or (page == 0 and article.template == "kabar"):
                    break
                if article.template == "kabar":
                    return self._send(kabar_page(article, page, self._logged_in()))
                return self._send(bisnis_page(article, page, self.server.base_url))
        return self._send("<!DOCTYPE html><title>Tidak ditemukan</title><h1>404 Halaman tidak ditemukan</h1>",
                          HTTPStatus.NOT_FOUND)  # fmt: skip

    def do_POST(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != "/login":
            return self._send("", HTTPStatus.NOT_FOUND)
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode("utf-8", "replace"))
        target = parse_qs(parts.query).get("next", ["/"])[0]
        if form.get("email", [""])[0] == DEMO_USER and form.get("password", [""])[0] == DEMO_PASSWORD:
            token = secrets.token_hex(16)
            self.server.sessions.add(token)
            self.send_response(HTTPStatus.SEE_OTHER)
            self.send_header("Location", target if target.startswith("/") else "/")
            self.send_header("Set-Cookie", f"{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        message = '<p class="loginError">Email atau kata sandi salah.</p>'
        return self._send(self._login_page(target, message), HTTPStatus.UNAUTHORIZED)

    def _login_page(self, target: str, message: str) -> str:
        return Template(_site_file("login.html")).substitute(next=quote(target), message=message)

    def _logged_in(self) -> bool:
        for cookie in (self.headers.get("Cookie") or "").split(";"):
            name, _, value = cookie.strip().partition("=")
            if name == SESSION_COOKIE and value in self.server.sessions:
                return True
        return False

    def _article(self, raw_id: str) -> DemoArticle | None:
        return BY_ID.get(int(raw_id)) if raw_id.isdigit() else None

    def _static(self, name: str) -> None:
        if name.endswith(".jpg"):  # placeholder covers: the scraper blocks images anyway
            return self._send_bytes(b"\xff\xd8\xff\xd9", HTTPStatus.OK, "image/jpeg")
        types = {"css": "text/css", "js": "application/javascript"}
        kind = types.get(name.rsplit(".", 1)[-1])
        if not kind or "/" in name:
            return self._send("", HTTPStatus.NOT_FOUND)
        return self._send(_site_file(name), content_type=kind)

    def _send(self, body: str, status: HTTPStatus = HTTPStatus.OK, content_type: str = "text/html") -> None:
        body = variants.rewrite(self.server.variant, body)
        self._send_bytes(body.encode("utf-8"), status, f"{content_type}; charset=utf-8")

    def _send_bytes(self, data: bytes, status: HTTPStatus, content_type: str,
                    headers: dict[str, str] | None = None) -> None:  # fmt: skip
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class DemoHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int = 0, variant: str = "") -> None:
        super().__init__(("127.0.0.1", port), DemoHandler)
        self.variant = variant
        """"" (the site as built), or one of `variants.VARIANTS`: may be changed while serving."""
        self.sessions: set[str] = set()
        self.requests: list[str] = []
        """Every GET path, in order: tests read it to see what a scrape fetched."""

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request: object, client_address: object) -> None:
        """A browser that drops a connection (an aborted request, a closed page) is not an error here."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class DemoSite:
    """The demo site running in a background thread: `with DemoSite() as site: site.url(...)`."""

    def __init__(self, port: int = 0, variant: str = "") -> None:
        self.server = DemoHTTPServer(port, variant)
        self._thread = threading.Thread(target=self.server.serve_forever, name="demo-site", daemon=True)

    @property
    def base_url(self) -> str:
        return self.server.base_url

    def url(self, article: DemoArticle | int, page: int | None = None) -> str:
        article = BY_ID[article] if isinstance(article, int) else article
        return self.base_url + article.path + (f"?page={page}" if page else "")

    def article_urls(self) -> list[str]:
        return [self.url(a) for a in ARTICLES]

    def start(self) -> DemoSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> DemoSite:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
