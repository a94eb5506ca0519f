"""Hostile pages written in the tests, served from 127.0.0.1: pages that replace the builtins the toolkit's
scripts use, and records whose every field is markup. Nothing here is copied from a real site."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.conftest import serving

PARAGRAPHS = [f"Paragraf {n}: warga desa membangun jembatan bambu baru di atas sungai yang deras setiap musim hujan."
              for n in range(1, 6)]  # fmt: skip
XSS = '"><img src=x onerror="window.__pwned=1;alert(1)">'
"""A value that runs a script wherever it lands unescaped in an attribute or in text."""
SCRIPT_XSS = "</script><script>window.__pwned=1;alert(1)</script>"
JS_URL = "javascript:window.__pwned=1;alert(1)"
PAYLOADS = ["<script>window.__pwned=1;alert(1)</script>", XSS, SCRIPT_XSS, "<!--", "\u2028\u2029"]

REPLACED_BUILTINS = """<script>
(() => {
  const realPush = Array.prototype.push;
  const bad = __BAD__;
  // Every object pushed with an `n` (a box) gets markup as its number; everything else goes in untouched.
  Array.prototype.push = function (...items) {
    for (const item of items) if (item && typeof item === "object" && "n" in item) item.n = bad;
    return realPush.apply(this, items);
  };
  Array.prototype.map = function () { return [bad]; };
  Array.prototype.filter = function () { return [bad]; };
  Object.keys = () => [bad];
  JSON.stringify = () => JSON_BAD;
  const JSON_BAD = '{"html": "<p>' + bad + '</p>"}';
  Element.prototype.getBoundingClientRect = function () {
    return { left: bad, top: bad, width: bad, height: bad, x: bad, y: bad, right: bad, bottom: bad };
  };
  Document.prototype.querySelectorAll = function () { return [bad]; };
  Document.prototype.querySelector = function () { return null; };
  Element.prototype.checkVisibility = function () { return false; };
  window.getComputedStyle = () => ({ display: "none", position: "fixed", overflow: "hidden" });
  window.Error = function () { return bad; };
})();
</script>""".replace("__BAD__", json.dumps(XSS))


def article(title: str = "Jembatan Desa", head: str = "", before: str = "", after: str = "") -> str:
    """A plain five-paragraph article; `head` goes in <head>, `before`/`after` around the <article>."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"{before}<article><h1>{title}</h1>{body}</article>{after}</body></html>")  # fmt: skip


def nested(depth: int) -> str:
    """The article at the bottom of `depth` nested <div>s."""
    return article(before="<div>" * depth, after="</div>" * depth)


@contextmanager
def serve(pages: dict[str, str]) -> Iterator[str]:
    """Serve {path: html} on 127.0.0.1; yields the base URL (no trailing slash)."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            body = pages.get(self.path.partition("?")[0])
            data = (body or "not here").encode("utf-8")
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8" if body is not None else "text/plain")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    with serving(ThreadingHTTPServer(("127.0.0.1", 0), Handler)) as base:
        yield base
