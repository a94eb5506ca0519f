"""Bylines as unseen templates print them: people, not roles, desks, sites or agencies."""

from __future__ import annotations

import json
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


def test_the_name_of_a_byline_box_that_also_holds_the_desk_is_read_alone() -> None:
    # a 2019 broadcaster's template: the name and the desk in spans of one box, no link, no space between them
    box = ('<div class="byline"><span class="byline__name">By Jane Whitfield</span>'
           '<span class="byline__title">Radio Nusantara</span></div>')  # fmt: skip
    assert authors(page(box)) == ["Jane Whitfield"]
    # a class that merely contains "name" (a source's name) is not the person's
    source = ('<div class="byline"><a href="/by/jw">Jane Whitfield</a>'
              '<div class="sourcename-txt">Warta Kota</div></div>')  # fmt: skip
    assert authors(page(source)) == ["Jane Whitfield"]


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


def test_json_ld_author_given_by_reference_is_read_from_the_graph() -> None:
    """WordPress SEO graphs name the author once, in a Person node, and point at it by @id; older ones hang the
    author on a "WebPage" node with no headline."""
    person = {"@type": "Person", "@id": "https://warta.example.id/#/person/7", "name": "Dewi Lestari"}
    article = {"@type": "NewsArticle", "headline": "Harga Beras Naik", "author": {"@id": person["@id"]}}
    web_page = {"@type": "WebPage", "datePublished": "2023-11-21T06:00:00+00:00", "author": {"@id": person["@id"]}}
    for graph in ([article, person], [web_page, person]):
        script = f'<script type="application/ld+json">{json.dumps({"@graph": graph})}</script>'
        assert authors(page("", head=script)) == ["Dewi Lestari"]
    # a reference that points nowhere names nobody
    dangling = {"@graph": [{**article, "author": {"@id": "https://elsewhere.example/#p"}}]}
    assert authors(page("", head=f'<script type="application/ld+json">{json.dumps(dangling)}</script>')) == []


def test_byline_in_the_article_footer_is_read_last_and_the_page_footer_never() -> None:
    """Blog themes print "Posted by" in the entry's own <footer>; the site's footer names the site's owner."""
    entry_footer = (
        '<footer class="entry-meta"><span class="author vcard"><a href="/author/ab">Agus Budiman</a></span></footer>'
    )
    html = page(entry_footer)
    assert authors(html) == ["Agus Budiman"]
    # a byline under the headline wins over the entry's footer
    assert authors(page(f'<p class="byline">By <span class="author">Jane Whitfield</span></p>{entry_footer}')) == [
        "Jane Whitfield"
    ]
    # the page's footer (outside the article) is not a byline
    site_footer = '<footer><span class="author vcard"><a href="/about">Agus Budiman</a></span></footer>'
    assert authors(page("").replace("</body>", f"{site_footer}</body>")) == []


def test_drupal_submitted_line_names_its_user() -> None:
    """Drupal prints "Submitted by <user> on <date>" in a `.submitted` box, the name in a `.username` span."""
    line = '<div class="submitted">Gespeichert von <span class="username">rasos</span> am 24. Juli 2017 - 18:55</div>'
    assert authors(page(line)) == ["rasos"]


def test_meta_author_listing_every_author_wins_over_json_ld_naming_the_first() -> None:
    ld = {"@type": "NewsArticle", "headline": "Harga Beras Naik", "author": {"@type": "Person", "name": "April Roach"}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    assert authors(page("", head=head)) == ["April Roach"]
    both = head + '<meta name="author" content="April Roach, Daniel Mahony">'
    assert authors(page("", head=both)) == ["April Roach", "Daniel Mahony"]


def test_social_handle_after_a_name_and_a_body_class_naming_comments() -> None:
    """ "Williams Perdomo @wperdomod" is a person; a theme's <body class="showing-comments"> is no comment thread."""
    assert people(["Williams Perdomo @wperdomod"], None, URL) == ["Williams Perdomo"]
    html = page('<li class="post-author">Post author By <a href="/author/hf">Helmut Fahrner</a></li>')
    assert authors(html.replace("<body>", '<body class="single showing-comments">')) == ["Helmut Fahrner"]
