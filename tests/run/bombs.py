"""Servers that attack the fetches made outside the browser (issue 23, item 4): a gzip bomb (1 MB on the wire,
1 GiB once inflated), a body trickled one byte a second forever, and a robots.txt of the test's choosing;
and a way to run the CLI while measuring the peak memory of its processes."""

from __future__ import annotations

import functools
import os
import struct
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import psutil

from tests.conftest import article_page
from tests.proxy import serving

GIB = 1 << 30


@functools.cache
def gzip_bomb() -> bytes:
    """A valid gzip stream of 1 GiB of zeros, about 1 MB long: one 1 MiB deflate block, cut with a full
    flush so that it can be repeated 1024 times, then the end block and the trailer."""
    block = b"\0" * (1 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    piece = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(GIB // len(block)):
        crc = zlib.crc32(block, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + piece * (GIB // len(block)) + deflate.flush() + struct.pack("<II", crc, GIB & 0xFFFFFFFF)


@dataclass
class HostileSite:
    base: str
    robots: str | None = "User-agent: *\nAllow: /\n"
    """robots.txt as text; "bomb" or "trickle" for those."""
    hits: list[str] = field(default_factory=list)
    sitemap: str = ""
    """What /sitemap.xml lists (a well-behaved source beside the hostile ones)."""


def _handler(site: HostileSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            site.hits.append(self.path)
            path = self.path.split("?", 1)[0]
            robots = site.robots if path == "/robots.txt" else None
            if robots == "bomb" or path in ("/bomb.xml", "/bomb-feed.xml"):
                kind = "application/rss+xml" if "feed" in path else "text/plain" if robots else "application/xml"
                return self._send(200, kind, gzip_bomb(), gzip=True)
            if path == "/bomb-in-gzip.xml.gz":  # a .xml.gz bomb, sent gzip-encoded on top
                return self._send(200, "application/x-gzip", _gzip_twice(), gzip=True)
            if robots == "trickle" or path == "/trickle.xml":
                return self._trickle()
            if robots is not None:
                return self._send(200, "text/plain", robots.encode())
            if path == "/sitemap.xml":
                return self._send(200, "application/xml", site.sitemap.encode())
            if path.startswith(("/a", "/berita")):
                return self._send(200, "text/html; charset=utf-8", article_page(f"Berita {path[:20]}", 0).encode())
            return self._send(404, "text/html", b"<h1>tidak ada</h1>")

        def _send(self, status: int, kind: str, body: bytes, gzip: bool = False) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            if gzip:
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for at in range(0, len(body), 65536):
                    self.wfile.write(body[at : at + 65536])
            except OSError:
                self.close_connection = True  # the client stopped reading: that is the point

        def _trickle(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            try:
                for _ in range(600):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(1)
            except OSError:
                pass

    return Handler


@functools.cache
def _gzip_twice() -> bytes:
    outer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return outer.compress(gzip_bomb()) + outer.flush()


@contextmanager
def hostile_site() -> Iterator[HostileSite]:
    site = HostileSite("")
    with serving(_handler(site)) as port:
        site.base = f"http://127.0.0.1:{port}"
        yield site


@dataclass
class Measured:
    returncode: int
    stdout: str
    stderr: str
    peak: int
    """Peak resident memory (bytes) of the toolkit's process and its children other than Chromium's (the
    Playwright driver): where a fetch outside the browser decodes a body."""
    seconds: float


def run_measured(*args: str, cwd: Path, timeout: float = 180) -> Measured:
    """Run `toolkit ARGS...` in its own process, sampling its memory every 20 ms."""
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "toolkit", *args], cwd=cwd, env=dict(os.environ),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            root = psutil.Process(process.pid)
            while not done.is_set():
                total = 0
                for proc in [root, *root.children(recursive=True)]:
                    try:
                        if "chrom" not in proc.name().lower() and "headless" not in proc.name().lower():
                            total += proc.memory_info().rss
                    except psutil.Error:
                        continue
                peak = max(peak, total)
                time.sleep(0.02)
        except psutil.Error:
            return

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    finally:
        done.set()
        process.kill()
        sampler.join()
    return Measured(process.returncode, stdout, stderr, peak, time.monotonic() - started)
