"""Extraction quality and speed, side by side: `toolkit extract` (pages rendered in Chromium, network
blocked), trafilatura and readability-lxml (raw HTML, as they are used), on the corpora in
../shared/corpus, in one run.

    .venv/bin/python bench/extraction.py [--corpus readability|indonesian|all] [--limit N] [--worst 8]

Body: the article-extraction-benchmark's metric (token 4-gram shingles, P and R per page, macro
averaged, F1 of the averages). Metadata: share of pages with gold whose title / author / date the
tool got (title: equal after folding case and punctuation, or one contains the other; author: a
gold name among ours or ours in the gold byline; date: same day). Speed: median ms per page of
extraction alone (the toolkit's on its rendered DOM); the toolkit's render time is printed apart.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from playwright.async_api import async_playwright

from toolkit.browser.launch import launch
from toolkit.extract import assemble, extract_page
from toolkit.quality import macro, score
from toolkit.run.saved import extract_file

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@dataclass
class Page:
    name: str
    path: Path
    url: str | None
    text: str | None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None


@dataclass
class Output:
    text: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    ms: float = 0.0


def readability_pages() -> list[Page]:
    pages = []
    for folder in sorted((CORPUS / "readability").iterdir()):
        gold_file = folder / "expected.json"
        if not gold_file.is_file():
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        author = gold.get("author") or gold.get("byline")
        pages.append(Page(folder.name, folder / "source.html", gold.get("url"), gold.get("text"), gold.get("title"),
                          [author] if author else [], gold.get("date")))  # fmt: skip
    return pages


def indonesian_pages() -> list[Page]:
    pages = []
    for path in sorted((CORPUS / "indonesian").glob("*.html")):
        gold_file = path.with_name(path.stem + ".expected.json")
        if not gold_file.is_file():
            pages.append(Page(path.stem, path, None, None))  # no gold: metadata shown, not scored
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))["V1"]
        body = gold["body"]
        paragraphs = [
            *body.get("summary", []),
            *(p for s in body["sections"] for p in [*s["headline"], *s["paragraphs"]]),
        ]
        pages.append(Page(path.stem, path, None, "\n\n".join(paragraphs), gold.get("title"), gold.get("authors", []),
                          gold.get("publishing_date")))  # fmt: skip
    return pages


async def run_toolkit(pages: list[Page]) -> tuple[dict[str, Output], list[float]]:
    outputs: dict[str, Output] = {}
    render_ms: list[float] = []
    slots = asyncio.Semaphore(4)
    async with async_playwright() as playwright:
        browser = await launch(playwright)

        async def one(page: Page) -> None:
            async with slots:
                started = time.perf_counter()
                record, rendered = await extract_file(browser, page.path, page.url)
                render_ms.append((time.perf_counter() - started) * 1000)
                out = Output(record.text, record.title, record.authors, record.published)
                if rendered is not None:  # time extraction alone, on the DOM as rendered
                    t = time.perf_counter()
                    with contextlib.suppress(Exception):  # a page with no article raises; its time still counts
                        assemble([extract_page(rendered.html, rendered.final_url, first_page=True)])
                    out.ms = (time.perf_counter() - t) * 1000
                outputs[page.name] = out

        await asyncio.gather(*(one(p) for p in pages))
        await browser.close()
    return outputs, render_ms


def run_trafilatura(page: Page, raw: str) -> Output:
    import trafilatura

    started = time.perf_counter()
    doc = trafilatura.bare_extraction(raw, url=page.url, with_metadata=True, include_comments=False)
    ms = (time.perf_counter() - started) * 1000
    if doc is None:
        return Output(ms=ms)
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    author = data.get("author")
    return Output(data.get("text") or "", data.get("title"), [a.strip() for a in author.split(";")] if author else [],
                  data.get("date"), ms)  # fmt: skip


def run_readability(page: Page, raw: str) -> Output:
    from lxml import html as lxml_html
    from readability import Document

    started = time.perf_counter()
    try:
        document = Document(raw, url=page.url)
        summary = document.summary(html_partial=True)
        root = lxml_html.fromstring(summary)
        blocks = [
            " ".join(el.text_content().split()) for el in root.iter("p", "li", "h2", "h3", "h4", "pre", "blockquote")
        ]
        text = "\n\n".join(b for b in blocks if b) or root.text_content()
        title = document.short_title()
    except Exception:
        text, title = "", None
    return Output(text, title, [], None, (time.perf_counter() - started) * 1000)


def _fold(text: str | None) -> str:
    return re.sub(r"\W+", " ", (text or "").casefold()).strip()


def title_ok(got: str | None, want: str) -> bool:
    a, b = _fold(got), _fold(want)
    return bool(a) and (a == b or a in b or b in a)


def author_ok(got: list[str], want: list[str]) -> bool:
    gold = " ".join(_fold(w) for w in want)
    return any(_fold(g) and (_fold(g) in gold or any(_fold(w) in _fold(g) for w in want)) for g in got)


def date_ok(got: str | None, want: str) -> bool:
    return bool(got) and str(got)[:10] == str(want)[:10]


def share(results: dict[str, Output], pages: list[Page], check, gold_of) -> str:
    """ "hits/pages" over the pages that have gold for this field."""
    with_gold = [p for p in pages if gold_of(p)]
    if not with_gold:
        return "-"
    return f"{sum(check(results[p.name], gold_of(p)) for p in with_gold)}/{len(with_gold)}"


def report(corpus: str, pages: list[Page], outputs: dict[str, dict[str, Output]], worst: int) -> None:
    scored = [p for p in pages if p.text]
    print(f"\n## {corpus}: {len(pages)} pages, {len(scored)} with gold text")
    print(f"{'tool':<18} {'P':>6} {'R':>6} {'F1':>6}   {'title':>7} {'author':>7} {'date':>7}   {'ms/page':>8}")
    for tool, results in outputs.items():
        body = macro(score(results[p.name].text, p.text or "") for p in scored)
        title = share(results, pages, lambda o, g: title_ok(o.title, g), lambda p: p.title)
        author = share(results, pages, lambda o, g: author_ok(o.authors, g), lambda p: p.authors)
        date = share(results, pages, lambda o, g: date_ok(o.date, g), lambda p: p.date)
        ms = statistics.median(results[p.name].ms for p in pages)
        figures = f"{body.precision:6.3f} {body.recall:6.3f} {body.f1:6.3f}"
        print(f"{tool:<18} {figures}   {title:>7} {author:>7} {date:>7}   {ms:8.1f}")
    if worst:
        ours = outputs["toolkit"]
        ranked = sorted(scored, key=lambda p: score(ours[p.name].text, p.text or "").f1)[:worst]
        print("toolkit's weakest pages: " + ", ".join(f"{p.name} {score(ours[p.name].text, p.text or '').f1:.2f}"
                                                     for p in ranked))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", choices=["readability", "indonesian", "all"], default="all")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--worst", type=int, default=8)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    corpora = {"readability": readability_pages, "indonesian": indonesian_pages}
    for name, load in corpora.items():
        if args.corpus not in (name, "all"):
            continue
        pages = load()[: args.limit or None]
        started = time.monotonic()
        ours, render_ms = asyncio.run(run_toolkit(pages))
        render_s = time.monotonic() - started
        raw = {p.name: p.path.read_text(encoding="utf-8", errors="replace") for p in pages}
        outputs = {
            "toolkit": ours,
            "trafilatura": {p.name: run_trafilatura(p, raw[p.name]) for p in pages},
            "readability-lxml": {p.name: run_readability(p, raw[p.name]) for p in pages},
        }
        report(name, pages, outputs, args.worst)
        print(f"toolkit render + extract: {render_s:.1f}s wall for {len(pages)} pages at concurrency 4, "
              f"median {statistics.median(render_ms):.0f} ms per page")  # fmt: skip
        if name == "indonesian":
            for p in pages:
                o = ours[p.name]
                print(f"  {p.name[:34]:<34} {(o.title or '')[:44]:<44} {o.authors[:2]} {o.date}")


if __name__ == "__main__":
    main()
