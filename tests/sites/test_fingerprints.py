"""Template fingerprints name a saved page's site (host unknown): each must be its own site's template.

A fingerprint that another profile's page also matches reads that page with the wrong profile
(cnnindonesia's `div.detail-text` is cnbcindonesia's body too). The pages below are written from each
profile's own selectors: its headline, its body, its fingerprint.
"""

from __future__ import annotations

import re

import pytest

from tests.sites.test_profiles import ARTICLE, CASES, page
from toolkit.extract import extract_html, extract_page
from toolkit.extract.dom import parse, select
from toolkit.sites import PROFILES, SiteProfile

SAVED = "http://127.0.0.1:8000/saved.html"
"""A saved page's address: no host names the site, so only a fingerprint can."""
P = "".join(f"<p>{text}</p>" for text in ARTICLE)

KNOWN_OVERLAPS = {
    ("kompas.com", "jawapos.com"),  # jawapos's h1.read__title and .read__content are kompas's template
    ("tempo.co", "suara.com"),  # .detail-content is a common class; the sheet gives tempo nothing finer
    ("tempo.co", "tirto.id"),
    ("tempo.co", "tvonenews.com"),
}
"""(fingerprinted profile, other profile whose page it matches) that the facts cannot yet tell apart."""

_COMPOUND = re.compile(r"^(?P<tag>[a-z][a-z0-9]*)?(?P<rest>(?:[.#][\w-]+|\[[\w-]+(?:=['\"]?[^\]'\"]*['\"]?)?\])*)$")
_PART = re.compile(r"\.([\w-]+)|#([\w-]+)|\[([\w-]+)(?:=['\"]?([^\]'\"]*)['\"]?)?\]")


def element(selector: str, inner: str) -> str | None:
    """The smallest markup `selector` (tags, classes, ids, attributes, descendants) selects; None when it is
    more than that (pseudo-classes, sibling combinators)."""
    markup = inner
    for compound in reversed(selector.replace(">", " ").split()):
        found = _COMPOUND.match(compound)
        if not found or not compound:
            return None
        tag = found["tag"] or "div"
        classes, attrs = [], []
        for cls, ident, name, value in _PART.findall(found["rest"]):
            if cls:
                classes.append(cls)
            elif ident:
                attrs.append(f'id="{ident}"')
            else:
                attrs.append(f'{name}="{value}"')
        if classes:
            attrs.insert(0, f'class="{" ".join(classes)}"')
        markup = f"<{' '.join([tag, *attrs])}>{markup}</{tag}>"
    return markup


def minimal_pages(profile: SiteProfile) -> list[str]:
    """One page per alternative of the profile's body selector, with its headline and fingerprint."""
    title = element((profile.title or "h1").split(",")[0].strip(), "Target Beras Naik") or ""
    marks = "".join(element(s, "") or "" for s in profile.fingerprint if s != profile.body)
    bodies = [element(alternative.strip(), P) for alternative in profile.body.split(",")]
    return [page("<title>Target Beras Naik</title>", f"{title}{marks}{body}") for body in bodies if body]


def fingerprint_matches(profile: SiteProfile, html: str) -> bool:
    root = parse(html)
    return all(select(root, s) for s in profile.fingerprint)


def test_a_cnbcindonesia_page_is_not_read_as_cnnindonesia() -> None:
    """Both sites put the article in div.detail-text; only cnn's template closes it with div.end-of-article."""
    cnbc = page(
        "<title>Target Beras Naik</title>",
        '<h1 class="mb-4 text-32 font-extrabold">Target Beras Naik</h1>'
        '<div class="text-cm text-gray">CNBC Indonesia, 29 July 2025 07:05</div>'
        f'<div class="detail-text"><p>{ARTICLE[0]}</p><table class="linksisip"><tr><td>Baca: Cabai</td></tr>'
        f'</table><p>{ARTICLE[1]}</p><div class="sisip_embed_sosmed"></div><p>{ARTICLE[2]}</p></div>',
    )
    cnn = CASES["cnnindonesia.com"][1]
    assert extract_page(cnbc, SAVED).profile is None
    article = extract_html(cnbc, SAVED)
    assert article.site == "generic" and all(text in article.text for text in ARTICLE)
    found = extract_page(cnn, SAVED).profile
    assert found is not None and found.name == "cnnindonesia.com"
    assert extract_html(cnn, SAVED).text == "\n\n".join(ARTICLE)


def test_the_markup_written_from_a_selector_is_what_it_selects() -> None:
    """The helper the next tests stand on."""
    for selector in ("div.detail-text", "article.detail-artikel div.detail-in", "[itemprop='articleBody']",
                     "#fontResizableText", "main > article", "div.tmpt-desk-kon[itemprop=articleBody]"):  # fmt: skip
        markup = element(selector, "<p>x</p>")
        assert markup is not None and select(parse(page("", markup)), selector), selector
    assert element("a:not(.x)", "") is None


@pytest.mark.parametrize("profile", [p for p in PROFILES if p.fingerprint], ids=lambda p: p.name)
def test_a_fingerprint_matches_its_own_template_and_no_other_sites(profile: SiteProfile) -> None:
    """Every other profile's page (its headline, body and fingerprint) is left alone, but the overlaps
    listed above: those are asserted too, so a new one fails here and a fixed one must leave the list."""
    assert all(fingerprint_matches(profile, html) for html in minimal_pages(profile))
    matched = set()
    for other in PROFILES:
        pages = minimal_pages(other)
        assert pages, f"{other.name}: no alternative of its body selector could be written"
        if other is not profile and any(fingerprint_matches(profile, html) for html in pages):
            matched.add((profile.name, other.name))
    assert matched == {pair for pair in KNOWN_OVERLAPS if pair[0] == profile.name}
