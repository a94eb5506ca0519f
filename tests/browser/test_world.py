"""What comes back from a page is held to the shape the toolkit expects (issue 23, item 1)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from playwright.async_api import async_playwright

import toolkit
from tests.hostile_pages import PARAGRAPHS, article, serve
from toolkit import ScrapeOptions
from toolkit._sync import run_coroutine
from toolkit.browser.launch import launch, new_context
from toolkit.browser.world import checked, evaluate, number, watch
from toolkit.errors import PageError

SHAPE = {"html": str, "count": int, "stopped": (str, type(None))}


@pytest.mark.parametrize("answer", [None, [], "x", {"html": "<p>", "count": "1", "stopped": None},
                                    {"html": "<p>", "count": True, "stopped": None}, {"html": 1, "count": 1},
                                    {"count": 1, "stopped": None}])  # fmt: skip
def test_a_wrong_shape_is_one_line_for_the_record(answer: Any) -> None:
    with pytest.raises(PageError) as raised:
        checked(answer, SHAPE, "mark")
    assert raised.value.kind == "browser" and "\n" not in str(raised.value) and str(raised.value).startswith("mark")


def test_the_right_shape_passes() -> None:
    answer = {"html": "<p>", "count": 3, "stopped": None, "extra": object()}
    assert checked(answer, SHAPE, "mark") is answer


def test_numbers() -> None:
    assert [number(v) for v in (3, 2.5, "3", True, None, float("nan"), float("inf"))] == [3.0, 2.5] + [None] * 5


def test_a_page_that_always_says_it_is_busy_costs_a_bounded_wait() -> None:
    """The isolated world asks pending.js (the page's world) whether the page is busy with a cancelable event:
    a page that cancels it every time only stretches the wait at the bottom of the scroll, which is bounded."""
    busy = "<script>document.addEventListener('__tk-busy', (e) => e.preventDefault(), true)</script>"
    page = article(head=busy, after="<div style='height:6000px'></div>")
    with serve({"/sibuk": page}) as base:
        started = time.monotonic()
        result = toolkit.scrape([f"{base}/sibuk"], ScrapeOptions(retries=0))
    assert time.monotonic() - started < 25
    assert result.records[0].status == "ok" and result.records[0].text.split("\n\n") == PARAGRAPHS


def test_the_world_follows_the_page_to_another_site() -> None:
    """The CDP session and the main frame's id are asked for once per page, beside its first navigation: a later
    navigation to another site (another renderer process) still gets a fresh isolated world in the new document,
    one that sees neither the page's globals nor its replaced builtins."""
    hostile = "<script>window.secret = 'page'; JSON.stringify = () => '{}'; Array.prototype.push = null</script>"
    script = "() => ({ where: location.href, secret: typeof window.secret, title: document.title, n: [1].concat(2) })"

    async def visit(base: str) -> list[Any]:
        async with async_playwright() as playwright:
            browser = await launch(playwright)
            context = await new_context(browser)
            page = await context.new_page()
            watch(page)
            seen = []
            for url in (f"{base}/satu", f"{base.replace('127.0.0.1', 'localhost')}/dua", f"{base}/satu"):
                await page.goto(url)
                seen.append(await evaluate(page, script))
            await browser.close()
            return seen

    pages = {"/satu": article(title="Satu", head=hostile), "/dua": article(title="Dua", head=hostile)}
    with serve(pages) as base:
        seen = run_coroutine(visit(base))
    assert [s["where"].split("/")[2].split(":")[0] for s in seen] == ["127.0.0.1", "localhost", "127.0.0.1"]
    assert [s["title"] for s in seen] == ["Satu", "Dua", "Satu"]
    assert all(s["secret"] == "undefined" and s["n"] == [1, 2] for s in seen)
