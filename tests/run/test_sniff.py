"""A saved file's bytes: encodings read as a browser would, and what is not a web page refused (issue 9)."""

from __future__ import annotations

import codecs
import gzip
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.errors import NotHtml
from toolkit.run.sniff import binary_text, declared_encoding, decode_page, read_page

ZH = "北京市今天举行了新闻发布会，介绍了城市交通发展的最新情况和未来计划。"
JA = "東京都は本日、新しい交通計画について記者会見を開き、今後の方針を説明しました。"
FR = "Les élèves de l'école ont découvert à Noël un château fort très âgé près de la forêt."
PL = "Zażółć gęślą jaźń: sejm zagłosował za nową ustawą o funduszach unijnych dla województw."


def page(text: str, head: str = "") -> str:
    paragraphs = f"<p>{text}</p>" * 5
    return (
        f"<!DOCTYPE html><html><head>{head}<title>t</title></head><body><article>{paragraphs}</article></body></html>"
    )


def test_a_page_that_says_gbk_but_is_utf8_reads_as_utf8() -> None:
    decoded = decode_page(page(ZH, "<meta charset='gbk'>").encode("utf-8"))
    assert decoded.encoding == "utf-8" and ZH in decoded.text


@pytest.mark.parametrize(
    ("text", "head", "codec"),
    [
        (ZH, "<meta charset='gbk'>", "gbk"),
        (ZH, "<meta charset='GB2312'>", "gb2312"),
        (JA, "<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>", "shift_jis"),
        (JA, "<meta charset='euc-jp'>", "euc_jp"),
        (FR, "<meta charset='windows-1252'>", "cp1252"),
        (FR, "<meta charset='iso-8859-1'>", "latin-1"),
        (PL, "<meta charset='iso-8859-2'>", "iso8859_2"),
    ],
)
def test_real_legacy_encodings_with_a_right_declaration_read_right(text: str, head: str, codec: str) -> None:
    assert text in decode_page(page(text, head).encode(codec)).text


@pytest.mark.parametrize(("text", "codec"), [(FR * 3, "cp1252"), (PL * 3, "cp1250"), (ZH * 3, "gb18030")])
def test_undeclared_legacy_encodings_are_guessed(text: str, codec: str) -> None:
    assert text in decode_page(page(text).encode(codec)).text


def test_byte_order_marks_win() -> None:
    boms = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
    for bom, codec in boms:
        assert ZH in decode_page(bom + page(ZH, "<meta charset='windows-1252'>").encode(codec)).text


def test_a_stray_byte_does_not_turn_a_utf8_page_into_latin1() -> None:
    raw = page(ZH + FR).encode("utf-8").replace(b"</article>", b"Mitgef\xfchl</article>")  # one cp1252 byte
    decoded = decode_page(page("x", "<meta charset='utf-8'>").encode() + raw)
    assert decoded.encoding == "utf-8" and ZH in decoded.text and FR in decoded.text


def test_declarations_are_read_from_meta_and_xml() -> None:
    assert declared_encoding(b'<meta charset="Shift_JIS">') == "cp932"
    assert declared_encoding(b"<?xml version='1.0' encoding='ISO-8859-2'?><html>") == "iso8859-2"
    assert declared_encoding(b"<meta charset='no-such-charset'>") is None
    assert declared_encoding(b" " * 2000 + b"<meta charset='gbk'>") is None  # only the first 1024 bytes count


@pytest.mark.parametrize(
    ("raw", "what"),
    [
        (random.Random(9).randbytes(5000), "binary data"),
        (b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(500), "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"PK\x03\x04" + bytes(40), "ZIP"),
        (gzip.compress(b"<html>x</html>"), "gzip"),
        (b"\x00\x00\x00\x18ftypmp42", "MP4"),
        (b"just a line of plain text, no markup at all\n" * 20, "no HTML markup"),
    ],
)
def test_what_is_not_a_web_page_is_refused(raw: bytes, what: str) -> None:
    with pytest.raises(NotHtml, match=what):
        decode_page(raw)


def test_a_huge_page_is_cut_at_a_tag_and_says_so() -> None:
    paragraph = "<p>" + FR + "</p>"
    raw = ("<html><body><article>" + paragraph * 20_000).encode("utf-8")  # about 1.9 MB
    decoded = decode_page(raw, limit=100_000)
    assert decoded.notes and "cut to its first" in decoded.notes[0]
    assert len(decoded.text.encode()) <= 100_000
    assert "<" not in decoded.text[decoded.text.rfind(">") :]  # not in the middle of a tag
    assert decoded.text.count(FR) >= decoded.text.count("<p>") - 1  # only the last paragraph may be cut


def test_a_cut_inside_a_multibyte_character_is_still_utf8() -> None:
    raw = ("<html><body><p>" + ZH * 5000).encode("utf-8")
    decoded = decode_page(raw, limit=10_001)  # lands inside a 3-byte character
    assert decoded.encoding == "utf-8" and ZH[:5] in decoded.text


def test_binary_data_shown_as_text_is_told_from_a_page() -> None:
    garbage = bytes(range(256)).decode("cp1252", "replace") * 20
    assert binary_text(f"<html><body>{garbage}</body></html>")
    page_text = "<html><body><p>" + FR * 50 + "\x0b</p></body></html>"  # one stray control character
    assert not binary_text(page_text)


LABELS = ["utf-8", "gbk", "shift_jis", "iso-2022-jp", "utf-16", "x-user-defined", "bogus", "", "utf-7", "big5",
          "rot13", "base64", "undefined", "punycode", "idna", "unicode_escape", "hex", "zlib", "utf-32"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    prefix=st.binary(max_size=64),
    label=st.sampled_from(LABELS),
    text=st.text(max_size=300),
    codec=st.sampled_from(["utf-8", "cp1252", "gb18030", "shift_jis", "utf-16-le"]),
    tail=st.binary(max_size=64),
    limit=st.integers(1, 2000),
)
def test_any_bytes_decode_or_are_refused_as_not_html(
    prefix: bytes, label: str, text: str, codec: str, tail: bytes, limit: int
) -> None:
    raw = prefix + f"<html><head><meta charset='{label}'></head><body><p>{text}</p>".encode(codec, "replace") + tail
    try:
        decoded = decode_page(raw, limit=limit)
    except NotHtml:
        return
    assert isinstance(decoded.text, str) and decoded.encoding


def test_a_huge_file_is_read_only_as_far_as_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    filler = b"<p>" + FR.encode() + b"</p>"
    path.write_bytes(b"<html><body><article>" + filler * (20_000_000 // len(filler) + 1))
    decoded = read_page(path, limit=100_000)
    assert decoded.notes[0].startswith("page of 20.0 MB cut to its first 0.1 MB")
    assert FR in decoded.text and len(decoded.text.encode()) <= 100_000
