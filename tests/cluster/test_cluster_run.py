"""`toolkit scrape --workers N | --cluster ADDRESS` end to end: real worker processes, real Chromium,
the demo site on 127.0.0.1. Every input gives exactly one record, whatever happens to the workers."""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import time
import urllib.parse
from collections import Counter
from pathlib import Path

from tests.cluster.conftest import dask_cluster
from tests.conftest import run_cli
from toolkit.demo.articles import ARTICLES, BY_ID, DEMO_PASSWORD, DEMO_USER
from toolkit.demo.server import DemoSite


def many(site: DemoSite, count: int) -> list[str]:
    """`count` distinct inputs: the demo articles made distinct with ?v=N."""
    return [f"{site.url(ARTICLES[n % len(ARTICLES)])}?v={n}" for n in range(count)]


def records_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def demo_session(site: DemoSite, folder: Path) -> tuple[Path, str]:
    """A logged-in reader's storage state (what `toolkit login` writes), and its secret token."""
    parts = urllib.parse.urlsplit(site.base_url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    form = urllib.parse.urlencode({"email": DEMO_USER, "password": DEMO_PASSWORD})
    connection.request("POST", "/login", body=form, headers={"Content-Type": "application/x-www-form-urlencoded"})
    token = connection.getresponse().getheader("Set-Cookie", "").split(";")[0].partition("=")[2]
    connection.close()
    assert token, "the demo site did not log the reader in"
    path = folder / "reader.json"
    cookie = {"name": "demo_session", "value": token, "domain": "127.0.0.1", "path": "/", "expires": -1,
              "httpOnly": True, "secure": False, "sameSite": "Lax"}  # fmt: skip
    path.write_text(json.dumps({"cookies": [cookie], "origins": []}))
    return path, token


def wait_for_records(path: Path, count: int, process: subprocess.Popen[str], timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if path.exists() and path.read_text(encoding="utf-8").count("\n") >= count:
            return
        time.sleep(0.1)
    raise AssertionError(f"fewer than {count} records in {path} (exit code {process.poll()})")


def test_two_local_workers_give_every_input_once_and_a_session_travels(demo_site: DemoSite, tmp_path: Path) -> None:
    session, token = demo_session(demo_site, tmp_path)
    premium = demo_site.url(1003)
    inputs = [*many(demo_site, 14), premium, demo_site.url(2002), demo_site.url(2002), "not a url"]
    out = tmp_path / "out.jsonl"
    done = run_cli("scrape", *inputs, "-o", str(out), "--workers", "2", "--session", str(session), cwd=tmp_path)
    assert done.returncode == 1, done.stderr  # the bad URL is an error record
    records = records_of(out)
    assert Counter(r["url"] for r in records) == Counter(inputs)  # the duplicate input twice, all others once
    by_url = {r["url"]: r for r in records}
    assert by_url["not a url"]["error"]["kind"] == "invalid-url"
    assert all(r["status"] == "ok" for r in records if r["url"] != "not a url")
    assert by_url[premium]["access"] == "unlocked"  # the session file's content reached the workers
    assert by_url[premium]["text"] == BY_ID[1003].full_text()
    workers = [line.rstrip() for line in done.stdout.splitlines() if line.startswith("worker 127.0.0.1:")]
    assert len(workers) == 2, done.stdout
    assert sum(int(line.split(": ")[1].split(" pages")[0]) for line in workers) == len(inputs) - 1
    assert all(", done" in line and "peak " in line and "MiB" in line for line in workers)
    assert token not in done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr


def test_a_worker_killed_mid_run_loses_nothing(demo_site: DemoSite, tmp_path: Path) -> None:
    inputs = many(demo_site, 24)
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join(inputs) + "\n")
    out = tmp_path / "out.jsonl"
    with dask_cluster(tmp_path, {"doomed": {}, "survivor": {}}) as cluster:
        run = subprocess.Popen([sys.executable, "-m", "toolkit", "scrape", "-i", str(urls), "-o", str(out),
                                "--cluster", cluster.address, "--per-host", "8"], cwd=tmp_path, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
        try:
            wait_for_records(out, 4, run)
            os.killpg(cluster.workers["doomed"].pid, signal.SIGKILL)  # the worker and its browser, at once
            stdout, stderr = run.communicate(timeout=180)
        finally:
            run.kill()
    assert run.returncode == 0, stdout + stderr
    records = records_of(out)
    assert Counter(r["url"] for r in records) == Counter(inputs)
    assert all(r["status"] == "ok" for r in records)
    lost = [line for line in stdout.splitlines() if line.startswith("worker ") and line.rstrip().endswith(", lost")]
    assert len(lost) == 1, stdout
    assert "Traceback" not in stdout + stderr


def test_resume_after_ctrl_c_of_a_cluster_run(demo_site: DemoSite, tmp_path: Path) -> None:
    inputs = many(demo_site, 24)
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join(inputs) + "\n")
    out = tmp_path / "out.jsonl"
    run = subprocess.Popen([sys.executable, "-m", "toolkit", "scrape", "-i", str(urls), "-o", str(out),
                            "--workers", "2"], cwd=tmp_path, text=True, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)  # fmt: skip
    try:
        wait_for_records(out, 5, run)
        run.send_signal(signal.SIGINT)
        stdout, stderr = run.communicate(timeout=120)
    finally:
        run.kill()
    assert run.returncode == 130, stdout + stderr
    assert "interrupted" in stdout
    first = records_of(out)
    assert 5 <= len(first) < len(inputs)
    assert len({r["url"] for r in first}) == len(first)
    done = run_cli("scrape", "-i", str(urls), "-o", str(out), "--workers", "2", "--resume", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"{len(first)} inputs already done, {len(inputs) - len(first)} to go" in done.stdout
    records = records_of(out)
    assert Counter(r["url"] for r in records) == Counter(inputs)
    assert all(r["status"] == "ok" for r in records)
    assert "Traceback" not in stdout + stderr + done.stdout + done.stderr


def test_a_worker_without_a_browser_leaves_and_the_run_completes(demo_site: DemoSite, tmp_path: Path) -> None:
    missing = {"TOOLKIT_BROWSER": str(tmp_path / "no-such-chromium")}
    inputs = many(demo_site, 8)
    out = tmp_path / "out.jsonl"
    with dask_cluster(tmp_path, {"able": {}, "blind": missing}, nanny=True) as cluster:
        done = run_cli("scrape", *inputs, "-o", str(out), "--cluster", cluster.address, "--record",
                       str(tmp_path / "recordings"), cwd=tmp_path)  # fmt: skip
        blind = cluster.workers["blind"]
        blind.wait(timeout=30)  # it left the cluster: its process ended
    assert done.returncode == 0, done.stdout + done.stderr
    records = records_of(out)
    assert Counter(r["url"] for r in records) == Counter(inputs)
    assert all(r["status"] == "ok" for r in records)
    assert "no browser" in done.stdout and "no-such-chromium" in done.stdout
    # --record travels too: every recording came back to the client's folder
    recorded = sorted((tmp_path / "recordings").glob("*/expected.json"))
    assert len(recorded) == len(inputs)
    assert {json.loads(p.read_text())["url"] for p in recorded} == set(inputs)


def test_cluster_usage_errors(tmp_path: Path) -> None:
    both = run_cli("scrape", "http://127.0.0.1:9/x", "--workers", "2", "--cluster", "tcp://127.0.0.1:9", cwd=tmp_path)
    assert both.returncode == 2
    assert "not both" in both.stderr
    code = "import sys; sys.modules['distributed'] = None; from toolkit.cli import main; main()"
    without = subprocess.run([sys.executable, "-c", code, "scrape", "http://127.0.0.1:9/x", "--workers", "2"],
                             cwd=tmp_path, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert without.returncode == 1
    assert "pip install '.[cluster]'" in without.stderr
    assert len(without.stderr.strip().splitlines()) == 1 and "Traceback" not in without.stderr


def test_no_worker_with_a_browser_ends_the_run_with_a_clear_error(demo_site: DemoSite, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    inputs = many(demo_site, 3)
    done = run_cli("scrape", *inputs, "-o", str(out), "--workers", "1", cwd=tmp_path,
                   env={"TOOLKIT_BROWSER": str(tmp_path / "no-such-chromium")})  # fmt: skip
    assert done.returncode == 1
    records = records_of(out)
    assert Counter(r["url"] for r in records) == Counter(inputs)
    assert {r["error"]["kind"] for r in records} == {"browser"}
    assert "no-such-chromium" in done.stderr and "playwright install chromium" in done.stderr
    assert "Traceback" not in done.stdout + done.stderr
