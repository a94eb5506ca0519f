"""merdeka.com: its Google CSE search is rate-limited, so --query filters the RSS feed. The sheet has no
article selectors (news-watch reads only the feed); the body class below is from a 2020 public scraper,
and when it is gone extraction falls back to the generic reader and says so."""

from toolkit.sites.base import SiteProfile

PROFILE = SiteProfile(
    name="merdeka.com",
    domains=("merdeka.com",),
    body="div.mdk-body-paragraph",
    language="id",
    feeds=("https://www.merdeka.com/rss/",),
    search_note="its search is Google CSE (rate-limited); --query filters the RSS feed",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. No article URL shape or article "
    "selectors in the sheet: URLs are judged by the generic rules",
)
