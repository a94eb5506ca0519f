"""toolkit: scrape news articles through a real browser.

    >>> import toolkit
    >>> result = toolkit.scrape(["https://ekonomi.bisnis.com/read/..."])
    >>> result.records[0].text

The public surface is small: `scrape` (sync) and `scrape_async`, `discover` and `discover_async` (article
URLs from a site), the option and record types, the errors, and `extract_html` for HTML you already
have. Everything else is an implementation module.
"""

from toolkit.api import scrape, scrape_async
from toolkit.discover import DiscoverOptions, DiscoverResult, discover, discover_async
from toolkit.errors import BrowserNotFound, PageError, ToolkitError, UsageError
from toolkit.extract import extract_html
from toolkit.record import Article, Image, Record
from toolkit.run import Listener, RunResult, ScrapeOptions

__version__ = "0.1.0"

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
