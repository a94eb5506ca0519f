"""Bylines as unseen templates print them: people, not roles, desks, sites or agencies."""

from __future__ import annotations

from datetime import timedelta

import pytest

from toolkit.extract import extract_html
from toolkit.extract.bylines import headline_byline, people
from toolkit.extract.dom import parse
from toolkit.extract.metadata import read_metadata

URL = "https://warta.example.id/read/2023/11/21/harga-beras"
BODY = "<p>Harga beras di pasar induk naik untuk pekan ketiga berturut-turut menurut para pedagang.</p>" * 3


def page(under_headline: str, head: str = "", lang: str = "id") -> str:
    return (f'<html lang="{lang}"><head><title>Harga Beras Naik</title>{head}</head><body><article>'
            f"<h1>Harga Beras Naik</h1>{under_headline}{BODY}</article></body></html>")  # fmt: skip


def authors(html: str) -> list[str]:
    return read_metadata(parse(html), URL, timedelta(hours=7)).authors


def test_marked_author_with_a_job_title_is_one_author() -> None:
    html = page('<p class="byline">By <span class="author">Jane Whitfield</span>, Markets Correspondent</p>')
    assert authors(html) == ["Jane Whitfield"]
    # the same line in a box with no inner name: the job title is split off and dropped
    assert authors(page('<div class="byline">By Jane Whitfield, Markets Correspondent</div>')) == ["Jane Whitfield"]


def test_unmarked_name_and_date_under_the_headline() -> None:
    meta = read_metadata(parse(page("<div>Nadia Putri | 21 November 2023, 13:10 WIB</div>")), URL, timedelta(hours=7))
    assert meta.authors == ["Nadia Putri"]
    assert meta.published == "2023-11-21T13:10:00+07:00"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Oleh Rina Wulandari", ["Rina Wulandari"]),
        ("Oleh: Rina Wulandari dan Budi Santoso", ["Rina Wulandari", "Budi Santoso"]),
        ("Laporan Wartawan Tribunnews.com, Dedi Kurniawan", ["Dedi Kurniawan"]),
        ("By Ana Lee, Tom Hart and Sara Cole", ["Ana Lee", "Tom Hart", "Sara Cole"]),
        ("Penulis: Tim Redaksi", []),
        ("Oleh Bisnis.com", []),
        ("Harga beras naik lagi | pekan ini", []),  # no date after the bar: not a byline
    ],
)
def test_unmarked_bylines(line: str, expected: list[str]) -> None:
    assert headline_byline([line], None, URL) == expected
    assert authors(page(f"<div>{line}</div>")) == expected


def test_roles_sites_and_agencies_are_not_people() -> None:
    names = ["Markets Correspondent", "Tim Redaksi", "Bisnis.com", "ANTARA", "AFP", "Reuters", "Reply", "Nadia Putri"]
    assert people(names, "Warta", URL) == ["Nadia Putri"]


def test_comment_authors_and_form_labels_are_not_bylines() -> None:
    html = page(
        '<p class="byline">Oleh <a href="/penulis/rina">Rina Wulandari</a></p>',
    ).replace(
        "</article>",
        '</article><section class="comments"><span class="comment-author">Budi sagt:</span></section>'
        '<form><label class="author">Name *</label></form>',
    )
    assert authors(html) == ["Rina Wulandari"]
    only_comments = page("").replace(
        "</article>", '</article><div id="comments"><span class="author">Budi Santoso</span></div>'
    )
    assert authors(only_comments) == []


def test_reporter_initials_stay_out_of_text() -> None:
    article = extract_html(page("").replace(BODY, BODY + "<p>Pemerintah menambah operasi pasar. (ant/fik)</p>"), URL)
    assert article.text.endswith("Pemerintah menambah operasi pasar.")
    assert "(ant/fik)" not in article.text


def test_closing_initials_map_to_editors_where_a_profile_says_so() -> None:
    from dataclasses import replace

    from toolkit.extract.metadata import Metadata
    from toolkit.extract.profile import apply_metadata
    from toolkit.sites import bisnis

    html = ('<html><body><h1 class="detailsTitleCaption">Harga Beras Naik</h1><article class="detailsContent">'
            f"{BODY}<p>Pemerintah menambah operasi pasar. (ant/fik)</p></article></body></html>")  # fmt: skip
    mapped = replace(bisnis.PROFILE, editor_initials=(("fik", "Fikri Ramadhan"),))
    assert apply_metadata(parse(html), mapped, Metadata(), URL).editors == ["Fikri Ramadhan"]  # "ant" is the agency
    assert apply_metadata(parse(html), bisnis.PROFILE, Metadata(), URL).editors == []  # no mapping: no editors
    assert "(ant/fik)" not in extract_html(html, "https://ekonomi.bisnis.com/read/1").text
