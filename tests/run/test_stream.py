"""The streamed client's own rules (issue 23, item 4): encodings, caps, redirects, error statuses, cookies,
and secrets kept out of its repr and messages. A real server on 127.0.0.1 answers every case."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest

from tests.proxy import serving
from toolkit._sync import run_coroutine
from toolkit.run.stream import Fetched, FetchError, PlainClient, cookie_header

TEXT = b"<urlset>" + b"<url><loc>https://a.test/berita/1</loc></url>" * 2000 + b"</urlset>"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path
        if path.startswith("/hop/"):  # /hop/N redirects N more times, then to /plain
            left = int(path.rsplit("/", 1)[1])
            return self._send(302, b"", location="/plain" if left == 0 else f"/hop/{left - 1}")
        answers = {
            "/plain": (200, TEXT, None),
            "/zlib": (200, zlib.compress(TEXT), "deflate"),
            "/raw-deflate": (200, zlib.compress(TEXT, wbits=-zlib.MAX_WBITS), "deflate"),
            "/brotli": (200, b"\x0b\x02\x80hello\x03", "br"),
            "/broken-gzip": (200, b"\x1f\x8b\x08\x00" + b"\xff" * 64, "gzip"),
            "/gone": (410, b"x" * 100_000, None),
            "/to-ftp": (302, b"", None),
        }
        status, body, encoding = answers.get(path, (404, b"", None))
        self._send(status, body, encoding, location="ftp://a.test/x" if path == "/to-ftp" else None)

    def _send(self, status: int, body: bytes, encoding: str | None = None, location: str | None = None) -> None:
        self.send_response(status)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serving(Handler) as port:
        yield f"http://127.0.0.1:{port}"


def get(url: str, cap: int = 10 * 1024 * 1024, **kwargs: object) -> Fetched:
    async def go() -> Fetched:
        client = PlainClient(None, timeout=10)
        try:
            return await client.get(url, cap, **kwargs)  # type: ignore[arg-type]
        finally:
            await client.close()

    return run_coroutine(go())


def test_bodies_decode_whatever_the_encoding(base: str) -> None:
    for path in ("/plain", "/zlib", "/raw-deflate"):
        fetched = get(base + path)
        assert (fetched.status, fetched.body, fetched.truncated) == (200, TEXT, False), path


def test_the_cap_is_on_the_decoded_size(base: str) -> None:
    with pytest.raises(FetchError, match=r"^larger than 50 KiB, not read$"):
        get(base + "/zlib", cap=50 * 1024)  # 2 KiB on the wire, 90 KiB decoded
    kept = get(base + "/zlib", cap=50 * 1024, keep_partial=True)
    assert kept.truncated and kept.body == TEXT[: 50 * 1024]


def test_redirects_are_followed_and_bounded(base: str) -> None:
    assert get(base + "/hop/9").url == base + "/plain"  # ten redirects
    with pytest.raises(FetchError, match="more than 10 redirects"):
        get(base + "/hop/10")
    with pytest.raises(FetchError, match="non-HTTP"):
        get(base + "/to-ftp")


def test_an_error_status_comes_back_unread_and_bad_bodies_are_one_line(base: str) -> None:
    gone = get(base + "/gone")
    assert (gone.status, gone.body) == (410, b"")
    with pytest.raises(FetchError, match=r"^Content-Encoding br is not supported$"):
        get(base + "/brotli")
    with pytest.raises(FetchError, match=r"^broken gzip body"):
        get(base + "/broken-gzip")


def test_secrets_stay_out_of_repr_and_messages(tmp_path: Path) -> None:
    session = tmp_path / "session.json"
    session.write_text(json.dumps({"cookies": [{"name": "sid", "value": "rahasia-sesi", "domain": "a.test"}]}))
    client = PlainClient("http://reader:kata-sandi@127.0.0.1:9", str(session), timeout=5)
    assert "rahasia-sesi" not in repr(client) and "kata-sandi" not in repr(client)

    async def through_a_closed_proxy() -> None:
        try:
            await client.get("http://a.test/robots.txt", 1024)
        finally:
            await client.close()

    with pytest.raises(FetchError) as failed:
        run_coroutine(through_a_closed_proxy())
    assert "kata-sandi" not in str(failed.value) and "\n" not in str(failed.value)
    for unusable in ("ftp://reader:kata-sandi@127.0.0.1:9", "http://reader:kata-sandi@[::1"):
        with pytest.raises(FetchError, match=r"^--proxy: ") as failed:  # one line for the record, no traceback
            run_coroutine(PlainClient(unusable).get("http://a.test/robots.txt", 1024))
        assert "kata-sandi" not in str(failed.value)


def test_cookie_header_follows_the_browser_rules() -> None:
    cookies = [
        {"name": "host", "value": "1", "domain": "news.test", "path": "/"},
        {"name": "wide", "value": "2", "domain": ".news.test", "path": "/"},
        {"name": "deep", "value": "3", "domain": "news.test", "path": "/berita"},
        {"name": "tls", "value": "4", "domain": "news.test", "path": "/", "secure": True},
        {"name": "old", "value": "5", "domain": "news.test", "path": "/", "expires": 1_000_000},
    ]
    assert cookie_header(cookies, "http://news.test/berita/1") == "deep=3; host=1; wide=2"
    assert cookie_header(cookies, "https://news.test/beritaku") == "host=1; wide=2; tls=4"  # not /berita's
    assert cookie_header(cookies, "http://m.news.test/") == "wide=2"
    assert cookie_header(cookies, "http://othernews.test/") is None


class PostHandler(BaseHTTPRequestHandler):
    """Echoes a request: method, path, the headers that matter, the body; /post-then-see redirects with 303
    and /post-kept with 307; /post-big answers 90 KiB of zlib-compressed text."""

    seen: ClassVar[list[tuple[str, str, dict[str, str], bytes]]] = []

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._echo("GET")

    def do_POST(self) -> None:
        self._echo("POST")

    def _echo(self, method: str) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k.lower(): v for k, v in self.headers.items()}
        PostHandler.seen.append((method, self.path, headers, body))
        location = {"/post-then-see": "/seen", "/post-kept": "/kept"}.get(self.path)
        status = 303 if self.path == "/post-then-see" else 307 if self.path == "/post-kept" else 200
        data = zlib.compress(TEXT) if self.path == "/post-big" else b"ok"
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        if self.path == "/post-big":
            self.send_header("Content-Encoding", "deflate")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def test_a_post_sends_its_body_and_headers_and_keeps_the_clients_rules() -> None:
    """A listing's POST: its body and Content-Type/Referer go, with the client's User-Agent (a header the
    listing declares does not replace it); a 303 is followed with a GET and no body, a 307 with the same
    POST; the decoded-size cap holds."""
    PostHandler.seen.clear()

    async def go(base: str) -> list[Fetched]:
        client = PlainClient(None, timeout=10)
        headers = {"Content-Type": "application/json", "Referer": "https://www.news.test/", "User-Agent": "x"}
        try:
            out = [await client.request("POST", base + path, 1 << 20, body=b'{"q": "beras"}', headers=headers)
                   for path in ("/post-then-see", "/post-kept")]  # fmt: skip
            with pytest.raises(FetchError, match="larger than 50 KiB"):
                await client.request("POST", base + "/post-big", 50 * 1024, body=b"q=beras")
            return out
        finally:
            await client.close()

    with serving(PostHandler) as port:
        see, kept = run_coroutine(go(f"http://127.0.0.1:{port}"))
    assert see.status == kept.status == 200 and see.url.endswith("/seen") and kept.url.endswith("/kept")
    steps = [(method, path, body) for method, path, _, body in PostHandler.seen]
    assert steps[:4] == [("POST", "/post-then-see", b'{"q": "beras"}'), ("GET", "/seen", b""),
                         ("POST", "/post-kept", b'{"q": "beras"}'), ("POST", "/kept", b'{"q": "beras"}')]  # fmt: skip
    first, after_303 = PostHandler.seen[0][2], PostHandler.seen[1][2]
    assert first["content-type"] == "application/json" and first["referer"] == "https://www.news.test/"
    assert first["user-agent"] != "x" and first["user-agent"].startswith("Mozilla/")
    assert "content-type" not in after_303 and after_303["referer"] == "https://www.news.test/"
