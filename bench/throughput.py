"""The toolkit against a bare Playwright loop, networkidle and two peer libraries: same pages, same proxy, one run.

    .venv/bin/python bench/throughput.py [--pages 300] [-c 1 4 8] [--only bare toolkit ...] [--timeline]

Pages: small news pages of the demo site (/uji/berita/N): five server-rendered paragraphs, a sixth added
by script 150 ms after load, and a cookie-consent overlay that locks scrolling until it is accepted.
Every runner reaches them through the same forwarding HTTP proxy (`proxy.py`: site and proxy in a child
process, URLs on http://kabar.test/). Runners, each at every concurrency:
- bare: bare Playwright that knows the page: one page per worker, reused for all its URLs; goto,
  wait for #paragraf-6, content(). The floor.
- networkidle: the same loop with goto(wait_until="networkidle") instead of the known paragraph.
- toolkit: a full `toolkit.scrape` (settling, consent, scrolling, marking, extraction, records).
- crawl4ai: AsyncWebCrawler.arun_many, wait_until="networkidle" (its docs' way for JS pages), a
  SemaphoreDispatcher of c.
- crawlee: PlaywrightCrawler with c concurrent pages; the handler waits for networkidle.
Peers are the optional `[peers]` extra; a peer that is not installed or cannot run is skipped with a message.
crawl4ai has no executable-path option: the bench points PLAYWRIGHT_BROWSERS_PATH at a folder
shaped like Playwright's whose browsers link to the Chromium the toolkit uses.

Every runner's result is checked: a page is whole when all six paragraphs are in what it returned.
CPU is user+system seconds of this process and of every browser and driver process under it (the
site's process left out). The machine is shared: compare ratios within one run; each runner is timed
from its start to its last page, browser launch included.
With --timeline, the median time per page of each phase of the toolkit's page (`timeline.py` wraps its
steps) and of the bare loop's, printed after the table. Run by hand; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil
import timeline
from playwright.async_api import async_playwright
from proxy import HOST, proxied_site

import toolkit
from toolkit.browser.launch import QUIET_ARGS, find_browser
from toolkit.demo.render_cases import PREFIX, archive_paragraphs

os.environ.setdefault("CRAWL4AI_NO_CLOUD_NOTICE", "1")  # crawl4ai's banner, printed when it is imported

Runner = Callable[[list[str], int, str], Awaitable[dict[str, str]]]
"""Scrapes the URLs at a concurrency through a proxy; returns what it got for each URL (HTML or text)."""


@dataclass
class Result:
    name: str
    concurrency: int
    seconds: float
    cpu: float
    whole: int
    pages: int
    skipped: str = ""


class CpuMeter:
    """CPU seconds of this process and all its descendants, sampled so that exited ones still count."""

    def __init__(self, leave_out: int) -> None:
        self._leave_out = leave_out
        self._seen: dict[tuple[int, float], float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._self = psutil.Process()

    def _sample(self) -> None:
        for proc in self._self.children(recursive=True):
            if proc.pid == self._leave_out:
                continue
            with contextlib.suppress(psutil.Error):
                times = proc.cpu_times()
                self._seen[(proc.pid, proc.create_time())] = times.user + times.system

    def _loop(self) -> None:
        while not self._stop.wait(0.2):
            self._sample()

    def __enter__(self) -> CpuMeter:
        self._start_self = sum(self._self.cpu_times()[:2])
        self._sample()
        self._start_children = dict(self._seen)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._sample()
        self._stop.set()
        self._thread.join()
        self.seconds = sum(self._self.cpu_times()[:2]) - self._start_self
        self.seconds += sum(v - self._start_children.get(k, 0.0) for k, v in self._seen.items())


def news_urls(count: int, run: str) -> list[str]:
    # A query per run so that no runner is served from another's cache.
    return [f"http://{HOST}{PREFIX}berita/{n}?r={run}" for n in range(count)]


def is_whole(url: str, got: str) -> bool:
    n = int(url.split("/berita/")[1].split("?")[0])
    return all(p in got for p in archive_paragraphs(n))


async def _bare(urls: list[str], concurrency: int, proxy: str, known: bool) -> dict[str, str]:
    """One reused page per worker: goto, wait for the known sixth paragraph (or networkidle), read the DOM."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    got: dict[str, str] = {}
    async with async_playwright() as playwright:
        choice = find_browser(playwright.chromium.executable_path)
        browser = await playwright.chromium.launch(executable_path=choice.path, args=QUIET_ARGS,
                                                   proxy={"server": proxy})  # fmt: skip

        async def worker() -> None:
            with timeline.phase("context+page"):
                context = await browser.new_context()
                page = await context.new_page()
            while not queue.empty():
                url = queue.get_nowait()
                with timeline.page():
                    if known:
                        with timeline.phase("navigation"):
                            await page.goto(url, wait_until="domcontentloaded")
                        with timeline.phase("settle"):
                            await page.wait_for_selector("#paragraf-6", state="attached")
                    else:
                        with timeline.phase("navigation"):
                            await page.goto(url, wait_until="networkidle")
                    with timeline.phase("dom read"):
                        got[url] = await page.content()
            await context.close()

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        await browser.close()
    return got


async def bare(urls: list[str], concurrency: int, proxy: str) -> dict[str, str]:
    return await _bare(urls, concurrency, proxy, known=True)


async def networkidle(urls: list[str], concurrency: int, proxy: str) -> dict[str, str]:
    return await _bare(urls, concurrency, proxy, known=False)


async def toolkit_run(urls: list[str], concurrency: int, proxy: str) -> dict[str, str]:
    options = toolkit.ScrapeOptions(concurrency=concurrency, per_host=concurrency, robots=False, proxy=proxy)
    result = await toolkit.scrape_async(urls, options)
    return {r.url: r.text for r in result.records if r.status == "ok"}


async def crawl4ai_run(urls: list[str], concurrency: int, proxy: str) -> dict[str, str]:
    from crawl4ai import AsyncWebCrawler, BrowserConfig, CacheMode, CrawlerRunConfig
    from crawl4ai.async_dispatcher import SemaphoreDispatcher

    config = CrawlerRunConfig(cache_mode=CacheMode.BYPASS, wait_until="networkidle", verbose=False)
    dispatcher = SemaphoreDispatcher(semaphore_count=concurrency, max_session_permit=concurrency)
    with playwright_shaped_browsers():
        async with AsyncWebCrawler(
            config=BrowserConfig(headless=True, verbose=False, extra_args=QUIET_ARGS, proxy_config={"server": proxy})
        ) as c4:
            results = await c4.arun_many(urls, config=config, dispatcher=dispatcher)
    return {r.url: r.html or "" for r in results if r.success}


async def crawlee_run(urls: list[str], concurrency: int, proxy: str) -> dict[str, str]:
    from crawlee import ConcurrencySettings
    from crawlee.crawlers import PlaywrightCrawler, PlaywrightCrawlingContext
    from crawlee.proxy_configuration import ProxyConfiguration
    from crawlee.storage_clients import MemoryStorageClient

    choice = find_browser()
    settings = ConcurrencySettings(min_concurrency=concurrency, max_concurrency=concurrency,
                                   desired_concurrency=concurrency)  # fmt: skip
    crawler = PlaywrightCrawler(
        concurrency_settings=settings,
        headless=True,
        browser_launch_options={"executable_path": choice.path, "args": QUIET_ARGS, "chromium_sandbox": False},
        proxy_configuration=ProxyConfiguration(proxy_urls=[proxy]),
        max_request_retries=0,
        configure_logging=False,
        storage_client=MemoryStorageClient(),
    )
    logging.getLogger("crawlee").setLevel(logging.WARNING)
    got: dict[str, str] = {}

    @crawler.router.default_handler
    async def handler(context: PlaywrightCrawlingContext) -> None:
        await context.page.wait_for_load_state("networkidle")
        got[context.request.url] = await context.page.content()

    await crawler.run(urls)
    return got


@contextlib.contextmanager
def playwright_shaped_browsers() -> Iterator[None]:
    """PLAYWRIGHT_BROWSERS_PATH -> a temporary folder laid out like Playwright's, its Chromium and
    headless shell linking to the Chromium the toolkit launches (for a peer that cannot be told a path)."""
    choice = find_browser()
    if not choice.path:  # Playwright's own browser is installed: nothing to fake
        yield
        return
    import playwright

    browsers = json.loads((Path(playwright.__file__).parent / "driver/package/browsers.json").read_text())
    revision = {b["name"]: b["revision"] for b in browsers["browsers"]}
    old = os.environ.get("PLAYWRIGHT_BROWSERS_PATH")
    with tempfile.TemporaryDirectory(prefix="pw-browsers-") as root:
        for folder, binary in (
            (f"chromium_headless_shell-{revision['chromium-headless-shell']}/chrome-headless-shell-linux64",
             "chrome-headless-shell"),
            (f"chromium-{revision['chromium']}/chrome-linux64", "chrome"),
        ):  # fmt: skip
            (Path(root) / folder).mkdir(parents=True)
            (Path(root) / folder / binary).symlink_to(choice.path)
        os.environ["PLAYWRIGHT_BROWSERS_PATH"] = root
        try:
            yield
        finally:
            if old is None:
                os.environ.pop("PLAYWRIGHT_BROWSERS_PATH", None)
            else:
                os.environ["PLAYWRIGHT_BROWSERS_PATH"] = old


RUNNERS: dict[str, tuple[Runner, str | None]] = {
    "bare": (bare, None),
    "networkidle": (networkidle, None),
    "toolkit": (toolkit_run, None),
    "crawl4ai": (crawl4ai_run, "crawl4ai"),
    "crawlee": (crawlee_run, "crawlee"),
}


def measure(proxy: str, site_pid: int, name: str, pages: int, concurrency: int) -> Result:
    runner, module = RUNNERS[name]
    if module:
        try:
            __import__(module)
        except ImportError:
            missing = f"{module} not installed (pip install -e '.[peers]')"
            return Result(name, concurrency, 0, 0, 0, pages, skipped=missing)
    urls = news_urls(pages, f"{name}-{concurrency}-{time.time_ns()}")
    timeline.start(f"c={concurrency} {name}")
    with CpuMeter(leave_out=site_pid) as cpu:
        started = time.monotonic()
        try:
            got = asyncio.run(runner(urls, concurrency, proxy))
        except Exception as exc:  # a peer that cannot run here is reported, not fatal
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            return Result(name, concurrency, 0, 0, 0, pages, skipped=f"failed: {first[:100]}")
        seconds = time.monotonic() - started
    whole = sum(is_whole(url, got.get(url, "")) for url in urls)
    return Result(name, concurrency, seconds, cpu.seconds, whole, pages)


def table(results: list[Result]) -> str:
    """Every runner's seconds and pages whole, as a ratio to the bare loop, networkidle and the toolkit."""
    bases = ("bare", "networkidle", "toolkit")
    lines = [f"{'c':>2} {'runner':<12} {'seconds':>8} {'pages/s':>8} {'CPU s/page':>10} {'whole':>9} "
             + " ".join(f"{'/' + b:>12}" for b in bases)]  # fmt: skip
    for c in sorted({r.concurrency for r in results}):
        at = {r.name: r for r in results if r.concurrency == c}
        base = {k: at[k].seconds for k in bases if k in at and at[k].seconds}
        for r in (r for r in results if r.concurrency == c):
            if r.skipped:
                lines.append(f"{c:>2} {r.name:<12} skipped: {r.skipped}")
                continue
            ratio = {k: f"{r.seconds / v:.2f}" for k, v in base.items()}
            lines.append(
                f"{c:>2} {r.name:<12} {r.seconds:8.1f} {r.pages / r.seconds:8.2f} {r.cpu / r.pages:10.3f} "
                f"{f'{r.whole}/{r.pages}':>9} " + " ".join(f"{ratio.get(b, '-'):>12}" for b in bases)
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("-c", "--concurrency", type=int, nargs="+", default=[1, 4, 8])
    parser.add_argument("--only", nargs="+", choices=list(RUNNERS), default=list(RUNNERS))
    parser.add_argument("--timeline", action="store_true", help="median seconds per page of each phase")
    args = parser.parse_args()
    if args.timeline:
        timeline.install()
    results: list[Result] = []
    with proxied_site() as (proxy, site_pid):
        for concurrency in args.concurrency:
            for name in args.only:
                result = measure(proxy, site_pid, name, args.pages, concurrency)
                results.append(result)
                state = result.skipped or f"{result.seconds:.1f} s, {result.whole}/{result.pages} whole"
                print(f"  c={concurrency} {name}: {state}", flush=True)
    print(f"\npages: {args.pages} news pages with a consent overlay, through one proxy (http://{HOST}/); one run")
    print(table(results))
    if args.timeline:
        print("\n" + timeline.report())


if __name__ == "__main__":
    main()
