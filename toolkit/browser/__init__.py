"""The browser stage: finding and launching Chromium, contexts, rendering a page, login sessions.

Everything that talks to a live page lives here; the page-side scripts are in `js/`.
"""

from toolkit.browser.launch import browser_memory, find_browser, launch, new_context, proxy_settings
from toolkit.browser.render import RenderedPage, render

__all__ = ["RenderedPage", "browser_memory", "find_browser", "launch", "new_context", "proxy_settings", "render"]
