"""The first look names a profile only by a template fingerprint it really has: a profile without one (most
of the Indonesian ones, found by their host) must not claim every page, or the render waits out the full
settle for a body selector that page never has (8 s a page: what made the suite slow)."""

from __future__ import annotations

from playwright.sync_api import Page

from toolkit import sites
from toolkit.browser.render import PROBE_JS

ARTICLE = "<article><h1>Harga Beras</h1><p>Harga beras naik di pasar induk sejak awal pekan ini.</p></article>"


def look(page: Page, body: str) -> int:
    page.set_content(f"<!DOCTYPE html><html lang='id'><head><title>Berita</title></head><body>{body}</body></html>")
    fingerprints = [list(p.fingerprint) for p in sites.PROFILES]
    return page.evaluate(PROBE_JS, {"fingerprints": fingerprints, "selectors": []})["profile"]


def test_a_page_of_no_template_matches_no_profile(page: Page) -> None:
    assert any(not p.fingerprint for p in sites.PROFILES)  # the case that matters is there
    assert look(page, ARTICLE) == -1


def test_a_page_of_a_template_matches_its_profile(page: Page) -> None:
    index = next(i for i, p in enumerate(sites.PROFILES) if p.name == "detik.com")
    assert sites.PROFILES[index].fingerprint == ("div.detail__body-text",)
    assert look(page, f"<div class='detail__body-text'>{ARTICLE}</div>") == index
