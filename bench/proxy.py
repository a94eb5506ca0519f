"""The bench's site behind a forwarding HTTP proxy, in a process of its own.

    .venv/bin/python bench/proxy.py     # prints the proxy's port, serves until stdin closes

Every tool in throughput.py reaches the pages through this proxy, as a scraper behind a company or
rotating proxy does: Chromium sends absolute-form GETs (`GET http://kabar.test/... HTTP/1.1`), the proxy
sends each to the demo site whatever the host name (so `kabar.test` needs no DNS, and no browser
bypasses the proxy for a loopback address). One upstream connection per request, closed after the
answer. Site and proxy live in a child process so that their Python work takes no time from the
process of the tool being measured.
"""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

HOST = "kabar.test"
"""The host name in the bench's URLs: resolved by nobody but the proxy."""
MAX_HEAD = 64 * 1024


async def _relay(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(ConnectionError):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    writer.close()


async def _handle(upstream: int, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
    """One request: its head rewritten to origin form with Connection: close, the answer relayed back."""
    try:
        head = await asyncio.wait_for(client_r.readuntil(b"\r\n\r\n"), 30)
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ConnectionError):
        client_w.close()
        return
    request, *lines = head.decode("latin-1").split("\r\n")
    method, target, version = ([*request.split(" "), "", "", ""])[:3]
    parts = urlsplit(target)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "") if parts.scheme else target
    kept = [line for line in lines if line and not line.lower().startswith(("proxy-", "connection:"))]
    try:
        up_r, up_w = await asyncio.open_connection("127.0.0.1", upstream)
    except OSError:
        client_w.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        client_w.close()
        return
    up_w.write("\r\n".join([f"{method} {path} {version}", *kept, "Connection: close", "", ""]).encode("latin-1"))
    length = next((int(v) for k, _, v in (line.partition(":") for line in kept)
                   if k.strip().lower() == "content-length" and v.strip().isdigit()), 0)  # fmt: skip
    if length:
        with contextlib.suppress(asyncio.IncompleteReadError, ConnectionError):
            up_w.write(await client_r.readexactly(length))
    await _relay(up_r, client_w)
    up_w.close()


async def _serve(upstream: int, ready: list[int], started: threading.Event) -> None:
    server = await asyncio.start_server(lambda r, w: _handle(upstream, r, w), "127.0.0.1", 0, limit=MAX_HEAD)
    ready.append(server.sockets[0].getsockname()[1])
    started.set()
    async with server:
        await server.serve_forever()


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from toolkit.demo.server import DemoSite

    with DemoSite() as site:
        upstream = int(site.base_url.rsplit(":", 1)[1])
        port: list[int] = []
        started = threading.Event()
        threading.Thread(target=lambda: asyncio.run(_serve(upstream, port, started)), daemon=True).start()
        started.wait(10)
        print(port[0], flush=True)
        sys.stdin.read()  # until the parent closes our stdin (or exits)


@contextlib.contextmanager
def proxied_site() -> Iterator[tuple[str, int]]:
    """The demo site behind the proxy in a child process; yields the proxy's URL and the child's pid."""
    child = subprocess.Popen([sys.executable, __file__], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        port = int(child.stdout.readline())
        yield f"http://127.0.0.1:{port}", child.pid
    finally:
        assert child.stdin is not None
        child.stdin.close()
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()


if __name__ == "__main__":
    main()
