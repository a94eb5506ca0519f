"""A recording HTTP proxy on 127.0.0.1 for tests: Basic credentials required, every host name sent to one
local upstream port (so `news.test` works with no DNS), absolute-form GETs forwarded (as Chromium and
httpx send plain-HTTP requests) and CONNECT tunnelled (as Playwright's request client did)."""

from __future__ import annotations

import base64
import select
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Seen:
    method: str
    target: str
    """The absolute URL of a forwarded GET, `host:port` of a tunnel."""
    headers: dict[str, str]
    """As the client sent them (lower-case names), Proxy-Authorization included."""


@dataclass
class RecordingProxy:
    upstream: int
    user: str = "reader"
    password: str = "s3cret"
    seen: list[Seen] = field(default_factory=list)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://{self.user}:{self.password}@127.0.0.1:{self.port}"

    def authorised(self, headers: dict[str, str]) -> bool:
        expected = "Basic " + base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        return headers.get("proxy-authorization") == expected

    def forwarded(self, path: str, method: str = "GET") -> list[Seen]:
        """The authorised requests (GETs by default) forwarded for `path` (any host)."""
        return [s for s in self.seen if s.method == method and urlsplit(s.target).path == path
                and self.authorised(s.headers)]  # fmt: skip


@contextmanager
def recording_proxy(upstream: int) -> Iterator[RecordingProxy]:
    proxy = RecordingProxy(upstream)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def _admit(self, method: str) -> bool:
            headers = {name.lower(): value for name, value in self.headers.items()}
            proxy.seen.append(Seen(method, self.path, headers))
            if proxy.authorised(headers):
                return True
            self.send_response(407)
            self.send_header("Proxy-Authenticate", 'Basic realm="proxy"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return False

        def do_CONNECT(self) -> None:
            if self._admit("CONNECT"):
                upstream = socket.create_connection(("127.0.0.1", proxy.upstream))
                self.send_response(200, "Connection established")
                self.end_headers()
                _pipe(self.connection, upstream)

        def do_GET(self) -> None:
            self._forward("GET")

        def do_POST(self) -> None:
            self._forward("POST")

        def _forward(self, method: str) -> None:
            if not self._admit(method):
                return
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            parts = urlsplit(self.path)
            lines = [f"{method} {parts.path or '/'}{'?' + parts.query if parts.query else ''} HTTP/1.1"]
            lines += [f"{name}: {value}" for name, value in self.headers.items()
                      if not name.lower().startswith("proxy-") and name.lower() != "connection"]  # fmt: skip
            upstream = socket.create_connection(("127.0.0.1", proxy.upstream))
            upstream.sendall(("\r\n".join([*lines, "Connection: close", "", ""])).encode("latin-1") + body)
            self.close_connection = True
            _pipe(self.connection, upstream)

    with serving(Handler) as port:
        proxy.port = port
        yield proxy


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hang up on proxies, bombs and trickles on purpose: no traceback noise


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[int]:
    """`handler` served on a free 127.0.0.1 port (yielded) in a thread, until the block ends."""
    server = _QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def _pipe(client: socket.socket, upstream: socket.socket) -> None:
    """Relay bytes both ways until either side closes."""
    sockets = [client, upstream]
    try:
        while True:
            readable, _, _ = select.select(sockets, [], [], 5)
            if not readable:
                return
            for sock in readable:
                data = sock.recv(65536)
                if not data:
                    return
                (upstream if sock is client else client).sendall(data)
    except OSError:
        return
    finally:
        upstream.close()
