"""An error page served as a page: "404 Not Found", "Halaman tidak ditemukan", "Access denied" with status 200
(a soft 404), or saved to a file where no status survives. Its few lines are not an article (issue 20: an
error page is never an `ok` article).

Told by its title or headline, which such pages share across servers and languages: an HTTP error code at the
start, or a short title that says a page (file, article) was not found or is not available, or one of the
standard reason phrases. A page is an error page only when it is also short (ERROR_PAGE_WORDS): a long article
whose headline mentions a "404" is still an article.
"""

from __future__ import annotations

import re

from lxml.etree import _Element

from toolkit.extract.dom import normalize

ERROR_PAGE_WORDS = 150
"""An error-looking page with at least this many words in its body is read as an article."""
MAX_TITLE_WORDS = 8
"""A title part longer than this is a headline, not an error page's name."""

_CODE = re.compile(r"^\W*(?:(?:http|error|erreur|fehler|kesalahan|galat)\s*)?(?:4(?:00|01|03|04|10|29)|50[0-4])\b")
_THING = re.compile(
    r"\b(?:page|pages|halaman|seite|pagina|página|site|file|url|article|artikel|berita|konten|content|document|"
    r"dokumen|post|beitrag|link)\b"
)
_MISSING = re.compile(
    r"not found|couldn[’']?t be found|could not be found|cannot be found|can[’']?t be found|does not exist|"
    r"doesn[’']?t exist|no longer (?:exists|available)|not available|unavailable|nicht gefunden|"
    r"existiert nicht|nicht verfügbar|introuvable|n[’']existe pas|no encontrad[ao]|no existe|non trovat[ao]|"
    r"non esiste|niet gevonden|não encontrad[ao]|tidak ditemukan|tidak tersedia|tidak ada|tak ditemukan"
)
_REASONS = frozenset(
    (
        "not found", "access denied", "forbidden", "gone", "internal server error", "service unavailable",
        "bad gateway", "gateway timeout", "too many requests", "error", "oops", "akses ditolak",
    )
)  # fmt: skip
"""The standard reason phrases, alone as a title; "page not found" and its translations are `_MISSING` + `_THING`."""
_PARTS = re.compile(r"\s+[|·•»:–—-]\s+|\s*\|\s*")


def error_title(root: _Element, title: str | None) -> str | None:
    """The page's title or headline where it names an error page, else None."""
    candidates = [title, root.findtext(".//title")]
    candidates += ["".join(h.itertext()) for h in root.iter("h1")][:2]
    for candidate in candidates:
        text = normalize(candidate or "")
        if text and any(_error_part(part) for part in _PARTS.split(text.casefold())):
            return text[:120]
    return None


def _error_part(part: str) -> bool:
    part = part.strip(" !.?…").strip()
    if not part or len(part.split()) > MAX_TITLE_WORDS:
        return False
    if part in _REASONS or _CODE.search(part):
        return True
    return bool(_MISSING.search(part) and _THING.search(part))
