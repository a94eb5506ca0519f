"""URLs that a page supplies (hrefs, canonical links, og:image) are data, not trusted input.

`urllib.parse` raises ValueError on some of them (`https://[ccpa-preferences]` is read as a broken
IPv6 host, `http://host:port/` as a bad port). One bad link must cost that link, never the page:
every page-supplied URL goes through these helpers, which answer None or "" instead of raising.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit

WEB_SCHEMES = ("http", "https")


def split(url: str | None) -> SplitResult | None:
    """`urlsplit(url)`, with its port checked; None when urllib cannot read it."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    return parts


def host(url: str | None) -> str:
    """The URL's host name, lower case; "" when it has none or cannot be read."""
    parts = split(url)
    return (parts.hostname or "").lower() if parts else ""


def join(base: str, href: str | None) -> str | None:
    """`href` resolved against `base`; None when it is empty or either cannot be read as a URL."""
    if not href or not href.strip():
        return None
    try:
        joined = urljoin(base, href.strip())
    except ValueError:
        return None
    return joined if split(joined) is not None else None


def web_url(url: str | None) -> str | None:
    """The URL, stripped, when it is an absolute http(s) URL with a host; else None."""
    parts = split(url)
    if url is None or parts is None or parts.scheme not in WEB_SCHEMES or not parts.hostname:
        return None
    url = url.strip()
    return None if any(c.isspace() for c in url) else url
