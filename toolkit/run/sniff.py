"""A saved file's bytes -> HTML text, or NotHtml: what a browser would make of them, and a little more.

The encoding is decided once, here, and the page is handed to Chromium as UTF-8 with that said in
the Content-Type (which wins over any <meta charset>). The order, after the WHATWG rules:
a byte-order mark; bytes that are valid UTF-8 (browsers re-encode pages to UTF-8 when they save
them and often leave the old <meta charset="gbk"> in place, so valid UTF-8 outranks the meta);
the declared charset (<meta> or an XML declaration in the first 1024 bytes) when the bytes decode
in it; UTF-8 again when nearly all of it is (a stray byte does not make a page Latin-1, for a
browser neither); the declared charset even so; else a statistical guess (charset_normalizer), as
Chromium guesses for undeclared pages.

Bytes that are not a web page (an image, a PDF, an archive, random bytes) are refused by their
magic numbers and by the WHATWG "binary data bytes" test, so they never come back as an article.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from toolkit.errors import NotHtml

MAX_PAGE_BYTES = 8_000_000
"""A page larger than this is cut to its first 8 MB (at a tag) before rendering: time and memory stay
bounded, and an article is at the top of its page. News pages, even saved with inlined images, are
well under it."""

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ", "a program (Windows)"),
    (b"\x00asm", "WebAssembly"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"%!PS", "a PostScript document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# WHATWG MIME sniffing: a byte no text file holds (tab, LF, FF, CR and ESC are text).
_BINARY = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_SNIFF_BYTES = 1445
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"<\s*[A-Za-z!?/]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]")
BINARY_SHARE = 0.01
"""A rendered document with more control characters than this share is bytes shown as text, not a page."""
# WHATWG labels that name a superset in practice (the Encoding Standard maps them so, and pages rely on it).
_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "chinese": "gb18030",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "big5": "big5hkscs", "tis-620": "cp874",
    "iso-8859-11": "cp874", "iso-8859-9": "cp1254", "windows-874": "cp874",
}  # fmt: skip
_SEVEN_BIT = ("iso2022_jp", "iso2022_kr", "hz")
# The Encoding Standard's encodings, by their Python codec names: a page cannot ask for rot13 or base64.
_WEB_CODECS = frozenset({
    "utf-8", "cp866", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874", "tis-620", "gbk", "gb18030",
    "big5", "big5hkscs", "euc_jp", "iso2022_jp", "shift_jis", "cp932", "euc_kr", "cp949", "hz", "iso2022_kr",
    *(f"cp{n}" for n in range(1250, 1259)), *(f"iso8859-{n}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
})  # fmt: skip


@dataclass
class Decoded:
    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


def decode_page(markup: bytes, limit: int = MAX_PAGE_BYTES, size: int | None = None) -> Decoded:
    """The page's text; NotHtml when the bytes are not a web page. `size`: the file's whole size, when
    only its first `limit` + 1 bytes were read."""
    refuse_binary(markup)
    notes: list[str] = []
    if len(markup) > limit:
        whole = max(size or 0, len(markup))
        notes.append(f"page of {whole / 1e6:.1f} MB cut to its first {limit / 1e6:.1f} MB")
        markup = markup[:limit]
    text, encoding = _decode(markup, cut=bool(notes))
    if notes and text.rfind("<") > text.rfind(">"):
        text = text[: text.rfind("<")]  # end before a tag cut in half
    if text.strip() and not _MARKUP.search(text[:65536]):
        raise NotHtml("not a web page: text with no HTML markup")
    return Decoded(text, encoding, notes)


def read_page(path: Path, limit: int = MAX_PAGE_BYTES) -> Decoded:
    """A saved file's text, reading no more of it than `limit` + 1 bytes (memory stays bounded, whatever its size)."""
    with path.open("rb") as file:
        markup = file.read(limit + 1)
        size = os.fstat(file.fileno()).st_size
    return decode_page(markup, limit, size)


def refuse_binary(markup: bytes) -> None:
    """NotHtml for a known binary format or bytes no text holds."""
    head = markup[:_SNIFF_BYTES]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise NotHtml(f"not a web page: {what}")
    if head[4:8] == b"ftyp":
        raise NotHtml("not a web page: an MP4/QuickTime media file")
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        raise NotHtml(f"not a web page: a {head[8:12].decode().strip()} file")
    if any(head.startswith(bom) for bom, name in _BOMS if name.startswith("utf-16")):
        return  # UTF-16 text is full of zero bytes
    if _BINARY.search(head.lstrip()):
        raise NotHtml("not a web page: binary data")


def binary_text(document: str) -> bool:
    """True for a rendered document that is binary data shown as text (a live URL that sent an image as
    text/html): control characters, which no page holds more than a few of, are more than 1% of it."""
    return len(_CONTROL.findall(document)) > BINARY_SHARE * max(len(document), 1)


def declared_encoding(markup: bytes) -> str | None:
    """The charset a <meta> or XML declaration in the first 1024 bytes names, as a Python codec; None if none
    or one Python does not know."""
    found = _DECLARED.search(markup[:1024])
    if not found:
        return None
    label = (found.group(1) or found.group(2)).decode("ascii").strip().lower()
    label = _SUPERSETS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"  # WHATWG: a <meta> that says UTF-16 means UTF-8 (the bytes of the <meta> were ASCII)
    return name if name in _WEB_CODECS else None


def _decode(markup: bytes, cut: bool) -> tuple[str, str]:
    for bom, name in _BOMS:
        if markup.startswith(bom):
            return markup[len(bom) :].decode(name, "replace"), name
    declared = declared_encoding(markup)
    if declared in _SEVEN_BIT and markup.isascii() and _strict(markup, declared, cut):
        return markup.decode(declared, "replace"), declared
    if _strict(markup, "utf-8", cut):
        return markup.decode("utf-8", "replace"), "utf-8"
    legacy = declared if declared not in (None, "utf-8", "utf-16-le", "utf-16-be") else None
    if legacy and _strict(markup, legacy, cut):
        return markup.decode(legacy, "replace"), legacy
    if _mostly_utf8(markup):  # a stray byte or a truncated character in a UTF-8 page, as browsers read it
        return markup.decode("utf-8", "replace"), "utf-8"
    if legacy:  # the page says so, and it is not UTF-8: a browser believes it
        return markup.decode(legacy, "replace"), legacy
    guess = from_bytes(markup[:262144]).best()
    encoding = guess.encoding if guess is not None else declared or "cp1252"
    if encoding in ("ascii", "latin_1", "iso8859_1"):
        encoding = "cp1252"
    try:
        return markup.decode(encoding, "replace"), encoding
    except (UnicodeError, LookupError):
        return markup.decode("cp1252", "replace"), "cp1252"


def _mostly_utf8(markup: bytes) -> bool:
    """True when at least 90% of the non-ASCII bytes form valid UTF-8 (in any other encoding almost none do)."""
    non_ascii = len(markup.translate(None, bytes(range(128))))
    text = markup.decode("utf-8", "replace")
    valid = len(text.encode("utf-8")) - len(text.encode("ascii", "ignore")) - 3 * text.count("\ufffd")
    return non_ascii > 0 and valid >= 0.9 * non_ascii


def _strict(markup: bytes, encoding: str, cut: bool) -> bool:
    """True when the bytes decode in `encoding` (a page cut short may end inside a character)."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(markup, final=not cut)
    except (UnicodeError, LookupError):
        return False
    return True
