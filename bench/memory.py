"""Browser memory stays flat over long runs: peak memory of a short and a long run, same pages.

    .venv/bin/python bench/memory.py [--short 200] [--long 2000] [--concurrency 4]

Contexts are recycled every 50 pages and pages are always closed, so the long run's peak should be
within 1.3x of the short run's. Memory is the proportional set size of every Chromium process
(shared pages counted once), sampled every 2 s and at the end. Run by hand; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import time

import toolkit
from toolkit.demo.articles import ARTICLES
from toolkit.demo.server import DemoSite


def measure(site: DemoSite, count: int, concurrency: int) -> tuple[int, float, int]:
    urls = [f"{site.url(ARTICLES[n % len(ARTICLES)])}?m={count}-{n}" for n in range(count)]
    started = time.monotonic()
    result = toolkit.scrape(urls, toolkit.ScrapeOptions(concurrency=concurrency, robots=False))
    ok = sum(r.status == "ok" for r in result.records)
    return result.peak_memory, time.monotonic() - started, ok


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--short", type=int, default=200)
    parser.add_argument("--long", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    with DemoSite() as site:
        short_peak, short_s, short_ok = measure(site, args.short, args.concurrency)
        print(f"{args.short:>5} pages: peak browser memory {short_peak / 2**20:6.0f} MiB  "
              f"({short_s:.0f} s, {short_ok} ok)", flush=True)  # fmt: skip
        long_peak, long_s, long_ok = measure(site, args.long, args.concurrency)
        print(f"{args.long:>5} pages: peak browser memory {long_peak / 2**20:6.0f} MiB  ({long_s:.0f} s, {long_ok} ok)")
    print(f"ratio long / short: {long_peak / short_peak:.2f}  (target <= 1.30)")


if __name__ == "__main__":
    main()
