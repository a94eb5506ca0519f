"""Keeping a reader's session out of a recording: every value of the session replaced by a placeholder.

A page may echo its reader's session token anywhere: into an inline script, a request URL
(`/api/me?access_token=...`), a header, a JSON body. Recordings are meant to be committed, so every
cookie value and every localStorage/sessionStorage value of the session (MIN_CHARS or longer: shorter
values such as `1` or `true` are no secret, and replacing them would rewrite the page's own code) is
replaced by PLACEHOLDER wherever it appears, in the forms a page writes it: raw, percent-encoded
(either case, `+` for spaces too), JSON- and HTML-escaped, base64.
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

    def __init__(self, values: list[str]) -> None:
        forms = {form for value in values if len(value) >= MIN_CHARS for form in _forms(value)}
        # The longest form first ("%2F..." before a raw part of it). One substring search per form: a dozen
        # times faster than one regex alternation over megabytes of bodies.
        self._text = sorted(forms, key=len, reverse=True)
        self._bytes = [form.encode("utf-8") for form in self._text]
        self.count = len({v for v in values if len(v) >= MIN_CHARS})

    def __repr__(self) -> str:
        return f"Redactor({self.count} session values)"

    def text(self, value: str) -> str:
        for form in self._text:
            if form in value:
                value = value.replace(form, PLACEHOLDER)
        return value

    def bytes(self, value: bytes) -> bytes:
        placeholder = PLACEHOLDER.encode()
        for form in self._bytes:
            if form in value:
                value = value.replace(form, placeholder)
        return value

    def found_in(self, value: str) -> bool:
        return any(form in value for form in self._text)

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


def file_values(path: str | Path) -> list[str]:
    """The values of a storage state file; none when it cannot be read (the caller adds the context's own)."""
    try:
        state = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return session_values(state) if isinstance(state, dict) else []


def session_values(state: dict[str, Any]) -> list[str]:
    """Every secret of a Playwright storage state: cookie values, localStorage/sessionStorage values per origin."""
    values = [str(c.get("value", "")) for c in state.get("cookies") or [] if isinstance(c, dict)]
    for origin in state.get("origins") or []:
        if not isinstance(origin, dict):
            continue
        for kind in ("localStorage", "sessionStorage"):
            values += [str(item.get("value", "")) for item in origin.get(kind) or [] if isinstance(item, dict)]
    return values


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
