"""`toolkit extract`: saved pages rendered offline, extracted like a live scrape."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tests.conftest import ROOT, FaultHandler, run_cli

RECORDING = ROOT / "recordings" / "rupiah-menguat-didorong-aliran-modal-asing"


def test_a_saved_page_gives_what_the_live_scrape_gave(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = run_cli("extract", str(RECORDING / "page.html"), "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    record = json.loads(out.read_text())
    expected = json.loads((RECORDING / "expected.json").read_text())
    assert record["url"] == expected["url"]  # from the page's canonical link
    assert record["source"] == str(RECORDING / "page.html")
    assert record["http_status"] is None
    for field in ("title", "text", "authors", "editors", "published", "tags", "site", "access"):
        assert record[field] == expected[field], field


def test_nothing_leaves_the_machine(fault_server: str, tmp_path: Path) -> None:
    saved = tmp_path / "saved.html"
    paragraphs = "".join(f"<p>Paragraf {n} tentang warga yang membangun jembatan desa.</p>" for n in range(5))
    saved.write_text(
        "<!DOCTYPE html><html lang='id'><head><title>Berita</title>"
        f"<script src='{fault_server}/tracker.js'></script></head><body><article><h1>Berita</h1>{paragraphs}"
        f"<img src='{fault_server}/pixel.png'><script>fetch('{fault_server}/beacon')</script></article></body></html>"
    )
    before = Counter(FaultHandler.hits)
    done = run_cli("extract", str(saved), "--url", "https://berita.example.test/jembatan", "-o",
                   str(tmp_path / "out.jsonl"), cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert FaultHandler.hits - before == Counter()  # not one request reached the server
    record = json.loads((tmp_path / "out.jsonl").read_text())
    assert record["url"] == "https://berita.example.test/jembatan"
    assert record["text"].startswith("Paragraf 0 tentang warga")


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    done = run_cli("extract", str(tmp_path / "nope.html"), cwd=tmp_path)
    assert done.returncode == 2 and "no such file" in done.stderr
