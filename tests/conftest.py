"""Shared fixtures: the demo site and a fault server on 127.0.0.1, and pytest-playwright's browser.

One decision for the whole suite on sync Playwright fixtures vs asyncio: toolkit code is async
inside, and its sync entry point (`toolkit.scrape`) runs the event loop in a worker thread when
the calling thread already has one (as pytest-playwright's sync fixtures do). Tests therefore
call the sync API or the CLI and never run an event loop of their own.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from playwright.sync_api import sync_playwright

from toolkit.browser.launch import QUIET_ARGS, find_browser
from toolkit.demo.server import DemoSite

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def demo_site() -> Iterator[DemoSite]:
    with DemoSite() as site:
        yield site


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """pytest-playwright launches the same Chromium the toolkit would."""
    with sync_playwright() as playwright:
        choice = find_browser(playwright.chromium.executable_path)
    args = {**browser_type_launch_args, "args": QUIET_ARGS}
    if choice.path:
        args["executable_path"] = choice.path
    return args


class FaultHandler(BaseHTTPRequestHandler):
    """Pages that go wrong in the ways real servers do."""

    protocol_version = "HTTP/1.1"
    hits: ClassVar[Counter[str]] = Counter()
    """Requests per path and query: flaky endpoints fail their first hits."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        FaultHandler.hits[self.path] += 1
        path, _, query = self.path.partition("?")
        served = self._fault(path, query, FaultHandler.hits[self.path])
        if served is not None:
            return None
        return self._basic_faults(path, query)

    def _fault(self, path: str, query: str, hit: int) -> bool | None:
        """The faults of issue 6; None when the path is not one of them."""
        if path == "/robots.txt":
            return self._send(200, "User-agent: *\nDisallow: /private\nAllow: /private/open\n", "text/plain")
        if path in ("/private/page", "/private/open", "/ok", "/throws"):
            script = "<script>undefinedFunction(); throw new Error('boom')</script>" if path == "/throws" else ""
            return self._send(200, article_page(f"Artikel {path} {query}", 0).replace("<body>", "<body>" + script))
        if path == "/flaky":  # 503 twice, then the article
            if hit <= 2:
                return self._send(503, "<h1>busy</h1>")
            return self._send(200, article_page("Akhirnya tersedia", 0))
        if path == "/ratelimited":  # 429 with Retry-After once, then the article
            if hit == 1:
                return self._send(429, "<h1>slow down</h1>", extra={"Retry-After": "1"})
            return self._send(200, article_page("Setelah menunggu", 0))
        if path == "/sleepy":  # a slow but healthy server: one second per page
            time.sleep(1)
            return self._send(200, article_page(f"Artikel lambat {query}", 0))
        if path == "/always503":
            return self._send(503, "<h1>down</h1>")
        if path == "/reset":
            self.connection.shutdown(2)  # close without answering
            self.close_connection = True
            return True
        if path == "/hop1":
            return self._redirect("/hop2")
        if path == "/hop2":
            return self._redirect("/hop3")
        if path == "/hop3":
            return self._redirect("/ok?from=hops")
        if path == "/huge":
            paragraphs = "".join(f"<p>Paragraf panjang nomor {n} tentang kota yang sangat besar dan ramai.</p>"
                                 for n in range(40_000))  # fmt: skip
            return self._send(200, f"<!DOCTYPE html><html lang='id'><body><article><h1>Besar</h1>{paragraphs}"
                                   "</article></body></html>")  # fmt: skip
        if path == "/index":
            links = "".join(f"<li><a href='/ok?n={n}'>Berita {n}</a></li>" for n in range(12))
            return self._send(200, f"<!DOCTYPE html><html><head><title>Beranda</title></head><body><ul>{links}</ul>"
                                   "</body></html>")  # fmt: skip
        return None

    def _redirect(self, target: str) -> bool:
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()
        return True

    def _basic_faults(self, path: str, query: str) -> bool | None:
        page = int(query.removeprefix("page=")) if query.startswith("page=") and query[5:].isdigit() else 1
        if path in ("/endless", "/same"):
            # /endless: every page links to a new next page, forever. /same: ignores ?page=, same text each time.
            number = page if path == "/endless" else 1
            return self._send(200, article_page(f"Halaman {number} dari cerita tanpa akhir", page))
        if self.path == "/slow":
            time.sleep(30)
            return self._send(200, "<p>too late</p>")
        if self.path == "/missing":
            return self._send(404, "<h1>Not found</h1>")
        if self.path == "/broken":
            return self._send(500, "<h1>Server error</h1>")
        if self.path == "/empty":
            return self._send(200, "<!DOCTYPE html><html><head><title>Empty</title></head><body></body></html>")
        if self.path == "/loop":
            return self._redirect("/loop")
        if self.path == "/file.pdf":
            return self._send(200, "%PDF-1.4 not really", "application/pdf")
        return self._send(404, "")

    def _send(self, status: int, body: str, kind: str = "text/html; charset=utf-8",
              extra: dict[str, str] | None = None) -> bool:  # fmt: skip
        data = body.encode()
        self.send_response(status)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        return True


def article_page(sentence: str, page: int) -> str:
    paragraphs = "".join(f"<p>{sentence}, paragraf {n}: warga kota berkumpul di alun-alun sejak pagi hari.</p>"
                         for n in range(1, 6))  # fmt: skip
    return (
        f"<!DOCTYPE html><html lang='id'><head><title>Cerita</title></head><body><article><h1>Cerita</h1>"
        f"{paragraphs}</article><div class='pagination'><a href='?page={page + 1}'>Selanjutnya</a></div>"
        f"</body></html>"
    )


class FaultServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the faults drop connections on purpose; tracebacks here would only be noise


@pytest.fixture(scope="session")
def fault_server() -> Iterator[str]:
    with serving(FaultServer(("127.0.0.1", 0), FaultHandler)) as base_url:
        yield base_url


@contextlib.contextmanager
def serving(server: ThreadingHTTPServer) -> Iterator[str]:
    """Serve on a background thread while the block runs; its base URL."""
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None, stdin: str | None = None,
            timeout: float = 180) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """Run `toolkit ARGS...` as a user would, in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "toolkit", *args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
