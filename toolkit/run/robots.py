"""robots.txt, read the way Google documents it (RFC 9309): the group for our token (else `*`), the
longest matching rule wins, Allow wins a tie, `*` and `$` wildcards. Python's robotparser does prefix
matching only and cannot say which rule applied; a skipped record must say it.

Patterns are matched in linear time, without regexes: `/*a*a*a*a*b` as a regex backtracks
exponentially on a long path, and it runs on the event loop, where it would stop every page of the
run. A robots.txt is read up to its first 500 KiB (as Google does) through the streamed client.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from toolkit.run.inputs import LINE_END
from toolkit.run.stream import FetchError, PlainClient

AGENT = "toolkit"
MAX_ROBOTS = 500 * 1024
"""Bytes of a robots.txt read (decoded); what follows is ignored, as Google ignores it."""
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


@dataclass
class Rules:
    allow: list[str] = field(default_factory=list)
    disallow: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._compiled: list[tuple[str, bool, str]] | None = None

    def verdict(self, path: str) -> tuple[bool, str | None]:
        """(allowed, the rule that decided) for a path with its query."""
        if self._compiled is None:
            self._compiled = [(normalise(pattern), allowed, pattern)
                              for allowed, patterns in ((True, self.allow), (False, self.disallow))
                              for pattern in patterns if pattern]  # fmt: skip
        path = normalise(path)
        best: tuple[int, bool, str] | None = None
        for pattern, allowed, written in self._compiled:
            if (best is None or len(pattern) > best[0] or (len(pattern) == best[0] and allowed and not best[1])) \
                    and matches(pattern, path):  # fmt: skip
                best = (len(pattern), allowed, f"{'Allow' if allowed else 'Disallow'}: {written}")
        return (True, None) if best is None else (best[1], best[2])


def parse(text: str, agent: str = AGENT) -> Rules:
    """The rules of the group that names `agent`, else of the `*` group."""
    groups: dict[str, Rules] = {}
    current: list[str] = []
    reading_agents = False
    for raw in LINE_END.split(text):  # RFC 9309: CR, LF or CRLF; U+2028 and the like are not line ends
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


def normalise(text: str) -> str:
    """RFC 9309 2.2.2: non-ASCII characters percent-encoded (UTF-8), escapes of unreserved characters
    decoded, the others written with upper-case hex, so `/caf%C3%A9`, `/café` and `/caf%c3%a9` are one path."""
    if "%" not in text and text.isascii():
        return text
    encoded = "".join(c if c.isascii() else "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in text)

    def one(escape: re.Match[str]) -> str:
        char = chr(int(escape.group(1), 16))
        return char if char in _UNRESERVED else escape.group(0).upper()

    return _ESCAPE.sub(one, encoded)


def matches(pattern: str, path: str) -> bool:
    """Whether `pattern` (`*` any run of characters, a final `$` the end) matches the start of `path`.

    Each literal piece between two `*` is taken at its leftmost place after the previous one: for a
    glob with only `*`, the leftmost place never loses a match a later place would find, so nothing is
    ever retried and the cost is that of the substring searches (linear in practice)."""
    anchored = pattern.endswith("$")
    pieces = (pattern[:-1] if anchored else pattern).split("*")
    if not path.startswith(pieces[0]):
        return False
    at = len(pieces[0])
    if len(pieces) == 1:
        return not anchored or at == len(path)
    for piece in pieces[1:-1]:
        found = path.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    last = pieces[-1]
    if anchored:
        return len(path) - len(last) >= at and path.endswith(last)
    return path.find(last, at) >= 0


async def fetch_text(client: PlainClient, origin: str) -> str:
    """The robots.txt of `origin`: its first 500 KiB (a line cut there is dropped); "" when it has none,
    answers 4xx/5xx, or gives no answer within the client's time limit (nothing forbids then: the page
    fetch will say more)."""
    try:
        fetched = await client.get(f"{origin}/robots.txt", MAX_ROBOTS, keep_partial=True, redirects=5)
    except FetchError:
        return ""
    if fetched.status >= 400:
        return ""
    text = fetched.text
    return text.rsplit("\n", 1)[0] if fetched.truncated else text


class RobotsCache:
    """robots.txt per origin, fetched once through the streamed client (the run's proxy, session,
    User-Agent and time limit), however many pages ask at once."""

    def __init__(self, proxy: str | None, session: str | None = None, timeout: float = 30.0,
                 browser_path: str | None = None) -> None:  # fmt: skip
        self.client = PlainClient(proxy, session, timeout, browser_path)
        self._read: dict[str, asyncio.Future[tuple[str, Rules]]] = {}

    async def allows(self, url: str) -> tuple[bool, str | None]:
        return (await self._get(url))[1].verdict(path_of(url))

    async def text(self, url: str) -> str:
        """The robots.txt of `url`'s origin as read ("" when it has none)."""
        return (await self._get(url))[0]

    async def _get(self, url: str) -> tuple[str, Rules]:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._read:
            self._read[origin] = asyncio.ensure_future(self._fetch(origin))
        return await self._read[origin]

    async def _fetch(self, origin: str) -> tuple[str, Rules]:
        text = await fetch_text(self.client, origin)
        return text, parse(text)

    async def close(self) -> None:
        await self.client.close()
