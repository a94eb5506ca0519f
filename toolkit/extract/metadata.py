"""Article metadata from JSON-LD, OpenGraph, <meta> and visible bylines, reconciled.

Order of trust: a site profile's selectors, then JSON-LD (the publisher's own structured claim),
then OpenGraph / article:* meta, then generic <meta>, then what is visible on the page.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from itertools import zip_longest
from typing import Any

from lxml import etree
from lxml.etree import _Element

from toolkit.extract import urls
from toolkit.extract.bylines import BYLINE_LEAD, headline_byline, people, split_names, visible_bylines
from toolkit.extract.dates import (
    day_at,
    days_in,
    htmldate_day,
    in_zone,
    labelled_date,
    locale_zone,
    parse_date,
    same_day,
    stated_offset,
    url_day,
    visible_dates,
)
from toolkit.extract.dom import first, paragraphs, select, text_of
from toolkit.extract.headline import headline_element, lines_around
from toolkit.record import ArticleMeta, Image

ARTICLE_TYPES = ("Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                 "OpinionNewsArticle", "LiveBlogPosting", "WebPage", "Report")  # fmt: skip
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:»·]\s+[^|\-–—:»·]{2,60}$")
MAX_DATE_LINE_ABOVE = 80
PUBLISHED_META = ("article:published_time", "publishdate", "pubdate", "dtk:publishdate", "date", "datepublished",
                  "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created", "citation_publication_date",
                  "og:published_time", "published_time", "release_date")  # fmt: skip
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified",
                 "last-modified")  # fmt: skip
AUTHOR_META = ("author", "dtk:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "citation_author")


@dataclass
class Metadata(ArticleMeta):
    """Article metadata plus what extraction needs to know along the way."""

    site_name: str | None = None
    jsonld: dict[str, Any] | None = None
    headline: _Element | None = field(default=None, repr=False, compare=False)
    """The element the title was read from, on the page as it was read."""


def ld_scripts(root: _Element) -> list[str]:
    """The text of every JSON-LD script on the page."""
    return [script.text or "" for script in root.iter("script") if script.get("type") == "application/ld+json"]


def json_ld(scripts: list[str]) -> list[dict[str, Any]]:
    """Every JSON-LD object in `scripts` (`ld_scripts`), @graph and lists flattened."""
    found: list[dict[str, Any]] = []
    for text in scripts:
        raw = text.strip().removeprefix("<![CDATA[").removesuffix("]]>")
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


def read_metadata(root: _Element, url: str, offset: timedelta, now: datetime | None = None) -> Metadata:
    """The page's metadata; `now` is when it was fetched (relative dates count back from it)."""
    meta = _meta_tags(root)
    scripts = ld_scripts(root)
    objects = json_ld(scripts)
    ld = article_ld(objects) or {}
    site_name = meta.get("og:site_name") or _name(ld.get("publisher"))
    title = _headline(root, ld, meta, site_name)
    image = _image(ld, meta, url)
    if image:
        image.caption = figure_caption(root, image)
    in_meta = next((meta[k] for k in AUTHOR_META if meta.get(k)), None)
    headline = headline_element(root, title)
    following, preceding = lines_around(headline)
    published, modified = _dates(root, url, ld, meta, offset, (following, preceding), now, scripts)
    claimed = _names(_linked(_ld_author(ld, objects), objects))
    listed = split_names(BYLINE_LEAD.sub("", in_meta or ""))
    if set(claimed) < set(listed) or not claimed:  # <meta name=author> names every author, JSON-LD only the first
        claimed = listed
    return Metadata(
        title=title,
        authors=people(claimed, site_name, url) or visible_bylines(root, site_name, url)
        or headline_byline(following, site_name, url)
        or visible_bylines(root, site_name, url, entry_footer=True),
        published=published,
        modified=modified,
        section=_str(ld.get("articleSection")) or meta.get("article:section"),
        tags=_tags(ld, root),
        image=image,
        language=_language(root, meta),
        site_name=site_name,
        jsonld=ld or None,
        headline=headline,
    )  # fmt: skip


def _dates(root: _Element, url: str, ld: dict[str, Any], meta: dict[str, str], offset: timedelta,
           around: tuple[list[str], list[str]], now: datetime | None, scripts: list[str],
           ) -> tuple[str | None, str | None]:  # fmt: skip
    """(published, modified): the page's structured claim, in the zone the page writes its times in (else the
    site's); else the date printed next to the headline, checked against htmldate's day; else htmldate's day.
    `scripts`: the page's JSON-LD, as text (a zone written there counts too)."""
    stated = stated_offset(scripts + list(meta.values()) + _datetimes(root))
    host = urls.host(url)
    zone = (timezone(stated) if stated is not None else timezone(offset) if offset
            else locale_zone(root.get("lang") or meta.get("og:locale"), host) or UTC)  # fmt: skip
    claimed = _str(ld.get("datePublished")) or next((meta[k] for k in PUBLISHED_META if meta.get(k)), None)
    changed = _str(ld.get("dateModified")) or next((meta[k] for k in MODIFIED_META if meta.get(k)), None)
    marked = {} if claimed and changed else _itemprop_dates(root)
    published = in_zone(parse_date(claimed or marked.get("datePublished"), zone), zone)
    modified = in_zone(parse_date(changed or marked.get("dateModified"), zone), zone)
    following, preceding = around
    preceding = [line for line in preceding if len(line) <= MAX_DATE_LINE_ABOVE]  # not a caption above the h1
    nearest_first = [line for pair in zip_longest(following, preceding) for line in pair if line]
    american = (root.get("lang") or meta.get("og:locale") or "").lower().replace("_", "-") in ("en-us", "en")
    now = now or datetime.now(UTC)
    seen, seen_modified = visible_dates(nearest_first, zone, now, american)
    if (
        seen
        and published
        and not same_day(seen, published)
        and (
            published[:10] in days_in(nearest_first, zone, month_first=american)  # printed by the headline too
            or same_day(visible_dates(nearest_first, zone, now, not american)[0], published)  # 11/01 read the other way
        )
    ):
        seen = published
    modified = modified or seen_modified
    if seen and not same_day(seen, published):  # what the page prints by its headline is what readers see
        published = seen
    elif not published:
        body = first(root, "body")
        published = labelled_date(paragraphs(body) if body is not None else [], zone, now, american)
        day = None if published else htmldate_day(root, url)
        published = published or (day_at(day, zone) if day else None)
    moved = url_day(url, published)
    published = day_at(moved, zone) if moved else published
    if published and modified and datetime.fromisoformat(modified) < datetime.fromisoformat(published):
        modified = None  # an "updated" time before the publication is not one
    return published, modified


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
    # a title escaped twice ("&#038;") or broken over lines in its <meta> reads as the page shows it
    candidates = [strip_site_suffix(" ".join(html.unescape(c).split()), site_name) for c in candidates if c]
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


def _datetimes(root: _Element) -> list[str]:
    return [time.get("datetime", "") for time in root.iter("time") if time.get("datetime") is not None]


_DATE_PROPS = etree.XPath("//*[@itemprop='datePublished' or @itemprop='dateModified']")


def _itemprop_dates(root: _Element) -> dict[str, str]:
    """{"datePublished" / "dateModified": the first non-empty value of an element so marked}."""
    found: dict[str, str] = {}
    for element in _DATE_PROPS(root):
        prop = element.get("itemprop", "")
        if prop not in found:
            value = element.get("datetime") or element.get("content") or text_of(element)
            if value:
                found[prop] = value
    return found


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


def _ld_author(ld: dict[str, Any], objects: list[dict[str, Any]]) -> Any:
    """The article's author; else the page's (a WordPress SEO graph whose only dated node is a "WebPage" with
    no headline puts the author there)."""
    if ld.get("author"):
        return ld["author"]
    pages = (obj for obj in objects if obj.get("@type") in ("WebPage", ["WebPage"]) and obj.get("datePublished"))
    return next((obj["author"] for obj in pages if obj.get("author")), None)


def _linked(value: Any, objects: list[dict[str, Any]]) -> list[Any]:
    """An author given as a reference ({"@id": ...}, as WordPress SEO plugins write it) replaced by the graph's
    node of that @id, which holds the name."""
    items = value if isinstance(value, list) else [value] if value else []
    nodes = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str) and "name" in obj}
    return [
        nodes.get(item["@id"], item)
        if isinstance(item, dict) and isinstance(item.get("@id"), str) and "name" not in item
        else item
        for item in items
    ]


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            kinds = item.get("@type", "Person")
            if "Organization" in (kinds if isinstance(kinds, list) else [kinds]):
                continue
            names.extend(split_names(_str(item.get("name"))))
        elif isinstance(item, str):
            names.extend(split_names(item))
    return names


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
    captions = [figure for figure in root.iter("figure") if figure.find(".//figcaption") is not None]
    for figure in captions:
        if name and any(name in (img.get("src") or img.get("data-src") or "") for img in figure.iter("img")):
            return text_of(first(figure, "figcaption")) or None
    return text_of(first(captions[0], "figcaption")) or None if captions else None


def _language(root: _Element, meta: dict[str, str]) -> str | None:
    lang = root.get("lang") or meta.get("og:locale") or meta.get("content-language") or meta.get("language")
    if not lang:
        return None
    return re.split(r"[-_]", lang.strip())[0].lower() or None
