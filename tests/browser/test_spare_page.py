"""A page that loaded cleanly is reused for its worker's next URL (issue 21): the next article must not see the
session storage or window.name of the one before (a fresh page has neither). Known limit: what a page's pagehide
handler writes there stays for the same site, as what it writes in local storage does."""

from __future__ import annotations

import toolkit
from tests.hostile_pages import PARAGRAPHS, article, serve
from toolkit import ScrapeOptions

LEAVES = (
    "<script>sessionStorage.setItem('kunci', 'rahasia'); window.name = 'rahasia';"
    "addEventListener('load', () => { window.name = 'x'; });</script>"
)
READS = ("<script>document.addEventListener('DOMContentLoaded', () => { const p = document.createElement('p');"
         "const left = [sessionStorage.getItem('kunci'), window.name || null];"
         "p.textContent = 'Sisa halaman sebelumnya: ' + left.map(String).join(' ') + ', tab ' + history.length + '.';"
         "document.querySelector('article').append(p); });</script>")  # fmt: skip


def test_the_next_article_sees_nothing_of_the_one_before() -> None:
    pages = {"/satu": article(title="Satu", head=LEAVES), "/dua": article(title="Dua", head=READS),
             "/tiga": article(title="Tiga", head=LEAVES), "/empat": article(title="Empat", head=READS)}  # fmt: skip
    with serve(pages) as base:
        urls = [f"{base}/{name}" for name in ("satu", "dua", "tiga", "empat")]
        result = toolkit.scrape(urls, ScrapeOptions(concurrency=1, retries=0, robots=False))
    records = {r.url.rsplit("/", 1)[1]: r for r in result.records}
    assert [records[n].status for n in ("satu", "dua", "tiga", "empat")] == ["ok"] * 4
    for name, loads in (("dua", 3), ("empat", 5)):  # one tab: the worker's page was reused
        paragraphs = records[name].text.split("\n\n")
        assert paragraphs[:5] == PARAGRAPHS
        assert paragraphs[5] == f"Sisa halaman sebelumnya: null null, tab {loads}.", paragraphs[5]
