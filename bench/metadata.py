"""Metadata quality: title, authors, published, modified, toolkit vs trafilatura, on every corpus in
../shared/corpus that has metadata gold, in one run, with the pages each tool gets wrong.

    .venv/bin/python bench/metadata.py [--corpus trafilatura-dev|readability|indonesian|all]
                                       [--browser N] [--wrong 15] [--limit N]

Two toolkit paths. `raw`: `toolkit.extract.extract_page` on the page's HTML as published (no browser;
metadata read whether or not a body is found). `browser`: `toolkit.run.saved.extract_file`, the page
rendered in Chromium with the network blocked, exactly as `toolkit extract` does; it runs on the first
N pages of each corpus (`--browser 0` skips it, `--browser -1` runs it on all). trafilatura:
`bare_extraction` on the raw bytes, with metadata (as trafilatura's own evaluation calls it).

How a field counts as right (trafilatura's tests/eval_common.py scores bodies only, so these are ours):
- title: equal after Unicode folding (NFKC, case) and with every run of non-word characters made one space;
- author: the set of names equal after the same folding, a leading "by/von/par/por/oleh" dropped; both
  sides are split into names at ";", "," and "and/und/y/et/dan/&" (gold "A, B" and a tool's ["A", "B"] match);
- published: the same calendar day as the gold's date, each read as the page states it (the first ten
  characters of the ISO form: the day in the page's own offset);
- modified: no corpus has gold for it; shown is how many pages each tool gives one for, and how many of
  those are earlier than the published time (wrong by construction).
A page counts only for the fields its gold has.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FIELDS = ("title", "author", "date")


@dataclass
class Page:
    corpus: str
    name: str
    path: Path
    url: str | None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None

    def raw(self) -> bytes:
        data = self.path.read_bytes()
        return gzip.decompress(data) if self.path.suffix == ".gz" else data


@dataclass
class Output:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None


def trafilatura_pages() -> list[Page]:
    pages = []
    for folder in sorted((CORPUS / "trafilatura-dev").iterdir()):
        gold_file = folder / "expected.json"
        if not gold_file.is_file():
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        author = gold.get("author")
        names = author if isinstance(author, list) else [a for a in (author or "").split(";") if a.strip()]
        url = gold.get("url") if str(gold.get("url", "")).startswith("http") else None
        pages.append(Page("trafilatura-dev", folder.name, folder / "source.html.gz", url, gold.get("title"), names,
                          gold.get("date")))  # fmt: skip
    return pages


def readability_pages() -> list[Page]:
    pages = []
    for folder in sorted((CORPUS / "readability").iterdir()):
        gold_file = folder / "expected.json"
        if not gold_file.is_file():
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        author = gold.get("author")
        pages.append(Page("readability", folder.name, folder / "source.html", gold.get("url"), gold.get("title"),
                          [author] if author else [], gold.get("date")))  # fmt: skip
    return pages


def indonesian_pages() -> list[Page]:
    pages = []
    for gold_file in sorted((CORPUS / "indonesian").glob("*.expected.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))["V1"]
        path = gold_file.with_name(gold_file.name.removesuffix(".expected.json") + ".html")
        pages.append(Page("indonesian", path.stem, path, None, gold.get("title"), gold.get("authors", []),
                          gold.get("publishing_date")))  # fmt: skip
    return pages


CORPORA = {"trafilatura-dev": trafilatura_pages, "readability": readability_pages, "indonesian": indonesian_pages}


def decode(raw: bytes) -> str:
    """The page's text as a browser would read it: UTF-8 when it is, else its declared charset, else cp1252."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", raw[:4096], re.IGNORECASE)
    for encoding in (declared.group(1).decode() if declared else None, "cp1252"):
        if encoding:
            try:
                return raw.decode(encoding, errors="replace")
            except LookupError:
                continue
    return raw.decode("latin-1")


def run_raw(page: Page) -> Output:
    from toolkit.extract import extract_page

    html = decode(page.raw())
    try:
        meta = extract_page(html, page.url or "https://example.invalid/").meta
    except Exception as exc:  # a bench must go on: the page counts as wrong
        print(f"  toolkit raw failed on {page.name}: {exc!r}", file=sys.stderr)
        return Output()
    return Output(meta.title, meta.authors, meta.published, meta.modified)


def run_trafilatura(page: Page) -> Output:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(page.raw(), url=page.url, with_metadata=True)
    except Exception:
        doc = None
    if doc is None:
        return Output()
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    author = data.get("author")
    return Output(data.get("title"), [a.strip() for a in author.split(";")] if author else [], data.get("date"))


async def run_browser(pages: list[Page]) -> dict[str, Output]:
    import tempfile

    from playwright.async_api import async_playwright

    from toolkit.browser.launch import launch
    from toolkit.run.saved import extract_file

    outputs: dict[str, Output] = {}
    slots = asyncio.Semaphore(2)
    with tempfile.TemporaryDirectory() as tmp:
        async with async_playwright() as playwright:
            browser = await launch(playwright)

            async def one(page: Page) -> None:
                async with slots:
                    path = page.path
                    if path.suffix == ".gz":  # extract_file reads a file: the page's bytes, unzipped
                        path = Path(tmp) / f"{page.name}.html"
                        path.write_bytes(page.raw())
                    record, _ = await extract_file(browser, path, page.url)
                    outputs[page.name] = Output(record.title, record.authors, record.published, record.modified)

            try:
                await asyncio.gather(*(one(p) for p in pages))
            finally:
                await browser.close()
    return outputs


def fold(text: str | None) -> str:
    return re.sub(r"\W+", " ", unicodedata.normalize("NFKC", text or "").casefold()).strip()


_BY = re.compile(r"^(by|von|par|por|oleh|de|di|door|av)\s+")


_NAME_SPLIT = re.compile(r";|,|\s(?:and|und|y|et|dan|&)\s", re.IGNORECASE)


def names(values: list[str]) -> set[str]:
    """Each name, folded; "A, B and C" is three names whichever side wrote it so."""
    parts = [part for value in values for part in _NAME_SPLIT.split(value)]
    return {_BY.sub("", fold(p)) for p in parts if fold(p)}


def right(out: Output, page: Page, what: str) -> bool:
    if what == "title":
        return bool(fold(out.title)) and fold(out.title) == fold(page.title)
    if what == "author":
        return names(out.authors) == names(page.authors)
    return bool(out.published) and str(out.published)[:10] == str(page.date)[:10]


def gold_has(page: Page, what: str) -> bool:
    return bool(page.title if what == "title" else page.authors if what == "author" else page.date)


def modified_line(outputs: dict[str, Output]) -> str:
    given = [o for o in outputs.values() if o.modified]
    before = sum(1 for o in given if o.published and str(o.modified) < str(o.published)[: len(str(o.modified))])
    return f"{len(given)} ({before} before published)"


def report(corpus: str, pages: list[Page], tools: dict[str, dict[str, Output]], wrong: int) -> None:
    print(f"\n## {corpus}: {len(pages)} pages")
    counts = {w: sum(gold_has(p, w) for p in pages) for w in FIELDS}
    print(f"{'tool':<34} {'title':>9} {'author':>9} {'published':>10}   modified given")
    print(f"{'(pages with gold)':<34} {counts['title']:>9} {counts['author']:>9} {counts['date']:>10}")
    for tool, outputs in tools.items():
        subset = [p for p in pages if p.name in outputs]
        cells = []
        for what in FIELDS:
            scored = [p for p in subset if gold_has(p, what)]
            hits = sum(right(outputs[p.name], p, what) for p in scored)
            cells.append(f"{hits}/{len(scored)}")
        label = tool if len(subset) == len(pages) else f"{tool} (first {len(subset)})"
        print(f"{label:<34} {cells[0]:>9} {cells[1]:>9} {cells[2]:>10}   {modified_line(outputs)}")
    if not wrong:
        return
    for tool, outputs in tools.items():
        for what in FIELDS:
            missed = [
                p for p in pages if p.name in outputs and gold_has(p, what) and not right(outputs[p.name], p, what)
            ]
            if not missed:
                continue
            print(f"  {tool} wrong {what} ({len(missed)}):")
            for p in missed[:wrong]:
                got = outputs[p.name]
                value = got.title if what == "title" else got.authors if what == "author" else got.published
                want = p.title if what == "title" else p.authors if what == "author" else p.date
                print(f"    {p.name[:34]:<34} got {str(value)[:60]!r:<62} want {str(want)[:50]!r}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    parser.add_argument("--browser", type=int, default=0, help="pages per corpus for the browser path; -1: all")
    parser.add_argument("--wrong", type=int, default=15, help="wrong pages listed per tool and field")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    for name, load in CORPORA.items():
        if args.corpus not in (name, "all"):
            continue
        pages = load()[: args.limit or None]
        started = time.monotonic()
        tools: dict[str, dict[str, Output]] = {"toolkit raw": {p.name: run_raw(p) for p in pages}}
        raw_s = time.monotonic() - started
        if args.browser:
            started = time.monotonic()
            subset = pages if args.browser < 0 else pages[: args.browser]
            tools["toolkit browser"] = asyncio.run(run_browser(subset))
            print(f"[{name}] browser path: {time.monotonic() - started:.0f}s for {len(subset)} pages")
        started = time.monotonic()
        tools["trafilatura"] = {p.name: run_trafilatura(p) for p in pages}
        print(f"[{name}] toolkit raw {raw_s:.0f}s, trafilatura {time.monotonic() - started:.0f}s")
        report(name, pages, tools, args.wrong)


if __name__ == "__main__":
    main()
