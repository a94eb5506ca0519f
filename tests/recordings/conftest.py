"""A site that echoes its reader's session everywhere a careless site does, on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from tests.conftest import serving

COOKIE = "s3cr3t/Tok+en=5f1e0c9a7b"
"""The session cookie's value: `/`, `+` and `=` make its percent-encoded form differ from the raw one."""
STORED = "device/Key+9d2c4b7e1a"
"""A localStorage value of the session."""
SHORT = "u7k"
"""A short cookie value (`uid`): too short to replace everywhere, replaced beside its name."""
PARAGRAPHS = [f"Paragraf {n}: warga kota menanam pohon di sepanjang jalan utama untuk menyambut musim hujan tahun ini."
              for n in range(1, 6)]  # fmt: skip


class EchoHandler(BaseHTTPRequestHandler):
    """`/start` redirects to the article with the cookie in the URL; the article echoes it into an inline script
    that asks `/api/me?access_token=...` (whose answer, headers and a binary body echo it again)."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        sid, uid = self._cookie("sid"), self._cookie("uid")
        if parts.path == "/start":
            return self._send(302, b"", "text/html", {"Location": f"/article?ref={quote(sid, safe='')}"})
        if parts.path == "/article":
            echoes = {"Set-Cookie": f"sid={sid}; Path=/", "Link": f"</api/me?access_token={sid}&uid={uid}>; rel=x"}
            return self._send(200, self._article(sid).encode(), "text/html; charset=utf-8", echoes)
        if parts.path == "/api/me":
            token = query.get("access_token", [""])[0]
            greeting = {
                "greeting": f"Salam untuk pembaca setia dengan kunci {token} yang membuka artikel ini penuh.",
                "uid": query.get("uid", [""])[0],
            }
            return self._send(200, json.dumps(greeting).encode(), "application/json", {"Link": f"<{token}>; rel=x"})
        if parts.path == "/api/blob":
            return self._send(200, b"\x00\x01BIN" + sid.encode() + query.get("d", [""])[0].encode() + b"\xff",
                              "application/octet-stream")  # fmt: skip
        return self._send(404, b"", "text/html")

    def _cookie(self, wanted: str) -> str:
        for cookie in (self.headers.get("Cookie") or "").split(";"):
            name, _, value = cookie.strip().partition("=")
            if name == wanted:
                return value
        return ""

    def _article(self, sid: str) -> str:
        body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        script = (
            f"<script>const sid = {json.dumps(sid)}; const key = localStorage.getItem('auth') || '';"
            "fetch('/api/blob?d=' + encodeURIComponent(key));"
            "fetch('/api/me?access_token=' + encodeURIComponent(sid) + '&device=' + encodeURIComponent(key))"
            ".then(r => r.json()).then(d => { const p = document.createElement('p'); p.textContent = d.greeting;"
            "document.querySelector('article').appendChild(p); });</script>"
        )
        uid = self._cookie("uid")
        script = script.replace("'&device='", f"'&uid={uid}&device='")
        return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Pohon Kota</title></head><body>"
                f"<article><h1>Pohon Kota</h1>{body}</article><a href='/profil?uid={uid}'>Profil</a>{script}"
                "</body></html>")  # fmt: skip

    def _send(self, status: int, data: bytes, kind: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@dataclass(frozen=True)
class EchoSite:
    base_url: str

    def session(self, folder: Path) -> Path:
        """A Playwright storage state with the cookie and a localStorage value, as `toolkit login` writes it."""
        state = {
            "cookies": [{"name": name, "value": value, "domain": "127.0.0.1", "path": "/", "expires": -1,
                         "httpOnly": False, "secure": False, "sameSite": "Lax"}
                        for name, value in (("sid", COOKIE), ("uid", SHORT))],
            "origins": [{"origin": self.base_url, "localStorage": [{"name": "auth", "value": STORED}]}],
        }  # fmt: skip
        path = folder / "reader.json"
        path.write_text(json.dumps(state))
        return path


@pytest.fixture(scope="session")
def echo_site() -> Iterator[EchoSite]:
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), EchoHandler)) as base_url:
        yield EchoSite(base_url)
