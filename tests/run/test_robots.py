"""robots.txt matching (issue 23, item 5): linear time, and the same verdicts as the plain regex reading."""

from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.run.robots import Rules, matches, normalise, parse

BACKTRACKER = "/*a*a*a*a*a*a*a*a*a*a*a*a*a*b"


def reference_matches(pattern: str, path: str) -> bool:
    """The reading robots.py had before: each `*` a `.*`, a final `$` the end (exponential on some inputs,
    so it only ever sees small ones here)."""
    regex = "".join(".*" if c == "*" else "$" if c == "$" and i == len(pattern) - 1 else re.escape(c)
                    for i, c in enumerate(pattern))  # fmt: skip
    return re.match(regex, path) is not None


def reference_verdict(allow: list[str], disallow: list[str], path: str) -> tuple[bool, str | None]:
    """RFC 9309 spelled out: of the matching rules the longest wins, Allow wins a tie."""
    hits = [(len(p), ok, f"{'Allow' if ok else 'Disallow'}: {p}") for ok, rules in ((True, allow), (False, disallow))
            for p in rules if p and reference_matches(p, path)]  # fmt: skip
    if not hits:
        return True, None
    length = max(h[0] for h in hits)
    best = [h for h in hits if h[0] == length]
    chosen = next((h for h in best if h[1]), best[0])
    return chosen[1], chosen[2]


PATTERN = st.text(alphabet="ab/*$.", max_size=9).map(lambda p: "/" + p)
PATH = st.text(alphabet="ab/$.?", max_size=14).map(lambda p: "/" + p)


@settings(max_examples=3000, deadline=None)
@given(PATTERN, PATH)
def test_matches_agrees_with_the_regex_reading(pattern: str, path: str) -> None:
    assert matches(pattern, path) == reference_matches(pattern, path)


@settings(max_examples=1500, deadline=None)
@given(st.lists(PATTERN, max_size=4), st.lists(PATTERN, max_size=4), PATH)
def test_verdicts_agree_with_the_reference(allow: list[str], disallow: list[str], path: str) -> None:
    assert Rules(list(allow), list(disallow)).verdict(path) == reference_verdict(allow, disallow, path)


def test_a_backtracking_rule_answers_at_once() -> None:
    rules = parse(f"User-agent: *\nDisallow: {BACKTRACKER}\nDisallow: /*x*x*x*x*x*x*x*x*x*x*x*x$\n")
    started = time.perf_counter()
    for path in ("/" + "a" * 60, "/" + "a" * 10_000, "/" + "x" * 10_000 + "y", "/" + "ab" * 5_000):
        rules.verdict(path)
    assert time.perf_counter() - started < 0.5
    assert rules.verdict("/" + "a" * 60) == (True, None)
    assert rules.verdict("/" + "a" * 60 + "b") == (False, f"Disallow: {BACKTRACKER}")
    assert rules.verdict("/" + "a" * 10_000 + "b?q=1") == (False, f"Disallow: {BACKTRACKER}")


def test_wildcards_anchors_and_ties() -> None:
    assert matches("/*.pdf$", "/a/b.pdf") and not matches("/*.pdf$", "/a/b.pdf?x")
    assert matches("/fish*", "/fish.html") and matches("/fish", "/fishheads/x") and not matches("/fish", "/Fish")
    assert matches("/a$b", "/a$bc")  # a `$` that is not last is a character
    assert matches("/", "/anything") and matches("/*", "/") and matches("/$", "/") and not matches("/$", "/x")
    rules = Rules(allow=["/page"], disallow=["/*.php", "/pag*"])
    assert rules.verdict("/page.php") == (False, "Disallow: /*.php")  # the longer one wins
    assert rules.verdict("/page") == (True, "Allow: /page")  # a tie: Allow wins


def test_percent_encoding_is_normalised_on_both_sides() -> None:
    assert normalise("/caf%c3%a9") == normalise("/café") == "/caf%C3%A9"
    assert normalise("/%7Euser/%61") == "/~user/a"  # unreserved characters decoded
    assert normalise("/a%2Fb") == "/a%2Fb"  # a reserved one stays escaped
    rules = parse("User-agent: *\nDisallow: /berita/café\nDisallow: /%7Eadmin\n")
    assert rules.verdict("/berita/caf%C3%A9/1") == (False, "Disallow: /berita/café")
    assert rules.verdict("/~admin/x") == (False, "Disallow: /%7Eadmin")


def test_only_cr_and_lf_end_a_line() -> None:
    """RFC 9309: a line ends at CR, LF or CRLF. U+2028, U+0085 or a form feed inside a rule do not start a new
    rule that the site never wrote."""
    for separator in ("\u2028", "\u0085", "\x0c", "\x1c"):
        rules = parse(f"User-agent: *\r\nDisallow: /private{separator}Disallow: /\nAllow: /open\r")
        assert rules.disallow == [f"/private{separator}Disallow: /"], separator
        assert rules.allow == ["/open"]
