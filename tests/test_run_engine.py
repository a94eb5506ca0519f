"""The run engine against a faulty server: one record per input, the run always ends, nothing lost."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import psutil
from playwright.async_api import async_playwright

import toolkit
from tests.conftest import FaultHandler, run_cli
from toolkit._sync import run_coroutine
from toolkit.browser.launch import launch, new_context
from toolkit.demo.server import DemoSite
from toolkit.run.engine import MEMORY_SAMPLE_SECONDS
from toolkit.run.pipeline import scrape_url
from toolkit.run.robots import parse


def records_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_fault_gives_one_record_and_the_run_goes_on(fault_server: str, tmp_path: Path) -> None:
    f = fault_server
    inputs = [
        f"{f}/ok", f"{f}/ok", f"{f}/flaky", f"{f}/ratelimited", f"{f}/always503", f"{f}/missing", f"{f}/reset",
        f"{f}/slow", f"{f}/hop1", f"{f}/loop", f"{f}/file.pdf", f"{f}/empty", f"{f}/index", f"{f}/throws",
        f"{f}/huge", f"{f}/private/page", f"{f}/private/open", "not a url", "mailto:redaksi@example.test",
    ]  # fmt: skip
    out = tmp_path / "faults.jsonl"
    before = Counter(FaultHandler.hits)
    done = run_cli("scrape", *inputs, "-o", str(out), "--timeout", "5", "-c", "4", cwd=tmp_path, timeout=300)
    hits = FaultHandler.hits - before  # requests this run made, per path
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    records = records_of(out)
    assert sorted(r["url"] for r in records) == sorted(inputs)  # duplicates included: one record per line
    by_path = {r["url"].removeprefix(f): r for r in records}

    def kind(path: str) -> str | None:
        return (by_path[path]["error"] or {}).get("kind")

    assert [r["status"] for r in records if r["url"] == f"{f}/ok"] == ["ok", "ok"]
    assert by_path["/flaky"]["status"] == "ok" and hits["/flaky"] == 3  # two 503s, then ok
    assert by_path["/ratelimited"]["status"] == "ok" and hits["/ratelimited"] == 2
    assert kind("/always503") == "http" and hits["/always503"] == 3  # 1 + 2 retries
    assert kind("/missing") == "http" and hits["/missing"] == 1  # a 404 is not retried
    assert kind("/reset") == "connection"
    assert kind("/slow") == "timeout"
    assert by_path["/hop1"]["status"] == "ok" and by_path["/hop1"]["final_url"] == f"{f}/ok?from=hops"
    assert kind("/loop") == "redirect-loop"
    assert kind("/file.pdf") == "not-html"
    assert kind("/empty") == "no-article"
    assert kind("/index") == "no-article"  # links only: not an ok record with a menu as text
    assert by_path["/throws"]["status"] == "ok"  # the page's scripts failed; its content still counts
    assert by_path["/huge"]["status"] == "ok" and by_path["/huge"]["word_count"] > 100_000
    assert by_path["/private/page"]["status"] == "skipped"
    assert by_path["/private/page"]["error"] == {"kind": "robots", "message": "robots.txt: Disallow: /private"}
    assert by_path["/private/open"]["status"] == "ok"  # the longer Allow rule wins
    assert kind("not a url") == kind("mailto:redaksi@example.test") == "invalid-url"
    assert "Run summary" in done.stdout and "pages/s" in done.stdout


def test_no_robots_overrides(fault_server: str, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = run_cli("scrape", f"{fault_server}/private/page", "--no-robots", "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0
    assert records_of(out)[0]["status"] == "ok"


def test_robots_rules() -> None:
    rules = parse("User-agent: other\nDisallow: /\n\nUser-agent: *\nDisallow: /a\nAllow: /a/b\nDisallow: /*.pdf$\n")
    assert rules.verdict("/x") == (True, None)
    assert rules.verdict("/a/c") == (False, "Disallow: /a")
    assert rules.verdict("/a/b/c") == (True, "Allow: /a/b")
    assert rules.verdict("/files/report.pdf") == (False, "Disallow: /*.pdf$")
    assert rules.verdict("/files/report.pdf?x=1") == (True, None)
    assert parse("User-agent: toolkit\nDisallow: /only-us\n").verdict("/only-us") == (False, "Disallow: /only-us")


def _start(args: list[str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "toolkit", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip


def _wait_for_lines(path: Path, count: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and path.read_text().count("\n") >= count:
            return
        time.sleep(0.1)
    raise AssertionError(f"{path} never reached {count} records")


def test_ctrl_c_leaves_valid_records_and_resume_finishes(fault_server: str, tmp_path: Path) -> None:
    out = tmp_path / "run.jsonl"
    inputs = [f"{fault_server}/sleepy?n={n}" for n in range(8)]
    process = _start(["scrape", *inputs, "-o", str(out), "-c", "2"], tmp_path)
    _wait_for_lines(out, 2)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stdout + stderr
    assert "interrupted" in stdout  # the summary table of what was done
    first = records_of(out)  # every line parses: nothing half-written
    assert 2 <= len(first) < len(inputs)
    done_ok = {r["url"] for r in first if r["status"] == "ok"}
    resumed = run_cli("scrape", *inputs, "-o", str(out), "--resume", "-c", "4", cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(done_ok)} inputs already done" in resumed.stdout
    final = records_of(out)
    assert {r["url"] for r in final if r["status"] == "ok"} == set(inputs)
    assert sum(1 for r in final if r["status"] == "ok") == len(inputs)  # nothing done twice


def test_resume_repairs_a_cut_off_last_line(fault_server: str, tmp_path: Path) -> None:
    out = tmp_path / "run.jsonl"
    out.write_text(json.dumps({"url": f"{fault_server}/ok", "status": "ok"}) + "\n" + '{"url": "half-writ')
    done = run_cli("scrape", f"{fault_server}/ok", f"{fault_server}/ok?n=2", "-o", str(out), "--resume", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [r["url"] for r in records_of(out)] == [f"{fault_server}/ok", f"{fault_server}/ok?n=2"]


def test_resume_needs_an_output_file(tmp_path: Path) -> None:
    assert run_cli("scrape", "http://127.0.0.1/", "--resume", cwd=tmp_path).returncode == 2


def test_a_killed_browser_is_relaunched(fault_server: str, tmp_path: Path) -> None:
    out = tmp_path / "run.jsonl"
    inputs = [f"{fault_server}/sleepy?crash={n}" for n in range(6)]
    process = _start(["scrape", *inputs, "-o", str(out), "-c", "2", "--retries", "0"], tmp_path)
    _wait_for_lines(out, 1)
    tree = psutil.Process(process.pid).children(recursive=True)
    browsers = [p for p in tree if "chrom" in p.name() and "chrom" not in psutil.Process(p.ppid()).name()]
    assert browsers, "no browser process found"
    for browser in browsers:
        browser.kill()
    stdout, stderr = process.communicate(timeout=120)
    assert "Traceback" not in stdout + stderr
    records = records_of(out)
    assert sorted(r["url"] for r in records) == sorted(inputs)
    assert all(r["status"] == "ok" for r in records), [r["error"] for r in records]
    assert process.returncode == 0


def test_a_page_that_times_out_is_closed(fault_server: str) -> None:
    async def scenario() -> tuple[str | None, int]:
        async with async_playwright() as playwright:
            browser = await launch(playwright)
            context = await new_context(browser)
            record, _ = await scrape_url(context, f"{fault_server}/slow", timeout=2)
            open_pages = len(context.pages)
            await browser.close()
            return (record.error or {}).get("kind"), open_pages

    kind, open_pages = run_coroutine(scenario())
    assert kind == "timeout"
    assert open_pages == 0


def test_a_short_run_reports_its_browsers_peak_memory(demo_site: DemoSite) -> None:
    """Memory is sampled only every few seconds (MEMORY_SAMPLE_SECONDS: a sample reads every Chromium process's
    smaps_rollup), and at the start and the end: a run of two pages still reports its browser's peak."""
    assert MEMORY_SAMPLE_SECONDS >= 1
    result = toolkit.scrape([demo_site.url(1001), demo_site.url(2002)], toolkit.ScrapeOptions(robots=False))
    assert [r.status for r in result.records] == ["ok", "ok"]
    assert 20_000_000 < result.peak_memory < 4_000_000_000
