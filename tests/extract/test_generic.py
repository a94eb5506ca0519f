"""The generic extractor block by block: furniture recognised by structure, recall of short blocks,
line rules, and the marks that say why. Pages are built here from parts; the corpus benches
(bench/extraction.py) and the quality gate measure the same rules on real pages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from lxml import html as lxml_html

from toolkit.extract import extract_html, extract_page
from toolkit.extract.blocks import segment
from toolkit.extract.dom import parse
from toolkit.extract.generic import (
    READABILITY,
    SHORT_VOTE,
    TRAFILATURA,
    _decide,
    _trafilatura,
    _trafilatura_pass,
    _vote,
)
from toolkit.extract.lines import line_kind
from toolkit.extract.trace import Mark

PROSE = [
    "The city council approved the new budget on Tuesday after a debate that lasted well into the night.",
    "Council members said the plan would fund road repairs, two new libraries and a larger bus fleet.",
    "Critics argued that the increase in property taxes would fall hardest on families with low incomes.",
    "The mayor defended the plan, saying the city had postponed essential repairs for more than a decade.",
    "A final vote on the tax rate is expected next month, after a series of public hearings in each district.",
]


def page(body: str, title: str = "Council Approves Budget After Long Debate") -> str:
    return f"""<html lang="en"><head><title>{title}</title>
    <meta property="og:type" content="article"></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
    <article><h1>{title}</h1>{body}</article>
    <footer><a href="/about">About us</a> <a href="/contact">Contact</a></footer></body></html>"""


def paragraphs(items: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def decided(body: str, both: Callable[[str], bool], one: Callable[[str], bool] = lambda _: False) -> list[str]:
    """The blocks `_decide` keeps when both candidates took the blocks `both` picks and trafilatura alone
    the ones `one` picks: the decision rules on their own, without either candidate's own judgement."""
    root = parse(f"<html><body>{body}</body></html>")
    blocks = segment(root.find("body"))
    for block in blocks:
        block.labels += [READABILITY, TRAFILATURA] if both(block.text) else [TRAFILATURA] if one(block.text) else []
    return [b.text for b in _decide(blocks, root.find(".//h1"), [])]


def test_a_comment_thread_longer_than_the_article_is_not_the_article() -> None:
    comments = "".join(
        f'<li class="comment"><span class="author">reader{i}</span><p>I think this budget is a mistake because '
        f"the council never listens to us and the taxes keep rising every single year ({i}).</p></li>"
        for i in range(60)
    )
    html = page(
        paragraphs(PROSE[:2]) + f'<section id="comments"><h2>60 Comments</h2><ol class="commentlist">{comments}</ol>'
        '<form><textarea name="c"></textarea></form></section>'
    )
    article = extract_html(html, "https://news.example/budget")
    assert article.text.split("\n\n") == PROSE[:2]


def test_related_list_share_bar_tag_line_and_promo_are_dropped() -> None:
    related = "".join(f'<li><a href="/n/{i}">Another story number {i} about the city</a></li>' for i in range(6))
    html = page(
        f'<div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>'
        f"{paragraphs(PROSE[:2])}"
        '<div class="newsletter-box"><p>Sign up for our free newsletter and get the news every morning!</p>'
        '<form><input type="email"></form></div>'
        f"{paragraphs(PROSE[2:])}"
        '<p>Tags: <a href="/t/budget">budget</a>, <a href="/t/council">council</a></p>'
        f'<div class="related-articles"><h3>Related</h3><ul>{related}</ul></div>'
        "<p>Komentar</p><p>Belum ada komentar</p>"
    )
    article = extract_html(html, "https://news.example/budget")
    assert article.text.split("\n\n") == PROSE


def test_short_list_items_subheadings_and_quotes_inside_the_body_are_kept() -> None:
    html = page(
        paragraphs(PROSE[:2])
        + "<h2>What the money pays for</h2><ul><li>Road repairs</li><li>Two libraries</li><li>Buses</li></ul>"
        + "<blockquote>We cannot wait another year.</blockquote>"
        + paragraphs(PROSE[2:])
    )
    text = extract_html(html, "https://news.example/budget").text
    for wanted in ("What the money pays for", "Road repairs", "Two libraries", "Buses", "We cannot wait another year."):
        assert wanted in text.split("\n\n")


def test_a_gallery_repeating_its_captions_is_dropped() -> None:
    slides = "".join(
        f'<div class="slide"><h3>{i}/5</h3><img src="/p{i}.jpg"><p>The council chamber on Tuesday night.</p></div>'
        for i in range(1, 6)
    )
    html = page(paragraphs(PROSE[:3]) + f'<div class="gallery">{slides}</div>' + paragraphs(PROSE[3:]))
    article = extract_html(html, "https://news.example/budget")
    assert "council chamber" not in article.text
    assert article.text.split("\n\n") == PROSE


def test_marks_say_what_was_kept_and_why_the_rest_was_dropped() -> None:
    thread = "".join(f'<div class="comment"><p>Comment {i} on the budget vote.</p></div>' for i in range(5))
    html = page(paragraphs(PROSE) + f'<div id="comments" class="comments">{thread}</div>')
    root = parse(html)
    for number, element in enumerate(root.iter()):  # number elements as the browser's mark.js does
        if isinstance(element.tag, str):
            element.set("data-tk-id", str(number))
    content = extract_page(lxml_html.tostring(root, encoding="unicode"), "https://news.example/b")
    roles = {(m.role, m.reason) for m in content.marks}
    assert ("dropped", "comments") in roles
    assert any(role == "body" for role, _ in roles)
    assert any(role == "title" for role, _ in roles)
    kept = [m.text for m in content.marks if m.role == "body"]
    assert PROSE[0] in kept


def test_sticky_text_column_is_the_article_not_a_floating_bar() -> None:
    menu = "".join(f'<a href="/s{i}">Section number {i} of the site</a> ' for i in range(12))
    body = (
        f'<div data-tk-fixed="sticky"><p>{menu}</p></div><div data-tk-fixed="sticky">{paragraphs(PROSE[:3])}</div>'
        f'{paragraphs(PROSE[3:])}<div data-tk-fixed="fixed">Accept cookies</div>'
    )
    article = extract_html(page(body), "https://news.example/budget")
    assert article.text.split("\n\n") == PROSE  # a 300-character sticky text stays; a sticky menu goes


def test_blocks_split_at_double_breaks_and_keep_what_a_void_element_swallowed() -> None:
    root = parse(
        "<html><body><div>One\nline<br>same paragraph<br><br>next</div><embed><p>after embed</p></body></html>"
    )
    assert [b.text for b in segment(root.find("body"))] == ["One line same paragraph", "next", "after embed"]


LINE_CASES = [  # (a line, the kind of furniture line_kind names it, or None: it may be the article's)
    ("© Jane Doe / Getty Images", "credit"),
    ("Aktualisiert: 11.04.2020, 10:27", "date line"),
    ("Mit unserem Newsletter bleiben Sie informiert", "promo"),
    ("Weiterlesen:", "lead-in"),
    ("Share Facebook Twitter WhatsApp", "share bar"),
    ("The app store rules changed in 2019, the court found.", None),
    (PROSE[0], None),
    # app, social and support promos, and lead-ins that carry the linked headline after them
    ("Get our stories straight to your phone with the Daily Post app.", "promo"),
    ("Follow The Herald on Twitter and Instagram @herald", "follow us"),
    ("Would you consider supporting our work? Click here.", "promo"),
    ("Czytaj też: Nowy most otwarty w Gdańsku", "lead-in"),
    ("Rezept drucken Bei Pinterest speichern", "share bar"),
    ("The app was downloaded two million times in its first week.", None),
    ("She began to follow her sister on Twitter after the election.", None),
    ("Jun 7, 2023, 8:54 PM UTC|", "date line"),
    ("posted on April 21, 2015, at 11:29 a.m.", "date line"),
    ("March 3, 2021 was the day the council finally agreed.", None),
    ("Share this story", "share bar"),
    ("Mit Freunden teilen", "share bar"),
    ("opublikowano: 7 kwietnia 2021", "date line"),
    # English news templates' notices, lead-ins and photo credits, as many of them word them
    ("Story continues below advertisement", "notice"),
    ("Continue reading the main story", "notice"),
    ("Scroll down for video", "notice"),
    ("RELATED: Storm Dennis live updates", "lead-in"),
    ("Related Coverage", "lead-in"),
    ("Image copyright Getty Images", "credit"),
    ("FILE PHOTO: A man walks past a shop in London. REUTERS/Jane Doe", "credit"),
    ("The story continues below the bridge, where the river widens into a lake.", None),
    ("Supported by local donors, the library reopened on Monday.", None),
    # promos that speak to the reader in Spanish, French, Portuguese; links on to an article's next part
    ("Puede escribirnos o suscribirse aquí a nuestra newsletter.", "promo"),
    ("Abonnez-vous à notre newsletter pour recevoir votre sélection.", "promo"),
    ('... weiter zu "Die Wortwahl"', "lead-in"),
    ("Next page: How the council paid for the bridge >>", "lead-in"),
    ("Halaman selanjutnya", "lead-in"),
    ("La newsletter del ayuntamiento llegó a los vecinos el lunes.", None),
    ("Next year the council will vote on the bridge again, its leader said.", None),
    # Indonesian sites' channel promos and lead-ins, as many templates word them
    ("Ikuti berita terkini dari Kabar Kota di Google News", "follow us"),
    ("Follow us on Google News", "follow us"),
    ("Mari bergabung di Grup Telegram Kabar Kota, caranya klik link t.me/kabarkota", "promo"),
    ("Gabung saluran WhatsApp Kabar Kota sekarang!", "promo"),
    ("Baca Juga:", "lead-in"),
    ("Warga membentuk grup WhatsApp untuk saling mengabari soal banjir di kampung.", None),
    ("Baca juga surat dari warga yang dimuat kemarin, kata Wali Kota.", None),
    # read-aloud players' labels; lead-ins that only ever carry a cross-link's headline
    ("Listen to this article", "media player"),
    ("Artikel anhören", "media player"),
    ("Read more: Mayor says the city cannot afford another year of potholes", "lead-in"),
    ("Main article: History of the city council", "lead-in"),
    ("Read more about the council's plan in our explainer next week, she said.", None),
    ("Residents can listen to this article's author on the radio on Sunday.", None),
    # a related box's heading left behind, in several languages; a comment form's notice to the reader
    ("You may also like", "lead-in"),
    ("Most Read", "lead-in"),
    ("Schon gelesen?", "lead-in"),
    ("Artículos relacionados", "lead-in"),
    ("Berita Terkait", "lead-in"),
    ("You must be logged in to post a comment.", "comment form"),
    ("Um den Beitrag kommentieren zu können, müssen Sie eingeloggt sein.", "comment form"),
    ("Silakan login untuk berkomentar", "comment form"),
    ("Users must log in to comment on posts, the company said.", None),
    ("The most read book of the year was a novel about the river.", None),
    ("Privacy Policy | Terms of Use | Contact Us", "menu"),
    ("Home • Politics • World", "menu"),
    # captions that end with their photo's credit; an agency's initials alone
    ("Taylor Swift berdiri untuk Joey Alexander. Foto: Grammy", "credit"),
    ("Council members vote on the budget on Tuesday. (AP Photo/John Doe)", "credit"),
    ("(FHM)", "initials"),
    ("(None)", None),
    ("The photo: a man on a bridge, taken at dawn.", None),
    ("Yes | no | maybe: the council's vote split three ways, and the mayor said so.", None),
]


@pytest.mark.parametrize(("line", "kind"), LINE_CASES)
def test_line_rules(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


def test_an_advertising_disclosure_is_judged_by_its_wording_however_long() -> None:
    disclosure = (
        "We recommend the best products through an independent review process, and advertisers do not influence "
        "our picks. We may receive compensation if you visit partners we recommend. Read our disclosure for more."
    )
    assert line_kind(disclosure) == "notice"  # a long line, judged by its template wording


def test_a_page_wrapped_in_one_form_is_still_read() -> None:
    """ASP.NET pages put the whole body inside one <form>: a form is not a reason to skip text."""
    html = (
        page(paragraphs(PROSE))
        .replace("<body>", '<body><form id="aspnetForm" action="/x">')
        .replace("</body>", "</form></body>")
    )
    text = extract_html(html, "https://news.example.org/budget").text
    assert all(p in text for p in PROSE)


def test_a_template_class_on_another_sites_domain_is_not_that_site() -> None:
    """`.detail-content` is tempo.co's fingerprint, and a class many sites use: on their own domain they are
    read by the generic extractor, not cut down to that element."""
    html = page(f'<div class="detail-content"><p>Radio feature of 30 January.</p></div>{paragraphs(PROSE)}')
    article = extract_html(html, "https://www.example-diocese.de/news/blessing.html")
    assert article.site == "generic"
    assert all(p in article.text for p in PROSE)
    saved = extract_page(html, "http://127.0.0.1:8000/saved.html")  # a saved copy may still be recognised
    assert saved.profile is not None and saved.profile.name == "tempo.co"


def test_where_the_candidates_agree_on_nothing_the_largest_run_is_kept() -> None:
    """A recipe whose steps only one candidate took, spread thin between ingredient cells: still the article."""
    cells = "".join(f"<p>{p}</p><div>Zutat {i}</div><div>{i} g</div>" for i, p in enumerate(PROSE))
    kept = decided(f"<h1>Muffins</h1><div>{cells}</div>", both=lambda _: False, one=lambda t: t in PROSE)
    assert all(p in kept for p in PROSE)


def test_the_standfirst_is_kept_past_the_byline_and_the_date_between_it_and_the_body() -> None:
    """Neither candidate took the standfirst (it sits outside the body's container), and a byline and a
    date stand between it and the body: it still opens the text; the kicker above the headline does not."""
    standfirst = (
        "The council has agreed a budget that raises property taxes for the first time in a decade, "
        "and the vote was closer than anyone expected."
    )
    kicker = "Local politics, budget season, and everything else that happened at City Hall this week in one place"
    kept = decided(
        f"<div>{kicker}</div><h1>Council Approves Budget</h1><div>{standfirst}</div>"
        f"<div>4.02.2022 by <a href='/a/jo'>Jo Lee</a></div><div>Jo Lee, City Hall reporter</div>"
        f"<div>{paragraphs(PROSE)}</div>",
        both=lambda t: t in PROSE,
    )
    assert kept[0] == standfirst
    assert kicker not in kept and "Jo Lee, City Hall reporter" not in kept


def test_a_section_whose_id_is_its_headings_slug_is_not_furniture() -> None:
    """`id="sharing-with-others-code-review"` names a section by its heading; "review" in it is no review box."""
    steps = "".join(f"<div class='step'><p>{p}</p></div>" for p in PROSE)
    html = page(f'{paragraphs(PROSE[:2])}<div id="sharing-with-other-developers-code-review">'
                f'<h2>Sharing with other developers: code review</h2>{steps}</div>')  # fmt: skip
    text = extract_html(html, "https://docs.example.org/guide").text
    assert "Sharing with other developers: code review" in text
    assert all(p in text for p in PROSE[2:])


def test_short_lines_and_linked_items_both_took_between_kept_paragraphs_are_kept() -> None:
    """A formula in a bare <div> that neither candidate took, and a linked list item both took but that
    is all link, sit between kept paragraphs: both are the article's. A link line after the end is not."""
    kept = decided(
        f"<h1>Budget</h1><p>{PROSE[0]}</p><div>x = (a + b) / 2</div><p>{PROSE[1]}</p>"
        f"<ul><li><a href='/tool'>Learn more about the tool</a></li></ul><p>{PROSE[2]}</p>"
        f"<ul><li><a href='/other'>Another story from the council</a></li></ul>",
        both=lambda t: t in PROSE or t.startswith(("Learn more", "Another story")),
    )
    assert kept == [PROSE[0], "x = (a + b) / 2", PROSE[1], "Learn more about the tool", PROSE[2]]


def test_a_video_players_dialogs_are_furniture() -> None:
    """video.js and its peers print caption settings and a modal's help text: never the article."""
    player = (
        '<div class="video-js vjs-fluid"><div class="vjs-text-track-settings"><span>Font Size</span>'
        "<span>Text Edge Style</span></div><p class='vjs-modal-dialog-description'>This is a modal window. "
        "This modal can be closed by pressing the Escape key or activating the close button.</p></div>"
    )
    text = extract_html(page(paragraphs(PROSE[:2]) + player + paragraphs(PROSE[2:])), "https://news.example.org/b").text
    assert "modal window" not in text and "Font Size" not in text
    assert all(p in text for p in PROSE)


def test_text_inside_a_javascript_link_is_text_not_a_link() -> None:
    html = page(f'<a href="javascript:void(0)">{paragraphs(PROSE)}</a>')
    text = extract_html(html, "https://news.example.org/budget").text
    assert all(p in text for p in PROSE)


def test_a_run_one_candidate_took_stays_unless_it_is_small_beside_the_article() -> None:
    """Notes one candidate took after the article are kept; a lone teaser far below it is not."""
    notes = "Correction: an earlier version of this article gave the wrong date for the first public hearing."
    teaser = "Read: the mayor's plan."
    filler = "".join(f"<div><a href='/n{i}'>Navigation link number {i}</a></div>" for i in range(6))
    kept = decided(
        f"<h1>Budget</h1>{paragraphs(PROSE)}{filler}<p>{notes}</p>{filler}<p>{teaser}</p>",
        both=lambda t: t in PROSE,
        one=lambda t: t in (notes, teaser),
    )
    assert notes in kept and teaser not in kept


def test_a_login_dialog_the_page_left_visible_is_not_the_article() -> None:
    errors = "".join(
        f'<p class="error">{message}</p>'
        for message in (
            "This e-mail address does not look right: it must hold an @ and an existing domain.",
            "There is no account for this e-mail address, or the password you gave is not right.",
            "The password must be at least eight characters long and hold one capital letter and one digit.",
            "Your registration did not work this time. Please delete your cookies and follow the link again.",
        )
    )
    dialog = (
        '<div class="site-overlay"><section><h2>My account</h2><p>Sign in to keep your reading list on every'
        " device you use, and to comment on the stories you read.</p>"
        f'<form><label>E-mail <input type="email"></label><label>Password <input type="password"></label>{errors}'
        "<button>Sign in</button></form><p>No account yet? Registering takes one minute and costs nothing.</p>"
        "</section></div>"
    )
    article = extract_html(page(paragraphs(PROSE[:2]) + dialog + paragraphs(PROSE[2:])), "https://news.example/b")
    assert article.text.split("\n\n") == PROSE


def test_a_cookie_notice_the_page_left_visible_is_not_the_article() -> None:
    notice = (
        '<div id="cookie-consent"><p>We use cookies to improve how the site works and to measure how it is used. '
        "By browsing on or clicking OK you agree to their use; read more in our privacy notice.</p>"
        "<p>Necessary cookies make the basic functions of the site work and cannot be switched off.</p>"
        "<button>OK</button> <button>Settings</button></div>"
    )
    about = "Bakers say the secret of soft cookies is to take them out of the oven while they still look underdone."
    article = extract_html(page(notice + paragraphs([*PROSE, about])), "https://news.example/budget")
    assert article.text.split("\n\n") == [*PROSE, about]  # a paragraph about cookies is still the article's


def test_a_data_tables_rows_are_kept_whole() -> None:
    films = [("Groundhog Day", "1993", "A weatherman relives the same winter day in a small town until he changes."),
             ("Edge of Tomorrow", "2014", "A soldier dies in battle and wakes again on the morning before the fight."),
             ("Palm Springs", "2020", "Two wedding guests are stuck in the same day of a desert wedding together."),
             ("Happy Death Day", "2017", "A student relives the day of her murder to find the killer.")]  # fmt: skip
    rows = "".join(f'<tr><th><a href="/wiki/{t}">{t}</a></th><td>{y}</td><td>{d}</td></tr>' for t, y, d in films)
    table = f"<table>{rows}</table>"

    def both(text: str) -> bool:  # both candidates took the years and the plots, not the linked titles
        return not any(text == t for t, _, _ in films)

    kept = decided(paragraphs(PROSE[:2]) + table + paragraphs(PROSE[2:]), both)
    assert kept == [*PROSE[:2], *(cell for film in films for cell in film), *PROSE[2:]]


def test_linked_items_of_a_list_the_article_holds_are_kept() -> None:
    changes = [
        "The new tab page now loads its stories before the first paint, which saves a second on slow links.",
        '<a href="/review">Here is our year in review, with every change we shipped!</a>',
        "Printing a range of pages that is not contiguous (1-3, 6, 7) works from this release on.",
    ]
    related = ['<a href="/a">An older story about the budget</a>', '<a href="/b">Another story about taxes</a>']
    body = (paragraphs(PROSE[:2]) + "<ul>" + "".join(f"<li>{c}</li>" for c in changes) + "</ul>"
            + paragraphs(PROSE[2:]) + "<ul>" + "".join(f"<li>{r}</li>" for r in related) + "</ul>")  # fmt: skip

    def both(text: str) -> bool:
        return "review" not in text and "story" not in text

    kept = decided(body, both, one=lambda text: "review" in text or "story" in text)
    assert kept == [*PROSE[:2], changes[0], "Here is our year in review, with every change we shipped!", changes[2],
                    *PROSE[2:]]  # fmt: skip


def test_licence_notices_in_several_languages_are_notices() -> None:
    """A Creative Commons licence line is the site's notice, in any of its usual wordings; prose about it stays."""
    for line in ("Dieser Text steht unter der Lizenz CC BY-SA 4.0.", "This article is licensed under a Creative "
                 "Commons Attribution 4.0 license.", "Texte publié sous licence CC BY-NC.",
                 "Publicado bajo licencia Creative Commons."):  # fmt: skip
        assert line_kind(line) == "notice", line
    assert line_kind("The museum released ten thousand photographs to the public last spring.") is None


def test_where_trafilaturas_fast_pass_finds_little_its_full_pass_votes_too() -> None:
    """trafilatura's fast pass drops an article's text held in a plain <div> beside a heading; its full pass
    (run only where the fast one found little) reads it, and both passes' lines are votes."""
    lead = ("The route starts at the footbridge on the right bank of the river and follows it towards the old "
            "town, whose domes and fortress come closer with every turn of the pedals, until the bridge leads "
            "riders into the centre.")  # fmt: skip
    body = ("Cycling through the pedestrian zone is allowed, and riders give way to people on foot; past the "
            "cathedral the route leaves the centre and follows a canal lined with chestnut trees.")  # fmt: skip
    root = parse(f"""<html lang="en"><head><title>Cycling in Salzburg</title></head><body>
        <div><div><div><h2>Cycling with a bonus</h2><a>The fortress</a> {lead}</div></div></div>
        <div><p>{body}</p></div></body></html>""")
    url = "https://tourism.example/cycling"
    fast = _trafilatura_pass(root, url, fast=True)
    assert body in fast and not any(lead in line for line in fast)
    votes = _trafilatura(root, url)
    assert body in votes and any(lead in line for line in votes)

    long_page = parse(f"<html><body><article><h1>Budget</h1>{paragraphs(PROSE * 4)}</article></body></html>")
    assert sum(map(len, _trafilatura_pass(long_page, url, fast=True))) >= SHORT_VOTE
    assert _trafilatura(long_page, url) == _trafilatura_pass(long_page, url, fast=True)  # one pass only


def test_a_paragraph_of_br_lines_a_candidate_gave_line_by_line_is_its_vote() -> None:
    """A <p> of a lead line and a list broken by <br> ("... the following universities:<br>UFRRJ<br>UFPB"): a
    candidate that gives each line apart still took the paragraph, though its short lines are under MIN_MATCH."""
    names = [f"U{n:02d}X" for n in range(30)]
    lead = "Until now the following public universities had their activities interrupted:"
    root = parse(f"<html><body><p>{lead}<br>{'<br>'.join(names)}</p></body></html>")
    [block] = segment(root.find("body"))
    _vote([block], TRAFILATURA, [lead, *names])
    assert block.labels == [TRAFILATURA]
    other = segment(parse(f"<html><body><p>{lead}<br>{'<br>'.join(names)}</p></body></html>").find("body"))
    _vote(other, TRAFILATURA, [lead, "Some other line entirely, from elsewhere on the page"])
    assert other[0].labels == []


def test_a_dropped_block_a_candidate_took_says_whether_it_was_links_or_apart_from_the_article() -> None:
    """`toolkit inspect` tells a link list refused from a teaser that one candidate took far from the article."""
    gap = "".join(f"<div>Spacer {i}</div>" for i in range(6))
    body = (f'<p><a href="/a">A linked teaser of another story that is all link</a></p>{gap}'
            f"{paragraphs(PROSE)}{gap}<p>A short teaser far below.</p>")  # fmt: skip
    root = parse(f"<html><body>{body}</body></html>")
    for number, element in enumerate(root.iter()):  # marks name elements by the id mark.js gives them
        element.set("data-tk-id", str(number))
    blocks = segment(root.find("body"))
    for block in blocks:
        block.labels += [READABILITY, TRAFILATURA] if block.text in PROSE else []
        block.labels += [TRAFILATURA] if "teaser" in block.text else []
    marks: list[Mark] = []
    kept = [b.text for b in _decide(blocks, None, marks)]
    assert kept == PROSE
    reasons = {m.text: m.reason for m in marks if m.role == "dropped"}
    assert reasons["A linked teaser of another story that is all link"] == "link-dense"
    assert reasons["A short teaser far below."] == "apart from the article"
