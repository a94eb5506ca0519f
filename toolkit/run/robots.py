"""robots.txt, read the way Google documents it: the group for our token (else `*`), the longest
matching rule wins, Allow wins a tie, `*` and `$` wildcards. Python's robotparser does prefix
matching only and cannot say which rule applied; a skipped record must say it."""

from __future__ import annotations

import asyncio
import contextlib
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.async_api import APIRequestContext, Playwright

from toolkit.browser.launch import proxy_settings

AGENT = "toolkit"


@dataclass
class Rules:
    allow: list[str] = field(default_factory=list)
    disallow: list[str] = field(default_factory=list)

    def verdict(self, path: str) -> tuple[bool, str | None]:
        """(allowed, the rule that decided) for a path with its query."""
        best: tuple[int, bool, str] | None = None
        for allowed, patterns in ((True, self.allow), (False, self.disallow)):
            for pattern in patterns:
                if pattern and _matches(pattern, path):
                    candidate = (len(pattern), allowed, f"{'Allow' if allowed else 'Disallow'}: {pattern}")
                    if best is None or candidate[0] > best[0] or (candidate[0] == best[0] and allowed):
                        best = candidate
        return (True, None) if best is None else (best[1], best[2])


def parse(text: str, agent: str = AGENT) -> Rules:
    """The rules of the group that names `agent`, else of the `*` group."""
    groups: dict[str, Rules] = {}
    current: list[str] = []
    reading_agents = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, value = (part.strip() for part in line.split(":", 1))
        key = key.lower()
        if key == "user-agent":
            if not reading_agents:
                current = []
            current.append(value.lower())
            reading_agents = True
            for name in current:
                groups.setdefault(name, Rules())
        elif key in ("allow", "disallow"):
            reading_agents = False
            for name in current:
                (groups[name].allow if key == "allow" else groups[name].disallow).append(value)
    return groups.get(agent.lower()) or groups.get("*") or Rules()


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _matches(pattern: str, path: str) -> bool:
    regex = "".join(".*" if c == "*" else "$" if c == "$" and i == len(pattern) - 1 else re.escape(c)
                    for i, c in enumerate(pattern))  # fmt: skip
    return re.match(regex, path) is not None


class RobotsCache:
    """robots.txt per host, fetched once (through the proxy, like every other request)."""

    def __init__(self, playwright: Playwright, proxy: str | None) -> None:
        self.playwright = playwright
        self.proxy = proxy
        self._rules: dict[str, asyncio.Task[Rules]] = {}
        self._client: APIRequestContext | None = None

    async def allows(self, url: str) -> tuple[bool, str | None]:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._rules:
            self._rules[origin] = asyncio.create_task(self._fetch(origin))
        return (await self._rules[origin]).verdict(path_of(url))

    async def _fetch(self, origin: str) -> Rules:
        if self._client is None:
            self._client = await self.playwright.request.new_context(proxy=proxy_settings(self.proxy))
        try:
            response = await self._client.get(f"{origin}/robots.txt", timeout=10_000, max_redirects=5)
        except Exception:
            return Rules()  # unreachable robots.txt: nothing forbids (the page fetch will say more)
        if response.status >= 400:
            return Rules()
        return parse(await response.text())

    async def close(self) -> None:
        if self._client is not None:
            with contextlib.suppress(Exception):
                await self._client.dispose()
