"""A site on 127.0.0.1 that answers only well-formed requests: each route checks the method, content type,
body, page numbering and query encoding it expects and answers 400 to anything else, as a real search
endpoint does. Every request is kept, with its raw target, headers and body."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

Answer = tuple[int, str, bytes]


@dataclass
class Asked:
    method: str
    target: str
    """The raw request target: path and query exactly as sent (their encoding is part of the check)."""
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)

    def form(self) -> dict[str, list[str]] | None:
        """The form fields of a form-encoded POST; None for anything else."""
        if self.method != "POST" or self.headers.get("content-type") != "application/x-www-form-urlencoded":
            return None
        return parse_qs(self.body.decode(), keep_blank_values=True, strict_parsing=bool(self.body))

    def json(self) -> Any:
        """The JSON body of a POST sent as application/json; None for anything else."""
        if self.method != "POST" or not self.headers.get("content-type", "").startswith("application/json"):
            return None
        try:
            return json.loads(self.body)
        except ValueError:
            return None


Route = Callable[[Asked], Answer | None]


@dataclass
class StrictSite:
    base: str
    routes: dict[str, Route] = field(default_factory=dict)
    asked: list[Asked] = field(default_factory=list)

    def on(self, path: str) -> list[Asked]:
        return [a for a in self.asked if a.path == path]


def html(body: str) -> Answer:
    return 200, "text/html; charset=utf-8", f'<!DOCTYPE html><html lang="id"><body>{body}</body></html>'.encode()


def as_json(data: Any) -> Answer:
    return 200, "application/json", json.dumps(data).encode()


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._answer("GET")

    def do_POST(self) -> None:
        self._answer("POST")

    def _answer(self, method: str) -> None:
        site = self.server.site
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        asked = Asked(method, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        site.asked.append(asked)
        route = site.routes.get(asked.path)
        if route is None:
            answer: Answer | None = (404, "text/html", b"<h1>not found</h1>")
        else:
            try:
                answer = route(asked)
            except (KeyError, ValueError, IndexError, TypeError):
                answer = None
        status, kind, data = answer or (400, "text/plain", b"bad request")
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: StrictSite


@pytest.fixture
def strict_site() -> Iterator[StrictSite]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.site = StrictSite(f"http://127.0.0.1:{server.server_address[1]}")
    server.site.routes["/"] = lambda asked: html("") if asked.method == "GET" else None
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.site
    server.shutdown()
    server.server_close()
