"""Page furniture recognised by structure, on any site: comment threads and reviews, related and
most-read lists, share and like bars, tag lines, newsletter and promo boxes, author boxes, login and
registration dialogs and cookie notices (a page saved without its style sheets leaves them visible).

Every rule is generic: words that sites of every language use for these parts in class and id
names (as Readability's "unlikely candidates" do), headings that announce them ("Komentar",
"Related", "Lesen Sie auch"), and their shape (a list of links, a thread of repeated items, a
form with a text area, a box of short share labels). Whatever is found is named by its kind, which
`toolkit inspect` shows as the reason a block was dropped. No rule may remove the headline or the
bulk of the page's text: furniture is always the smaller part of the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree
from lxml.etree import _Element

from toolkit.extract.dom import casefree
from toolkit.extract.lengths import TextLengths
from toolkit.extract.lines import SHARE_WORDS

# Class and id words, matched on whole "words" of the attribute (split at - _ and case changes).
_NAMES: dict[str, re.Pattern[str]] = {
    "comments": re.compile(
        r"(?:^|[\s_-])(?:comments?|commentlist|comment-?list|disqus|respond|replies|discussion|kommentar\w*|komentar"
        r"|commentaires?|comentarios?|reviews?|reactions)(?:$|[\s_-])",
        re.IGNORECASE,
    ),
    "related": re.compile(
        r"(?:^|[\s_-])(?:related|terkait|popular|populer|terpopuler|most-?(?:read|viewed|popular)|trending|recommend\w*"
        r"|rekomendasi|more-?(?:stories|news|articles)|read-?more|baca-?juga|also-?read|outbrain|taboola|teasers?"
        r"|weitere|lainnya|suggested)(?:$|[\s_-])",
        re.IGNORECASE,
    ),
    "share bar": re.compile(
        r"(?:^|[\s_-])(?:share|sharing|social|sosmed|share-?(?:bar|buttons?|tools|links)|addthis|sharethis)(?:$|[\s_-])",
        re.IGNORECASE,
    ),
    "newsletter": re.compile(r"(?:^|[\s_-])(?:newsletter|subscribe|signup|sign-up)(?:$|[\s_-])", re.I),
    "cookie notice": re.compile(
        r"(?:^|[\s_-])(?:cookies?|cookie-?(?:banner|notice|consent|bar|law)|consent|gdpr|onetrust|didomi"
        r"|usercentrics|cookiebot|cc-(?:window|banner)|privacy-?(?:banner|notice|manager))(?:$|[\s_-])",
        re.IGNORECASE,
    ),
    "author box": re.compile(
        r"(?:^|[\s_-])(?:author-?(?:box|bio|info|card|profile)|about-?author|bio-?box)(?:$|[\s_-])", re.IGNORECASE
    ),
    "media player": re.compile(
        r"(?:^|\s)(?:video-js|vjs-[\w-]+|jw-[\w-]+|plyr(?:__[\w-]+)?|mejs-[\w-]+)(?:$|\s)", re.I
    ),
    "tags": re.compile(r"(?:^|[\s_-])(?:tags?|tag-?list|post-?tags|keywords|topics?-?list)(?:$|[\s_-])", re.I),
}
# Headings that announce a part of the page that is not the article.
_HEADINGS: dict[str, re.Pattern[str]] = {
    "comments": re.compile(
        r"^\W*(?:\d+\s+)?(?:comments?|komentar|kommentare?|commentaires?|comentarios?|reader reviews?|reacties"
        r"|leave a (?:reply|comment)|tinggalkan (?:komentar|balasan)|responses|replies|discussion|diskusi)"
        r"\s*(?:\(\d+\)|\d+)?\W*$",
        re.IGNORECASE,
    ),
    "related": re.compile(
        r"^\W*(?:related(?: articles| stories| posts| news)?|berita terkait|artikel terkait|baca juga|lihat juga"
        r"|most (?:read|popular|viewed)|terpopuler|populer|more (?:stories|news|from)|read more|you may also like"
        r"|recommended|rekomendasi|lesen sie auch|mehr zum thema|weitere artikel|das könnte sie auch interessieren"
        r"|también te puede interesar|lire aussi|à lire aussi|berita lainnya|artikel lainnya)\b[^.!?]{0,20}$",
        re.IGNORECASE,
    ),
}


_NAMED_OR_FORM = etree.XPath("descendant::*[@class or @id or self::form]")
_THREE_CHILDREN = etree.XPath("descendant-or-self::*[count(*) >= 3]")


@dataclass(frozen=True)
class Furniture:
    element: _Element
    kind: str


def find_furniture(root: _Element, protect: list[_Element]) -> list[Furniture]:
    """Outermost furniture elements of the page; never one that holds a `protect`ed element
    (the headline) or most of the page's text."""
    body = root.find("body")
    if body is None:
        return []
    text = TextLengths(body)  # the tree does not change until the furniture found is removed
    total = text.length(body) or 1
    found: list[Furniture] = []
    taken: set[int] = set()

    def take(element: _Element, kind: str) -> None:
        if id(element) in taken or any(id(a) in taken for a in element.iterancestors()):
            return
        if any(element is p or element in p.iterancestors() for p in protect):
            return  # holds the headline
        if text.length(element) > 0.5 * total and not (kind == "comments" and _repeats(element)):
            return  # the bulk of the page is not furniture (but a thread may dwarf a short article)
        taken.add(id(element))
        found.append(Furniture(element, kind))

    for element in _NAMED_OR_FORM(body):  # what has no class, id or form tag has nothing to match
        if element.tag in ("html", "body", "main", "article"):
            continue
        kind = _named_kind(element, text)
        if kind:
            take(element, kind)
            continue
        if element.tag in ("form",) and element.xpath(".//textarea"):
            take(element, "comments")  # a comment form
    for container in _THREE_CHILDREN(body):  # fewer children cannot repeat a shape three times
        kind, items = _repeated(container, text)
        if kind:
            whole = sum(text.length(item) for item in items) >= 0.8 * text.length(container)
            for element in [container] if whole else items:
                take(element, kind)
    for field in body.iter("input"):
        if (field.get("type") or "").lower() == "password":  # no article asks for a password
            box = _login_box(field)
            if box is not None:
                take(box, "login form")
    for player in body.iter("video", "audio"):
        _take_player(player, take, text)
    for heading in body.iter("h2", "h3", "h4", "h5", "h6", "header"):
        size = text.length(heading)
        words = text.text(heading) if 0 < size < 60 else ""
        for kind, pattern in _HEADINGS.items():
            if words and pattern.match(words):
                section = _section_of(heading, text)
                for element in section:
                    take(element, kind)
                break
    return found


def _named_kind(element: _Element, text: TextLengths) -> str | None:
    ident = element.get("id", "")
    if ident.count("-") + ident.count("_") >= 3:
        ident = ""  # "sharing-with-multiple-developers-code-review": a heading's slug, not a template's name
    names = f"{element.get('class', '')} {ident}".strip()
    if not names:
        return None
    for kind in _kinds_named(names):
        if _shaped_like(element, kind, text):
            return kind
    return None


_CAMEL = re.compile(r"([a-z])([A-Z])")


_ANY_NAME = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _NAMES.values()), re.IGNORECASE)
"""Any of `_NAMES` in one scan: most class names hold none, and each pattern would scan them again."""
_NAMES_LOWER = {kind: re.compile(pattern.pattern) for kind, pattern in _NAMES.items()}
_ANY_NAME_LOWER = re.compile(_ANY_NAME.pattern)


@lru_cache(maxsize=4096)
def _kinds_named(names: str) -> tuple[str, ...]:
    """The kinds whose class and id words `names` holds, in `_NAMES` order (a page repeats its class names)."""
    names = _CAMEL.sub(r"\1-\2", names)
    lowered = casefree(names)
    if lowered is None:
        patterns, any_name, lowered = _NAMES, _ANY_NAME, names
    else:
        patterns, any_name = _NAMES_LOWER, _ANY_NAME_LOWER
    if not any_name.search(lowered):
        return ()
    return tuple(kind for kind, pattern in patterns.items() if pattern.search(lowered))


def _shaped_like(element: _Element, kind: str, lengths: TextLengths) -> bool:
    """A class word alone is not enough: the element must also look like that part of a page."""
    size = lengths.length(element)  # the text itself only where a rule reads it (a long one costs its length)
    links = lengths.link_length(element)
    if kind == "comments":
        return bool(size) and bool(
            element.xpath(".//textarea | .//form")
            or _repeats(element)
            or _HEADINGS["comments"].match(lengths.prefix(element, 60))
        )
    if kind == "related":
        return bool(size) and links > 0.5 * size
    if kind == "share bar":
        return size < 200 and (links > 0.3 * size or not size or bool(SHARE_WORDS.match(lengths.text(element))))
    if kind == "tags":
        return bool(size) and size < 400 and links > 0.5 * size
    if kind in ("newsletter", "author box", "media player"):
        return size < 800
    if kind == "cookie notice":
        return size < 3000
    return False


_PROSE = frozenset(("p", "br", "span", "a", "em", "strong", "b", "i", "u", "h2", "h3", "h4", "h5", "h6", "blockquote",
                    "pre", "code", "sup", "sub", "small", "tr", "td", "th", "dt", "dd", "dl", "table",
                    "option"))  # fmt: skip
_COUNTER = re.compile(r"^\s*\d+\s*(?:/|of|von|dari|de)\s*\d+\s*$", re.IGNORECASE)


def _counter(element: _Element, text: TextLengths) -> bool:
    """A slideshow counter ("1/50"); only a text that starts with a digit is read."""
    return text.first_char(element).isdecimal() and bool(_COUNTER.match(text.text(element)))


def _repeated(container: _Element, text: TextLengths) -> tuple[str | None, list[_Element]]:
    """A gallery or a grid of teaser cards: three or more children of one shape, each a picture or a
    link with a little text ("1/50" counters and captions, headline-and-image cards)."""
    if len(container) < 3:
        return None, []
    groups: dict[tuple[str, str], list[_Element]] = {}
    for child in container:
        if isinstance(child.tag, str) and child.tag not in _PROSE:
            groups.setdefault((child.tag, child.get("class", "")), []).append(child)
    for items in groups.values():
        if len(items) < 3:
            continue
        counted = sum(any(_counter(h, text) for h in item.iter("h2", "h3", "span", "div")) for item in items)
        if counted >= 3:
            return "gallery", items  # "1/50", "2/50", ...: a slideshow
        sizes = [text.length(item) for item in items]
        if sum(sizes) / len(items) > 150:
            continue  # items with more than a caption's text are steps or sections of an article, not cards
        pictured = sum(1 for item in items if item.xpath(".//img | .//picture | .//figure"))
        linked = sum(1 for item, size in zip(items, sizes, strict=True)
                     if size and text.link_length(item) > 0.6 * size)  # fmt: skip
        if pictured >= 0.8 * len(items) and linked < 0.5 * len(items):
            return "gallery", items
        if linked >= 0.8 * len(items) and pictured >= 0.5 * len(items):
            return "related", items
    return None, []


_LOGIN_BOX = re.compile(
    r"(?:^|[\s_-])(?:modal|dialog|popup|overlay|login|log-in|signin|sign-in|register|registration|auth)(?:$|[\s_-])",
    re.IGNORECASE,
)


def _login_box(field: _Element) -> _Element | None:
    """What holds a password field: its form, or the outermost dialog around it (a login or registration
    dialog holds more than the form: its title, its hints, its error messages)."""
    box = next((a for a in field.iterancestors() if a.tag == "form"), None)
    for ancestor in field.iterancestors():
        if ancestor.tag == "body":
            break
        names = _CAMEL.sub(r"\1-\2", f"{ancestor.get('class', '')} {ancestor.get('id', '')}")
        if ancestor.tag == "dialog" or ancestor.get("role") == "dialog" or _LOGIN_BOX.search(names):
            box = ancestor
    return box


def _take_player(player: _Element, take, text: TextLengths) -> None:  # type: ignore[no-untyped-def]
    """A video or audio player's controls and menus: the player's outermost box that holds no prose."""
    outer = None
    for ancestor in player.iterancestors():
        if ancestor.tag in ("body", "article", "main") or text.length(ancestor) > 300:
            break
        outer = ancestor
    if outer is not None:
        take(outer, "media player")


def _repeats(element: _Element) -> bool:
    """A thread: three or more children (or grandchildren) of the same tag and class."""
    for container in (element, *element):
        if not isinstance(container.tag, str):
            continue
        shapes: dict[tuple[str, str], int] = {}
        for child in container:
            if isinstance(child.tag, str) and child.tag != "br":  # a post's line breaks are not posts
                key = (child.tag, child.get("class", ""))
                shapes[key] = shapes.get(key, 0) + 1
        if any(n >= 3 for n in shapes.values()):
            return True
    return False


def _section_of(heading: _Element, text: TextLengths) -> list[_Element]:
    """What a furniture heading announces: its parent when the heading opens it, else the heading and
    the siblings after it up to the next heading of the same level."""
    parent = heading.getparent()
    if parent is not None and parent.tag not in ("body", "main", "article") and _opens(parent, heading, text):
        return [parent]
    section = [heading]
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag == heading.tag:
            break
        section.append(sibling)
    return section


def _opens(parent: _Element, heading: _Element, text: TextLengths) -> bool:
    for child in parent:
        if not isinstance(child.tag, str):
            continue
        return child is heading or (text.length(child) == 0 and heading in child.iterdescendants())
    return False
