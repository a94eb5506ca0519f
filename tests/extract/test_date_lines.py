"""A date line under any label: a short label of one to three words and a whole date, nothing else, is the
page's metadata (availability, release, update), not the article's text; a sentence that holds a date is
prose. Pages are built here; bench/extraction.py measures the same rule on real pages."""

from __future__ import annotations

from tests.extract.test_generic import PROSE, page, paragraphs
from toolkit.extract import extract_html
from toolkit.extract.lines import line_kind


def test_a_short_label_and_a_whole_date_is_a_date_line_in_any_language() -> None:
    for line in ("Video verfügbar bis 28.02.2021", "Erscheinungsdatum: 14.08.2017", "Stand: 3. April 2019, 14:30 Uhr",
                 "Disponible jusqu'au 12/05/2022", "الجمعة 8 فيفري 2019", "Available until Nov. 20, 2019"):  # fmt: skip
        assert line_kind(line) == "date line", line


def test_a_sentence_or_a_label_with_numbers_that_are_no_date_is_not_a_date_line() -> None:
    for line in ("Linux Mint 19 and 18", "The council met on 4.2.2022 to vote on the budget."):
        assert line_kind(line) is None, line


def test_an_availability_date_above_the_body_is_not_in_the_text() -> None:
    html = page(f"<p>Video verfügbar bis 28.02.2021</p>{paragraphs(PROSE)}")
    text = extract_html(html, "https://tv.example/budget").text
    assert "28.02.2021" not in text
    assert text.split("\n\n") == PROSE
