"""A small site on 127.0.0.1 whose routes each test writes: sitemaps, feeds, pagers as it needs them."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.discover.strict import strict_site  # noqa: F401 - a fixture for the listing tests

Answer = tuple[int, str, bytes]
Route = Answer | Callable[[dict[str, list[str]]], Answer | None]


@dataclass
class LocalSite:
    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)
    """Every GET path (with its query), in order."""

    def xml(self, path: str, body: str | bytes, kind: str = "application/xml") -> None:
        self.routes[path] = (200, kind, body.encode() if isinstance(body, str) else body)

    def html(self, path: str, body: str) -> None:
        self.routes[path] = (200, "text/html; charset=utf-8", body.encode())

    def robots(self, *lines: str) -> None:
        self.routes["/robots.txt"] = (200, "text/plain", "\n".join(lines).encode())


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        site = self.server.site
        site.hits.append(self.path)
        parts = urlsplit(self.path)
        route = site.routes.get(parts.path)
        answer = route(parse_qs(parts.query)) if callable(route) else route
        status, kind, body = answer or (404, "text/html", b"<h1>not found</h1>")
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: LocalSite


@pytest.fixture
def local_site() -> Iterator[LocalSite]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.site = LocalSite(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.site
    server.shutdown()
    server.server_close()


def urlset(*urls: tuple[str, str | None]) -> str:
    """A sitemap url set: (loc, lastmod or None) pairs."""
    rows = "".join(f"<url><loc>{loc}</loc>{f'<lastmod>{mod}</lastmod>' if mod else ''}</url>" for loc, mod in urls)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>'
