import pytest

from toolkit.extract.dates import parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jum'at, 29 Juli 2025 | 18:27", "2025-07-29T18:27:00+07:00"),
        ("Selasa, 29 Juli 2025 | 18:27", "2025-07-29T18:27:00+07:00"),
        ("Kompas.com - 23/07/2025, 22:21 WIB", "2025-07-23T22:21:00+07:00"),
        ("Selasa, 29 Jul 2025 07:05 WIB", "2025-07-29T07:05:00+07:00"),
        ("Senin, 11 September 2023 | 10:15 WITA", "2023-09-11T10:15:00+08:00"),
        ("Rabu, 3 Des 2025 08:00 WIT", "2025-12-03T08:00:00+09:00"),
        ("12 Agt 2024 13.45 WIB", "2024-08-12T13:45:00+07:00"),
        ("2026/03/25 15:11:47", "2026-03-25T15:11:47+07:00"),
        ("2023-09-13T14:05:00+07:00", "2023-09-13T14:05:00+07:00"),
        ("2025-10-22T10:00:00Z", "2025-10-22T10:00:00+00:00"),
        ("2025-10-22T10:00:00.123+0100", "2025-10-22T10:00:00+01:00"),
    ],
)
def test_indonesian_and_iso_dates(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["", None, "kemarin sore", "31/02/2025 10:00", "Halaman 1 2"])
def test_no_date(text: str | None) -> None:
    assert parse_date(text) is None


# --- Zones, relative dates, published vs modified (issue 14) ---------------------------------------------------

from datetime import UTC, datetime, timedelta  # noqa: E402

from toolkit.extract.dates import relative_date  # noqa: E402
from toolkit.extract.dom import parse  # noqa: E402
from toolkit.extract.metadata import read_metadata  # noqa: E402

WIB = timedelta(hours=7)
NOW = datetime(2023, 11, 21, 3, 0, tzinfo=UTC)  # 10:00 WIB


def _meta(head: str, under_headline: str = "", lang: str = "id", url: str = "https://warta.example.id/a"):
    body = f"<h1>Judul Berita</h1>{under_headline}<p>Isi berita yang cukup panjang untuk sebuah artikel.</p>"
    html = f'<html lang="{lang}"><head><title>Judul Berita</title>{head}</head><body><article>{body}</article>'
    html += "</body></html>"
    return read_metadata(parse(html), url, WIB if lang == "id" else timedelta(0), now=NOW)


def test_utc_instant_lands_on_the_day_the_site_printed() -> None:
    # 17:30 UTC on the 20th is 00:30 WIB on the 21st: an Indonesian site printed the 21st
    meta = _meta('<meta property="article:published_time" content="2023-11-20T17:30:00Z">')
    assert meta.published == "2023-11-21T00:30:00+07:00"
    # 16:59 UTC is still the 20th in Jakarta
    assert _meta('<meta property="article:published_time" content="2023-11-20T16:59:00Z">').published == (
        "2023-11-20T23:59:00+07:00"
    )


def test_offset_the_page_states_wins_over_the_site_zone() -> None:
    head = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Judul Berita",'
            '"datePublished":"2023-11-20T23:30:00Z","dateModified":"2023-11-21T09:00:00+01:00"}</script>')  # fmt: skip
    meta = _meta(head, lang="de", url="https://zeitung.example/a")
    assert meta.published == "2023-11-21T00:30:00+01:00"
    assert meta.modified == "2023-11-21T09:00:00+01:00"  # kept apart from published


def test_relative_dates_count_back_from_the_fetch() -> None:
    assert relative_date("2 jam yang lalu", NOW) == "2023-11-21T08:00:00+07:00"
    assert relative_date("5 menit lalu", NOW) == "2023-11-21T09:55:00+07:00"
    assert relative_date("3 hours ago", NOW, timedelta(0)) == "2023-11-21T00:00:00+00:00"
    assert relative_date("Kemarin, 21:15 WIB", NOW) == "2023-11-20T21:15:00+07:00"
    assert relative_date("Harga naik dua persen", NOW) is None
    assert _meta("", "<div>Nadia Putri | 2 jam yang lalu</div>").published == "2023-11-21T08:00:00+07:00"


def test_updated_line_is_modified_not_published() -> None:
    meta = _meta("", "<div>Jum'at, 17 November 2023 | 18:27 WIB. Diperbarui 21 November 2023, 08:00 WIB</div>")
    assert meta.published == "2023-11-17T18:27:00+07:00"
    assert meta.modified == "2023-11-21T08:00:00+07:00"


def test_european_and_american_forms() -> None:
    assert parse_date("19. Oktober 2019", timedelta(0)) == "2019-10-19T00:00:00+00:00"
    assert parse_date("May 19, 2020", timedelta(0)) == "2020-05-19T00:00:00+00:00"
    assert parse_date("11/08/23 5:19pm", timedelta(0), month_first=True) == "2023-11-08T17:19:00+00:00"
    assert parse_date("11/08/2023", timedelta(0)) == "2023-08-11T00:00:00+00:00"  # day first by default


# --- Which of a page's dates is the publication's (issue 14, second round) ---------------------------------------

LD_PUBLISHED = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Judul Berita",'
                '"datePublished":"2023-11-02T08:00:00+07:00"}</script>')  # fmt: skip


def test_two_digit_year_glued_to_a_time() -> None:
    # a forum post header: the author's name, then "02.11.23" and "14:05" with no space between
    assert parse_date("rina_s02.11.2314:05") == "2023-11-02T00:00:00+07:00"
    assert parse_date("02.11.2023 14:05") == "2023-11-02T14:05:00+07:00"
    # a hidden machine-readable stamp glued to the printed day: the printed day is read
    assert parse_date("Nadia Putri2023-11-20T10:10:52+07:0002. November 2023") == "2023-11-02T00:00:00+07:00"


def test_dates_labelled_as_something_else_are_not_the_articles() -> None:
    # a forum post: the member's joining date and a book's release date come before the post's own date
    under = ("<div>Budi Santoso</div><div>Bergabung: 04.05.2019</div><div>Erscheinungsdatum: 01.10.2023</div>"
             "<div>02.11.2023 14:05</div>")  # fmt: skip
    assert _meta("", under).published == "2023-11-02T14:05:00+07:00"


def test_structured_date_kept_when_the_dateline_prints_it_after_the_update() -> None:
    # the line under the headline shows the update first and the publication after it
    meta = _meta(LD_PUBLISHED, "<div>2023-11-20 10:00 · 2 November 2023</div>")
    assert meta.published == "2023-11-02T08:00:00+07:00"
    # a dateline that shows only another day is what readers see: it wins
    assert _meta(LD_PUBLISHED, "<div>20 November 2023</div>").published.startswith("2023-11-20")


def test_ambiguous_numeric_dateline_read_the_way_the_structured_date_says() -> None:
    # 11/02/2023 is the 11th of February day first, November 2 month first: the page's data says November 2
    assert _meta(LD_PUBLISHED, "<div>11/02/2023</div>").published == "2023-11-02T08:00:00+07:00"


def test_labelled_publication_date_away_from_the_headline() -> None:
    footer = "<footer><p>Letzte Änderung: 31.10.2023 - 14:49<br>Erschienen am: 01.11.2023<br>Lesungen: 61</p></footer>"
    html = ("<html lang='de'><head><title>Ein Buch</title></head><body><h1>Ein Buch</h1><p>Text der Rezension, "
            f"lang genug.</p>{footer}</body></html>")  # fmt: skip
    meta = read_metadata(parse(html), "https://rezensionen.example/a,1.html", timedelta(0), now=NOW)
    assert meta.published is not None and meta.published.startswith("2023-11-01")


def test_offset_from_one_instant_written_in_utc_and_in_local_time() -> None:
    # the data says 05:30:59 UTC on the 9th; the page's <time> says 23:30:59 with no zone: it is at -06:00
    head = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Judul Berita",'
            '"datePublished":"2023-11-09T05:30:59Z"}</script>')  # fmt: skip
    meta = _meta(head, '<time datetime="2023-11-08 23:30:59"></time>', lang="en-US", url="https://news.example/a")
    assert meta.published == "2023-11-08T23:30:59-06:00"
    # a bare date (no seconds to pair) says nothing: the site's zone stays
    meta = _meta(head, '<time datetime="2023-11-08"></time>', lang="en-US", url="https://news.example/a")
    assert meta.published == "2023-11-09T00:30:59-05:00"


def test_day_in_the_url_wins_when_the_page_dates_itself_months_away() -> None:
    # a blog post republished by its template two years on: the address keeps the day it first appeared
    head = '<meta property="article:published_time" content="2019-06-17T18:28:00+07:00">'
    meta = _meta(head, url="https://blog.example.id/home/2017/7/12/pantai-sepi")
    assert meta.published == "2017-07-12T00:00:00+07:00"
    # a few days apart (a late edit, a zone): the page's own time stands
    meta = _meta(head, url="https://blog.example.id/2019/06/15/pantai-sepi/")
    assert meta.published == "2019-06-17T18:28:00+07:00"


def test_a_line_of_figures_ending_like_an_offset_is_no_zone() -> None:
    """ "-2464" after a date is not a UTC offset (offsets stop at 14 hours): the date is read, nothing raises."""
    assert parse_date("Score 12 May 2020 -2464") == "2020-05-12T00:00:00+07:00"


def test_a_time_written_before_its_date_is_read() -> None:
    """Wire-service date lines put the time first: "Updated 1:39 am EST, Wednesday, November 20, 2019"."""
    assert parse_date("Updated 1:39 am EST, Wednesday, November 20, 2019") == "2019-11-20T01:39:00-05:00"
    assert parse_date("Published 4:00 pm CST, Wednesday, November 20, 2019") == "2019-11-20T16:00:00-06:00"
    assert parse_date("10:15 WIB, Senin 12 Februari 2024") == "2024-02-12T10:15:00+07:00"
    # a time that belongs to something else, far before the day or with other figures between, is not the day's
    assert parse_date("Ref 10:15 of the minutes, 2 items, then 12 Februari 2024") == "2024-02-12T00:00:00+07:00"
