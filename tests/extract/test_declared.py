"""A script-built page shown without its scripts' data (an app shell that stays empty) while its JSON-LD holds the
whole article: the declared `articleBody` is the text, and `notes` say so; a paywalled page's declared body
stays unread, and a page that shows its article keeps what it shows. Pages written here."""

from __future__ import annotations

import json

from toolkit.extract import extract_html

STORY = [
    f"Paragraph {n}: the river council met on Tuesday to decide how the new footbridge will be paid for, and "
    "residents of both banks told the members what the old ferry had cost them each winter." for n in range(6)
]  # fmt: skip
URL = "https://news.example.com/2024/05/footbridge"


def _page(shown: list[str], declared: str, locked: bool = False) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Footbridge", "articleBody": declared}
    if locked:
        ld |= {"isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False,
                                                         "cssSelector": ".locked"}}  # fmt: skip
    paragraphs = "".join(f"<p>{p}</p>" for p in shown)
    return (f"<html lang='en'><head><title>Footbridge</title><script type='application/ld+json'>{json.dumps(ld)}"
            f"</script></head><body><div id='app'><h1>Footbridge</h1>{paragraphs}<div class='locked'></div></div>"
            "</body></html>")  # fmt: skip


def test_an_app_shell_that_shows_a_line_is_read_from_its_declared_article_body() -> None:
    article = extract_html(_page(["The council met on Tuesday."], "\n".join(STORY)), URL)
    assert article.text.split("\n\n") == STORY
    assert any("JSON-LD articleBody" in note for note in article.notes)


def test_a_declared_body_in_html_is_read_paragraph_by_paragraph() -> None:
    declared = "".join(f"<p>{p}</p>" for p in STORY)
    assert extract_html(_page([], declared), URL).text.split("\n\n") == STORY


def test_a_paywalled_pages_declared_body_stays_locked() -> None:
    article = extract_html(_page(["The council met on Tuesday to decide on the footbridge."], "\n".join(STORY),
                                 locked=True), URL)  # fmt: skip
    assert article.access == "paywalled"
    assert STORY[3] not in article.text


def test_a_page_that_shows_its_article_keeps_what_it_shows() -> None:
    shown = STORY[:3]  # 3 x 33 words shown; the declared body is longer but not three times longer
    article = extract_html(_page(shown, "\n".join(STORY)), URL)
    assert article.text.split("\n\n") == shown
    assert not any("JSON-LD" in note for note in article.notes)
