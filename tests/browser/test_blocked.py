"""Challenge and block pages are told from articles by blocked.py's markers, without misfiring on an
article that merely carries a captcha widget or mentions the words."""

from __future__ import annotations

from typing import Any

from toolkit.browser.blocked import MARKERS, SELECTORS, find_block

ARTICLE_TEXT = "Warga kota berkumpul di alun-alun sejak pagi hari untuk menyambut festival. " * 60


def probe(title: str = "", text: str = "", selectors: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"title": title, "text": text[:3000], "chars": len(text), "selectors": list(selectors), "profile": -1}


def test_cloudflare_interstitial_by_title() -> None:
    evidence = find_block(503, {}, probe("Just a moment...", "Checking your browser before accessing example.com"))
    assert any("Cloudflare: title" in e for e in evidence)


def test_header_alone_marks_even_a_long_page() -> None:
    evidence = find_block(200, {"cf-mitigated": "challenge"}, probe("Berita", ARTICLE_TEXT))
    assert evidence == ["Cloudflare: header 'cf-mitigated: challenge'"]


def test_aws_waf_challenge_with_202() -> None:
    evidence = find_block(202, {"x-amzn-waf-action": "challenge"}, probe("", ""))
    assert any(e.startswith("AWS WAF: header") for e in evidence)


def test_datadome_captcha_frame_names_the_selector() -> None:
    frame = "iframe[src*='captcha-delivery.com']"
    assert frame in SELECTORS
    evidence = find_block(403, {}, probe("example.com", "", (frame,)))
    assert evidence == [f"DataDome: selector {frame!r}"]


def test_weak_widget_on_a_short_page_with_a_challenge_status() -> None:
    assert find_block(403, {}, probe("Sebentar", "Tunggu sebentar", (".h-captcha",)))
    assert not find_block(200, {}, probe("Sebentar", "Tunggu sebentar", (".h-captcha",)))


def test_article_with_a_recaptcha_comment_form_is_not_blocked() -> None:
    assert find_block(200, {}, probe("Harga Beras Naik", ARTICLE_TEXT, (".g-recaptcha",))) == []


def test_article_that_mentions_the_words_is_not_blocked() -> None:
    text = ARTICLE_TEXT + " Situs palsu meminta pengguna untuk verify you are human sebelum mengunduh."
    assert find_block(200, {}, probe("Waspada Situs Palsu", text)) == []


def test_akamai_reference_page() -> None:
    text = 'Access Denied You don\'t have permission to access "http://x/" on this server. Reference #18.2f3c.1732'
    evidence = find_block(403, {}, probe("Access Denied", text))
    assert any(e.startswith("Akamai: text") for e in evidence)


def test_every_marker_names_a_vendor_and_a_known_place() -> None:
    assert all(m.vendor and m.where in ("title", "header", "selector", "text") for m in MARKERS)
