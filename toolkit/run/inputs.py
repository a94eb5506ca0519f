"""Reading the URLs of a run: arguments, and files of one URL a line (`-` for stdin)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

from toolkit.errors import InvalidUrl, UsageError

LINE_END = re.compile(r"\r\n|\r|\n")


def read_url_file(path: str) -> list[str]:
    """Every line that is not blank or a `#` comment, as given (bad URLs included: they get records)."""
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path} is not UTF-8 text") from exc
    lines = (line.strip() for line in LINE_END.split(text))  # not str.splitlines: U+2028 inside a URL is no line end
    return [line for line in lines if line and not line.startswith("#")]


def check_url(url: str) -> str:
    """The URL if it is one the browser can load; InvalidUrl (without launching anything) otherwise."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise InvalidUrl(f"not a URL: {url!r} ({exc})") from exc
    if parts.scheme not in ("http", "https"):
        raise InvalidUrl(f"not an http(s) URL: {url!r}")
    if not parts.hostname or " " in url:
        raise InvalidUrl(f"not a URL: {url!r}")
    return url
