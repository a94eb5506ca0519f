"""The toolkit against bare Playwright on the same pages, same browser, same concurrency, in one run.

    .venv/bin/python bench/throughput.py [--pages 300] [--concurrency 4]

Bare Playwright: one context per worker, goto(wait_until="networkidle") (the usual way to wait for
bodies injected by script), page.content(), nothing else. The toolkit: a full scrape (settling,
consent, scrolling, extraction, records). Pages: the demo site's articles, made distinct with ?v=N,
on 127.0.0.1. Prints wall times, pages/s and the ratio. Run by hand; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import time

from playwright.async_api import async_playwright

import toolkit
from toolkit.browser.launch import QUIET_ARGS, find_browser
from toolkit.demo.articles import ARTICLES
from toolkit.demo.server import DemoSite


def page_urls(site: DemoSite, count: int) -> list[str]:
    return [f"{site.url(ARTICLES[n % len(ARTICLES)])}?v={n}" for n in range(count)]


async def bare_playwright(urls: list[str], concurrency: int) -> float:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    async with async_playwright() as playwright:
        choice = find_browser(playwright.chromium.executable_path)
        browser = await playwright.chromium.launch(executable_path=choice.path, args=QUIET_ARGS)

        async def worker() -> None:
            context = await browser.new_context()
            while not queue.empty():
                page = await context.new_page()
                await page.goto(queue.get_nowait(), wait_until="networkidle")
                await page.content()
                await page.close()
            await context.close()

        started = time.monotonic()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        seconds = time.monotonic() - started
        await browser.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    with DemoSite() as site:
        urls = page_urls(site, args.pages)
        bare = asyncio.run(bare_playwright(urls, args.concurrency))
        started = time.monotonic()
        result = toolkit.scrape(urls, toolkit.ScrapeOptions(concurrency=args.concurrency, robots=False))
        ours = time.monotonic() - started
    ok = sum(r.status == "ok" for r in result.records)
    print(f"pages: {len(urls)}  concurrency: {args.concurrency}  (demo site on 127.0.0.1)")
    print(f"bare Playwright : {bare:7.1f} s  {len(urls) / bare:6.2f} pages/s")
    print(f"toolkit         : {ours:7.1f} s  {len(urls) / ours:6.2f} pages/s  ({ok} ok records)")
    print(f"ratio toolkit / bare: {ours / bare:.2f}  (target <= 1.20)")
    print(f"toolkit browser peak memory: {result.peak_memory / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
