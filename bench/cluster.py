"""Pages/s and CPU of a local run against `--workers 1` and `--workers 2`, same demo pages, and the
cost of the other way to hold per-host slots across a cluster (a Dask semaphore per host).

    .venv/bin/python bench/cluster.py [--pages 300] [--runs local,1,2,2:8]

Each run is `toolkit scrape -i URLS -o FILE` in its own process, as a user runs it, over the demo
site's articles made distinct with ?v=N, on 127.0.0.1. A run named `2:8` is `--workers 2 --per-host 8`
(the default `--per-host 4` is shared by the whole cluster: 2 slots a worker with 2 workers).
Figures: wall time of the whole command (cluster start-up included), pages/s, the CPU seconds of
the command's whole process tree (client, workers, Chromium), and how busy the machine's cores were
meanwhile (everyone's processes: other work on the machine shows up there). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from toolkit.demo.articles import ARTICLES
from toolkit.demo.server import DemoSite


def page_urls(site: DemoSite, count: int) -> list[str]:
    return [f"{site.url(ARTICLES[n % len(ARTICLES)])}?v={n}" for n in range(count)]


def one_run(name: str, urls: Path, folder: Path) -> dict[str, float | str]:
    args = ["-c", "4"]
    if name != "local":
        workers, _, per_host = name.partition(":")
        args += ["--workers", workers, "--per-host", per_host or "4"]
    out = folder / f"{name.replace(':', '-')}.jsonl"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    psutil.cpu_percent()  # starts the machine-wide measurement
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "toolkit", "scrape", "-i", str(urls), "-o", str(out), *args],
                          capture_output=True, text=True, cwd=folder)  # fmt: skip
    wall = time.monotonic() - started
    machine = psutil.cpu_percent()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    pages = sum(r["pages"] for r in records if r["status"] == "ok")
    return {
        "run": name,
        "exit": done.returncode,
        "ok": sum(r["status"] == "ok" for r in records),
        "pages": pages,
        "wall": wall,
        "rate": pages / wall,
        "cpu": cpu,
        "cpu_page": cpu / max(pages, 1),
        "cores": cpu / wall,
        "machine": machine,
    }


def semaphore_cost(rounds: int = 200) -> tuple[float, float]:
    """Milliseconds per acquire+release of a `distributed.Semaphore` from a worker task (what every
    page load would pay if per-host slots were a semaphore), and the lease timeout that a dead
    worker's slots stay taken for."""
    import dask
    from distributed import Client, LocalCluster, Semaphore

    def cycle(count: int) -> float:
        semaphore = Semaphore(max_leases=4, name="host:bench.test")
        started = time.perf_counter()
        for _ in range(count):
            semaphore.acquire()
            semaphore.release()
        return (time.perf_counter() - started) * 1000 / count

    with (
        LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1")
        as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        per_cycle = client.submit(cycle, rounds).result()
    lease = dask.utils.parse_timedelta(dask.config.get("distributed.scheduler.locks.lease-timeout"))
    return per_cycle, lease


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--runs", default="local,1,2,2:8")
    options = parser.parse_args()
    print(f"{psutil.cpu_count()} cores; load average before: {' '.join(f'{x:.1f}' for x in psutil.getloadavg())}")
    rows = []
    with DemoSite() as site, tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        urls = folder / "urls.txt"
        urls.write_text("\n".join(page_urls(site, options.pages)) + "\n")
        for name in options.runs.split(","):
            rows.append(one_run(name, urls, folder))
            row = rows[-1]
            print(f"  {row['run']}: {row['pages']} pages in {row['wall']:.1f}s", flush=True)
    print()
    print("| run | ok | pages | wall s | pages/s | CPU s (tree) | CPU s/page | cores used | machine busy |")
    print("|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(f"| {row['run']} | {row['ok']} | {row['pages']} | {row['wall']:.1f} | {row['rate']:.2f} | "
              f"{row['cpu']:.0f} | {row['cpu_page']:.2f} | {row['cores']:.2f} | {row['machine']:.0f}% |")  # fmt: skip
    per_cycle, lease = semaphore_cost()
    print()
    print(f"Dask semaphore per host: {per_cycle:.1f} ms per acquire+release from a worker (one per page load);")
    print(f"a dead worker's leases stay taken until the lease timeout: {lease:.0f}s.")
    print(f"load average after: {' '.join(f'{x:.1f}' for x in psutil.getloadavg())}")


if __name__ == "__main__":
    main()
