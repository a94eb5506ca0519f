"""What many Indonesian sites put inside an article body that is not the article, as news-watch strips it
(one class pattern there, `related|share|social|newsletter|...`): shared by the profiles drawn from it.

A module whose name starts with "_" holds no profile: the registry skips it.
"""

FACTS = "public scrapers (news-watch f1c8fbf), 2026-08; unverified here"
"""Where a profile drawn from ../shared/sites/indonesian-sources.md got its facts, and when."""

CODE = ("script", "style", "iframe")
"""Elements that are never text."""

WIDGETS = (
    "[class*='related']",
    "[class*='share']",
    "[class*='social']",
    "[class*='newsletter']",
    "[class*='subscribe']",
)
"""Boxes of links, sharing buttons and sign-up forms; `ad` alone is left out: as a class fragment it
matches "header", "head" and "loading" too."""

CLUTTER = CODE + WIDGETS
