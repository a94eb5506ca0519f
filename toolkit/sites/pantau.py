"""pantau.com: a Next.js site; search and the latest list are in the page's `__NEXT_DATA__` JSON
(`props.pageProps.articles[].urlDetail`, a path /{category}/{id}/{slug})."""

from toolkit.sites.base import ListingPage, SiteProfile

PROFILE = SiteProfile(
    name="pantau.com",
    domains=("pantau.com",),
    title="h1",
    body="main article",
    drop=("script", "style", "iframe"),
    language="id",
    facts=(
        "public scrapers (news-watch f1c8fbf), 2026-08; unverified here. Search has one page: ?page=N repeats "
        "page 1 (2026-08-06); rebuilding an article URL without its id gives 404."
    ),
    article_url=r"^/[a-z0-9-]+/\d+/[a-z0-9-]+",
    index=ListingPage(
        url="https://www.pantau.com/?sort=latest&page={page}",
        links="a[href]",
        json_script="script#__NEXT_DATA__",
        json_items="props.pageProps.articles",
        json_url="urlDetail",
        json_title="title",
    ),
    search=ListingPage(
        url="https://www.pantau.com/search?q={query}",
        links="a[href]",
        json_script="script#__NEXT_DATA__",
        json_items="props.pageProps.articles",
        json_url="urlDetail",
        json_title="title",
    ),
)
