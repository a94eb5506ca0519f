"""Keeping a reader's session out of a recording: every value of the session replaced by a placeholder.

A page may echo its reader's session token anywhere: into an inline script, a request URL
(`/api/me?access_token=...`), a header, a JSON body. Recordings are meant to be committed, so every
cookie value and every localStorage/sessionStorage value of the session of MIN_CHARS or more is replaced
by PLACEHOLDER wherever it appears, in the forms a page writes it: raw, percent-encoded (either case, `+`
for spaces too), JSON- and HTML-escaped, base64. A shorter value (`1`, `true`, a short id) is replaced where
it stands beside its own name: `sid=ab12` (a Cookie or Set-Cookie header, a URL's query, a form) and
`"sid": "ab12"` (JSON). Replacing it everywhere would rewrite the page's own code.
"""

from __future__ import annotations

import base64
import html
import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

PLACEHOLDER = "SESSION-REDACTED"
MIN_CHARS = 8


class Redactor:
    """Replaces a session's values in text, bytes, JSON data and archived exchanges. Its repr names no value."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        """`pairs`: the session's (name, value) of every cookie and storage item."""
        forms = {form for _, value in pairs if len(value) >= MIN_CHARS for form in _forms(value)}
        # The longest form first ("%2F..." before a raw part of it). One substring search per form: a dozen
        # times faster than one regex alternation over megabytes of bodies.
        self._text = sorted(forms, key=len, reverse=True)
        self._bytes = [form.encode("utf-8") for form in self._text]
        short = {(name, value) for name, value in pairs if name and 0 < len(value) < MIN_CHARS}
        self._named = _named_pattern(short)
        self._named_bytes = re.compile(self._named.pattern.encode("utf-8")) if self._named else None
        self.count = len({v for _, v in pairs if len(v) >= MIN_CHARS} | {v for _, v in short})

    def __repr__(self) -> str:
        return f"Redactor({self.count} session values)"

    def text(self, value: str) -> str:
        for form in self._text:
            if form in value:
                value = value.replace(form, PLACEHOLDER)
        return self._named.sub(lambda m: _kept(m) + PLACEHOLDER, value) if self._named else value

    def bytes(self, value: bytes) -> bytes:
        placeholder = PLACEHOLDER.encode()
        for form in self._bytes:
            if form in value:
                value = value.replace(form, placeholder)
        return self._named_bytes.sub(lambda m: _kept(m) + placeholder, value) if self._named_bytes else value

    def found_in(self, value: str) -> bool:
        return any(form in value for form in self._text) or bool(self._named and self._named.search(value))

    def data(self, value: Any) -> Any:
        """Every string in a JSON-like value, keys included."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.data(k): self.data(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.data(v) for v in value]
        return value


def write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner can read (0600), whatever the umask and even if it existed."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
    os.fchmod(descriptor, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def private_folder(path: Path) -> None:
    """A folder only its owner can enter (0700), whatever the umask and even if it existed."""
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o700)


def file_values(path: str | Path) -> list[tuple[str, str]]:
    """The (name, value) pairs of a storage state file; none when it cannot be read (the caller adds the
    context's own)."""
    try:
        state = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return session_values(state) if isinstance(state, dict) else []


def session_values(state: dict[str, Any]) -> list[tuple[str, str]]:
    """Every secret of a Playwright storage state, with its name: cookies, localStorage/sessionStorage items
    per origin."""
    items = [c for c in state.get("cookies") or [] if isinstance(c, dict)]
    for origin in state.get("origins") or []:
        if isinstance(origin, dict):
            for kind in ("localStorage", "sessionStorage"):
                items += [item for item in origin.get(kind) or [] if isinstance(item, dict)]
    return [(str(item.get("name", "")), str(item.get("value", ""))) for item in items]


def _named_pattern(pairs: set[tuple[str, str]]) -> re.Pattern[str] | None:
    """`name=value` and `"name": "value"` for short values: group 1 is what stays (the name and its sign)."""
    if not pairs:
        return None
    alternatives = []
    for name, value in sorted(pairs, key=lambda pair: -len(pair[1])):
        forms = {value, quote(value, safe=""), quote_plus(value), json.dumps(value)[1:-1]}
        values = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
        key = re.escape(name)
        alternatives.append(rf"(?<![\w.%-])({key}=|\"{key}\"\s*:\s*\")(?:{values})(?![\w.%+~-])")
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


def _kept(match: re.Match[Any]) -> Any:
    """The name and its sign, of whichever pair matched (one group per pair)."""
    return next(group for group in match.groups() if group is not None)


def _forms(value: str) -> set[str]:
    """The ways a page writes a value into a URL, a script, JSON or HTML."""
    raw = value.encode("utf-8")
    encoded = {quote(value, safe=""), quote(value), quote_plus(value), quote(value, safe="=+/")}
    encoded |= {re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), form) for form in encoded}
    b64 = {base64.b64encode(raw).decode(), base64.urlsafe_b64encode(raw).decode()}
    b64 |= {form.rstrip("=") for form in b64}
    escaped = {json.dumps(value)[1:-1], json.dumps(value, ensure_ascii=False)[1:-1], value.replace("/", "\\/"),
               html.escape(value), html.escape(value, quote=False)}  # fmt: skip
    return {value} | encoded | b64 | escaped
