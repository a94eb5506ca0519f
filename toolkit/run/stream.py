"""Fetches outside the browser (robots.txt, sitemaps, feeds, plain index pages): streamed, capped, timed.

Playwright's APIRequestContext decoded a whole body in memory before any cap applied: a gzip bomb
(1 GiB of zeros sent as 1 MB) peaked at 3.5 GB. Here httpx hands over the raw bytes as they arrive and
zlib inflates them at most 1 MiB a call, so a body is read only up to its cap on the *decoded* size;
one deadline covers the whole fetch (connect, redirects, body), so a server that trickles a byte a
second cannot hold a run. The run's proxy (with credentials), the session's cookies and Chromium's
User-Agent apply, as they do in the browser.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from toolkit.browser.launch import user_agent

MAX_REDIRECTS = 10
_STEP = 1 << 20
"""Bytes inflated per zlib call: no call holds much memory or the event loop for long."""
_ACCEPT_ENCODING = "gzip, deflate"
"""br is not asked for: no brotli decoder at hand bounds what one call gives back."""
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass
class Fetched:
    url: str
    """After redirects."""
    status: int
    body: bytes
    content_type: str
    truncated: bool = False
    """The body stops at the cap the caller gave (only when it asked to keep a partial body)."""

    @property
    def text(self) -> str:
        charset = "utf-8"
        if "charset=" in self.content_type:
            charset = self.content_type.split("charset=", 1)[1].split(";")[0].strip() or charset
        try:
            return self.body.decode(charset, "replace")
        except LookupError:
            return self.body.decode("utf-8", "replace")


@dataclass
class _Request:
    method: str
    body: bytes | None
    headers: dict[str, str]
    answered: bool = False
    """The server sent an answer's head: a time-out after it is a slow body, not a silent host."""


class FetchError(Exception):
    """A request that gave nothing to read: refused by robots.txt, an HTTP error, too large, no answer."""


class Unreachable(FetchError):
    """The host gave no answer at all (its name does not resolve, it refuses or drops the connection, or
    it is silent past the time limit): asking it again in the same run would fail the same way."""


class PlainClient:
    """One HTTP client for a run's fetches outside the browser. Holds the proxy and the session's
    cookies: neither appears in its repr nor in an error message."""

    def __init__(self, proxy: str | None, session: str | None = None, timeout: float = 30.0,
                 browser_path: str | None = None) -> None:  # fmt: skip
        self.timeout = timeout
        self._browser_path = browser_path
        self._cookies = _session_cookies(session)
        proxy_url = (proxy if "://" in proxy else f"http://{proxy}") if proxy else None
        self._secret = _password(proxy_url)
        self._client: httpx.AsyncClient | None = None
        self._unusable: str | None = None
        try:
            self._client = httpx.AsyncClient(proxy=proxy_url, trust_env=False, follow_redirects=False,
                                             timeout=httpx.Timeout(timeout))  # fmt: skip
        except (ValueError, TypeError, ImportError, httpx.InvalidURL) as exc:  # a proxy httpx cannot use (ftp://)
            self._unusable = f"--proxy: {self._scrub(first_line(exc))}"
        self._agent: str | None = None

    def __repr__(self) -> str:
        return f"PlainClient(timeout={self.timeout:g}, cookies={len(self._cookies)})"

    async def get(self, url: str, cap: int, keep_partial: bool = False, redirects: int = MAX_REDIRECTS) -> Fetched:
        """GET `url`, its decoded body read up to `cap` bytes. Past the cap: FetchError ("larger than ..., not
        read"), or with `keep_partial` the first `cap` bytes. A 4xx/5xx answer comes back with an empty body.
        FetchError when no whole answer came within the time limit, or on any network or decoding failure."""
        return await self.request("GET", url, cap, keep_partial=keep_partial, redirects=redirects)

    async def request(self, method: str, url: str, cap: int, body: bytes | None = None,
                      headers: dict[str, str] | None = None, keep_partial: bool = False,
                      redirects: int = MAX_REDIRECTS) -> Fetched:  # fmt: skip
        """`get` for any method: a POST's `body` and the listing's extra `headers` (Content-Type,
        Referer) go with it, under the same cap, deadline, proxy, cookies and User-Agent. A 301/302/303
        answer to a POST is followed with a GET, as browsers do; 307/308 resend the body."""
        if self._unusable:
            raise FetchError(self._unusable)
        if self._agent is None:
            self._agent = await asyncio.to_thread(user_agent, self._browser_path)
        request = _Request(method.upper(), body, dict(headers or {}))
        try:
            async with asyncio.timeout(self.timeout):
                return await self._follow(request, url, cap, keep_partial, redirects)
        except TimeoutError:
            silent = Unreachable if not request.answered else FetchError  # a slow body is not a dead host
            raise silent(f"no whole answer within {self.timeout:g} s") from None
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise Unreachable(self._scrub(_reason(exc))) from None
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError, ValueError) as exc:
            raise FetchError(self._scrub(_reason(exc))) from None

    async def _follow(self, request: _Request, url: str, cap: int, keep_partial: bool, redirects: int) -> Fetched:
        for _ in range(redirects + 1):
            headers = {**request.headers, "User-Agent": self._agent or "", "Accept-Encoding": _ACCEPT_ENCODING}
            cookie = cookie_header(self._cookies, url)
            if cookie:
                headers["Cookie"] = cookie
            assert self._client is not None
            async with self._client.stream(request.method, url, headers=headers, content=request.body) as response:
                request.answered = True
                location = response.headers.get("location")
                if response.status_code in _REDIRECTS and location:
                    url = urljoin(str(response.url), location)  # the cookies are chosen again for the next hop
                    if urlsplit(url).scheme not in ("http", "https"):
                        raise FetchError(f"redirected to a non-HTTP URL ({url[:100]})")
                    if response.status_code in (301, 302, 303) and request.method != "GET":
                        request.method, request.body = "GET", None
                        request.headers = {k: v for k, v in request.headers.items() if k.lower() != "content-type"}
                    continue
                kind = response.headers.get("content-type", "")
                if response.status_code >= 400:
                    return Fetched(str(response.url), response.status_code, b"", kind)
                body, whole = await _read(response, cap, keep_partial)
                return Fetched(str(response.url), response.status_code, body, kind, truncated=not whole)
        raise FetchError(f"more than {redirects} redirects")

    def _scrub(self, message: str) -> str:
        return message.replace(self._secret, "***") if self._secret else message

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()


async def _read(response: httpx.Response, cap: int, keep_partial: bool) -> tuple[bytes, bool]:
    """(the decoded body up to `cap` bytes, whether that is all of it). Stops reading at the cap: then
    FetchError, unless `keep_partial`."""
    inflater = _Inflater(response.headers.get("content-encoding", ""))
    body = bytearray()
    async for raw in response.aiter_raw():
        for piece in inflater.feed(raw):
            if len(body) + len(piece) > cap:
                if not keep_partial:
                    raise FetchError(f"larger than {_size(cap)}, not read")
                body += piece[: cap - len(body)]
                return bytes(body), False
            body += piece
            await asyncio.sleep(0)  # a bomb inflates 64 KiB into 64 MiB: let the rest of the run breathe
    return bytes(body), True


class _Inflater:
    """Content-Encoding gzip or deflate (zlib-wrapped or raw, as servers send it), inflated in bounded steps."""

    def __init__(self, encoding: str) -> None:
        names = [name.strip().lower() for name in encoding.split(",") if name.strip()]
        names = [name for name in names if name != "identity"]
        if len(names) > 1 or (names and names[0] not in ("gzip", "x-gzip", "deflate")):
            raise FetchError(f"Content-Encoding {encoding.strip()[:40]} is not supported")
        self._name = names[0] if names else None
        self._zlib = self._start()
        self._started = False

    def _start(self) -> Any:
        if self._name is None:
            return None
        return zlib.decompressobj(16 + zlib.MAX_WBITS if self._name != "deflate" else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._zlib is None:
            if data:
                yield data
            return
        pending = data
        while pending or not self._zlib.eof:
            try:
                out = self._zlib.decompress(pending, _STEP)
            except zlib.error as exc:
                if self._name == "deflate" and not self._started:  # raw deflate, without the zlib header
                    self._started, self._zlib = True, zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchError(f"broken {self._name} body ({exc})") from None
            self._started = True
            pending = self._zlib.unconsumed_tail
            if out:
                yield out
            if not pending and len(out) < _STEP:
                return


def _password(proxy_url: str | None) -> str | None:
    """The password in `scheme://user:password@host`, found without a URL parser (a bad URL has one too)."""
    if not proxy_url or "@" not in proxy_url:
        return None
    userinfo = proxy_url.split("://", 1)[-1].rsplit("@", 1)[0]
    return userinfo.split(":", 1)[1] if ":" in userinfo else None


def _size(cap: int) -> str:
    return f"{cap // (1024 * 1024)} MB" if cap >= 1024 * 1024 else f"{cap // 1024} KiB"


def _reason(exc: BaseException) -> str:
    """What went wrong, as a person can act on it: httpx says "All connection attempts failed" for a refused
    port; the socket error under it says which."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            return f"DNS: name not resolved ({cause.strerror or cause})"
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, OSError) and cause.errno:
            return f"connection failed: {os.strerror(cause.errno)}"
        cause = cause.__cause__ or cause.__context__
    return first_line(exc)


def first_line(exc: BaseException) -> str:
    """An exception's first non-blank line, at most 200 characters: a warning, never a traceback."""
    lines = [line for line in str(exc).strip().splitlines() if line.strip()]
    return lines[0][:200] if lines else type(exc).__name__


def _session_cookies(session: str | None) -> list[dict[str, Any]]:
    """The cookies of a Playwright storage-state file; none when it cannot be read (the browser's context
    says so for the pages)."""
    if not session:
        return []
    try:
        state = json.loads(Path(session).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    cookies = state.get("cookies") if isinstance(state, dict) else None
    return [c for c in cookies or [] if isinstance(c, dict) and isinstance(c.get("name"), str)
            and isinstance(c.get("value"), str) and isinstance(c.get("domain"), str)]  # fmt: skip


def cookie_header(cookies: list[dict[str, Any]], url: str) -> str | None:
    """The Cookie header a browser would send to `url` (RFC 6265 5.4): domain (a leading dot takes the
    subdomains too), path prefix on a `/` boundary, Secure only over https, expired ones left out;
    longer paths first."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    path = parts.path or "/"
    now = time.time()
    chosen = []
    for cookie in cookies:
        domain = cookie["domain"].lower()
        if not (host == domain.lstrip(".") or (domain.startswith(".") and host.endswith(domain))):
            continue
        scope = cookie.get("path") or "/"
        if not (path == scope or (path.startswith(scope) and (scope.endswith("/") or path[len(scope)] == "/"))):
            continue
        if cookie.get("secure") and parts.scheme != "https":
            continue
        expires = cookie.get("expires", -1)
        if isinstance(expires, int | float) and 0 < expires < now:
            continue
        chosen.append(cookie)
    chosen.sort(key=lambda c: -len(c.get("path") or "/"))
    return "; ".join(f"{c['name']}={c['value']}" for c in chosen) or None
