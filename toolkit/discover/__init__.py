"""Discovery: from a site, a sitemap, a feed or an index page to the article URLs it lists.

`sitemaps` and `feeds` read the XML, `pages` the index and search pages a profile declares, `urls`
tells articles from the rest, `dates` puts every date in the site's calendar, `fetch` makes every
request (proxy, robots.txt, pacing), `run` walks the sources and `report` draws it.
"""

from toolkit.discover.model import DiscoverListener, DiscoverOptions, DiscoverResult, Found, SourceStats
from toolkit.discover.run import discover, discover_async

__all__ = ["DiscoverListener", "DiscoverOptions", "DiscoverResult", "Found", "SourceStats", "discover",
           "discover_async"]  # fmt: skip
