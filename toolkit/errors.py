"""Every error the toolkit raises, in one place.

    ToolkitError                  base: anything the toolkit reports on purpose
    ├── UsageError                bad command-line input (exit code 2)
    ├── BrowserNotFound           no Chromium to launch; the message says how to get one
    └── PageError                 one page failed; becomes that record's `error`
        ├── InvalidUrl            not an http(s) URL: reported without launching anything
        ├── HttpError             the server answered 4xx/5xx
        ├── NavigationError       DNS, refused or reset connection, redirect loop, timeout
        ├── NotHtml               a PDF, an image, a download
        └── NoArticle             the page rendered but holds no article text

A `PageError` carries a short `kind` ("http", "timeout", ...) that lands in the record as
`error.kind`, so that users can count and filter failures without parsing messages.
"""

from __future__ import annotations


class ToolkitError(Exception):
    """Base of every error the toolkit raises on purpose."""


class UsageError(ToolkitError):
    """The command line or an input file is wrong; nothing was scraped."""


class BrowserNotFound(ToolkitError):
    """No Chromium could be found or launched."""


class PageError(ToolkitError):
    """One input failed; the run goes on and the record says why."""

    kind = "error"

    def __init__(self, message: str, kind: str | None = None, http_status: int | None = None,
                 retry_after: float | None = None) -> None:  # fmt: skip
        super().__init__(message)
        if kind:
            self.kind = kind
        self.http_status = http_status
        self.retry_after = retry_after
        """Seconds the server asked us to wait (Retry-After), if it did."""


class InvalidUrl(PageError):
    kind = "invalid-url"


class HttpError(PageError):
    kind = "http"


class NavigationError(PageError):
    kind = "navigation"


class NotHtml(PageError):
    kind = "not-html"


class NoArticle(PageError):
    kind = "no-article"


INTERNAL = "internal"
"""The `error.kind` of a record whose input hit a bug: the run goes on, the message names the exception."""


def one_line(exc: BaseException) -> str:
    """An unexpected exception as one line for a record ("ValueError: Invalid IPv6 URL"), no traceback."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
