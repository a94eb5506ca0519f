"""Property: no page, however mangled, makes extraction raise (issue 9). Real corpus pages are cut, flipped,
stripped of tags, given duplicate tags, garbage attributes, deep nesting and the wrong encoding;
`extract_page` must answer, and `assemble` may refuse only with NoArticle."""

from __future__ import annotations

import gzip
import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import CORPUS
from toolkit.errors import NoArticle
from toolkit.extract import assemble, extract_page

MAX_PAGE_BYTES = 160_000
"""Small pages only: the property is about odd input, not size, and the test must stay fast."""


def _pages() -> list[tuple[str, bytes]]:
    """A handful of real pages from each corpus (the first few small enough), as raw bytes."""
    found: list[tuple[str, bytes]] = []
    sources = {
        "readability": lambda: sorted((CORPUS / "readability").glob("*/source.html")),
        "indonesian": lambda: sorted((CORPUS / "indonesian").glob("*.html")),
        "trafilatura-dev": lambda: sorted((CORPUS / "trafilatura-dev").glob("*/source.html.gz")),
    }
    for name, paths in sources.items():
        if not (CORPUS / name).is_dir():
            continue
        kept = 0
        for path in paths():
            raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
            if len(raw) <= MAX_PAGE_BYTES and kept < 3:
                found.append((f"{name}/{path.parent.name if path.suffix == '.gz' else path.name}", raw))
                kept += 1
    return found


PAGES = _pages()
pytestmark = pytest.mark.skipif(not PAGES, reason=f"no corpus at {CORPUS}")

GARBAGE_ATTRIBUTES = [
    ' href="https://[ccpa-preferences]"', ' src="http://host:99999/a.png"', ' href="http://[::1/"',
    ' content="', " class='", ' data-tk-hidden=""', ' data-tk-fixed="fixed"', ' style="opacity:0"',
    ' rel="next" href="//[x]/?page=2"', ' srcset="a 1x, , ,"', ' id=\x00x', " \ud800=1", ' lang="\u202e"',
]  # fmt: skip
BAD_URLS = ["https://[ccpa-preferences]", "http://host:99999/", "//[x]/?page=2", "http://a:b:c/", "javascript:0"]
ELEMENTS = [
    *(f'<a rel="next" href="{u}">Selanjutnya</a>' for u in BAD_URLS),
    *(f'<div class="pagination"><a href="{u}">2</a></div>' for u in BAD_URLS),
    *(f'<link rel="canonical" href="{u}"><meta property="og:image" content="{u}">' for u in BAD_URLS),
    *(f'<img src="{u}" data-src="{u}"><figure><img src="{u}"><figcaption>x</figcaption></figure>' for u in BAD_URLS),
    '<script type="application/ld+json">{"@type": "NewsArticle", "image": {"url": "https://[x"}, "author": 7}</script>',
    '<script type="application/ld+json">{"@type": [1, {}], "datePublished": "9999-99-99", "keywords": 3</script>',
    '<time datetime="2025-13-45T99:99">kemarin</time><meta property="article:published_time" content="\x00">',
]  # fmt: skip
CODECS = ["latin-1", "cp1252", "gbk", "shift_jis", "utf-16-le", "koi8-r", "utf-8"]
URLS = ["https://news.example.test/2025/01/a", "https://[ccpa-preferences]/a", "file:///tmp/a.html", "", "x y"]


def _at(text: str, where: float) -> int:
    return min(int(where * len(text)), len(text))


def _tag_span(text: str, where: float) -> tuple[int, int] | None:
    start = text.find("<", _at(text, where))
    end = text.find(">", start)
    return (start, end + 1) if start >= 0 and end > start else None


def _mutate(text: str, op: tuple[str, float, int, str]) -> str:
    kind, where, size, payload = op
    at = _at(text, where)
    span = _tag_span(text, where)
    if kind == "truncate":
        return text[:at]
    if kind == "flip":
        return text[:at] + payload[:size] + text[at + size :]
    if kind == "delete-tag" and span:
        return text[: span[0]] + text[span[1] :]
    if kind == "duplicate-tag" and span:
        tag = text[span[0] : span[1]]
        return text[:at] + tag * (1 + size % 50) + text[at:]
    if kind == "attribute" and span:
        return text[: span[1] - 1] + payload + text[span[1] - 1 :]
    if kind == "element":
        return text[:at] + payload + text[at:]
    if kind == "nest":
        return text[:at] + "<div><span>" * (size * 10) + text[at:]  # unclosed, up to 10,000 deep
    return text


OPS = st.tuples(
    st.sampled_from(["truncate", "flip", "delete-tag", "duplicate-tag", "attribute", "element", "nest"]),
    st.floats(0, 1),
    st.integers(1, 500),
    st.one_of(st.sampled_from(GARBAGE_ATTRIBUTES), st.sampled_from(ELEMENTS), st.text(max_size=40)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    page=st.sampled_from(PAGES or [("none", b"")]),
    codec=st.sampled_from(CODECS),
    ops=st.lists(OPS, min_size=1, max_size=4),
    url=st.sampled_from(URLS),
)
def test_a_mangled_page_never_makes_extraction_raise(
    page: tuple[str, bytes], codec: str, ops: list[tuple[str, float, int, str]], url: str
) -> None:
    _, raw = page
    text = raw.decode(codec, "replace")  # an encoding swap, when the page is not in `codec`
    for op in ops:
        text = _mutate(text, op)
    content = extract_page(text, url)
    try:
        article = assemble([content])
    except NoArticle:
        return
    assert article.text.strip()


def test_the_pages_are_real() -> None:
    assert all(raw.lstrip()[:1] in (b"<", b"\xef") for _, raw in PAGES), [n for n, _ in PAGES]
    assert len(PAGES) >= 3


def test_control_characters_reach_no_library(caplog: pytest.LogCaptureFixture) -> None:
    html = ("<html><body><div>Judul \x01 berita<p>" + "Kalimat panjang tentang desa yang ramai. " * 30
            + "</p>ekor \x02</div><div>teks\x0b lain\x0cdi sini<div>x\x00</div></div></body></html>")  # fmt: skip
    content = extract_page(html, "https://berita.example.test/a")
    assert any("Kalimat panjang" in p for p in content.paragraphs)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]  # readability logs a traceback when
    assert errors == []  # lxml refuses text with control characters, and a terminal shows it


def test_xhtml_page_that_declares_its_encoding_is_read() -> None:
    # lxml refuses a str with an encoding declaration; a saved XHTML page begins with one
    html = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Judul</title></head><body><h1>Judul</h1><p>'
            + "Kalimat panjang tentang desa yang ramai. " * 30 + "</p></body></html>")  # fmt: skip
    content = extract_page(html, "https://berita.example.test/a")
    assert content.meta.title == "Judul"
    assert any("Kalimat panjang" in p for p in content.paragraphs)
