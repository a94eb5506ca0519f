"""The fast paths of extraction give what the plain ones give: text lengths from one pass, readability
on a tree (its lengths without the cleaned text, its summary without serialising it), trafilatura
without a copy of ours, selectors skipped, wall words and class names in one case-sensitive scan,
bounded reads around the headline, byline boxes in one walk, pager links without resolving each. Each is
checked against the plain computation on markup built to be awkward, and on corpus pages when the
corpus is there (bench/extraction.py measures the time)."""

from __future__ import annotations

import gzip
import itertools
from datetime import timedelta
from pathlib import Path

import pytest
from lxml import html as lxml_html
from readability import Document
from readability.readability import text_length as readability_text_length

from toolkit.extract import generic
from toolkit.extract.access import WALL_WORDS, _wall_words_in, _with_wall_words
from toolkit.extract.blocks import segment
from toolkit.extract.bylines import _byline_boxes
from toolkit.extract.dom import (
    SPACES,
    class_text,
    could_select,
    first_paragraphs,
    longer_than,
    normalize,
    paragraphs,
    parse,
    select,
    text_of,
)
from toolkit.extract.furniture import _CAMEL, _NAMES, _kinds_named
from toolkit.extract.lengths import TextLengths
from toolkit.extract.metadata import read_metadata
from toolkit.extract.pagination import page_links
from toolkit.extract.readable import TreeDocument, summary_element, text_length

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
    article = summary_element(TreeDocument(root))  # attribute values aside (links are not rewritten), the same
    assert (paragraphs(article) if article is not None else []) == (
        paragraphs(lxml_html.fromstring(want)) if want.strip() else []
    )
    assert lxml_html.tostring(root) == before  # the page's tree is left as it was


@pytest.mark.parametrize("markup", pages())
def test_text_length_equals_readabilitys(markup: str) -> None:
    root = parse(markup)
    for element in root.iter():
        if isinstance(element.tag, str):
            assert text_length(element) == readability_text_length(element), element.tag


def test_text_length_equals_readabilitys_on_every_kind_of_space() -> None:
    spaces = [" ", "\n", "\t", "\xa0", "\r", "\u2003", "\u3000"]
    for run in itertools.chain.from_iterable(itertools.product(spaces, repeat=n) for n in range(1, 4)):
        for text in (f"a{''.join(run)}b", f"{''.join(run)}a b{''.join(run)}", f"a{''.join(run) * 90}b"):
            element = lxml_html.fragment_fromstring("<p></p>")
            element.text = text
            assert text_length(element) == readability_text_length(element), repr(text)


def test_readability_turns_divs_into_paragraphs_as_it_would() -> None:
    root = parse(AWKWARD)
    want = Document(lxml_html.tostring(root, encoding="unicode")).summary()
    got = TreeDocument(root).summary()
    assert got == want and "inline only" in got  # a short summary: serialised as readability does


def test_a_long_summary_is_the_element_readability_would_serialise() -> None:
    prose = "".join(f"<p>Paragraph {i} of an article, long enough, with commas, to score.</p>" for i in range(8))
    root = parse(f"<html><body><div class='nav'><a href='/'>Home</a></div><article>{prose}</article></body></html>")
    want = Document(lxml_html.tostring(root, encoding="unicode")).summary(html_partial=True)
    summary = TreeDocument(root).summary(html_partial=True)
    assert len(want) >= 250 and summary.element is not None  # type: ignore[attr-defined]
    assert paragraphs(summary.element) == paragraphs(lxml_html.fromstring(want))  # type: ignore[attr-defined]


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


def test_wall_words_found_in_lower_case_where_a_case_blind_search_finds_them() -> None:
    texts = ["BERLANGGANAN sekarang", "Please SUBSCRIBE", "ſubscribe (a long s)", "İ: Sign In To Continue",
             "log in to read", "nothing", "Konten Premium", "SIGN\nIN TO READ"]  # fmt: skip
    for text in texts:
        assert [m.span() for m in _wall_words_in(text)] == [m.span() for m in WALL_WORDS.finditer(text)], text


def test_class_names_found_in_lower_case_where_a_case_blind_search_finds_them() -> None:
    names = ["commentList", "CommentList", "post-Comments", "ReadMore", "sharingBar", "related-posts", "TAGS",
             "ſhare (a long s)", "Kommentare", "jw-controls", "video-JS", "authorBox", "nothing"]  # fmt: skip
    for name in names:
        camel = _CAMEL.sub(r"\1-\2", name)
        assert _kinds_named(name) == tuple(k for k, p in _NAMES.items() if p.search(camel)), name


@pytest.mark.parametrize("markup", pages())
def test_bounded_reads_equal_the_whole_reads(markup: str) -> None:
    root = parse(markup)
    for element in root.iter():
        if isinstance(element.tag, str):
            size = len(text_of(element))
            assert [longer_than(element, n) for n in (0, 5, 80, 2500)] == [size > n for n in (0, 5, 80, 2500)]
            assert [first_paragraphs(element, n) for n in (1, 3, 10)] == [paragraphs(element)[:n] for n in (1, 3, 10)]


@pytest.mark.parametrize("markup", pages())
def test_byline_boxes_in_one_walk_are_the_xpath_union(markup: str) -> None:
    union = (
        "//body//*[@rel='author'] | //*[contains(concat(' ', @itemprop, ' '), ' author ')]"
        " | //*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]"
        " | //body//*[contains(@class, 'author') or contains(@class, 'byline')]"
    )
    extra = (
        '<div class=" by\tline  x">a</div><span itemprop="name author">b</span><a rel="author">c</a>'
        '<p class="authors">d</p><i class="Byline">e</i>'
    )
    root = parse(markup.replace("</body>", extra + "</body>") if "</body>" in markup else markup + extra)
    assert _byline_boxes(root) == root.xpath(union)


def test_itemprop_dates_when_no_structured_date_is_there() -> None:
    html = (
        '<html><body><h1>A headline long enough</h1><span itemprop="datePublished"></span>'
        '<time itemprop="datePublished" datetime="2023-05-04T10:00:00+02:00">4 May</time>'
        '<meta itemprop="dateModified" content="2023-05-06T08:00:00+02:00"><p>Text.</p></body></html>'
    )
    meta = read_metadata(parse(html), "https://news.example/a", timedelta(0))
    assert (meta.published, meta.modified) == ("2023-05-04T10:00:00+02:00", "2023-05-06T08:00:00+02:00")


@pytest.mark.parametrize(
    ("url", "hrefs", "pages"),
    [
        ("https://news.example/2024/budget-plan",
         ["?page=2", "budget-plan?page=3", "/2024/budget-plan?page=4", "https://news.example/2024/budget-plan?page=5",
          "//news.example/2024/budget-plan?page=6", "/2024/other?page=7", " ?page=8"],
         {1: "", 2: "?page=2", 3: "?page=3", 4: "?page=4", 5: "?page=5", 6: "?page=6", 8: "?page=8"}),
        ("https://news.example/2024/budget-plan/",
         ["./?page=2", "x/../?page=3", "../budget-plan/?page=4", "/2024/?page=5"],
         {1: "", 2: "?page=2", 3: "?page=3", 4: "?page=4"}),
    ],
)  # fmt: skip
def test_pager_links_are_found_whatever_shape_their_href_has(url: str, hrefs: list[str], pages: dict[int, str]) -> None:
    links = "".join(f'<a href="{href}">{n}</a>' for n, href in enumerate(hrefs, 2))
    root = parse(f'<html><body><p>Text</p><div class="pagination">{links}</div></body></html>')
    assert page_links(root, url, None) == {n: url + query for n, query in pages.items()}


def test_next_links_are_found_in_any_case() -> None:
    root = parse('<html><body><a href="?page=2">SELANJUTNYA »</a><a href="?page=3">Berikutnya</a></body></html>')
    assert page_links(root, "https://news.example/a", None) == {1: "https://news.example/a",
                                                                2: "https://news.example/a?page=2",
                                                                3: "https://news.example/a?page=3"}  # fmt: skip


def test_blocks_carry_their_link_text_past_comments_scripts_and_void_elements() -> None:
    root = parse(
        "<html><body><p>a <a href='/x'>link <b>bold</b></a> tail<!-- c -->after</p>"
        "<div>x<script>var s</script>y<embed><a href='/y'>in embed</a> z</div><p><a href='/z'>all</a></p></body></html>"
    )
    blocks = segment(root.find("body"))
    assert [(b.text, b.link_chars, b.tag) for b in blocks] == [
        ("a link bold tailafter", 8, "p"), ("xyin embed z", 8, "div"), ("all", 3, "p")
    ]  # fmt: skip


def test_normalize_equals_collapsing_every_run_of_spaces() -> None:
    alphabet = ["a", " ", "  ", "\t", "\n", "\xa0", "\u200b", "\u2009", "\u202f", "\u3000", "\r", "é"]
    for parts in itertools.product(alphabet, repeat=3):
        text = "".join(parts)
        assert normalize(text) == SPACES.sub(" ", text).strip(), repr(text)


def test_parse_drops_characters_no_tree_may_hold_and_keeps_the_rest() -> None:
    root = parse("<html><body><p>a\x0bb\x0cc\x01d é</p></body></html>")
    assert text_of(root.find("body/p")) == "a b cd é"
