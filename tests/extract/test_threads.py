"""Forum threads: the opening post is the page's article, the replies are its comments. Pages are built
here; bench/extraction.py measures the same rules on real pages."""

from __future__ import annotations

from toolkit.extract import extract_html
from toolkit.extract.dom import parse
from toolkit.extract.furniture import find_furniture

OPENER = [
    "hello, does anyone have an idea what I could change? since the update my phones cannot reach the store",
    "I did not change any settings knowingly, mobile data is allowed for the store and I restarted twice",
    "before that every device ran the beta from its fourth version, is there anything else I can set?",
    "and before the usual mockery starts: I had a very concrete reason to switch to the betas back then.",
]


def thread(replies: int) -> str:
    """A forum page: the question in a post whose lines are <br>-separated, then the replies."""
    posts = "".join(
        f'<div class="ForumComment"><div class="ForumCommentInfo"><span>reader{i}</span><span>28.09.19</span></div>'
        f'<div class="ForumCommentText">It works for me on mobile data with the latest version, reply {i}.</div></div>'
        for i in range(replies)
    )
    return f"""<html lang="en"><head><title>No store over mobile data</title></head><body>
    <nav><a href="/">Home</a> <a href="/forum">Forum</a> <a href="/news">News</a></nav>
    <main><h2 class="Title">No store over mobile data</h2>
    <div class="ForumComment" id="CommentFirst"><div class="ForumCommentContent">
    <div class="ForumCommentInfo"><span>asker</span><span>28.09.19 12:44</span></div>
    <div class="ForumCommentText">{"<br>".join(OPENER)}</div></div></div>
    <h2 class="Title">Replies</h2><div class="ForumReplies">{posts}</div></main></body></html>"""


def test_a_post_with_line_breaks_is_not_a_thread() -> None:
    root = parse(thread(replies=8))
    opener = root.xpath('//*[@id="CommentFirst"]')[0]
    taken = [f.element for f in find_furniture(root, [])]
    assert not any(e is opener or opener in e.iterancestors() or e in opener.iterancestors() for e in taken)


def test_the_opening_post_of_a_forum_thread_is_kept() -> None:
    text = extract_html(thread(replies=8), "https://forum.example/discussion/no-store-338679.html").text
    for line in OPENER:
        assert line in text
