"""Record sinks chosen by extension: CSV (streamed, resumable) and Excel round-trip what was written."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import ROOT, run_cli
from toolkit.demo.server import DemoSite
from toolkit.errors import UsageError
from toolkit.record import Article, Image, Record
from toolkit.run.output import COLUMNS, CsvWriter, JsonlWriter, XlsxWriter, finished_inputs, open_sink


def sample_records() -> list[Record]:
    article = Article(title="Harga Kopi Naik", authors=["Siti Nurhaliza", "Bayu Firmansyah"], tags=["Kopi", "Ekspor"],
                      text="Paragraf satu, dengan \"kutip\" dan koma.\n\nParagraf dua; titik koma.\r\nBaris CRLF.",
                      image=Image("https://img.example.test/a.jpg", "Petani menjemur kopi"), site="bisnis.com",
                      access="paywalled", access_evidence=["wall .paywall visible"], pages=2)  # fmt: skip
    return [
        Record.ok("https://example.test/a", article, final_url="https://example.test/a", http_status=200),
        Record.failed("https://example.test/b", "http", "HTTP 404 Not Found", http_status=404),
        Record(url="https://example.test/c", status="skipped", error={"kind": "robots", "message": "Disallow: /c"}),
    ]


def xlsx_rows(path: Path) -> list[dict[str, object]]:
    """The sheet's data rows by column name (read-only mode leaves trailing empty cells out)."""
    rows = [list(row) for row in load_workbook(path, read_only=True)["records"].iter_rows(values_only=True)]
    assert rows[0] == COLUMNS
    return [dict(zip(COLUMNS, row + [None] * (len(COLUMNS) - len(row)), strict=True)) for row in rows[1:]]


def test_csv_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    records = sample_records()
    with CsvWriter(path) as writer:
        for record in records:
            writer.write(record)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads the accents right
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert list(rows[0]) == COLUMNS
    assert len(rows) == len(records)
    ok, failed, skipped = rows
    assert ok["authors"] == "Siti Nurhaliza; Bayu Firmansyah"
    assert ok["tags"] == "Kopi; Ekspor"
    assert ok["text"].split("\n\n")[0] == 'Paragraf satu, dengan "kutip" dan koma.'
    assert ok["text"].endswith("titik koma.\nBaris CRLF.")  # a CR inside a cell never looks like a row's end
    assert ok["image_url"] == "https://img.example.test/a.jpg" and ok["image_caption"] == "Petani menjemur kopi"
    assert ok["word_count"] == str(records[0].word_count) and ok["pages"] == "2"
    assert failed["error_kind"] == "http" and failed["error_message"] == "HTTP 404 Not Found"
    assert failed["http_status"] == "404" and failed["title"] == ""
    assert skipped["status"] == "skipped"


def test_xlsx_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    records = sample_records()
    with open_sink(path) as writer:
        assert isinstance(writer, XlsxWriter)
        for record in records:
            writer.write(record)
    by_name = xlsx_rows(path)
    assert len(by_name) == len(records)
    assert by_name[0]["title"] == "Harga Kopi Naik"
    assert by_name[0]["authors"] == "Siti Nurhaliza; Bayu Firmansyah"
    assert by_name[0]["word_count"] == records[0].word_count
    assert by_name[1]["error_kind"] == "http" and by_name[1]["http_status"] == 404


def test_sinks_by_extension_and_resume_rules(tmp_path: Path) -> None:
    assert isinstance(open_sink(tmp_path / "a.csv"), CsvWriter)
    assert isinstance(open_sink(tmp_path / "a.jsonl"), JsonlWriter)
    assert isinstance(open_sink(tmp_path / "a.json"), JsonlWriter)
    with pytest.raises(UsageError, match="xlsx"):
        open_sink(tmp_path / "a.xlsx", append=True)
    with pytest.raises(UsageError, match="xlsx"):
        finished_inputs(tmp_path / "a.xlsx")


def test_finished_inputs_reads_csv_and_cuts_a_broken_last_row(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    with CsvWriter(path) as writer:
        for record in sample_records():
            writer.write(record)
    whole = path.read_bytes()
    path.write_bytes(whole + b'https://example.test/d,,ok,,,200,bisnis.com,"Cut off mid\nrow')
    done = finished_inputs(path)
    assert done == {"https://example.test/a": 1, "https://example.test/c": 1}  # ok and skipped; not the error
    assert path.read_bytes() == whole  # the cut-off row is gone, so appending starts on a clean row
    with CsvWriter(path, append=True) as writer:
        writer.write(sample_records()[1])
    text = path.read_text(encoding="utf-8-sig")
    assert text.count("url,final_url,status") == 1  # one header
    assert len(list(csv.DictReader(text.splitlines(keepends=True)))) == 4


def test_scrape_to_csv_resumes(demo_site: DemoSite, fault_server: str, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    inputs = [demo_site.url(1001), demo_site.url(2002), f"{fault_server}/missing"]
    first = run_cli("scrape", *inputs[:2], "-o", str(out), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    resumed = run_cli("scrape", *inputs, "-o", str(out), "--resume", "--retries", "0", cwd=tmp_path)
    assert resumed.returncode == 1  # the 404
    assert "2 inputs already done, 1 to go" in resumed.stdout
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert {r["url"] for r in rows[:2]} == set(inputs[:2]) and rows[2]["url"] == inputs[2]
    assert [r["status"] for r in rows[:2]] == ["ok", "ok"]
    assert rows[2]["error_kind"] == "http"


def test_extract_to_xlsx_and_resume_refused(tmp_path: Path) -> None:
    saved = tmp_path / "saved.html"
    paragraphs = "".join(f"<p>Paragraf {n} tentang warga yang membangun jembatan desa.</p>" for n in range(5))
    saved.write_text(f"<!DOCTYPE html><html lang='id'><head><title>Jembatan Desa</title></head><body><article>"
                     f"<h1>Jembatan Desa</h1>{paragraphs}"
                     "</article></body></html>")  # fmt: skip
    out = tmp_path / "out.xlsx"
    done = run_cli("extract", str(saved), "--url", "https://berita.example.test/jembatan", "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = xlsx_rows(out)
    assert len(rows) == 1 and rows[0]["title"] == "Jembatan Desa" and rows[0]["source"] == str(saved)
    refused = run_cli("scrape", "http://127.0.0.1/", "-o", str(out), "--resume", cwd=tmp_path)
    assert refused.returncode == 2 and ".xlsx" in refused.stderr


def test_jsonl_output_prints_the_report_command(demo_site: DemoSite, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = run_cli("scrape", demo_site.url(1001), "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"toolkit report {out} -o {out.with_suffix('.html')}" in done.stdout
    assert json.loads(out.read_text())["status"] == "ok"


def test_replay_to_csv(tmp_path: Path) -> None:
    recording = ROOT / "recordings" / "rupiah-menguat-didorong-aliran-modal-asing"
    out = tmp_path / "replayed.csv"
    done = run_cli("replay", str(recording), "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig", newline="") as file:
        (row,) = list(csv.DictReader(file))
    expected = json.loads((recording / "expected.json").read_text(encoding="utf-8"))
    assert row["source"] == str(recording) and row["title"] == expected["title"]
    assert row["text"] == expected["text"] and row["tags"] == "; ".join(expected["tags"])
