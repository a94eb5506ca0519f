"""Reading XML that sites serve: gzip or not, namespaced or not, well-formed or not quite.

lxml reads the documents (it is already a dependency); a document that is not well-formed is read
in recovery mode, and the caller gets a warning to show for that source.
"""

from __future__ import annotations

import zlib

from lxml import etree

MAX_BYTES = 50 * 1024 * 1024
"""The largest document read (after gunzip): a sitemap may hold 50,000 URLs in at most 50 MB."""


def gunzip(data: bytes) -> bytes:
    """`data`, gunzipped when it is gzip (a `.xml.gz` child sitemap, itself maybe sent gzip-encoded).
    The inflater stops at MAX_BYTES, so a gzip bomb costs 50 MB at most; ValueError when it is larger."""
    if data[:2] != b"\x1f\x8b":
        return data[:MAX_BYTES]
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, MAX_BYTES)
        more = inflater.unconsumed_tail or (len(out) == MAX_BYTES and not inflater.eof and inflater.decompress(b"", 1))
    except zlib.error as exc:
        raise ValueError(f"broken gzip ({exc})") from exc
    if more:
        raise ValueError(f"larger than {MAX_BYTES // (1024 * 1024)} MB once gunzipped, not read")
    return out


def parse(data: bytes) -> tuple[etree._Element | None, str | None]:
    """(root, warning): the root element, and what was wrong with the document if anything was."""
    try:
        data = gunzip(data)
    except ValueError as exc:
        return None, str(exc)
    strict = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(data, strict), None
    except etree.XMLSyntaxError as exc:
        problem = f"not well-formed XML ({exc.msg}, line {exc.lineno})"
    lenient = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(data, lenient)
    except etree.XMLSyntaxError:
        root = None
    return root, problem


def local(tag: object) -> str:
    """A tag's name without its namespace: `{http://www.sitemaps.org/...}url` -> `url`."""
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def children(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element if local(child.tag) == name]


def text_of(element: etree._Element, *path: str) -> str | None:
    """The text of the first descendant along `path` (local names), stripped; None when absent or empty."""
    current = [element]
    for name in path:
        current = [child for parent in current for child in parent.iter() if child is not parent
                   and local(child.tag) == name]  # fmt: skip
        if not current:
            return None
    value = (current[0].text or "").strip()
    return value or None
