"""`toolkit scrape` of hostile live pages (issue 9): a bad link, a hidden body, a page that leaves while it
is read, bytes that are not a page: one record each, no article lost to one bad link, the run goes on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.run.hostile import SENTENCES, article, serve_folder


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("site")
    pages = {
        "bad-links.html": article(SENTENCES, head="<link rel='canonical' href='https://[ccpa-preferences]'>",
                                  tail="<div class='pagination'><a href='https://[ccpa-preferences]'>2</a></div>"
                                  "<a rel='next' href='http://x:99999/?page=2'>Selanjutnya</a>"),
        "hidden.html": article(SENTENCES, head="<style>body{opacity:0}</style>"),
        "leaves.html": article(SENTENCES, tail="<script>setTimeout(()=>{location.href='/bad-links.html'},300)"
                               "</script>"),
        "deep.html": article(SENTENCES, tail="<script>let e=document.body;for(let i=0;i<4000;i++){const c="
                             "document.createElement('div');e.appendChild(c);e=c}e.textContent='dalam'</script>"),
    }  # fmt: skip
    for name, html in pages.items():
        (folder / name).write_text(html, encoding="utf-8")
    (folder / "noise.html").write_bytes(bytes(range(256)) * 40)
    with serve_folder(folder) as url:
        yield url


def test_hostile_live_pages_give_one_record_each(site: str, tmp_path: Path) -> None:
    urls = [f"{site}/{name}" for name in ("bad-links.html", "hidden.html", "leaves.html", "noise.html", "deep.html")]
    out = tmp_path / "out.jsonl"
    done = run_cli("scrape", *urls, "--no-robots", "-o", str(out), cwd=tmp_path)
    assert "Traceback" not in done.stdout + done.stderr
    records = {r["url"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert sorted(records) == sorted(urls)
    assert records[f"{site}/noise.html"]["error"] == {"kind": "not-html", "message": "not a web page: binary data"}
    for url in urls[:3]:
        record = records[url]
        assert record["status"] == "ok", (url, record["error"])
        assert record["text"].split("\n\n") == SENTENCES
    deep = records[f"{site}/deep.html"]  # Chromium's layout overflows on a DOM 4,000 deep: one record says so
    assert deep["status"] == "ok" or deep["error"] == {
        "kind": "browser",
        "message": "the page crashed the browser's renderer",
    }
    assert any("whole DOM" in n for n in records[f"{site}/hidden.html"]["notes"])
    assert done.returncode == 1
