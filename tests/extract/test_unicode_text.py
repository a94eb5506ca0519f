"""The article's text has one spelling per character (NFC): a page that writes "é" as e and a combining
accent, or a Bengali letter in its precomposed form that Unicode spells with a nukta, gives the same text as
a page that writes them the other way, so a search or a comparison of texts finds them."""

from __future__ import annotations

import unicodedata

from tests.extract.test_generic import PROSE, page, paragraphs
from toolkit.extract import extract_html

DECOMPOSED = "Le conseil municipal a voté le budget mardi soir, apre\u0300s un de\u0301bat qui a dure\u0301 des heures."
BENGALI = "\u0995\u09c1\u09b7\u09cd\u099f\u09bf\u09df\u09be-\u09e7 \u0986\u09b8\u09a8\u09c7\u09b0 \u09b8\u0982\u09b8\u09a6 \u09b8\u09a6\u09b8\u09cd\u09af \u0986\u099c \u09b8\u0995\u09be\u09b2\u09c7 \u09ab\u09bf\u09b2\u09bf\u09aa\u09a8\u0997\u09b0 \u0997\u09cd\u09b0\u09be\u09ae\u09c7 \u098f \u0998\u099f\u09a8\u09be \u0998\u099f\u09c7\u0964"  # noqa: E501


def test_the_text_is_in_one_normal_form_whatever_the_page_wrote() -> None:
    text = extract_html(page(paragraphs([DECOMPOSED, BENGALI, *PROSE])), "https://news.example/budget").text
    assert unicodedata.is_normalized("NFC", text)
    assert "après un débat qui a duré" in text  # composed characters, as a reader types them
    assert unicodedata.normalize("NFC", BENGALI) in text
    assert "\u09df" not in text  # the precomposed letter Unicode does not compose back
