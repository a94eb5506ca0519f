"""`toolkit report`: the HTML page of a real run, opened in Chromium with the network refused."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import run_cli
from tests.report.conftest import Offline
from toolkit.demo.articles import BY_ID
from toolkit.demo.server import DemoSite
from toolkit.report.html import read_records, totals


@pytest.fixture(scope="module")
def run(demo_site: DemoSite, fault_server: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """A real scrape with ok (two templates, a paywall), error and skipped (robots.txt) records, and its report."""
    folder = tmp_path_factory.mktemp("report")
    out = folder / "run.jsonl"
    inputs = [demo_site.url(1001), demo_site.url(1003), demo_site.url(2001), demo_site.url(2004),
              f"{fault_server}/missing", f"{fault_server}/private/page", "not a url"]  # fmt: skip
    scraped = run_cli("scrape", *inputs, "-o", str(out), "--retries", "0", cwd=folder)
    assert scraped.returncode == 1, scraped.stderr
    done = run_cli("report", str(out), cwd=folder)
    assert done.returncode == 0, done.stderr
    assert f"report: {out.with_suffix('.html')}" in done.stdout
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["status"] for r in records} == {"ok", "error", "skipped"}
    return out.with_suffix(".html"), records


def open_report(offline: Offline, path: Path) -> None:
    offline.page.goto(path.as_uri())
    offline.page.wait_for_load_state("load")


def test_the_report_opens_offline_and_matches_the_records(offline: Offline, run: tuple[Path, list[dict]]) -> None:
    path, records = run
    open_report(offline, path)
    page = offline.page
    assert offline.remote == []  # not one request left the file
    assert offline.errors == []
    cards = page.locator("article.card")
    expect(cards).to_have_count(len(records))
    titles = cards.locator("h2.title").all_inner_texts()
    assert sorted(titles) == sorted(r["title"] or r["url"] for r in records)
    counts = Counter(r["status"] for r in records)
    for status in ("ok", "error", "skipped"):
        assert page.locator(f'[data-total="{status}"] b').inner_text() == str(counts[status])
    words = sum(r["word_count"] for r in records if r["status"] == "ok")
    assert page.locator('[data-total="words"] b').inner_text() == f"{words:,}"
    assert page.locator("#shown-n").inner_text() == str(len(records))
    paywalled = next(r for r in records if r["access"] == "paywalled")
    card = cards.filter(has_text=paywalled["title"])
    assert paywalled["access_evidence"][0] in card.locator(".evidence").inner_text()
    failed = next(r for r in records if r["status"] == "error" and r["url"] != "not a url")
    assert failed["error"]["message"] in cards.filter(has_text=failed["url"]).locator("p.error").inner_text()
    assert page.locator(".chart svg").count() == 2
    clashes = page.locator(".badge").evaluate_all(
        "badges => badges.filter(b => getComputedStyle(b).color === getComputedStyle(b).backgroundColor).length"
    )
    assert clashes == 0  # every badge's text is readable on its colour


def test_filters_and_search_change_what_is_shown(offline: Offline, run: tuple[Path, list[dict]]) -> None:
    path, records = run
    open_report(offline, path)
    page = offline.page
    visible = page.locator("article.card:visible")

    page.select_option("#f-status", "error")
    expect(visible).to_have_count(sum(r["status"] == "error" for r in records))
    assert set(visible.evaluate_all("cards => cards.map(c => c.dataset.status)")) == {"error"}
    page.select_option("#f-status", "")
    page.select_option("#f-site", "bisnis.com")
    expect(visible).to_have_count(sum(r["site"] == "bisnis.com" for r in records))
    page.select_option("#f-access", "paywalled")
    both = sum(r["site"] == "bisnis.com" and r["access"] == "paywalled" for r in records)
    expect(visible).to_have_count(both)
    assert page.locator("#shown-n").inner_text() == str(both)
    page.select_option("#f-site", "")
    page.select_option("#f-access", "")

    title = BY_ID[2001].title
    page.fill("#q", title.split()[0].lower() + " " + title.split()[1])
    expect(visible).to_have_count(sum(title.split()[0] in (r["title"] or "") for r in records))
    expect(visible.first).to_contain_text(title)
    page.fill("#q", "zzz-no-such-words")
    expect(visible).to_have_count(0)
    expect(page.locator("#empty")).to_be_visible()
    page.fill("#q", "")
    expect(visible).to_have_count(len(records))

    page.locator('.chart .bar[data-filter="access"][data-value="free"]').click()  # a bar filters too
    expect(visible).to_have_count(sum(r["access"] == "free" for r in records))
    assert page.locator("#f-access").input_value() == "free"
    assert offline.errors == []


def test_totals_and_wall_time(run: tuple[Path, list[dict]]) -> None:
    path, records = run
    read, bad = read_records(path.with_suffix(".jsonl"))
    assert read == records and bad == 0
    summary = totals(records)
    assert (summary.ok, summary.error, summary.skipped) == tuple(
        sum(r["status"] == s for r in records) for s in ("ok", "error", "skipped")
    )
    assert summary.pages == sum(r["pages"] for r in records if r["status"] == "ok")
    assert summary.wall_estimated and summary.wall_seconds is not None
    assert summary.wall_seconds >= max(r["elapsed_ms"] for r in records) / 1000 - 1  # fetched_at has 1 s resolution
    given = totals(records, wall_seconds=12.5)
    assert given.wall_seconds == 12.5 and not given.wall_estimated


def test_bad_lines_and_bad_input(tmp_path: Path) -> None:
    records = tmp_path / "cut.jsonl"
    good = {"url": "https://example.test/a", "status": "ok", "title": "<script>alert(1)</script>", "pages": 1,
            "word_count": 3, "text": "satu dua tiga", "site": "generic", "access": "free"}  # fmt: skip
    records.write_text(json.dumps(good) + '\n{"url": "https://example.test/b", "stat', encoding="utf-8")
    done = run_cli("report", str(records), "-o", str(tmp_path / "r.html"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "1 line(s) of the file were not records" in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert run_cli("report", str(tmp_path / "nope.jsonl"), cwd=tmp_path).returncode == 2
    (tmp_path / "x.csv").write_text("url,status\n", encoding="utf-8")
    refused = run_cli("report", str(tmp_path / "x.csv"), cwd=tmp_path)
    assert refused.returncode == 2 and "JSON Lines" in refused.stderr


def test_demo_ends_by_writing_its_report(tmp_path: Path) -> None:
    out = tmp_path / "demo.jsonl"
    done = run_cli("demo", "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    report = out.with_suffix(".html")
    assert done.stdout.rstrip().splitlines()[-1].startswith(f"report: {report} ({len(BY_ID)} records: ")
    html = report.read_text(encoding="utf-8")
    assert html.count('<article class="card') == len(BY_ID)
    assert "wall time</span>" in html  # the run's own wall time, not an estimate
