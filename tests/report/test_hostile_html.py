"""report.html and inspect.html hold values from pages: opened in Chromium, none of them runs, all read as
written (issue 23, item 1 and the escaping audit)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from tests.conftest import run_cli
from tests.hostile_pages import JS_URL, PARAGRAPHS, PAYLOADS, REPLACED_BUILTINS, SCRIPT_XSS, XSS, article, serve
from tests.report.conftest import Offline
from toolkit.extract.trace import Mark
from toolkit.record import Record
from toolkit.report.inspect_page import render_inspection
from toolkit.report.inspection import Box, Inspection

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def open_and_poke(offline: Offline, path: Path) -> list[str]:
    """Open a written page as a user would, hover everything that reacts to it; the dialogs that fired."""
    dialogs: list[str] = []
    page = offline.page

    def on_dialog(dialog: object) -> None:
        dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    page.on("dialog", on_dialog)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    for selector in (".box", ".marks tbody tr", "article.card", ".chart .bar"):
        for item in page.locator(selector).all():
            item.hover(force=True)
    page.wait_for_timeout(100)
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("script").count() == 1  # the page's own script, nothing injected
    assert page.locator("[onerror], [onload], [onmouseover]").count() == 0
    return dialogs


def hostile_record() -> dict:
    return {
        "url": JS_URL, "final_url": JS_URL, "status": "ok", "error": None, "http_status": 200, "site": XSS,
        "title": PAYLOADS[0], "authors": [XSS, SCRIPT_XSS], "editors": [], "published": XSS, "modified": None,
        "section": SCRIPT_XSS, "tags": PAYLOADS, "image": {"url": JS_URL, "caption": XSS}, "language": "id",
        "text": "\n\n".join(PAYLOADS), "word_count": 9, "access": XSS, "access_evidence": [XSS], "pages": 1,
        "notes": [XSS], "source": XSS, "elapsed_ms": 5, "fetched_at": "2026-01-01T00:00:00Z",
    }  # fmt: skip


def test_a_report_of_hostile_records_runs_nothing_and_shows_them_literally(offline: Offline, tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    error = {**hostile_record(), "status": "error", "title": None, "error": {"kind": XSS, "message": SCRIPT_XSS}}
    records.write_text("\n".join(json.dumps(r) for r in (hostile_record(), error)) + "\n", encoding="utf-8")
    done = run_cli("report", str(records), "-o", str(tmp_path / "report.html"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert open_and_poke(offline, tmp_path / "report.html") == []
    page = offline.page
    assert page.locator("article.card").count() == 2
    assert page.locator("h2.title").first.inner_text() == PAYLOADS[0]
    assert page.locator("p.error").inner_text().endswith(SCRIPT_XSS)
    assert XSS in page.locator("article.card .site").first.inner_text()
    assert page.locator("a").count() == 0  # a javascript: URL stays text
    assert JS_URL in page.locator("p.url").first.inner_text()


def test_an_inspection_of_a_hostile_record_runs_nothing_and_shows_it_literally(offline: Offline,
                                                                               tmp_path: Path) -> None:  # fmt: skip
    record = Record(url=JS_URL, final_url=JS_URL, status="ok", title=PAYLOADS[0], authors=[XSS], tags=PAYLOADS,
                    section=SCRIPT_XSS, text="\n\n".join(PAYLOADS), notes=[XSS])  # fmt: skip
    marks = [Mark(str(n), "body", reason=XSS, text=SCRIPT_XSS) for n in range(3)]
    boxes = [Box(n, str(n), XSS, XSS, SCRIPT_XSS, 0, n * 10, 10, 10) for n in (1, 2, 3)]
    inspection = Inspection(f"{JS_URL}{XSS}", record, marks, boxes, PNG, 10, 40, 40, [XSS, SCRIPT_XSS])
    path = tmp_path / "inspect.html"
    path.write_text(render_inspection(inspection), encoding="utf-8")
    assert open_and_poke(offline, path) == []
    page = offline.page
    assert page.locator(".box").count() == 3
    assert page.locator("#detail-text").inner_text() == SCRIPT_XSS  # the last box hovered
    assert page.locator('.record tr[data-field="title"] td').inner_text() == PAYLOADS[0]
    assert page.locator("a").count() == 0
    assert XSS in page.locator(".notes").inner_text()


def test_inspect_of_a_page_that_replaces_the_builtins(offline: Offline, tmp_path: Path) -> None:
    """The page rewrites every box's number to markup through Array.prototype.push, and replaces map, filter,
    Object.keys, JSON.stringify, getBoundingClientRect, querySelectorAll...: the toolkit's scripts run in
    their own world, so the page is drawn as any other and inspect.html runs nothing."""
    with serve({"/berita": article(head=REPLACED_BUILTINS)}) as base:
        done = run_cli("inspect", f"{base}/berita", "-o", str(tmp_path / "out"), cwd=tmp_path)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "internal error" not in output and "Traceback" not in output
    record = json.loads((tmp_path / "out" / "record.json").read_text(encoding="utf-8"))
    assert record["status"] == "ok" and all(p in record["text"] for p in PARAGRAPHS)
    assert open_and_poke(offline, tmp_path / "out" / "inspect.html") == []
    numbers = offline.page.locator(".box").evaluate_all("boxes => boxes.map((b) => b.dataset.n)")
    assert len(numbers) >= len(PARAGRAPHS) and all(n.isdigit() for n in numbers)
    assert offline.page.locator('.box[data-role="body"]').count() >= len(PARAGRAPHS)
