"""What a page says is printed as text, never read as Rich markup (issue 23, item 7): a title `Judul [/] berita`
or `[bold red]x[/]` prints literally in scrape's progress and table, inspect, discover, replay and report."""

from __future__ import annotations

import json
from collections.abc import Iterator
from html import escape
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console

from tests.conftest import run_cli
from tests.run.hostile import SENTENCES, article, serve_folder
from toolkit.discover.model import DiscoverResult, SourceStats
from toolkit.discover.report import DiscoverReport, not_article_lines
from toolkit.discover.report import summary_table as discover_table
from toolkit.record import Article, Record
from toolkit.report.terminal import RunReport, summary_table
from toolkit.run import RunResult, WorkerStats

TITLE = "Judul [/] berita [bold]x[/bold]"
MARKUP = "[bold red]x[/]"


@pytest.fixture(scope="module")
def markup_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("markup-site")
    (folder / "berita.html").write_text(article(SENTENCES).replace("Jembatan Desa", escape(TITLE)), encoding="utf-8")
    (folder / "sitemap.xml").write_text("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/"
                                        "sitemap/0.9'><url><loc>/berita.html</loc></url></urlset>")  # fmt: skip
    with serve_folder(folder) as base:
        yield base


def assert_plain(output: str, *literals: str) -> None:
    assert "Traceback" not in output and "MarkupError" not in output, output
    for literal in literals:
        assert literal in output, (literal, output)


def test_scrape_record_replay_and_report_print_a_markup_title(markup_site: str, tmp_path: Path) -> None:
    url = f"{markup_site}/berita.html"
    out = tmp_path / "out.jsonl"
    done = run_cli("scrape", url, "--no-robots", "-o", str(out), env={"COLUMNS": "250"}, cwd=tmp_path)
    assert done.returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == TITLE
    assert_plain(done.stdout + done.stderr, f"ok      {url}  {TITLE}", f"│ {TITLE} │")
    report = run_cli("report", str(out), cwd=tmp_path)
    assert report.returncode == 0
    assert_plain(report.stdout + report.stderr, "1 records: 1 ok")
    recorded = run_cli("record", url, "--name", "markup", "--dir", str(tmp_path / "rec"), cwd=tmp_path)
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    replayed = run_cli("replay", str(tmp_path / "rec" / "markup"), env={"COLUMNS": "250"}, cwd=tmp_path)
    assert replayed.returncode == 0
    assert_plain(replayed.stdout + replayed.stderr, f"│ {TITLE} │")


def test_inspect_prints_a_markup_title(markup_site: str, tmp_path: Path) -> None:
    done = run_cli("inspect", f"{markup_site}/berita.html", "-o", str(tmp_path / "inspect"), cwd=tmp_path)
    assert done.returncode == 0
    assert_plain(done.stdout + done.stderr, f"{TITLE} · generic")
    failed = run_cli("inspect", f"{markup_site}/missing.html", "-o", str(tmp_path / "missing"), cwd=tmp_path)
    assert failed.returncode == 1
    assert_plain(failed.stdout + failed.stderr, "error http")


def test_discover_prints_markup_urls(markup_site: str, tmp_path: Path) -> None:
    source = f"{markup_site}/sitemap.xml?v=[/]{MARKUP}"
    done = run_cli("discover", source, env={"COLUMNS": "250"}, cwd=tmp_path)
    assert done.returncode == 0
    assert_plain(done.stderr, f"sitemap  {source}", "not an article")


def test_tables_and_progress_show_page_strings_as_text() -> None:
    """The renderables themselves, on a terminal: the live progress, the run's table, discovery's table."""
    record = Record.ok(f"https://x.test/{MARKUP}", Article(title=TITLE, text="kata " * 90, site=MARKUP),
                       final_url="https://x.test/")  # fmt: skip
    failed = Record.failed("https://x.test/[/]", "http", f"HTTP 404 {MARKUP}")
    console = Console(file=StringIO(), force_terminal=True, width=250, record=True)
    with RunReport(2, console, live=True) as report:
        report.started(record.url)
        report.started(failed.url)
        console.print(report._renderable())
        report.finished(record)
        report.finished(failed)
    result = RunResult(records=[record, failed], workers=[WorkerStats(name=f"tcp://w{MARKUP}")])
    console.print(summary_table(result.records, result))
    stats = SourceStats(f"https://x.test/{MARKUP}", found=2, kept=1, not_article={MARKUP: 1})
    discovery = DiscoverReport(console)
    discovery.document(stats.source, "sitemap", "https://x.test/[/]sitemap.xml", 2)
    discovery.warning(stats.source, f"bad {MARKUP}")
    console.print(discover_table(DiscoverResult(stats=[stats])))
    for line in not_article_lines([stats]):
        console.print(line, markup=False)
    text = console.export_text()
    assert_plain(text, f"→ https://x.test/{MARKUP}", "→ https://x.test/[/]", TITLE, f"404 {MARKUP}",
                 f"worker tcp://w{MARKUP}", "https://x.test/[/]sitemap.xml", f"bad {MARKUP}")  # fmt: skip
    assert text.count(MARKUP) >= 8
