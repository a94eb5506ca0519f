"""Applying a declarative site profile to a rendered page."""

from __future__ import annotations

from lxml.etree import _Element

from toolkit.extract import boilerplate, urls
from toolkit.extract.bylines import people, read_credits
from toolkit.extract.dates import parse_date
from toolkit.extract.dom import first, is_hidden, paragraphs, remove, select, text_of
from toolkit.extract.metadata import Metadata
from toolkit.extract.trace import Mark, mark
from toolkit.record import Image
from toolkit.sites.base import SiteProfile


def find_body(root: _Element, profile: SiteProfile) -> _Element | None:
    """The profile's body element that a reader can see."""
    return next((el for el in select(root, profile.body) if not is_hidden(el)), None)


def apply_metadata(root: _Element, profile: SiteProfile, meta: Metadata, url: str) -> Metadata:
    """Overlay what the profile's selectors find on the generic metadata."""
    title = text_of(first(root, profile.title))
    if title:
        meta.title = title
    authors, editors = read_credits(select(root, profile.credits))
    named = people(values(root, profile.authors), meta.site_name, url)
    if named or authors:
        meta.authors = named or authors
    if not editors and profile.editor_initials:
        body = find_body(root, profile)
        known = dict(profile.editor_initials)
        codes = boilerplate.closing_initials(paragraphs(body)) if body is not None else []
        editors = [known[code] for code in codes if code in known]
    if editors:
        meta.editors = editors
    visible = text_of(first(root, profile.published))
    in_meta = next(iter(root.xpath("//meta[@name=$n or @property=$n]/@content", n=profile.published_meta or "")), None)
    published = parse_date(in_meta, profile.timezone) or parse_date(visible, profile.timezone)
    if published:
        meta.published = published
    tags = values(root, profile.tags)
    if tags:
        meta.tags = list(dict.fromkeys(tags))
    image = first(root, profile.image)
    src = urls.join(url, image.get("data-src") or image.get("src")) if image is not None else None
    if src:
        meta.image = Image(url=src)
    caption = text_of(first(root, profile.image_caption))
    if caption and meta.image:
        meta.image.caption = caption
    section = text_of(first(root, profile.section))
    if section:
        meta.section = section
    if profile.language and not meta.language:
        meta.language = profile.language
    return meta


def values(root: _Element, selector: str | None) -> list[str]:
    """Texts of the elements a selector finds; a <meta> gives its content, split at commas."""
    found: list[str] = []
    for element in select(root, selector):
        if element.tag == "meta":
            found.extend(part.strip() for part in element.get("content", "").split(","))
        else:
            found.append(text_of(element))
    return [value for value in found if value]


def body_paragraphs(root: _Element, profile: SiteProfile, with_lead: bool, marks: list[Mark]) -> list[str]:
    """The article's paragraphs from the profile's body, its drop rules applied (each one in `marks`)."""
    body = find_body(root, profile)
    if body is None:
        return []
    marks += mark(body, "body", f"profile body: {profile.body}")
    end = first(body, profile.body_end)
    if end is not None:
        rest = [end, *end.itersiblings()]
        marks += [m for el in rest for m in mark(el, "dropped", f"profile body end: {profile.body_end}")]
        remove(rest)
    for selector in profile.drop:
        dropped = select(body, selector)
        marks += [m for el in dropped for m in mark(el, "dropped", f"profile drop: {selector}")]
        remove(dropped)
    found = boilerplate.clean(boilerplate.from_dateline(paragraphs(body), profile.dateline), profile.drop_phrases,
                              profile.dateline)  # fmt: skip
    lead = text_of(first(root, profile.lead)) if with_lead else ""
    if lead and not any(p.startswith(lead[:60]) for p in found[:3]):
        found.insert(0, lead)
    return found
