"""The terminal report: live progress on a terminal, plain lines elsewhere, and the summary table."""

import io

from rich.console import Console

from toolkit.record import Article, Record
from toolkit.report.terminal import RunReport, short_url, summary_table
from toolkit.run import RunResult


def ok_record(url: str) -> Record:
    return Record.ok(url, Article(title="Judul Berita", text="satu dua tiga", site="bisnis.com", access="free"))


def test_live_progress_shows_counts_and_urls_in_flight() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    with RunReport(3, console) as report:
        report.started("http://127.0.0.1/a")
        report.started("http://127.0.0.1/b")
        report.finished(ok_record("http://127.0.0.1/a"))
        report._live.refresh()  # type: ignore[union-attr]
        screen = out.getvalue()
    assert "1/3" in screen and "1 ok" in screen
    assert "http://127.0.0.1/b" in screen


def test_plain_lines_when_not_a_terminal() -> None:
    out = io.StringIO()
    with RunReport(2, Console(file=out, width=200)) as report:
        report.finished(ok_record("http://127.0.0.1/a"))
        report.finished(Record.failed("nope", "invalid-url", "not an http(s) URL: 'nope'"))
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("[1/2] ok") and "Judul Berita (3 words, 1 page)" in lines[0]
    assert lines[1].startswith("[2/2] error") and "not an http(s) URL" in lines[1]


def test_summary_table_has_a_row_per_record_and_totals() -> None:
    records = [ok_record("http://127.0.0.1/a"), Record.failed("nope", "invalid-url", "bad")]
    out = io.StringIO()
    Console(file=out, width=200).print(summary_table(records, RunResult(records, 2.0, 300 * 2**20)))
    text = out.getvalue()
    assert "Judul Berita" in text and "invalid-url: bad" in text
    assert "2 records: 1 ok, 1 error, 0 skipped" in text
    assert "0.50 pages/s" in text and "browser peak 300 MiB" in text


def test_short_url_keeps_the_slug() -> None:
    url = "https://ekonomi.bisnis.com/read/20250729/9/1899999/rupiah-menguat-didorong-aliran-modal-asing"
    short = short_url(url)
    assert len(short) == 44 and short.startswith("ekonomi.bisnis.com") and short.endswith("modal-asing")
