"""Body F1 of a full scrape of the demo site against its gold texts, beside trafilatura and
readability-lxml on the same rendered pages' raw HTML (what they would be given by a plain HTTP client).

    .venv/bin/python bench/demo_f1.py

Prints one row per article and the macro P/R/F1 per tool. Run by hand; nothing here is asserted.
"""

from __future__ import annotations

import time
import urllib.request

import toolkit
from toolkit.demo.articles import ARTICLES
from toolkit.demo.server import DemoSite
from toolkit.quality import Score, macro, score


def peers(raw: str, url: str) -> dict[str, str]:
    texts: dict[str, str] = {}
    try:
        import trafilatura

        texts["trafilatura"] = trafilatura.extract(raw, url=url) or ""
    except ImportError:
        pass
    try:
        from lxml import html as lxml_html
        from readability import Document

        summary = Document(raw).summary(html_partial=True)
        texts["readability-lxml"] = lxml_html.fromstring(summary).text_content() if summary.strip() else ""
    except ImportError:
        pass
    return texts


def main() -> None:
    with DemoSite() as site:
        started = time.monotonic()
        result = toolkit.scrape(site.article_urls())
        seconds = time.monotonic() - started
        by_url = {r.url: r for r in result.records}
        scores: dict[str, list[Score]] = {}
        print(f"{'article':<10} {'tool':<18} {'P':>6} {'R':>6} {'F1':>6}")
        for article in ARTICLES:
            url = site.url(article)
            gold = article.teaser_text() if article.premium else article.full_text()
            # Peers get what a plain HTTP client gets: every page of the article's raw HTML.
            pages = [url] + [site.url(article, n) for n in range(2, len(article.pages) + 1)]
            raw_texts: dict[str, list[str]] = {}
            for page_url in pages:
                raw = urllib.request.urlopen(page_url).read().decode("utf-8")
                for tool, text in peers(raw, page_url).items():
                    raw_texts.setdefault(tool, []).append(text)
            candidates = {"toolkit": by_url[url].text, **{t: "\n".join(v) for t, v in raw_texts.items()}}
            for tool, text in candidates.items():
                s = score(text, gold)
                scores.setdefault(tool, []).append(s)
                print(f"{article.id:<10} {tool:<18} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
        print()
        print(f"{'macro':<10} {'tool':<18} {'P':>6} {'R':>6} {'F1':>6}")
        for tool, items in scores.items():
            m = macro(items)
            print(f"{'all':<10} {tool:<18} {m.precision:6.3f} {m.recall:6.3f} {m.f1:6.3f}")
        print(f"\ntoolkit scrape of {len(ARTICLES)} articles ({result.pages} pages): {seconds:.1f}s wall")


if __name__ == "__main__":
    main()
