"""Dates as news sites print them, read into ISO 8601 with a UTC offset.

Handles ISO strings, "2026/03/25 15:11:47", and Indonesian forms such as
"Jum'at, 29 Juli 2025 | 18:27", "Kompas.com - 23/07/2025, 22:21 WIB" and "29 Jul 2025 07:05 WIB".
A time with no zone is read in the site's zone (WIB, +07:00, for Indonesian sites).
dateparser reads neither "Jum'at" nor a "Kompas.com - " prefix, so this small reader is ours.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "feb": 2, "pebruari": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}  # fmt: skip
ZONES = {"wib": 7, "wita": 8, "wit": 9, "utc": 0, "gmt": 0, "z": 0}

_ISO = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$"
)
_NUMERIC = re.compile(r"(?<!\d)(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})(?:\D{1,4}?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?")
_WORDY = re.compile(
    r"(?<!\d)(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:\D{1,6}?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?"
)
_ZONE = re.compile(r"\b(WIB|WITA|WIT|UTC|GMT)\b|([+-]\d{2}:?\d{2})\s*$", re.IGNORECASE)


def parse_date(value: str | None, default_offset: timedelta = timedelta(hours=7)) -> str | None:
    """Return `value` as ISO 8601 with an offset, or None when it holds no date."""
    if not value:
        return None
    parsed = _parse(value.strip(), default_offset)
    return parsed.isoformat() if parsed else None


def _parse(text: str, default_offset: timedelta) -> datetime | None:
    iso = _ISO.match(text)
    if iso:
        year, month, day, hour, minute, second, zone = iso.groups()
        tz = _offset(zone) if zone else timezone(default_offset)
        return _build(int(year), int(month), int(day), hour, minute, second, tz)
    tz = _zone_in(text) or timezone(default_offset)
    wordy = _WORDY.search(text)
    if wordy:
        day, month_name, year, hour, minute, second = wordy.groups()
        month = MONTHS.get(month_name.lower())
        if month:
            return _build(int(year), month, int(day), hour, minute, second, tz)
    numeric = _NUMERIC.search(text)
    if numeric:
        first, middle, last, hour, minute, second = numeric.groups()
        if len(first) == 4:  # 2026/03/25
            year, month, day = int(first), int(middle), int(last)
        else:  # 23/07/2025: day first, as Indonesian sites write it
            day, month, year = int(first), int(middle), int(last)
            year += 2000 if year < 100 else 0
        return _build(year, month, day, hour, minute, second, tz)
    return None


def _build(year: int, month: int, day: int, hour: str | None, minute: str | None, second: str | None,
           tz: timezone) -> datetime | None:  # fmt: skip
    try:
        return datetime(year, month, day, int(hour or 0), int(minute or 0), int(second or 0), tzinfo=tz)
    except ValueError:
        return None


def _zone_in(text: str) -> timezone | None:
    match = _ZONE.search(text)
    if not match:
        return None
    if match.group(1):
        return timezone(timedelta(hours=ZONES[match.group(1).lower()]))
    return _offset(match.group(2))


def _offset(zone: str) -> timezone:
    if zone.upper() == "Z":
        return UTC
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))
