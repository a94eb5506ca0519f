"""Settling waits for the page's own pending work (a timer, a slow fetch), not for a fixed quiet
window, and still ends on a page whose clock ticks forever."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import toolkit
from toolkit.browser.render import MAX_SETTLE_SECONDS

SENTENCE = "para pedagang pasar menata dagangan sejak subuh sebelum pembeli datang."
PARAGRAPHS = [f"Paragraf {n}: {SENTENCE}" for n in range(6)]
LATE = "Paragraf terakhir datang dari server yang lambat, lama setelah halaman dimuat dan sepi."

PAGES = {
    # 400 ms of silence (longer than the DOM-quiet fallback), then a fetch that takes 700 ms.
    "/timer-then-fetch": """setTimeout(() => fetch("/late").then((r) => r.json()).then((d) => {
        const p = document.createElement("p"); p.textContent = d.text; document.querySelector("article").append(p);
      }), 400);""",
    # A clock that never stops: an interval is not loading work.
    "/clock": """setInterval(() => { document.getElementById("jam").textContent = new Date().toISOString(); }, 100);""",
    # Nothing to wait for, and no profile's template.
    "/still": "",
}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/late":
            time.sleep(0.7)
            return self._send(f'{{"text": "{LATE}"}}', "application/json")
        script = PAGES.get(self.path)
        if script is None:
            return self._send("", "text/html", 404)
        body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        return self._send(f"<!DOCTYPE html><html lang='id'><head><title>Pasar</title></head><body>"
                          f"<span id='jam'></span><article><h1>Pasar Pagi</h1>{body}</article>"
                          f"<script>{script}</script></body></html>", "text/html")  # fmt: skip

    def _send(self, body: str, kind: str, status: int = 200) -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_waits_for_a_timer_and_the_fetch_it_starts(server: str) -> None:
    [record] = toolkit.scrape([server + "/timer-then-fetch"], toolkit.ScrapeOptions(robots=False)).records
    assert record.status == "ok", record.error
    assert record.text.split("\n\n")[-1] == LATE


def test_a_page_whose_clock_ticks_forever_still_settles(server: str) -> None:
    [record] = toolkit.scrape([server + "/clock"], toolkit.ScrapeOptions(robots=False)).records
    assert record.status == "ok", record.error
    assert not any("kept changing" in note for note in record.notes), record.notes
    assert record.text.split("\n\n") == PARAGRAPHS


def test_a_page_of_no_profiles_template_is_not_held_for_a_profiles_body(server: str) -> None:
    """A profile with no fingerprint names no template: the page is not kept waiting (up to 8 s) for
    that profile's body selector, which a page of another site never has."""
    [record] = toolkit.scrape([server + "/still"], toolkit.ScrapeOptions(robots=False)).records
    assert record.status == "ok", record.error
    assert record.site == "generic"
    assert record.elapsed_ms < MAX_SETTLE_SECONDS * 1000, record.elapsed_ms
