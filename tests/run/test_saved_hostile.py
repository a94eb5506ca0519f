"""`toolkit extract` of a batch of hostile saved pages: one record per file, the right error kinds, and the
article wherever the file holds one (issue 9: never empty, never crashed by a page)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.run.hostile import write_hostile
from toolkit._sync import run_coroutine
from toolkit.run import saved


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict[str, dict], int, str]:
    folder = tmp_path_factory.mktemp("hostile")
    expected = write_hostile(folder)
    out = folder / "out.jsonl"
    done = run_cli("extract", *sorted(str(folder / n) for n in expected), "-o", str(out), cwd=folder)
    records = {Path(r["source"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    return expected, records, done.returncode, done.stdout + done.stderr


def test_every_file_gets_one_record_and_no_traceback(batch: tuple) -> None:
    expected, records, code, output = batch
    assert sorted(records) == sorted(expected) == sorted(NAMES)
    assert code == 1  # some files are not web pages
    assert "Traceback" not in output and "internal error" not in output


NAMES = [
    "anti-flicker.html", "body-opacity.html", "body-visibility.html", "font-hidden.html", "leaves-after-load.html",
    "leaves-while-parsed.html", "meta-refresh.html", "reloads.html", "bad-links.html", "random-bytes.html",
    "image.html", "document.html", "empty.html", "gbk-declared-utf8.html", "gbk.html", "shift-jis.html",
    "windows-1252.html", "nested-4000.html", "scripted-4000.html", "huge.html",
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_each_hostile_file_says_what_it_is(batch: tuple, name: str) -> None:
    expected, records, _, _ = batch
    want, record = expected[name], records[name]
    if want.kind:
        assert record["status"] == "error" and record["error"]["kind"] == want.kind, record["error"]
        return
    assert record["status"] == "ok", record["error"]
    assert record["text"].split("\n\n")[: len(want.text)] == list(want.text)
    if want.note:
        assert any(want.note in n for n in record["notes"]), record["notes"]


def test_a_bad_canonical_link_falls_back_to_the_file(batch: tuple) -> None:
    _, records, _, _ = batch
    assert records["bad-links.html"]["url"].startswith("file://")


def test_a_bug_on_one_file_costs_only_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = write_hostile(tmp_path)
    names = ["anti-flicker.html", "bad-links.html", "gbk.html"]
    real = saved.page_url

    def buggy(markup: bytes | str, path: Path, given: str | None) -> str:
        if path.name == "bad-links.html":
            raise RuntimeError("a bug met on this page\nsecond line")
        return real(markup, path, given)

    monkeypatch.setattr(saved, "page_url", buggy)
    result = run_coroutine(saved.extract_files([(tmp_path / n, None) for n in names], concurrency=2))
    by_name = {Path(r.source or "").name: r for r in result.records}
    assert sorted(by_name) == sorted(names)
    assert by_name["bad-links.html"].error == {"kind": "internal", "message": "RuntimeError: a bug met on this page"}
    assert by_name["gbk.html"].status == by_name["anti-flicker.html"].status == "ok"
    assert by_name["gbk.html"].text.split("\n\n") == list(expected["gbk.html"].text)


def test_a_bad_url_option_is_one_record_per_file(tmp_path: Path) -> None:
    write_hostile(tmp_path)
    out = tmp_path / "out.jsonl"
    done = run_cli("extract", str(tmp_path / "gbk.html"), "--url", "https://[ccpa-preferences]/a", "-o", str(out),
                   cwd=tmp_path)  # fmt: skip
    record = json.loads(out.read_text())
    assert done.returncode == 1 and record["error"]["kind"] == "invalid-url"


def test_the_page_url_is_the_first_real_canonical_link(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    head = "<link rel='canonical' href='https://[ccpa-preferences]'><meta property='og:url' content='https://b.test/x'>"
    assert saved.page_url(f"<html><head>{head}</head></html>".encode(), path, None) == "https://b.test/x"
    xhtml = "<?xml version='1.0' encoding='iso-8859-1'?><html><head><link rel='canonical' href='https://a.test/é'>"
    assert saved.page_url(xhtml, path, None) == "https://a.test/é"  # decoded text with an XML declaration
    assert saved.page_url("<link rel='canonical' href='javascript:0'>", path, None) == path.resolve().as_uri()
