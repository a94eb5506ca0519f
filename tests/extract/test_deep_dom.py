"""A page nested thousands of elements deep still gives its article (issue 23, item 12): libxml2 stops at 2048
levels even with `huge_tree`, and readability and trafilatura walk the tree recursively."""

from __future__ import annotations

import pytest

import toolkit
from tests.hostile_pages import PARAGRAPHS, article, nested
from toolkit.extract import dom
from toolkit.extract.dom import paragraphs, parse


@pytest.mark.parametrize("depth", [300, 2100, 4000, 10000])
def test_an_article_under_thousands_of_divs(depth: int) -> None:
    found = toolkit.extract_html(nested(depth), "https://kabar.example.test/jembatan")
    assert found.text.split("\n\n") == PARAGRAPHS


def test_text_at_every_level_is_kept_in_order() -> None:
    """No wrapper to unwrap: every level holds text of its own. The tree is cut to MAX_DEPTH, its text stays."""
    levels = "".join(f"<div>lapis {n} <script>var x = {n};</script>" for n in range(5000))
    markup = article(before=levels, after="</div>" * 5000)
    root = parse(markup)
    assert not root.xpath("/*" * (dom.MAX_DEPTH + 1))
    found = paragraphs(root.find("body"))
    assert [f"lapis {n}" for n in range(5000)] == [line for line in found if line.startswith("lapis")]
    assert all(p in found for p in PARAGRAPHS)
    assert not any("var x" in line for line in found)


def test_a_shallow_page_is_parsed_as_before() -> None:
    markup = article(before="<div>" * 50, after="</div>" * 50)
    assert len(parse(markup).xpath("/html/body" + "/div" * 50 + "/article/p")) == len(PARAGRAPHS)
