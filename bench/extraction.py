"""Extraction quality and speed, side by side, on every corpus in ../shared/corpus, in one run:
`toolkit extract` (pages rendered in Chromium, network blocked), trafilatura (`bare_extraction` on the
raw bytes) and readability-lxml (raw HTML), as each is used.

    .venv/bin/python bench/extraction.py [--corpus readability|trafilatura-dev|indonesian|all]
                                         [--limit N] [--worst 15] [--rendered DIR]

Body, full-text gold (readability, indonesian): the article-extraction-benchmark's metric (token
4-gram shingles, P and R per page, macro averaged, F1 of the averages). Body, snippet gold
(trafilatura-dev): trafilatura's own metric (`with` snippets found are true positives, `without`
snippets found false positives, micro-averaged over all pages). "empty": pages with no text at all.
Halves: each corpus is split in two by a stable hash of the page's name, "tune" and "check"; each table is
printed for both halves and overall, and the worst pages are listed from the tune half only. Decide a rule
on the tune half; a rule that helps it and not the check half fits those pages, not news pages in general.
Metadata: pages whose title / author / date the tool got (bench/metadata.py goes further).
Speed: median ms per page of extraction alone (the toolkit's on its rendered DOM), timed after every page
is rendered, one page at a time and the three tools in turn on each page, so that neither Chromium's
work nor a slower phase of a shared machine lands on one tool's figure.

`--rendered DIR` keeps each page's rendered DOM in DIR and reuses it on the next run, so a change to
extraction alone is measured in seconds; delete DIR after changing rendering or `mark.js`.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from playwright.async_api import async_playwright

from toolkit.browser.launch import launch
from toolkit.errors import InvalidUrl, NoArticle, PageError
from toolkit.extract import assemble
from toolkit.extract.served import extract_checked
from toolkit.quality import Score, Snippets, macro, score, snippets
from toolkit.run.inputs import check_url
from toolkit.run.saved import extract_file
from toolkit.run.sniff import read_page

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@dataclass
class Page:
    name: str
    path: Path
    url: str | None
    text: str | None = None
    """Full-text gold, when the corpus has it."""
    wanted: list[str] = field(default_factory=list)
    unwanted: list[str] = field(default_factory=list)
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None

    @property
    def scored(self) -> bool:
        return bool(self.text or self.wanted or self.unwanted)


@dataclass
class Output:
    text: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    ms: float = 0.0
    error: str | None = None


def readability_pages(_: Path) -> list[Page]:
    pages = []
    for folder in sorted((CORPUS / "readability").iterdir()):
        gold_file = folder / "expected.json"
        if not gold_file.is_file():
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        author = gold.get("author") or gold.get("byline")
        title, date = gold.get("title"), gold.get("date")
        pages.append(Page(folder.name, folder / "source.html", gold.get("url"), gold.get("text"), title=title,
                          authors=[author] if author else [], date=date))  # fmt: skip
    return pages


def trafilatura_pages(scratch: Path) -> list[Page]:
    """The gzipped pages, unpacked into `scratch` (the toolkit renders files)."""
    pages = []
    for folder in sorted((CORPUS / "trafilatura-dev").iterdir()):
        gold_file, source = folder / "expected.json", folder / "source.html.gz"
        if not (gold_file.is_file() and source.is_file()):
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        path = scratch / f"{folder.name}.html"
        path.write_bytes(gzip.decompress(source.read_bytes()))
        author = gold.get("author")
        authors = author if isinstance(author, list) else [author] if author else []
        pages.append(Page(folder.name, path, gold.get("url"), None, gold.get("with") or [], gold.get("without") or [],
                          gold.get("title"), authors, gold.get("date")))  # fmt: skip
    return pages


def indonesian_pages(_: Path) -> list[Page]:
    pages = []
    for path in sorted((CORPUS / "indonesian").glob("*.html")):
        gold_file = path.with_name(path.stem + ".expected.json")
        if not gold_file.is_file():
            pages.append(Page(path.stem, path, None))  # no gold: shown, not scored
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))["V1"]
        body = gold["body"]
        paragraphs = [
            *body.get("summary", []),
            *(p for s in body["sections"] for p in [*s["headline"], *s["paragraphs"]]),
        ]
        pages.append(Page(path.stem, path, None, "\n\n".join(paragraphs), title=gold.get("title"),
                          authors=gold.get("authors", []), date=gold.get("publishing_date")))  # fmt: skip
    return pages


CORPORA: dict[str, Callable[[Path], list[Page]]] = {
    "readability": readability_pages,
    "trafilatura-dev": trafilatura_pages,
    "indonesian": indonesian_pages,
}


def _extract_rendered(html: str, url: str, served: str | None) -> tuple[Output, float]:
    """The rendered DOM, checked against the file as served (a page whose scripts replaced the article)."""
    started = time.perf_counter()
    try:
        article = assemble([extract_checked(html, url, served)])
        out = Output(article.text, article.title, article.authors, article.published)
    except NoArticle as exc:
        out = Output(error=f"no-article: {exc}")
    return out, (time.perf_counter() - started) * 1000


Rendered = dict[str, tuple[str, str]]
"""{page name: (the DOM as rendered, its URL)}"""


async def run_toolkit(pages: list[Page], cache: Path | None) -> tuple[dict[str, Output], list[float], Rendered]:
    """Render and extract each page as `toolkit extract` does; with a cache, reuse rendered DOMs. Also
    gives each page's rendered DOM, which `timed` extracts again to time it."""
    outputs: dict[str, Output] = {}
    render_ms: list[float] = []
    doms: Rendered = {}
    todo = []
    for page in pages:
        cached = cache / f"{page.name}.json" if cache else None
        if cached and cached.is_file():
            saved = json.loads(cached.read_text(encoding="utf-8"))
            if saved.get("html") is None:
                outputs[page.name] = Output(error=saved.get("error"))
            else:
                doms[page.name] = (saved["html"], saved["url"])  # extracted (and timed) by `timed`
        else:
            todo.append(page)
    if not todo:
        return outputs, render_ms, doms
    slots = asyncio.Semaphore(4)
    async with async_playwright() as playwright:
        browser = await launch(playwright)

        async def one(page: Page) -> None:
            async with slots:
                started = time.perf_counter()
                seen: list = []  # the DOM as rendered, kept even when the page ends with no article

                async def keep(_live, rendered_page) -> None:
                    seen.append(rendered_page)

                try:
                    record, rendered = await extract_file(browser, page.path, _usable(page.url), on_page=keep)
                    rendered = rendered or (seen[0] if seen else None)
                except Exception as exc:  # a page that breaks the toolkit is scored as empty, and named
                    outputs[page.name] = Output(error=f"internal: {type(exc).__name__}: {exc}")
                    return
                render_ms.append((time.perf_counter() - started) * 1000)
                error = f"{record.error['kind']}: {record.error['message']}" if record.error else None
                outputs[page.name] = Output(record.text or "", record.title, record.authors, record.published,
                                            error=error)  # fmt: skip
                if rendered is not None:
                    doms[page.name] = (rendered.html, rendered.final_url)
                if cache:
                    saved = {"url": rendered.final_url, "html": rendered.html} if rendered else {"error": error}
                    (cache / f"{page.name}.json").write_text(json.dumps(saved), encoding="utf-8")

        await asyncio.gather(*(one(p) for p in todo))
        await browser.close()
    return outputs, render_ms, doms


def timed(pages: list[Page], ours: dict[str, Output], doms: Rendered) -> dict[str, dict[str, Output]]:
    """Each tool's output with its time: page by page, the toolkit's extraction on the rendered DOM, then
    trafilatura and readability-lxml on the raw bytes (their outputs come from this run too, and so does
    the toolkit's for a page read from the cache)."""
    outputs: dict[str, dict[str, Output]] = {"toolkit": ours, "trafilatura": {}, "readability-lxml": {}}
    for page in pages:
        if page.name in doms:
            out, ms = _extract_rendered(*doms[page.name], _served(page.path))
            ours.setdefault(page.name, out).ms = ms
        raw = page.path.read_bytes()
        outputs["trafilatura"][page.name] = run_trafilatura(page, raw)
        outputs["readability-lxml"][page.name] = run_readability(page, raw)
    return outputs


def _served(path: Path) -> str | None:
    """The file as a server would send it, decoded as `toolkit extract` decodes it."""
    try:
        return read_page(path).text
    except (OSError, PageError):
        return None


def _usable(url: str | None) -> str | None:
    """The corpus's URL when it is one (some gold URLs are "hard::name.html"); else the toolkit finds
    the page's own (canonical, og:url, file://), as `toolkit extract` without --url does."""
    try:
        return check_url(url.strip()) if url else None
    except InvalidUrl:
        return None


def run_trafilatura(page: Page, raw: bytes) -> Output:
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


def run_readability(page: Page, raw: bytes) -> Output:
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


def body_score(results: dict[str, Output], pages: list[Page]) -> Score:
    if any(p.text for p in pages):
        return macro(score(results[p.name].text, p.text or "") for p in pages if p.text)
    total = Snippets()
    for p in pages:
        total = total + snippets(results[p.name].text, p.wanted, p.unwanted)
    return total.score


def page_f1(out: Output, page: Page) -> float:
    if page.text:
        return score(out.text, page.text).f1
    return snippets(out.text, page.wanted, page.unwanted).score.f1


def what_went_wrong(out: Output, page: Page) -> str:
    if out.error:
        return out.error[:90]
    if page.text:
        s = score(out.text, page.text)
        return f"P {s.precision:.2f} R {s.recall:.2f}, {len(out.text.split())} words vs {len(page.text.split())}"
    flat = " ".join(out.text.split())
    missed = [w for w in page.wanted if " ".join(w.split()) not in flat]
    leaked = [w for w in page.unwanted if " ".join(w.split()) in flat]
    parts = [f"missed {m[:50]!r}" for m in missed[:2]] + [f"leaked {u[:50]!r}" for u in leaked[:2]]
    return "; ".join(parts) or "ok"


def half(name: str) -> str:
    """ "tune" or "check": a stable split of a corpus by the page's name (the same on every machine and run)."""
    return ("tune", "check")[hashlib.sha256(name.encode("utf-8")).digest()[0] % 2]


def report(corpus: str, pages: list[Page], outputs: dict[str, dict[str, Output]], worst: int) -> None:
    """The table for each half and for the whole corpus; the worst pages of the tune half."""
    for part in ("tune", "check"):
        table(f"{corpus} [{part}]", [p for p in pages if half(p.name) == part], outputs, 0)
    table(f"{corpus} [all]", pages, outputs, 0)
    table(f"{corpus} [tune]", [p for p in pages if half(p.name) == "tune"], outputs, worst, figures=False)


def table(corpus: str, pages: list[Page], outputs: dict[str, dict[str, Output]], worst: int,
          figures: bool = True) -> None:  # fmt: skip
    scored = [p for p in pages if p.scored]
    if pages and figures:
        _figures(corpus, pages, scored, outputs)
    if worst and scored:
        _worst(scored, outputs, worst)


def _figures(corpus: str, pages: list[Page], scored: list[Page], outputs: dict[str, dict[str, Output]]) -> None:
    print(f"\n## {corpus}: {len(pages)} pages, {len(scored)} with body gold")
    header = f"{'tool':<18} {'P':>6} {'R':>6} {'F1':>6} {'empty':>6}   {'title':>8} {'author':>8} {'date':>8}"
    print(f"{header}   {'ms/page':>8}")
    for tool, results in outputs.items():
        body = body_score(results, scored)
        empty = sum(not results[p.name].text.strip() for p in pages)
        title = share(results, pages, lambda o, g: title_ok(o.title, g), lambda p: p.title)
        author = share(results, pages, lambda o, g: author_ok(o.authors, g), lambda p: p.authors)
        date = share(results, pages, lambda o, g: date_ok(o.date, g), lambda p: p.date)
        ms = statistics.median(results[p.name].ms for p in pages)
        figures = f"{body.precision:6.3f} {body.recall:6.3f} {body.f1:6.3f} {empty:>6}"
        print(f"{tool:<18} {figures}   {title:>8} {author:>8} {date:>8}   {ms:8.1f}")
    ours, theirs = outputs["toolkit"], outputs["trafilatura"]
    lost = [p.name for p in scored if not ours[p.name].text.strip() and page_f1(theirs[p.name], p) >= 0.5]
    print(f"toolkit empty where trafilatura scores F1 >= 0.5: {len(lost)} {' '.join(lost)[:200]}")


def _worst(scored: list[Page], outputs: dict[str, dict[str, Output]], worst: int) -> None:
    ours, theirs = outputs["toolkit"], outputs["trafilatura"]
    ranked = sorted(scored, key=lambda p: page_f1(ours[p.name], p) - page_f1(theirs[p.name], p))[:worst]
    print(f"toolkit's {len(ranked)} worst pages of the tune half (F1 toolkit / trafilatura: what went wrong):")
    for p in ranked:
        print(f"  {p.name[:34]:<34} {page_f1(ours[p.name], p):.2f} / {page_f1(theirs[p.name], p):.2f}  "
              f"{what_went_wrong(ours[p.name], p)}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--worst", type=int, default=15)
    parser.add_argument("--rendered", type=Path, default=None, help="keep and reuse rendered DOMs in this folder")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    with tempfile.TemporaryDirectory() as scratch:
        for name, load in CORPORA.items():
            if args.corpus not in (name, "all") or not (CORPUS / name).is_dir():
                continue
            pages = load(Path(scratch))[: args.limit or None]
            cache = args.rendered / name if args.rendered else None
            if cache:
                cache.mkdir(parents=True, exist_ok=True)
            started = time.monotonic()
            ours, render_ms, doms = asyncio.run(run_toolkit(pages, cache))
            render_s = time.monotonic() - started
            report(name, pages, timed(pages, ours, doms), args.worst)
            if render_ms:
                print(f"toolkit render + extract: {render_s:.1f}s wall for {len(render_ms)} pages at concurrency 4, "
                      f"median {statistics.median(render_ms):.0f} ms per page")  # fmt: skip


if __name__ == "__main__":
    main()
