"""`toolkit health --report`: the history as one page, every value escaped, opened offline in Chromium."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Dialog, expect

from tests.health.conftest import Offline
from toolkit.health.html import write_health_report
from toolkit.health.model import SiteHealth

HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&"


def test_every_value_is_escaped_and_nothing_runs(offline: Offline, tmp_path: Path) -> None:
    dialogs: list[str] = []

    def seen(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    offline.page.on("dialog", seen)
    runs = [SiteHealth(site=f"{HOSTILE}.test", verdict=verdict, evidence=[f"title {HOSTILE}"], profile=HOSTILE,
                       checked_at=f"2026-12-0{day}T06:00:00Z{HOSTILE}", changed=[HOSTILE],
                       fields={"title": [k, 3], "text": [3, 3], "published": [3, 3], "authors": [k, 3]})
            for day, verdict, k in ((1, "ok", 3), (2, "drift", 0), (3, "blocked", 0))]  # fmt: skip
    runs[2].fields = {name: [0, 0] for name in runs[2].fields}  # a blocked run read no page: a gap in the trend
    report = tmp_path / "health.html"
    write_health_report(runs, report)
    offline.page.goto(report.as_uri())
    offline.page.wait_for_load_state("load")
    assert dialogs == [] and offline.errors == [] and offline.remote == []
    assert offline.page.locator("script, img").count() == 0
    section = offline.page.locator("section.site")
    expect(section).to_have_attribute("data-verdict", "blocked")
    expect(section.locator("h2")).to_contain_text(f"{HOSTILE}.test")
    expect(section.locator("ul").first).to_have_text(f"title {HOSTILE}")
    expect(section.locator("svg circle")).to_have_count(8)  # two runs with pages, four fields
    expect(section.locator("svg polyline")).to_have_count(4)
