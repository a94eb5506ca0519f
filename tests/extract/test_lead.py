"""The standfirst between the headline and the body: found from the body's first block below the headline,
across the byline, the date, a share bar and a rubric list. Pages are built here; bench/extraction.py
measures the same rules on real pages."""

from __future__ import annotations

from tests.extract.test_generic import PROSE, decided, paragraphs

STANDFIRST = (
    "The council has agreed a budget that raises property taxes for the first time in a decade, "
    "and the vote was closer than anyone expected."
)


def test_the_standfirst_is_found_below_the_headline_when_a_kicker_above_it_was_kept() -> None:
    """A candidate took the breadcrumb's last item and a kicker above the headline: the body's opening is
    still the first kept block below the headline, and the standfirst above that block is the article's."""
    kept = decided(
        "<ul><li>Politics</li><li>Council budget</li></ul><h3>Reading sample: the city paper</h3>"
        f"<h1>Council Approves Budget</h1><p>Published 4.02.2022 by Jo Lee</p><p>{STANDFIRST}</p>"
        f"<div><a href='/s/w'>whatsapp</a> <a href='/s/f'>facebook</a></div><div>{paragraphs(PROSE)}</div>",
        both=lambda t: t in PROSE,
        one=lambda t: t in ("Council budget", "Reading sample: the city paper", "Council Approves Budget"),
    )
    assert STANDFIRST in kept
    assert kept.index(STANDFIRST) < kept.index(PROSE[0])


def test_the_standfirst_is_found_past_more_furniture_than_the_lead_reach_when_the_headline_is_near() -> None:
    """Seven blocks (a date, a byline, a rubric list, a share bar) between the standfirst and the body: more
    than the blocks a standfirst is looked for above a body with no headline near, but all below the headline."""
    furniture = (
        "<div>Thursday, 4 November 2021</div><div>by</div><address><a href='/staff'>City desk</a></address>"
        "<ul>in section:<li><a href='/politics'>Politics</a></li><li><a href='/council'>&gt; Council</a></li></ul>"
        "<div><a href='/s/w'>whatsapp</a> <a href='/s/f'>facebook</a></div>"
    )
    kept = decided(
        f"<h1>Council Approves Budget</h1><h2>{STANDFIRST}</h2>{furniture}<div>{paragraphs(PROSE)}</div>",
        both=lambda t: t in PROSE,
    )
    assert kept[0] == STANDFIRST
    assert "City desk" not in kept and "Thursday, 4 November 2021" not in kept
