"""thejakartapost.com: English-language (in the @id group). Its search is a Google Custom Search box run in
the browser, nothing a plain request can read; its homepage is built by script."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="thejakartapost.com",
    domains=("thejakartapost.com",),
    title="h1.tjp-title--single",
    body=".tjp-single__content",
    drop=("[class*=related]", "[class*=popular]", "[class*=newsletter]", "[class*=ads]", "[class*=advert]"),
    authors=".tjp-single__head .author",  # the sheet: ".author", which related stories carry too
    published=".tjp-single__head .created",  # "Published on 2025-09-29T17:09:28+07:00" / "Sep. 29, 2025"
    language="en",
    groups=("id",),
    article_url=r"^/.+/20\d{2}/\d{2}/\d{2}/.+",  # /{section...}/{YYYY}/{MM}/{DD}/{slug}
    not_article=(
        r"^https?://[^/]+/(?:multimedia|tag|tags|search)(?:/|$)",
        r"^https?://[^/]+/(?:video|videos|foto|photo|photos|galeri|gallery)(?:/|$)",
    ),
    index=ListingPage(url="https://www.thejakartapost.com", links="a[href]", render=True),
    search_note="its search is Google Custom Search run in the browser (no server-side search); "
    "--query filters its sitemaps and feeds",
    facts="public scrapers (news-watch f1c8fbf), 2026-08; unverified here. news-watch captures the CSE JSONP "
    "in Chromium; that needs Google's script and key, not declared here",
)
