"""Who wrote an article: people, not job titles, desks, sites or news agencies.

Names come from JSON-LD and <meta> (see metadata.py), then from marked byline boxes (rel=author,
itemprop=author, .byline, .author), then from an unmarked line next to the headline ("Nadia Putri |
21 November 2023, 13:10 WIB", "Oleh Rina Wulandari", "Laporan Wartawan Tribunnews.com, Dedi Kurniawan").
Comment threads, forms and "about the author" link lists are not bylines.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.etree import _Element

from toolkit.extract import urls
from toolkit.extract.dates import MONTHS
from toolkit.extract.dom import text_of

_LEAD_WORDS = (
    r"(?:ein\s+artikel|alle\s+artikel|alles|zeige\s+alle\s+beiträge|autorenseite|mehr)\s+von"
    r"|written\s+by|posted\s+by|published\s+by|story\s+by|words\s+by|text\s+by|by|oleh|penulis|pewarta|reporter"
    r"|laporan\s+wartawan(?:\s+[\w.]+)?\s*,|laporan|author|autor(?:in|en)?|erstellt\s+von|geschrieben\s+von|text"
    r"|interview|von|par|por|door|av|di|de"
)
BYLINE_LEAD = re.compile(rf"^\s*(?:(?:{_LEAD_WORDS})\b\s*:?\s*)+", re.IGNORECASE)
_NOT_A_PERSON = re.compile(
    r"(\.(com|co\.id|id|net|org|de|at|ch)\b|@|developer|redaksi|redaktion|redacci|newsroom|editorial|admin|staff"
    r"|\btim\b|\bteam\b|correspondent|koresponden|editor\b|penyunting|wartawan|kontributor|contributor|columnist"
    r"|reporter|writer|news\s+service|desk\b|\bbiro\b|bureau|agenc|presse|pressestelle"
    r"|kommentar|comment|geändert|veröffentlicht|published|posted|beitrag|artikel|\bon\s+\w+$)",
    re.IGNORECASE,
)
AGENCIES = frozenset(
    [
        "antara",
        "antaranews",
        "ap",
        "afp",
        "reuters",
        "dpa",
        "efe",
        "epa",
        "bernama",
        "xinhua",
        "anadolu",
        "kyodo",
        "yonhap",
        "ansa",
        "apa",
        "sda",
        "kna",
        "kathpress",
        "agencies",
        "agencias",
        "bloomberg",
    ]
)
_UI_WORDS = frozenset(
    [
        "name",
        "antworten",
        "reply",
        "edit",
        "follow",
        "permalink",
        "link",
        "weiter",
        "more",
        "posts",
        "shares",
        "share",
        "twitter",
        "facebook",
        "email",
        "e-mail",
        "kontakt",
        "über",
        "uns",
        "about",
        "me",
        "mehr",
        "über",
        "mich",
        "zitieren",
        "liken",
        "like",
        "comment",
        "kommentar",
        "kommentare",
        "posted",
        "published",
        "veröffentlicht",
        "am",
        "von",
        "by",
        "oleh",
        "on",
        "alle",
        "artikel",
        "rss-feed",
        "werkstatt",
        "uncategorized",
    ]
)
_SKIP_ANCESTORS = (
    "ancestor-or-self::*[not(self::body)][contains(@class, 'comment') or contains(@id, 'comment')"
    " or contains(@class, 'respond') or contains(@id, 'respond') or contains(@class, 'reply')]"
    " | ancestor::form | ancestor::label"
    " | ancestor::footer[not(ancestor::article)] | ancestor::nav"
)
_ENTRY_FOOTER = "boolean(ancestor::footer[ancestor::article])"
_NAMED = ".//*[@itemprop='name'] | .//*[contains(@class, 'name')]"
_NAME_CLASS = re.compile(r"(?:[\w-]*(?:__|-|_))?name|username", re.IGNORECASE)
"""A class that names the person inside a byline box ("byline__name", "author-name"; not "sourcename-txt")."""
_XML_SPACE = re.compile(r"[ \t\r\n]+")


def _byline_boxes(root: _Element) -> list[_Element]:
    """In document order: an `itemprop` author or a `byline` class anywhere; a rel=author, or a class that
    holds "author", "byline" or "submitted" (Drupal's "Submitted by <user> on <date>"), inside the body. One
    walk (as one XPath union, it was four)."""
    body = root.find("body")
    found = []
    for element in root.iter(etree.Element):
        names, rel, prop = element.get("class"), element.get("rel"), element.get("itemprop")
        if names is None and rel is None and prop is None:
            continue
        names = names or ""
        spaced = " " + " ".join(_XML_SPACE.split(names.strip(" \t\r\n"))) + " " if "byline" in names else ""
        anywhere = (prop and " author " in f" {prop} ") or " byline " in spaced
        marked = rel == "author" or "author" in names or "byline" in names or "submitted" in names  # Drupal's
        if anywhere or (marked and _inside(element, body)):
            found.append(element)
    return found


def _inside(element: _Element, ancestor: _Element | None) -> bool:
    return ancestor is not None and any(node is ancestor for node in element.iterancestors())


_CREDIT = re.compile(
    r"^\s*(penulis|reporter|pewarta|author|oleh|by|editor|penyunting|redaktur)\s*[:\-]?\s*(.+)$", re.IGNORECASE
)
_ROLE = re.compile(
    r"\b(?:writer|correspondent|koresponden|editor|redaktur|penyunting|reporter|wartawan|kontributor|contributor"
    r"|columnist|bureau|biro|desk|staff)\b",
    re.IGNORECASE,
)
"""A role: the second half of a "<name>, <role>" credit: "Jane Whitfield, AP Auto Writer"."""
_DESK = re.compile(r"\b(?:bureau|biro|desk|staff)\b", re.IGNORECASE)
_SPLIT = re.compile(r",|;|\s+(?:dan|and|und|et|y|e)\s+|&|\|", re.IGNORECASE)
_PERSON_WORD = re.compile(r"^(?:[^\W\d_][\w.'’-]*|bin|binti|van|von|der|de|da|di|del|la|le)$", re.UNICODE)
_UNMARKED = re.compile(r"^\s*([^|·•\d]{3,60}?)\s*[|·•]\s*\S")  # "Nadia Putri | 21 November 2023, 13:10 WIB"
_UNMARKED_DASH = re.compile(  # "Rina Wulandari - Kabar.id, Rabu 20/11", "Dedi - detikNews", "Rina Putri - 20 Nov"
    r"^\s*([^|·•\d,]{3,60}?)\s[-–—]\s*(?:\S*\.[a-z]|\S*[a-z][A-Z]|[A-Z]{2,}\b|\d|(?i:senin|selasa|rabu|kamis|jum'?at"
    r"|sabtu|minggu|mon|tue|wed|thu|fri|sat|sun)\w*\b|[a-z]\w{2,}\s*$)"  # or the site alone: "Fino Kristo - detikinet"
)
_DASH_LINE = 100
"""Only a line this short is read as "name - site, date": a longer one is a dateline's paragraph ("Jakarta - ...")."""
_HEADLINE_LINES = 6
_HANDLE = re.compile(r"(?<=\w)\s+@\w+$")


def split_names(value: str | None) -> list[str]:
    """ "Rina dan Budi", "A, B and C", "A; B" -> each name."""
    if not value:
        return []
    return [part.strip() for part in _SPLIT.split(value) if part and part.strip()]


def people(names: list[str], site_name: str | None, url: str) -> list[str]:
    """Keep people: not the site or its brand ("Kompas Cyber Media"), not "mediaindonesia.com developer", not a
    job title ("Markets Correspondent"), a desk ("Tim Redaksi"), an agency ("ANTARA") or a button ("Reply")."""
    host = urls.host(url).removeprefix("www.")
    labels = host.split(".")
    second_level = len(labels) >= 3 and labels[-2] in ("co", "or", "go", "ac", "com", "net", "org")
    brand = labels[-3] if second_level else labels[-2] if len(labels) >= 2 else host  # kompas, of regional.kompas.com
    site_words = {w.lower() for w in (site_name or "", host) if w}
    kept: list[str] = []
    for name in names:
        name = BYLINE_LEAD.sub("", re.sub(r"\s+", " ", name)).strip(" ,;-·|:*")
        name = _HANDLE.sub("", name)  # "Williams Perdomo @wperdomod": the person, not the account
        while " " in name and name.rsplit(" ", 1)[1].lower().strip(".,") in MONTHS:  # "Laura Topolsky July 10"
            name = name.rsplit(" ", 1)[0].rstrip(" ,")
        lowered = name.lower()
        if not name or len(name) > 60 or _NOT_A_PERSON.search(name) or any(c.isdigit() for c in name):
            continue
        if lowered in _UI_WORDS or lowered in AGENCIES or re.search(r"\b(says|sagt|schreibt|dit|dice)\s*:?$", lowered):
            continue
        if lowered in site_words or (len(brand) > 3 and brand in lowered.replace(" ", "")) or name in kept:
            continue
        kept.append(name)
    return kept


def visible_bylines(root: _Element, site_name: str | None, url: str, entry_footer: bool = False) -> list[str]:
    """The people named by the page's first byline box (rel=author, itemprop=author, .byline, .author), outside
    comment threads and forms. `entry_footer`: only the boxes in an article's own footer (where blog themes put
    "Posted by"), read last, after the line under the headline; the page's footer is never read."""
    for element in _byline_boxes(root):
        if element.xpath(_ENTRY_FOOTER) != entry_footer or element.xpath(_SKIP_ANCESTORS):
            continue
        found: list[str] = []
        named = [n for n in element.xpath(_NAMED) if n.get("itemprop") == "name" or _name_class(n)]
        named = named or element.xpath(".//a")  # the name inside a byline box
        for node in named or [element]:
            text = text_of(node)
            if 2 < len(text) <= 80 and not node.xpath(".//p | .//h1 | .//h2"):
                found.extend(split_names(BYLINE_LEAD.sub("", re.split(r"[·|•]|\d", text)[0])))
        kept = people(found, site_name, url)
        if kept:
            return kept
    return []


def _name_class(element: _Element) -> bool:
    return any(_NAME_CLASS.fullmatch(token) for token in (element.get("class") or "").split())


def headline_byline(lines: list[str], site_name: str | None, url: str) -> list[str]:
    """Authors from an unmarked line right under the headline: "Oleh Rina", "By Jane Whitfield, Markets
    Correspondent", "Laporan Wartawan Tribunnews.com, Dedi Kurniawan", "Nadia Putri | 21 November 2023, 13:10 WIB"."""
    for line in lines[:_HEADLINE_LINES]:
        if len(line) > 160:
            continue
        credited = credit_line(re.split(r"\s[|·•]\s", line)[0].strip())
        if credited is not None:  # "Jane Whitfield, AP Auto Writer"; a desk ("Detroit, Reuters Bureau") names no one
            names = people(credited, site_name, url)
            if names:
                return names
            continue
        led = BYLINE_LEAD.match(line)
        candidate = None
        if led and led.group(0).strip():
            candidate = re.split(r"\s[|·•—–-]\s|\d", line[led.end() :])[0]
        else:
            name, rest = unmarked_byline(line)
            if name and (re.search(r"\d", rest) or _names_site(rest, site_name, url)):  # then a date, or the site
                candidate = name
        if candidate:
            names = [n for n in people(split_names(candidate), site_name, url) if _looks_like_name(n)]
            if names:
                return names
    return []


def _names_site(rest: str, site_name: str | None, url: str) -> bool:
    """True when what follows a name is the site alone: "- detikinet" on inet.detik.com, "| Kabar Kota"."""
    token = rest.strip(" -–—|·•").casefold()
    if not token or (" " in token and token != (site_name or "").casefold()):
        return False
    labels = [label for label in (urls.host(url) or "").split(".") if len(label) >= 4 and label != "www"]
    return token == (site_name or "").casefold() or any(label in token for label in labels)


def unmarked_byline(line: str) -> tuple[str | None, str]:
    """(the name, what follows it) of an unmarked "Nadia Putri | 21 November 2023" or "Rina Wulandari - Kabar.id"
    line, else (None, "")."""
    unmarked = _UNMARKED.match(line)
    if not unmarked and len(line) <= _DASH_LINE:
        dashed = _UNMARKED_DASH.match(line)
        unmarked = dashed if dashed and len(dashed.group(1).split()) >= 2 else None
    return (unmarked.group(1), line[unmarked.end(1) :]) if unmarked else (None, "")


def credit_line(text: str) -> list[str] | None:
    """The people a short credit line names ("By Jane Whitfield", "Oleh : Rina", "Redaktur: Budi", "Jane
    Whitfield, AP Auto Writer", "Detroit, Reuters Bureau": [] for a desk), None when the line is not one."""
    if len(text) > 100 or text.rstrip().endswith((".", "!", "?", ":")):
        return None
    credit = _CREDIT.match(text)
    if credit:
        names = [n for n in split_names(credit.group(2)) if _looks_like_name(n)]
        return names if names and len(names) == len(split_names(credit.group(2))) else None
    led = BYLINE_LEAD.match(text)
    if led and led.group(0).strip():
        names = split_names(text[led.end() :])
        return names if names and all(_looks_like_name(n) for n in names) else None
    name, comma, role = text.partition(",")
    if comma and _looks_like_name(name.strip()) and _ROLE.search(role) and len(role.split()) <= 6:
        return [] if _DESK.search(role) else [name.strip()]
    return None


_EDITOR_ROLES = ("editor", "penyunting", "redaktur")
"""Roles of a credit line that name an editor, not an author."""


def credited_people(lines: list[str], site_name: str | None, url: str) -> tuple[list[str], list[str]]:
    """(authors, editors) the credit lines name ("By Jane Doe, Staff Writer | Posted 4:00 PM" names Jane Doe;
    "Redaktur: Budi" an editor)."""
    authors: list[str] = []
    editors: list[str] = []
    for line in lines:
        for part in re.split(r"\s[|·•]\s", line):
            part = part.strip()
            credit = _CREDIT.match(part)
            target = editors if credit and credit.group(1).lower() in _EDITOR_ROLES else authors
            named = credit_line(part)
            if named is None:  # "Rina Wulandari - Kabar.id" beside a date line
                name, _ = unmarked_byline(part)
                named = [name.strip()] if name and _looks_like_name(name.strip()) else []
            target.extend(named)
    return people(list(dict.fromkeys(authors)), site_name, url), people(list(dict.fromkeys(editors)), site_name, url)


def read_credits(elements: list[_Element]) -> tuple[list[str], list[str]]:
    """Authors and editors from "Penulis : X" / "Editor : Y" lines."""
    authors: list[str] = []
    editors: list[str] = []
    for element in elements:
        for part in text_of(element).split("|"):
            match = _CREDIT.match(part)
            if match:
                target = editors if match.group(1).lower() in ("editor", "penyunting") else authors
                target.extend(split_names(match.group(2)))
    return authors, editors


def _looks_like_name(text: str) -> bool:
    """One to five words, each a capitalised word or a name particle: "Nadia Putri", "Muhammad bin Salleh"."""
    words = text.split()
    return 1 <= len(words) <= 5 and words[0][:1].isupper() and all(_PERSON_WORD.match(w) for w in words)
