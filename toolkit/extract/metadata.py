"""Article metadata from JSON-LD, OpenGraph, <meta> and visible bylines, reconciled.

Order of trust: a site profile's selectors, then JSON-LD (the publisher's own structured claim),
then OpenGraph / article:* meta, then generic <meta>, then what is visible on the page.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from lxml.etree import _Element

from toolkit.extract import urls
from toolkit.extract.dates import parse_date
from toolkit.extract.dom import first, select, text_of
from toolkit.record import ArticleMeta, Image

ARTICLE_TYPES = ("Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                 "OpinionNewsArticle", "LiveBlogPosting", "WebPage", "Report")  # fmt: skip
_NOT_A_PERSON = re.compile(
    r"(\.(com|co\.id|id|net|org)\b|developer|redaksi|newsroom|editorial|admin|staff|tim\b|team\b)", re.IGNORECASE
)
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:»·]\s+[^|\-–—:»·]{2,60}$")
_BYLINE_LEAD = re.compile(r"^\s*(by|oleh|penulis|pewarta|reporter|author|written by)\b\s*:?\s*", re.IGNORECASE)
AUTHOR_META = ("author", "dtk:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "citation_author")
_BYLINE_XPATH = (
    "//body//*[@rel='author'] | //*[contains(concat(' ', @itemprop, ' '), ' author ')]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]"
    " | //body//*[contains(@class, 'author') or contains(@class, 'byline')]"
)
_CREDIT = re.compile(r"^\s*(penulis|reporter|pewarta|author|oleh|by|editor|penyunting)\s*[:\-]?\s*(.+)$", re.I)


@dataclass
class Metadata(ArticleMeta):
    """Article metadata plus what extraction needs to know along the way."""

    site_name: str | None = None
    jsonld: dict[str, Any] | None = None


def json_ld(root: _Element) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, @graph and lists flattened."""
    found: list[dict[str, Any]] = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip().removeprefix("<![CDATA[").removesuffix("]]>")
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return found


def article_ld(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The JSON-LD object that describes the article itself."""

    def types(obj: dict[str, Any]) -> list[str]:
        kind = obj.get("@type", [])
        return kind if isinstance(kind, list) else [kind]

    for wanted in ARTICLE_TYPES:
        for obj in objects:
            if wanted in types(obj) and (wanted != "WebPage" or obj.get("headline")):
                return obj
    return None


def read_metadata(root: _Element, url: str, offset: timedelta) -> Metadata:
    meta = _meta_tags(root)
    ld = article_ld(json_ld(root)) or {}
    site_name = meta.get("og:site_name") or _name(ld.get("publisher"))
    title = _headline(root, ld, meta, site_name)
    image = _image(ld, meta, url)
    if image:
        image.caption = figure_caption(root, image)
    in_meta = next((meta[k] for k in AUTHOR_META if meta.get(k)), None)
    claimed = _names(ld.get("author")) or _split_names(_BYLINE_LEAD.sub("", in_meta or ""))
    return Metadata(
        title=title,
        authors=people(claimed, site_name, url) or people(visible_bylines(root), site_name, url),
        published=parse_date(_str(ld.get("datePublished")) or meta.get("article:published_time")
                             or meta.get("publishdate") or meta.get("pubdate") or meta.get("dtk:publishdate")
                             or meta.get("date") or _time_element(root), offset),
        modified=parse_date(_str(ld.get("dateModified")) or meta.get("article:modified_time")
                            or meta.get("og:updated_time"), offset),
        section=_str(ld.get("articleSection")) or meta.get("article:section"),
        tags=_tags(ld, root),
        image=image,
        language=_language(root, meta),
        site_name=site_name,
        jsonld=ld or None,
    )  # fmt: skip


def people(names: list[str], site_name: str | None, url: str) -> list[str]:
    """Keep people: not the site or its brand ("Kompas Cyber Media"), not "mediaindonesia.com developer"."""
    host = urls.host(url).removeprefix("www.")
    labels = host.split(".")
    second_level = len(labels) >= 3 and labels[-2] in ("co", "or", "go", "ac", "com", "net", "org")
    brand = labels[-3] if second_level else labels[-2] if len(labels) >= 2 else host  # kompas, of regional.kompas.com
    site_words = {w.lower() for w in (site_name or "", host) if w}
    kept: list[str] = []
    for name in names:
        name = _BYLINE_LEAD.sub("", re.sub(r"\s+", " ", name)).strip(" ,;-·|")
        if not name or len(name) > 60 or _NOT_A_PERSON.search(name) or any(c.isdigit() for c in name):
            continue
        lowered = name.lower()
        if lowered in site_words or (len(brand) > 3 and brand in lowered.replace(" ", "")) or name in kept:
            continue
        kept.append(name)
    return kept


def visible_bylines(root: _Element) -> list[str]:
    """Author names shown on the page: rel=author, itemprop=author, byline and author boxes."""
    found: list[str] = []
    for element in root.xpath(_BYLINE_XPATH):
        named = element.xpath(".//*[@itemprop='name']") or element.xpath(".//a")  # the name inside a byline box
        for node in named or [element]:
            text = text_of(node)
            if 2 < len(text) <= 80 and not node.xpath(".//p | .//h1 | .//h2"):
                found.extend(_split_names(_BYLINE_LEAD.sub("", re.split(r"[·|]|\d", text)[0])))
        if len(found) >= 4:
            break
    return found


def read_credits(elements: list[_Element]) -> tuple[list[str], list[str]]:
    """Authors and editors from "Penulis : X" / "Editor : Y" lines."""
    authors: list[str] = []
    editors: list[str] = []
    for element in elements:
        for part in text_of(element).split("|"):
            match = _CREDIT.match(part)
            if match:
                target = editors if match.group(1).lower() in ("editor", "penyunting") else authors
                target.extend(_split_names(match.group(2)))
    return authors, editors


def strip_site_suffix(title: str, site_name: str | None = None) -> str:
    """ "Harga Emas Naik | Bisnis.com" -> "Harga Emas Naik"."""
    title = title.strip()
    if site_name and title.lower().endswith(site_name.lower()):
        trimmed = title[: -len(site_name)].rstrip(" |-–—:»·")
        if trimmed:
            return trimmed
    return _TITLE_SUFFIX.sub("", title) or title


def _headline(root: _Element, ld: dict[str, Any], meta: dict[str, str], site_name: str | None) -> str | None:
    candidates = [
        _str(ld.get("headline")),
        meta.get("og:title"),
        meta.get("twitter:title"),
        text_of(first(root, "title")),
    ]
    candidates = [strip_site_suffix(c, site_name) for c in candidates if c]
    for h1 in select(root, "h1"):
        text = text_of(h1)
        if text and any(text.lower() in c.lower() or c.lower() in text.lower() for c in candidates):
            return text
    return candidates[0] if candidates else None


def _meta_tags(root: _Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in root.xpath("//meta[@content]"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        if key and key not in found and tag.get("content", "").strip():
            found[key] = tag.get("content").strip()
    return found


def _time_element(root: _Element) -> str | None:
    for element in root.xpath("//time[@datetime] | //*[@itemprop='datePublished']"):
        value = element.get("datetime") or element.get("content") or text_of(element)
        if value:
            return value
    return None


def _str(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return str(value).strip() if value not in (None, "") else None


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return _str(value.get("name")) if isinstance(value, dict) else _str(value)


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            kinds = item.get("@type", "Person")
            if "Organization" in (kinds if isinstance(kinds, list) else [kinds]):
                continue
            names.extend(_split_names(_str(item.get("name"))))
        elif isinstance(item, str):
            names.extend(_split_names(item))
    return names


def _split_names(value: str | None) -> list[str]:
    if not value:
        return []
    return [part.strip() for part in re.split(r",|;|\s+dan\s+|\s+and\s+|&|\|", value) if part.strip()]


def _tags(ld: dict[str, Any], root: _Element) -> list[str]:
    keywords = ld.get("keywords")
    if isinstance(keywords, str):
        keywords = [k for k in keywords.split(",")]
    tags = [str(k).strip() for k in keywords or [] if str(k).strip()]
    if not tags:
        tags = [t.get("content", "").strip() for t in root.xpath("//meta[@property='article:tag']")]
    return list(dict.fromkeys(t for t in tags if t))


def _image(ld: dict[str, Any], meta: dict[str, str], url: str) -> Image | None:
    src = meta.get("og:image") or meta.get("twitter:image")
    if not src:
        image = ld.get("image")
        image = image[0] if isinstance(image, list) and image else image
        src = image.get("url") if isinstance(image, dict) else image if isinstance(image, str) else None
    joined = urls.join(url, src) if isinstance(src, str) else None
    return Image(url=joined) if joined else None


def figure_caption(root: _Element, image: Image | None) -> str | None:
    """The caption of the figure that shows the lead image (or of the first figure with a caption)."""
    if image is None:
        return None
    parts = urls.split(image.url)
    name = parts.path.rsplit("/", 1)[-1] if parts else ""
    captions = root.xpath("//figure[.//figcaption]")
    for figure in captions:
        if name and any(name in (img.get("src") or img.get("data-src") or "") for img in figure.iter("img")):
            return text_of(first(figure, "figcaption")) or None
    return text_of(first(captions[0], "figcaption")) or None if captions else None


def _language(root: _Element, meta: dict[str, str]) -> str | None:
    lang = root.get("lang") or meta.get("og:locale") or meta.get("content-language") or meta.get("language")
    if not lang:
        return None
    return re.split(r"[-_]", lang.strip())[0].lower() or None
