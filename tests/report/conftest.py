"""Opening the HTML pages the toolkit writes in a real Chromium, with the network refused."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Page, Route

LOCAL = ("file:", "data:")


@dataclass
class Offline:
    page: Page
    errors: list[str] = field(default_factory=list)
    """Console errors and uncaught exceptions."""
    requests: list[str] = field(default_factory=list)
    """Every URL the page asked for."""

    @property
    def remote(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(LOCAL)]


@pytest.fixture
def offline(page: Page) -> Offline:
    """pytest-playwright's page, with every request that is not file: or data: aborted and recorded."""
    seen = Offline(page)

    def route(route: Route) -> None:
        if route.request.url.startswith(LOCAL):
            route.continue_()
        else:
            route.abort("internetdisconnected")

    page.route("**/*", route)
    page.on("request", lambda request: seen.requests.append(request.url))
    page.on("console", lambda message: seen.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: seen.errors.append(str(error)))
    return seen
