"""toolkit: scrape news articles through a real browser.

    >>> import toolkit
    >>> result = toolkit.scrape(["https://ekonomi.bisnis.com/read/..."])
    >>> result.records[0].text

The public surface is small: `scrape` (sync) and `scrape_async`, `discover` and `discover_async` (article
URLs from a site), the option and record types, the errors, and `extract_html` for HTML you already
have. Everything else is an implementation module.
"""

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

from toolkit.api import scrape, scrape_async
from toolkit.discover import DiscoverOptions, DiscoverResult, discover, discover_async
from toolkit.errors import BrowserNotFound, PageError, ToolkitError, UsageError
from toolkit.extract import extract_html
from toolkit.record import Article, Image, Record
from toolkit.run import Listener, RunResult, ScrapeOptions

DISTRIBUTION = "newsbrowser-toolkit"
"""The distribution's name (pyproject.toml): `toolkit` on the package index is an unrelated project."""
try:
    __version__ = _version(DISTRIBUTION)  # one source of truth: pyproject.toml's version, as installed
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "BrowserNotFound",
    "DiscoverOptions",
    "DiscoverResult",
    "Image",
    "Listener",
    "PageError",
    "Record",
    "RunResult",
    "ScrapeOptions",
    "ToolkitError",
    "UsageError",
    "__version__",
    "discover",
    "discover_async",
    "extract_html",
    "scrape",
    "scrape_async",
]
