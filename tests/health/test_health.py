"""`toolkit health` on the demo site served as built, redesigned, walled and empty; and on a closed port."""

from __future__ import annotations

import json
import re
from pathlib import Path

from playwright.sync_api import expect

from tests.conftest import run_cli
from tests.health.conftest import HealthSite, Offline
from toolkit.health.history import read_history

BODY = "article.detailsContent"


def test_an_ok_run_counts_each_field_and_selector(health_site: HealthSite, tmp_path: Path) -> None:
    checked = health_site.check("", tmp_path / "history.jsonl")
    assert checked.process.returncode == 0, checked.process.stdout + checked.process.stderr
    result = checked.result
    assert result["verdict"] == "ok"
    assert result["site"] == health_site.name and result["profile"] == "bisnis.com"
    # the premium article shows a teaser: its text is under 80 words, the other two are whole
    assert result["fields"] == {"title": [3, 3], "text": [2, 3], "published": [3, 3], "authors": [3, 3]}
    assert result["selectors"]["body"] == [3, 3] and result["selectors"]["credits"] == [3, 3]
    assert result["selectors"]["paywall"] == [1, 3]  # one of the three is premium
    assert len(result["urls"]) == 3 and all("/read/" in url for url in result["urls"])
    assert result["changed"] == ["first check"]
    assert re.search(r"│ ok\s+│ title 3/3", checked.process.stdout)


def test_a_redesign_names_the_body_selector_that_stopped_matching(health_site: HealthSite, tmp_path: Path) -> None:
    checked = health_site.check("drift", tmp_path / "history.jsonl")  # no earlier run: no baseline
    assert checked.process.returncode == 1
    assert checked.result["verdict"] == "drift"
    assert f"body selector {BODY} matched 0 of 3 pages" in checked.evidence
    assert "the generic extractor read 3 of 3 pages: profile bisnis.com found no body" in checked.evidence
    assert checked.result["selectors"]["body"] == [0, 3]


def test_history_lines_and_the_change_between_runs(health_site: HealthSite, tmp_path: Path, offline: Offline) -> None:
    history = tmp_path / "history.jsonl"
    first = health_site.check("", history)
    day = first.result["checked_at"][:10]
    second = health_site.check("drift", history)
    third = health_site.check("", history, "--report", str(tmp_path / "health.html"))
    lines = history.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and [json.loads(line)["verdict"] for line in lines[:-1]] == ["ok", "drift", "ok"]
    assert [h.verdict for h in read_history(history)] == ["ok", "drift", "ok"]
    # the drift run compares with the ok run before it: the selector and the field that went, with their baseline
    assert f"body selector {BODY} matched 0 of 3 pages (3 of 3 on {day})" in second.evidence
    # fewer pages name their authors (the generic extractor reads some from the credit lines it dropped)
    fell = [e for e in second.evidence if re.fullmatch(rf"authors filled on [0-2] of 3 pages \(3 of 3 on {day}\)", e)]
    assert len(fell) == 1, second.evidence
    now = fell[0].split()[3]
    assert "credits selector div.detailsAuthor div.detailsAuthorItem matched 0 of 3 pages (3 of 3 on " \
           f"{day})" in second.evidence  # fmt: skip
    assert second.result["changed"][0] == "verdict ok -> drift"
    assert f"authors 3/3 -> {now}/3" in second.result["changed"]
    assert "verdict ok -> drift" in second.process.stdout and f"authors 3/3 -> {now}/3" in second.process.stdout
    assert third.result["changed"][0] == "verdict drift -> ok" and f"authors {now}/3 -> 3/3" in third.result["changed"]
    assert third.process.returncode == 0

    # the report: one section for the site, its three verdicts, opened offline in Chromium
    offline.page.goto((tmp_path / "health.html").as_uri())
    offline.page.wait_for_load_state("load")
    assert offline.remote == [] and offline.errors == []
    section = offline.page.locator("section.site")
    expect(section).to_have_count(1)
    expect(section).to_have_attribute("data-verdict", "ok")
    expect(section.locator(".runs i")).to_have_count(3)
    assert [t.split(": ")[1] for t in section.locator(".runs i").evaluate_all("els => els.map(e => e.title)")] == \
        ["ok", "drift", "ok"]  # fmt: skip
    expect(section.locator("svg polyline")).to_have_count(4)  # a trend line per field
    expect(section.locator("h2")).to_contain_text(health_site.name)


def test_a_bot_wall_is_blocked_with_its_vendor(health_site: HealthSite, tmp_path: Path) -> None:
    # --timeout 4: a challenge is waited out until a second before the page's deadline (else CHALLENGE_SECONDS, 6 s)
    checked = health_site.check("blocked", tmp_path / "history.jsonl", "--timeout", "4")
    assert checked.process.returncode == 1
    assert checked.result["verdict"] == "blocked"
    assert checked.evidence == ["Cloudflare challenge on 3 of 3 pages"]


def test_an_empty_site_has_no_articles_and_says_what_each_source_gave(health_site: HealthSite, tmp_path: Path) -> None:
    checked = health_site.check("empty", tmp_path / "history.jsonl")
    assert checked.process.returncode == 1
    assert checked.result["verdict"] == "no-articles"
    name = health_site.name
    assert f"{name}/sitemap-news.xml: 0 URLs (sitemap)" in checked.evidence
    assert f"{name}/rss.xml: 0 URLs (feed)" in checked.evidence
    listed = rf"14 index page\(s\), first {re.escape(name)}/index\?.*: 0 URLs"  # a page per day of the window
    assert any(re.fullmatch(listed, line) for line in checked.evidence)
    assert checked.result["urls"] == []


def test_a_closed_port_is_unreachable_without_a_traceback(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = run_cli("health", "http://127.0.0.1:9/", "--history", str(tmp_path / "h.jsonl"), "-o", str(out),
                   cwd=tmp_path)  # fmt: skip
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr and done.stderr == ""
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["verdict"] == "unreachable"
    assert result["evidence"] == ["127.0.0.1:9: connection refused"]
    assert "unreachable" in done.stdout


def test_bad_usage_exits_2_with_one_line(tmp_path: Path) -> None:
    for args, message in ((["nosuchsite"], "unknown site 'nosuchsite'"),
                          (["127.0.0.1:9", "--profile", "nope.test"], "--profile nope.test: no such profile"),
                          (["--profile", "bisnis.com"], "--profile goes with a SITE")):  # fmt: skip
        done = run_cli("health", *args, "--history", str(tmp_path / "h.jsonl"), cwd=tmp_path)
        assert done.returncode == 2, (args, done.stderr)
        assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "h.jsonl").exists()  # nothing was checked


def test_the_demo_serves_a_variant_only_with_serve(tmp_path: Path) -> None:
    done = run_cli("demo", "--variant", "drift", cwd=tmp_path)
    assert done.returncode == 2 and "--variant goes with --serve" in done.stderr
    done = run_cli("demo", "--serve", "--variant", "sideways", cwd=tmp_path)
    assert done.returncode == 2 and "one of drift, blocked, empty" in done.stderr


def test_proxy_credentials_reach_neither_the_output_nor_the_history(health_site: HealthSite, tmp_path: Path) -> None:
    history, out = tmp_path / "h.jsonl", tmp_path / "out.jsonl"
    done = run_cli("health", health_site.site.base_url, "--proxy", "http://reader:s3cret-pw@127.0.0.1:9",
                   "--history", str(history), "-o", str(out), cwd=tmp_path)  # fmt: skip
    assert done.returncode == 1 and json.loads(out.read_text(encoding="utf-8"))["verdict"] == "unreachable"
    for text in (done.stdout, done.stderr, history.read_text(encoding="utf-8"), out.read_text(encoding="utf-8")):
        assert "s3cret-pw" not in text and "Traceback" not in text
