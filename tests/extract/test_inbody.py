"""What the body block holds that is not the article (issue 20, kinds 2-4), told by structure and position:
credit and date lines at its edges, captions of images, repeated captions, teaser lists and rating widgets.
Pages written here; each test also checks that the article around them is whole."""

from __future__ import annotations

import re

from toolkit.extract import extract_html

URL = "https://news.example.test/2019/11/20/vans"
STORY = [
    f"Paragraph {n}: the carmaker said on Tuesday that its plant near the river would build electric vans from "
    "next spring, adding two hundred jobs to the town." for n in range(5)
]  # fmt: skip
BODY = "".join(f"<p>{p}</p>" for p in STORY)


def _extract(inside: str, head: str = "") -> tuple[list[str], list[str], str | None]:
    html = f"<html><head><title>Carmaker adds vans</title>{head}</head><body><article>{inside}</article></body></html>"
    article = extract_html(html, URL)
    return article.text.split("\n\n"), article.authors, article.published


def test_a_byline_with_a_role_and_a_date_line_under_the_headline_are_not_text() -> None:
    text, authors, published = _extract(
        "<h1>Carmaker adds vans</h1><p>Jane Whitfield, AP Auto Writer</p>"
        f"<p>Updated 1:39 am EST, Wednesday, November 20, 2019</p>{BODY}"
    )
    assert text == STORY
    assert authors == ["Jane Whitfield"]
    assert published and published.startswith("2019-11-20")


def test_labelled_credits_and_a_split_date_line_at_both_edges_are_not_text() -> None:
    text, authors, _ = _extract(
        "<h1>Carmaker adds vans</h1><p>Oleh : Rina Wulandari</p><p>Jum'at, 19 Juni 2015 | 13:12 WIB</p>"
        f"{BODY}<p>Redaktur: Budi Santoso</p>"
    )
    assert text == STORY
    assert authors == ["Rina Wulandari"]


def test_a_desk_credit_with_its_date_is_not_text_nor_an_author() -> None:
    text, authors, _ = _extract(
        "<h1>Carmaker adds vans</h1><p>Detroit, Reuters Bureau | Updated : 20 November 2019 01:39</p>"
        f"<p>Published 4:00 am CST Nov 20, 2019</p>{BODY}"
    )
    assert text == STORY
    assert authors == []


def test_a_date_inside_a_paragraph_of_the_article_stays() -> None:
    opening = "On November 20, 2019 the council voted to sell the old ferry."
    text, _, _ = _extract(f"<h1>Carmaker adds vans</h1><p>{opening}</p>{BODY}")
    assert text == [opening, *STORY]


def test_a_caption_attached_to_an_image_is_not_text() -> None:
    closing = "Closing words: the council thanked the carmaker for keeping its promise to the town, again."
    text, _, _ = _extract(
        f"<h1>Carmaker adds vans</h1>{BODY[: len(BODY) // 2]}"
        "<div class='photo'><img src='b.jpg' alt=''><p>Dokumentasi petugas saat memeriksa pabrik di kota itu.</p></div>"
        f"{BODY[len(BODY) // 2 :]}<p>{closing}</p>".replace("</p><p>", "</p>\n<p>")
    )
    assert "Dokumentasi petugas saat memeriksa pabrik di kota itu." not in text
    assert text[-1] == closing


def test_a_caption_repeated_three_times_is_not_text() -> None:
    caption = "The new plant seen from the river bank at dawn"
    text, _, _ = _extract(f"<h1>Carmaker adds vans</h1>{BODY}" + f"<p>{caption}</p>" * 3)
    assert text == STORY


def test_a_list_of_other_stories_with_summaries_and_a_rating_form_are_not_text() -> None:
    teasers = "".join(
        f"<li><a href='/{n}'><h3>Other story {n} of the week</h3></a><p>Its one-line summary, number {n}.</p></li>"
        for n in range(4)
    )
    rating = ("<form class='vote'><span>Rating</span> <span>( voters)</span>"
              + "".join(f"<input type='radio' name='r' value='{n}'>" for n in range(5)) + "</form>")  # fmt: skip
    rest = "".join(f"<p>{p}</p>" for p in STORY[1:])
    text, _, _ = _extract(f"<h1>Carmaker adds vans</h1><p>{STORY[0]}</p><ul>{teasers}</ul>{rest}{rating}")
    assert text == STORY


def test_a_list_of_linked_items_with_their_descriptions_inline_stays() -> None:
    items = "".join(f"<li><a href='/app{n}'>App {n}</a> keeps your notes in order, number {n}.</li>" for n in range(4))
    text, _, _ = _extract(f"<h1>Carmaker adds vans</h1>{BODY}<ul>{items}</ul><p>{STORY[0]} Again.</p>")
    assert [f"App {n} keeps your notes in order, number {n}." for n in range(4)] == text[5:9]


def test_a_dropped_date_line_that_is_the_only_date_becomes_published() -> None:
    """A rendered page (its blocks numbered, as the browser numbers them) that states its date only in a date
    line at the body's end: the line leaves the text and its date is `published`."""
    inside = f"<h1>Carmaker adds vans</h1>{BODY}<p>Jum'at, 19 Juni 2015 | 13:12 WIB</p>"
    numbered = iter(range(1, 100))
    html = f"<html><head><title>Carmaker adds vans</title></head><body><article>{inside}</article></body></html>"
    html = re.sub(r"<(p|h1|article|body)>", lambda m: f'<{m.group(1)} data-tk-id="{next(numbered)}">', html)
    article = extract_html(html, "https://news.example.test/vans")
    assert article.text.split("\n\n") == STORY
    assert article.published == "2015-06-19T13:12:00+07:00"


def test_a_box_the_template_names_a_caption_is_not_text_even_without_its_image() -> None:
    """A lazy image the saved page lost leaves its caption alone in the body: the caption's class names it, in
    the words templates use (caption, legend, Bildunterschrift, image description)."""
    captions = [
        ("p", "icaption_nonfloating", "The mayor with the plant's manager after the vote. Town hall / Oppitz"),
        ("div", "img_description", "The new vans will be built on the old assembly line. © Carmaker"),
        ("div", "legend", "Workers at the plant's gate on Tuesday morning. Foto © Jane Doe"),
    ]
    inside = "".join(f"<p>{p}</p><{tag} class='{cls}'>{caption}</{tag}>" for p, (tag, cls, caption)
                     in zip(STORY, captions, strict=False))  # fmt: skip
    text, _, _ = _extract(f"<h1>Carmaker adds vans</h1>{inside}{''.join(f'<p>{p}</p>' for p in STORY[3:])}")
    assert text == STORY


def test_a_long_box_or_a_subheading_named_like_a_caption_stays() -> None:
    """A class word is not enough where the box holds more than a caption's text, or is a heading."""
    long_box = " ".join(STORY[:3])
    text, _, _ = _extract(
        f"<h1>Carmaker adds vans</h1><div class='caption-wrapper'><p>{STORY[0]}</p><p>{STORY[1]}</p>"
        f"<p>{STORY[2]}</p></div><h2 class='item-caption'>What the town gets</h2>"
        + "".join(f"<p>{p}</p>" for p in STORY[3:])
    )
    assert len(long_box) > 300
    assert text == [*STORY[:3], "What the town gets", *STORY[3:]]


def _old_template(top: str) -> str:
    """A 2008-style page: a table layout, <font> everywhere, paragraphs made of <br><br>, no <h1>."""
    links = "".join(f"<a href='/s{n}'>Section {n}</a><br>" for n in range(10))
    return (f"<html><head><title>Carmaker adds vans</title></head><body><table><tr><td width=150>"
            f"<font size=1>{links}</font></td><td valign=top>{top}<br><br>"
            f"<font face=Arial size=2>{'<br><br>'.join(STORY)}</font></td></tr></table></body></html>")  # fmt: skip


def test_an_old_template_s_headline_byline_and_date_broken_by_br_are_not_text_and_name_the_author() -> None:
    top = ("<font size=4><b>Carmaker adds vans</b></font><br><font size=1>By John Smith, Staff Writer<br>"
           "Posted: 11/20/2008 4:00 PM</font>")  # fmt: skip
    article = extract_html(_old_template(top), URL)
    assert article.text.split("\n\n") == STORY
    assert article.authors == ["John Smith"]


def test_lines_broken_by_br_stay_when_one_of_them_is_prose() -> None:
    opening = "The carmaker's chief said the town had been patient, and the vans would prove it right."
    top = f"<font size=1>By John Smith, Staff Writer<br>{opening}</font>"
    assert extract_html(_old_template(top), URL).text.split("\n\n")[0].endswith(opening)


def test_an_unmarked_name_and_site_over_a_date_line_is_the_byline_and_an_editor_line_names_the_editor() -> None:
    # no byline box, no <h1>-adjacent line: "Name - Site<br>date" at the top, "Editor: Name" at the end
    html = ("<html lang='id'><head><title>Carmaker adds vans</title></head><body><div class='main'>"
            "<div class='judul'>Carmaker adds vans</div><div class='info'>Rina Wulandari - Kabar.id<br>"
            f"Rabu, 20 November 2024 - 13:12 WIB</div><div class='isi'>{BODY}<p>Editor: Budi Santoso</p></div>"
            "</div></body></html>")  # fmt: skip
    article = extract_html(html, URL)
    assert article.text.split("\n\n") == STORY
    assert article.authors == ["Rina Wulandari"] and article.editors == ["Budi Santoso"]


def test_a_heading_that_ends_the_body_is_not_text_and_one_with_paragraphs_under_it_stays() -> None:
    teasers = "".join(f"<li><a href='/n{n}'>Another story, number {n}, about the harbour</a></li>" for n in range(6))
    text, _, _ = _extract(
        "<h1>Carmaker adds vans</h1>"
        + "".join(f"<p>{p}</p>" for p in STORY[:2])
        + "<h2>What the town says</h2>"
        + "".join(f"<p>{p}</p>" for p in STORY[2:])
        + f"<h3>Schon gelesen?</h3><ul>{teasers}</ul>"
    )
    assert "Schon gelesen?" not in text
    assert text == [*STORY[:2], "What the town says", *STORY[2:]]


def test_a_name_and_the_site_alone_above_a_date_line_is_the_byline_and_a_lone_dateline_goes() -> None:
    """A 2015 template: "Fino Kristo - detikinet" under the headline, the date below it, then "Jakarta -" on a
    line of its own before the first paragraph."""
    html = (
        "<html><head><title>Carmaker adds vans</title></head><body><article><h1>Carmaker adds vans</h1>"
        "<div>Fino Yurio Kristo - newsvans</div><div>Kamis, 05/11/2015 10:08 WIB</div><div>Jakarta -</div>"
        f"{BODY}</article></body></html>"
    )
    article = extract_html(html, "https://auto.newsvans.test/read/2015/11/05/vans")
    assert article.text.split("\n\n") == STORY
    assert article.authors == ["Fino Yurio Kristo"]
    assert article.published and article.published.startswith("2015-11-05T10:08")
