"""What the run outputs cost at scale: writing N records to .jsonl/.csv/.xlsx, writing the HTML report
of N records, and using that report in Chromium (load; one filter and one search, timed inside the
page until it is laid out again).

    .venv/bin/python bench/report.py [N ...]      # default: 1000 10000

Records are the demo articles' texts repeated with varied sites, statuses and access; run by hand,
nothing here is asserted.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from toolkit.browser.launch import QUIET_ARGS, find_browser
from toolkit.demo.articles import ARTICLES
from toolkit.record import Article, Record
from toolkit.report.html import write_report
from toolkit.run.output import open_sink

TIMED = """([selector, value, event]) => {
  const started = performance.now(), control = document.querySelector(selector);
  control.value = value;
  control.dispatchEvent(new Event(event));
  document.body.offsetHeight;  // the layout the change causes
  return performance.now() - started;
}"""
"""In-page milliseconds from a filter change to the page laid out again."""
SITES = ("bisnis.com", "kompas.com", "detik.com", "generic", "tempo.co")


def records(n: int) -> list[Record]:
    out = []
    for i in range(n):
        demo = ARTICLES[i % len(ARTICLES)]
        url = f"https://{SITES[i % len(SITES)]}/read/{i}/{demo.slug}"
        if i % 17 == 0:
            out.append(Record.failed(url, "http", "HTTP 503 Service Unavailable", http_status=503, elapsed_ms=900))
            continue
        article = Article(title=f"{demo.title} ({i})", authors=list(demo.authors), tags=list(demo.tags),
                          text=demo.full_text(), site=SITES[i % len(SITES)],
                          access="paywalled" if demo.premium else "free", pages=len(demo.pages))  # fmt: skip
        out.append(Record.ok(url, article, http_status=200, elapsed_ms=1500))
    return out


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    with sync_playwright() as playwright:
        choice = find_browser(playwright.chromium.executable_path)
        browser = playwright.chromium.launch(executable_path=choice.path, args=QUIET_ARGS)
        print(f"{'records':>8} {'format':>7} {'write s':>8} {'MB':>7} {'load ms':>8} {'filter ms':>9} {'search ms':>9}")
        for n in sizes:
            batch = records(n)
            with tempfile.TemporaryDirectory() as folder:
                for suffix in (".jsonl", ".csv", ".xlsx"):
                    path = Path(folder) / f"run{suffix}"
                    started = time.perf_counter()
                    with open_sink(path) as sink:
                        for record in batch:
                            sink.write(record)
                    seconds = time.perf_counter() - started
                    print(f"{n:>8} {suffix:>7} {seconds:>8.2f} {path.stat().st_size / 2**20:>7.1f}")
                html = Path(folder) / "run.html"
                started = time.perf_counter()
                write_report(Path(folder) / "run.jsonl", html)
                seconds = time.perf_counter() - started
                page = browser.new_page()
                started = time.perf_counter()
                page.goto(html.as_uri())
                page.wait_for_load_state("load")
                load = (time.perf_counter() - started) * 1000
                filtering = page.evaluate(TIMED, ["#f-status", "error", "change"])
                page.evaluate(TIMED, ["#f-status", "", "change"])
                search = page.evaluate(TIMED, ["#q", "rupiah", "input"])
                page.close()
                size = html.stat().st_size / 2**20
                print(f"{n:>8} {'.html':>7} {seconds:>8.2f} {size:>7.1f} {load:>8.0f} {filtering:>9.0f} {search:>9.0f}")
        browser.close()


if __name__ == "__main__":
    main()
