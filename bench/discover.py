"""Discovery: which HTTP client for sitemaps and feeds, and how fast a large sitemap tree is read.

    .venv/bin/python bench/discover.py [--requests 200] [--children 20] [--per-child 5000]

1. Client: the same gzip child sitemap fetched `--requests` times, one after another, on 127.0.0.1, by
   the streamed httpx client discovery uses (`toolkit.run.stream`: capped, timed, proxy and session),
   by Playwright's APIRequestContext (what it used before: no cap before the whole body is decoded) and
   by the standard library's urllib (the floor: no proxy auth, no session). Startup and per-request ms.
2. Scale: a sitemap index of `--children` gzip url sets of `--per-child` URLs each (undated slugs
   with ids, `lastmod` in UTC), discovered with a one-day window: wall time, URLs/s, documents.
Run by hand; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from playwright.async_api import async_playwright

from toolkit.discover import DiscoverOptions, discover
from toolkit.discover.xmldoc import MAX_BYTES
from toolkit.run.stream import PlainClient


def build(children: int, per_child: int) -> dict[str, tuple[str, bytes]]:
    files: dict[str, tuple[str, bytes]] = {}
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    index = []
    for c in range(children):
        rows = "".join(
            f"<url><loc>BASE/berita/{c * per_child + n + 100000}/judul-berita-nomor-{n}</loc>"
            f"<lastmod>2025-03-{10 + (n % 10):02d}T19:00:00Z</lastmod></url>"
            for n in range(per_child)
        )
        files[f"/s{c}.xml.gz"] = ("application/gzip", gzip.compress(f"<urlset {ns}>{rows}</urlset>".encode()))
        index.append(f"<sitemap><loc>BASE/s{c}.xml.gz</loc></sitemap>")
    files["/sitemap.xml"] = ("application/xml", f"<sitemapindex {ns}>{''.join(index)}</sitemapindex>".encode())
    files["/"] = ("text/html", b'<html lang="id"></html>')
    return files


def serve(files: dict[str, tuple[str, bytes]]) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            kind, body = files.get(self.path.split("?")[0], ("text/plain", b""))
            body = body.replace(b"BASE", base.encode()) if kind != "application/gzip" else body
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for path, (kind, body) in list(files.items()):
        if kind == "application/gzip":
            files[path] = (kind, gzip.compress(gzip.decompress(body).replace(b"BASE", base.encode())))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, base


async def playwright_client(url: str, count: int) -> tuple[float, float]:
    started = time.perf_counter()
    async with async_playwright() as playwright:
        client = await playwright.request.new_context()
        await client.get(url)
        ready = time.perf_counter()
        for _ in range(count):
            await (await client.get(url)).body()
        done = time.perf_counter()
        await client.dispose()
    return ready - started, (done - ready) / count * 1000


async def streamed_client(url: str, count: int) -> tuple[float, float]:
    started = time.perf_counter()
    client = PlainClient(None)
    await client.get(url, MAX_BYTES)
    ready = time.perf_counter()
    for _ in range(count):
        await client.get(url, MAX_BYTES)
    done = time.perf_counter()
    await client.close()
    return ready - started, (done - ready) / count * 1000


def urllib_client(url: str, count: int) -> tuple[float, float]:
    started = time.perf_counter()
    urllib.request.urlopen(url).read()
    ready = time.perf_counter()
    for _ in range(count):
        urllib.request.urlopen(url).read()
    return ready - started, (time.perf_counter() - ready) / count * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--children", type=int, default=20)
    parser.add_argument("--per-child", type=int, default=5000)
    args = parser.parse_args()
    server, base = serve(build(args.children, args.per_child))
    child = f"{base}/s0.xml.gz"
    size = len(urllib.request.urlopen(child).read())
    print(f"1. client: {args.requests} sequential GETs of one {size // 1024} KiB gzip sitemap on 127.0.0.1")
    print(f"{'client':<28}{'startup s':>10}{'ms/request':>12}")
    for name, (startup, per) in (("toolkit stream (httpx)", asyncio.run(streamed_client(child, args.requests))),
                                 ("Playwright APIRequestContext", asyncio.run(playwright_client(child, args.requests))),
                                 ("urllib (stdlib)", urllib_client(child, args.requests))):  # fmt: skip
        print(f"{name:<28}{startup:>10.2f}{per:>12.2f}")
    total = args.children * args.per_child
    started = time.perf_counter()
    result = discover([base], DiscoverOptions(since="2025-03-16", until="2025-03-16", max_pages=args.children + 5))
    seconds = time.perf_counter() - started
    [stats] = result.stats
    print(f"\n2. scale: index of {args.children} gzip url sets x {args.per_child} URLs = {total} URLs, one-day window")
    print(f"{'wall s':>8}{'URLs/s':>10}{'sitemaps':>10}{'kept':>8}{'out of range':>14}")
    print(f"{seconds:>8.2f}{total / seconds:>10.0f}{stats.sitemaps:>10}{stats.kept:>8}"
          f"{stats.dropped.get('out of range', 0):>14}")  # fmt: skip
    server.shutdown()


if __name__ == "__main__":
    main()
