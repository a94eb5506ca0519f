"""A page whose scripts replace the article with an error after load (issue 20, kind 1): the article the HTML
as served holds is read instead, with a note; a page that holds no article anywhere, or a "not found" page
served with status 200, is an error record. Live pages (a local server, `toolkit scrape`) and saved files
(`toolkit extract`) alike. Pages written here."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.run.hostile import serve_folder
from toolkit.errors import NoArticle
from toolkit.extract.served import extract_checked

STORY = [
    f"Paragraph {n}: the river council met on Tuesday to decide how the new footbridge will be paid for, and "
    "residents of both banks told the members what the old ferry had cost them each winter." for n in range(5)
]  # fmt: skip
ERROR = "<div class='err'><h2>This page is not available right now</h2><p>Ref 1: 0Aj3kZQ Ref 2: EDGE01</p></div>"
REPLACE = f"<script>addEventListener('load',()=>{{document.body.innerHTML={ERROR!r}}})</script>"


def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html lang='en'><head><title>Footbridge</title>{head}</head><body>{body}</body></html>"


PAGES = {
    # the article is served, then a script swaps the whole body for an error message
    "replaced.html": _page("<main><h1>Footbridge</h1>" + "".join(f"<p>{p}</p>" for p in STORY) + f"</main>{REPLACE}"),
    # nothing but a loading shell is served, and the script writes an error into it
    "error.html": _page(f"<div id='app'>Loading</div>{REPLACE}"),
    # a short brief, served as it is shown: a short article, not an error
    "brief.html": _page("<main><h1>Footbridge</h1><p>The footbridge opens on Monday at nine, the council said.</p>"
                        "<p>Tolls will not be charged in its first month.</p></main>"),
    # an article written by scripts into an empty shell (a client-rendered site): kept as rendered
    "client.html": _page("<div id='app'></div><script>document.getElementById('app').innerHTML="
                         + repr("<h1>Footbridge</h1>" + "".join(f"<p>{p}</p>" for p in STORY)) + "</script>"),
    # a "not found" page served with status 200 (a soft 404), in English and in Indonesian
    "gone.html": "<html><head><title>Page not found | The Courier</title></head><body><nav><a href='/'>Home</a>"
                 "</nav><h1>Oops! That page can't be found.</h1><p>It looks like nothing was found at this "
                 "location. Maybe try a search?</p></body></html>",
    "hilang.html": "<html><head><title>404 - Halaman Tidak Ditemukan</title></head><body><div class='konten'>"
                   "<h1>Halaman tidak ditemukan</h1><p>Maaf, halaman yang Anda cari tidak tersedia atau sudah "
                   "dipindahkan. Kembali ke <a href='/'>beranda</a>.</p></div></body></html>",
}  # fmt: skip


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("served")
    for name, html in PAGES.items():
        (folder / name).write_text(html, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def site(folder: Path) -> Iterator[str]:
    with serve_folder(folder) as url:
        yield url


def _check(records: dict[str, dict]) -> None:
    replaced = records["replaced.html"]
    assert replaced["status"] == "ok", replaced["error"]
    assert replaced["text"].split("\n\n") == STORY
    assert any("read from the served HTML" in n for n in replaced["notes"]), replaced["notes"]
    error = records["error.html"]
    assert error["status"] == "error" and error["error"]["kind"] == "no-article"
    assert "Ref 1" in error["error"]["message"] and "\n" not in error["error"]["message"]
    assert records["brief.html"]["status"] == "ok"
    assert records["brief.html"]["text"].startswith("The footbridge opens on Monday")
    assert records["client.html"]["status"] == "ok" and records["client.html"]["text"].split("\n\n") == STORY
    for name in ("gone.html", "hilang.html"):
        soft = records[name]
        assert soft["status"] == "error" and soft["error"]["kind"] == "no-article", soft
        assert "an error page" in soft["error"]["message"] and "\n" not in soft["error"]["message"]


def test_live_pages_whose_scripts_replace_the_article(site: str, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = run_cli("scrape", *(f"{site}/{name}" for name in PAGES), "--no-robots", "-o", str(out), cwd=tmp_path)
    assert "Traceback" not in done.stdout + done.stderr
    records = {r["url"].rsplit("/", 1)[1]: r for r in map(json.loads, out.read_text().splitlines())}
    assert sorted(records) == sorted(PAGES)
    _check(records)


def test_saved_pages_whose_scripts_replace_the_article(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    done = run_cli("extract", *(str(folder / name) for name in PAGES), "-o", str(out), cwd=tmp_path)
    assert "Traceback" not in done.stdout + done.stderr
    records = {Path(r["source"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    assert sorted(records) == sorted(PAGES)
    _check(records)


def test_the_served_html_is_read_only_when_the_rendered_result_is_short() -> None:
    served = PAGES["replaced.html"]
    rendered = _page(ERROR)
    content = extract_checked(rendered, "https://news.example.test/a", served)
    assert content.paragraphs == STORY
    long_enough = _page("<main><h1>Footbridge</h1>" + "".join(f"<p>{p}</p>" for p in STORY * 2) + "</main>")
    assert extract_checked(long_enough, "https://news.example.test/a", "<html><body>x</body></html>").paragraphs
    with pytest.raises(NoArticle, match="Ref 1"):
        extract_checked(rendered, "https://news.example.test/a", PAGES["error.html"])
