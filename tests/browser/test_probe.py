"""The first look names a profile only by a template fingerprint it really has: a profile without one (most
of the Indonesian ones, found by their host) must not claim every page, or the render waits out the full
settle for a body selector that page never has (8 s a page: what made the suite slow)."""

from __future__ import annotations

from playwright.async_api import async_playwright

from toolkit import sites
from toolkit._sync import run_coroutine
from toolkit.browser.launch import launch, new_context
from toolkit.browser.render import PROBE_JS

ARTICLE = "<article><h1>Harga Beras</h1><p>Harga beras naik di pasar induk sejak awal pekan ini.</p></article>"


def looks(*bodies: str) -> list[int]:
    """The profile index probe.js names for each body, with every profile's fingerprint."""
    fingerprints = [list(p.fingerprint) for p in sites.PROFILES]

    async def scenario() -> list[int]:
        async with async_playwright() as playwright:
            browser = await launch(playwright)
            try:
                page = await (await new_context(browser)).new_page()
                found = []
                for body in bodies:
                    await page.set_content(f"<!DOCTYPE html><html lang='id'><head><title>Berita</title></head>"
                                           f"<body>{body}</body></html>")  # fmt: skip
                    found.append((await page.evaluate(PROBE_JS, {"fingerprints": fingerprints, "selectors": []}))
                                 ["profile"])  # fmt: skip
                return found
            finally:
                await browser.close()

    return run_coroutine(scenario())


def test_only_a_page_of_a_template_matches_a_profile() -> None:
    assert any(not p.fingerprint for p in sites.PROFILES)  # the case that matters is there
    detik = next(i for i, p in enumerate(sites.PROFILES) if p.name == "detik.com")
    assert sites.PROFILES[detik].fingerprint == ("div.detail__body-text",)
    assert looks(ARTICLE, f"<div class='detail__body-text'>{ARTICLE}</div>") == [-1, detik]
