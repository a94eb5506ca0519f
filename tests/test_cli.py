"""The command line, end to end, as a user runs it: records written, exit codes, inputs, failures."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT, run_cli
from toolkit.demo.articles import BY_ID
from toolkit.demo.server import DemoSite


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_scrape_writes_one_record_per_input_and_a_summary(demo_site: DemoSite, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = run_cli("scrape", demo_site.url(1001), demo_site.url(2002), "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    records = read_records(out)
    assert sorted(r["url"] for r in records) == sorted([demo_site.url(1001), demo_site.url(2002)])
    assert all(r["status"] == "ok" for r in records)
    assert list(records[0])[:4] == ["url", "final_url", "status", "error"]  # DESIGN.md's field order
    assert "Run summary" in done.stdout
    assert "2 records: 2 ok, 0 error" in done.stdout
    assert "pages/s" in done.stdout and "browser peak" in done.stdout
    assert BY_ID[1001].title[:30] in done.stdout  # one row per URL, with its title


def test_input_file_with_comments_and_blank_lines(demo_site: DemoSite, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# demo articles\n\n{demo_site.url(2001)}\n   \n# done\n{demo_site.url(2002)}\n")
    out = tmp_path / "out.jsonl"
    done = run_cli("scrape", "-i", str(urls), "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(read_records(out)) == 2


def test_urls_from_stdin_and_arguments_together(demo_site: DemoSite, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = run_cli("scrape", demo_site.url(2002), "-i", "-", "-o", str(out), cwd=tmp_path,
                   stdin=f"{demo_site.url(2001)}\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert {r["url"] for r in read_records(out)} == {demo_site.url(2001), demo_site.url(2002)}


def test_errors_give_records_and_exit_code_one(demo_site: DemoSite, fault_server: str, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    faults = [f"{fault_server}/{path}" for path in ("missing", "broken", "empty", "file.pdf", "loop")]
    inputs = [demo_site.url(2002), "not a url", "ftp://example.test/file", *faults]
    done = run_cli("scrape", *inputs, "-o", str(out), "--timeout", "10", "--retries", "0", cwd=tmp_path)
    assert done.returncode == 1
    by_url = {r["url"]: r for r in read_records(out)}
    assert set(by_url) == set(inputs)
    assert by_url[demo_site.url(2002)]["status"] == "ok"
    kinds = {url: (r["error"] or {}).get("kind") for url, r in by_url.items()}
    assert kinds[f"{fault_server}/missing"] == "http"
    assert by_url[f"{fault_server}/missing"]["http_status"] == 404
    assert kinds[f"{fault_server}/broken"] == "http"
    assert kinds["not a url"] == "invalid-url"
    assert kinds["ftp://example.test/file"] == "invalid-url"
    assert kinds[f"{fault_server}/empty"] == "no-article"
    assert kinds[f"{fault_server}/file.pdf"] == "not-html"
    assert kinds[f"{fault_server}/loop"] == "redirect-loop"
    assert "Traceback" not in done.stdout + done.stderr


def test_usage_errors_exit_two(tmp_path: Path) -> None:
    nothing = run_cli("scrape", cwd=tmp_path)
    assert nothing.returncode == 2
    assert "no URLs" in nothing.stderr
    missing = run_cli("scrape", "-i", str(tmp_path / "nope.txt"), cwd=tmp_path)
    assert missing.returncode == 2
    assert "cannot read" in missing.stderr
    bad_option = run_cli("scrape", "http://127.0.0.1/", "-c", "0", cwd=tmp_path)
    assert bad_option.returncode == 2
    for result in (nothing, missing, bad_option):
        assert "Traceback" not in result.stdout + result.stderr


def test_missing_browser_is_reported_clearly(demo_site: DemoSite, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = run_cli("scrape", demo_site.url(2002), "not a url", "-o", str(out), cwd=tmp_path,
                   env={"TOOLKIT_BROWSER": str(tmp_path / "no-such-chromium")})  # fmt: skip
    assert done.returncode == 1
    assert "playwright install chromium" in done.stderr
    assert "chromium-headless-shell" in done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    records = {r["url"]: r for r in read_records(out)}
    assert records[demo_site.url(2002)]["error"]["kind"] == "browser"
    assert records["not a url"]["error"]["kind"] == "invalid-url"


def test_records_are_flushed_as_each_finishes(demo_site: DemoSite, fault_server: str, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "toolkit", "scrape", demo_site.url(2002), f"{fault_server}/slow",
         "-o", str(out), "--timeout", "20", "-c", "2"],
        cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (out.exists() and out.read_text().count("\n") >= 1):
            time.sleep(0.2)
        assert process.poll() is None, "the slow page should still be loading"
        first = read_records(out)
        assert len(first) == 1 and first[0]["url"] == demo_site.url(2002)
        assert first[0]["status"] == "ok"
    finally:
        process.kill()
        process.wait()


def test_default_output_goes_to_runs(demo_site: DemoSite, tmp_path: Path) -> None:
    done = run_cli("scrape", demo_site.url(2002), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    written = list((tmp_path / "runs").glob("*.jsonl"))
    assert len(written) == 1
    assert f"records: {written[0].relative_to(tmp_path)}" in done.stdout


def test_sites_lists_profiles(tmp_path: Path) -> None:
    done = run_cli("sites", cwd=tmp_path)
    assert done.returncode == 0
    assert "bisnis.com" in done.stdout and "article.detailsContent" in done.stdout


def test_demo_command_scrapes_every_article(tmp_path: Path) -> None:
    out = tmp_path / "demo.jsonl"
    done = run_cli("demo", "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    records = read_records(out)
    assert len(records) == len(BY_ID)
    assert all(r["status"] == "ok" for r in records)
    assert f"{len(BY_ID)} records: {len(BY_ID)} ok" in done.stdout


def test_readme_shows_the_two_commands_first() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.index("make demo") < readme.index("make test") < readme.index("toolkit scrape")
