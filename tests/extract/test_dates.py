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
