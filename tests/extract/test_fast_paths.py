"""The fast paths of extraction give what the plain ones give: text lengths from one pass, readability
on a tree, trafilatura without a copy of ours, selectors skipped, wall words in one scan. Each is
checked against the plain computation on markup built to be awkward, and on corpus pages when the
corpus is there (bench/extraction.py measures the time)."""

from __future__ import annotations

import gzip
import itertools
from pathlib import Path

import pytest
from lxml import html as lxml_html
from readability import Document

from toolkit.extract import generic
from toolkit.extract.access import WALL_WORDS, _with_wall_words
from toolkit.extract.dom import class_text, could_select, parse, select, text_of
from toolkit.extract.lengths import TextLengths
from toolkit.extract.readable import TreeDocument

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
AWKWARD = """<html><head><title>T</title><style>p { color: red }</style></head><body>
<div class="a b">lead <!-- a comment -->after the comment<?pi x?>after the pi
  <p>  one\u00a0 two\t\tthree\n\nfour </p>tail\u200b <span> </span><span></span>
  <ul><li>\u3000x\u3000</li><li>\u200b</li><li>a<br>b</li></ul>
  <div><img src="x.png"> caption <b>bold</b><i> </i></div>
  <script>var a = "<p>";</script> after script
  <svg:path d="M0"></svg:path> <table><tr><td> cell </td></tr></table>
</div>
<div class="gallery"><div><span>1/3</span></div><div><span>2 / 3</span></div><div><span> 3 of 3</span></div></div>
<p class="note"><a href="/x">link</a> and <em>more <strong>nested</strong></em> text.</p>
<div><span>inline only</span> and text</div><div><span>a <p>block</p> inside</span></div>
</body></html>"""


def corpus_pages(limit: int = 12) -> list[str]:
    """Raw corpus pages (unrendered), a few of each set; none when the corpus is absent."""
    found = sorted((CORPUS / "indonesian").glob("*.html"))[:limit] if CORPUS.is_dir() else []
    pages = [p.read_text(encoding="utf-8", errors="replace") for p in found]
    if CORPUS.is_dir():
        for source in sorted((CORPUS / "trafilatura-dev").glob("*/source.html.gz"))[:limit]:
            pages.append(gzip.decompress(source.read_bytes()).decode("utf-8", "replace"))
    return pages


def pages() -> list[str]:
    return [AWKWARD, *corpus_pages()]


@pytest.mark.parametrize("markup", pages())
def test_text_lengths_equal_text_of_for_every_element(markup: str) -> None:
    root = parse(markup)
    for top in (root, root.find("body")):
        index = TextLengths(top)
        for element in top.iter():
            if isinstance(element.tag, str):
                want = text_of(element)
                assert (index.length(element), index.text(element), index.first_char(element)) == (
                    len(want),
                    want,
                    want[:1],
                ), element.tag
                assert [index.prefix(element, n) for n in (1, 7, 60)] == [want[:n] for n in (1, 7, 60)]
                assert index.link_length(element) == sum(len(text_of(a)) for a in element.iter("a"))


def test_text_lengths_answer_elements_it_never_saw() -> None:
    root = parse(AWKWARD)
    index = TextLengths(root.find("body/div"))
    outside = root.find("body/p")
    assert index.length(outside) == len(text_of(outside)) > 0


@pytest.mark.parametrize("markup", pages())
def test_readability_on_the_tree_equals_readability_on_the_markup(markup: str) -> None:
    root = parse(markup)
    before = lxml_html.tostring(root)
    want = Document(lxml_html.tostring(root, encoding="unicode")).summary(html_partial=True)
    assert TreeDocument(root).summary(html_partial=True) == want
    assert lxml_html.tostring(root) == before  # the page's tree is left as it was


def test_readability_turns_divs_into_paragraphs_as_it_would() -> None:
    root = parse(AWKWARD)
    want = Document(lxml_html.tostring(root, encoding="unicode")).summary()
    got = TreeDocument(root).summary()
    assert got == want and "inline only" in got


@pytest.mark.parametrize("markup", pages()[:4])
def test_trafilatura_leaves_the_page_tree_unchanged(markup: str) -> None:
    root = parse(markup)
    before = lxml_html.tostring(root)
    generic._trafilatura(root, "https://example.com/a")
    assert lxml_html.tostring(root) == before


def test_a_selector_is_skipped_only_when_it_cannot_match() -> None:
    root = parse(AWKWARD)
    classes = class_text(root)
    selectors = ["div.gallery", ".note", "p.note", "div.missing", ".a.b", "li", "div > span", ".gallery span", "#x"]
    for selector in selectors:
        assert could_select(selector, classes) or not select(root, selector), selector
    assert not could_select("div.missing", classes) and could_select("div > span", classes)


def test_wall_words_in_one_scan_find_the_texts_a_search_per_text_finds() -> None:
    texts = ["Berlangganan", "nothing here", "please subscribe now", "sign in to\ncontinue", "to continue reading",
             "a\nsubscription", "", "log in to read. Members only"]  # fmt: skip
    for chosen in itertools.combinations(texts, 4):
        assert _with_wall_words(list(chosen)) == [t for t in chosen if WALL_WORDS.search(t)]


def test_parse_drops_characters_no_tree_may_hold_and_keeps_the_rest() -> None:
    root = parse("<html><body><p>a\x0bb\x0cc\x01d é</p></body></html>")
    assert text_of(root.find("body/p")) == "a b cd é"
