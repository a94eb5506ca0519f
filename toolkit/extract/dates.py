"""Dates as news sites print them, read into ISO 8601 with a UTC offset.

Handles ISO strings, "2026/03/25 15:11:47", and Indonesian forms such as
"Jum'at, 29 Juli 2025 | 18:27", "Kompas.com - 23/07/2025, 22:21 WIB" and "29 Jul 2025 07:05 WIB".
A time with no zone is read in the site's zone (WIB, +07:00, for Indonesian sites).
dateparser reads neither "Jum'at" nor a "Kompas.com - " prefix, so this small reader is ours.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from toolkit.extract import urls

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
    # German, Dutch, French, Spanish, Portuguese, Italian: the languages news sites are most often read in
    "januar": 1, "jänner": 1, "janvier": 1, "enero": 1, "janeiro": 1, "gennaio": 1, "januari ": 1,
    "februar": 2, "février": 2, "fevrier": 2, "febrero": 2, "fevereiro": 2, "febbraio": 2, "feber": 2,
    "märz": 3, "maerz": 3, "maart": 3, "mars": 3, "marzo": 3, "março": 3, "marco": 3, "mär": 3,
    "avril": 4, "abril": 4, "aprile": 4,
    "mai": 5, "mayo": 5, "maio": 5, "maggio": 5, "mei ": 5,
    "juin": 6, "junio": 6, "junho": 6, "giugno": 6,
    "juillet": 7, "julio": 7, "julho": 7, "luglio": 7,
    "august ": 8, "augustus": 8, "août": 8, "aout": 8, "agosto": 8,
    "septembre": 9, "septiembre": 9, "setembro": 9, "settembre": 9, "setiembre": 9,
    "oktober ": 10, "octobre": 10, "octubre": 10, "outubro": 10, "ottobre": 10, "okt.": 10,
    "novembre": 11, "noviembre": 11, "novembro": 11,
    "dezember": 12, "décembre": 12, "decembre": 12, "diciembre": 12, "dezembro": 12, "dicembre": 12, "dez": 12,
}  # fmt: skip
MONTHS = {k.strip(" ."): v for k, v in MONTHS.items()}
ZONES = {"wib": 7, "wita": 8, "wit": 9, "utc": 0, "gmt": 0, "z": 0, "cet": 1, "cest": 2, "bst": 1, "est": -5,
         "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7}  # fmt: skip

_ISO = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$"
)
_NUMERIC = re.compile(  # "28.09.1912:44" is the 28th of September 2019 at 12:44, not a year 1912
    r"(?<!\d)(\d{1,4})[/.-] ?(\d{1,2})[/.-] ?(\d{4}(?!:\d\d)|\d{2})(?:\D{1,4}?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?"
)
_WORDY = re.compile(  # a day may follow a time glued to it: "...T10:10:52+01:0025. Dezember 2022"
    r"(?:(?<!\d)|(?<=:\d\d))(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,10})\.?,?\s+(?:de\s+)?(\d{4})"
    r"(?:\D{1,8}?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?"
)
_MONTH_FIRST = re.compile(  # "May 19, 2020", "Fri Feb 18 10:27:24 2022"
    r"\b([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:(\d{1,2}):(\d{2})(?::(\d{2}))?\s+)?(\d{4})"
    r"(?:\D{1,8}?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?"
)
_TIME_FIRST = re.compile(r"(?<![\d:T+-])(\d{1,2}):(\d{2})(?::(\d{2}))?(?P<gap>\D{0,40})$")
"""A time written just before its date, words between: "Updated 1:39 am EST, Wednesday, November 20, 2019"."""
_PM = re.compile(r"\d\s*p\.?\s?m\b\.?", re.IGNORECASE)
_ZONE = re.compile(r"\b(WIB|WITA|WIT|UTC|GMT|CES?T|BST|[ECMP][SD]T)\b|([+-]\d{2}:?\d{2})\s*$", re.IGNORECASE)


def parse_date(value: str | None, default_offset: timedelta | tzinfo = timedelta(hours=7),
               month_first: bool = False) -> str | None:  # fmt: skip
    """Return `value` as ISO 8601 with an offset, or None when it holds no date. A time that names no zone
    is in `default_offset` (a fixed offset, or a zone such as Europe/Berlin whose offset depends on the day).
    `month_first` reads 11/08/23 as November 8 (American pages); otherwise day first, as Indonesia writes it."""
    if not value:
        return None
    default = default_offset if isinstance(default_offset, tzinfo) else timezone(default_offset)
    parsed = _parse(value.strip(), default, month_first)
    return parsed.isoformat() if parsed else None


def _parse(text: str, default: tzinfo, month_first: bool = False) -> datetime | None:
    iso = _ISO.match(text)
    if iso:
        year, month, day, hour, minute, second, zone = iso.groups()
        tz = _offset(zone) if zone else default
        return _build(int(year), int(month), int(day), hour, minute, second, tz)
    tz = _zone_in(text) or default
    pm = bool(_PM.search(text))
    wordy = _WORDY.search(text)
    if wordy:
        day, month_name, year, hour, minute, second = wordy.groups()
        month = MONTHS.get(month_name.lower())
        if month:
            hour, minute, second = (hour, minute, second) if hour else _time_before(text, wordy.start())
            return _build(int(year), month, int(day), hour, minute, second, tz, pm)
    named_first = _MONTH_FIRST.search(text)
    if named_first:
        month_name, day, hour, minute, second, year, hour2, minute2, second2 = named_first.groups()
        month = MONTHS.get(month_name.lower())
        if month:
            hour, minute, second = (hour or hour2, minute or minute2, second or second2)
            hour, minute, second = (hour, minute, second) if hour else _time_before(text, named_first.start())
            return _build(int(year), month, int(day), hour, minute, second, tz, pm)
    numeric = _NUMERIC.search(text)
    if numeric:
        first, middle, last, hour, minute, second = numeric.groups()
        if len(first) == 4:  # 2026/03/25
            year, month, day = int(first), int(middle), int(last)
        else:  # 23/07/2025: day first, as Indonesian sites write it
            day, month, year = int(first), int(middle), int(last)
            year += 2000 if year < 100 else 0
            if month > 12 >= day or (month_first and day <= 12):  # 11/28/2023: the American order
                day, month = month, day
        return _build(year, month, day, hour, minute, second, tz, pm)
    return None


def _time_before(text: str, start: int) -> tuple[str | None, str | None, str | None]:
    """The time written before a date that has none after it, as (hour, minute, second)."""
    found = _TIME_FIRST.search(text[:start])
    return found.group(1, 2, 3) if found else (None, None, None)


def _build(year: int, month: int, day: int, hour: str | None, minute: str | None, second: str | None,
           tz: tzinfo, afternoon: bool = False) -> datetime | None:  # fmt: skip
    hours = int(hour or 0) + (12 if afternoon and hour and int(hour) < 12 else 0)
    try:
        return datetime(year, month, day, hours, int(minute or 0), int(second or 0), tzinfo=tz)
    except ValueError:
        return None


def _zone_in(text: str) -> timezone | None:
    match = _ZONE.search(text)
    if not match:
        return None
    if match.group(1):
        return timezone(timedelta(hours=ZONES[match.group(1).lower()]))
    try:
        return _offset(match.group(2))
    except ValueError:  # "-2464" ends a line of figures, not a time: no zone
        return None


def _offset(zone: str) -> timezone:
    if zone.upper() == "Z":
        return UTC
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))


# --- Relative dates: "2 jam yang lalu", "5 menit lalu", "kemarin", "3 hours ago" -------------------------------

_RELATIVE = re.compile(
    r"(?<!\w)(\d{1,3}|an?|se)\s*(detik|menit|jam|hari|minggu|pekan|bulan|seconds?|secs?|minutes?|mins?|hours?|hrs?"
    r"|days?|weeks?)\s+(?:yang\s+)?(?:lalu|silam|ago)\b",
    re.IGNORECASE,
)
_UNITS = {
    "detik": 1, "sec": 1, "second": 1, "menit": 60, "min": 60, "minute": 60, "jam": 3600, "hour": 3600, "hr": 3600,
    "hari": 86400, "day": 86400, "minggu": 604800, "pekan": 604800, "week": 604800, "bulan": 2592000,
}  # fmt: skip
_YESTERDAY = re.compile(r"(?<!\w)(kemarin|yesterday)\b(?:\D{0,12}?(\d{1,2})[:.](\d{2}))?", re.IGNORECASE)


def relative_date(text: str | None, now: datetime, zone: timedelta | tzinfo = timedelta(hours=7)) -> str | None:
    """ "2 jam yang lalu" -> `now` less two hours, in the site's zone; "kemarin 10:15" -> yesterday at 10:15."""
    if not text:
        return None
    local_now = now.astimezone(zone if isinstance(zone, tzinfo) else timezone(zone))
    match = _RELATIVE.search(text)
    if match:
        count, unit = match.groups()
        amount = 1 if not count[0].isdigit() else int(count)
        unit = unit.lower().rstrip("s") if unit.lower() not in _UNITS else unit.lower()
        seconds = next((v for k, v in _UNITS.items() if unit.startswith(k)), None)
        if seconds:
            return (local_now - timedelta(seconds=amount * seconds)).replace(microsecond=0).isoformat()
    match = _YESTERDAY.search(text)
    if match:
        day = local_now - timedelta(days=1)
        hour, minute = (int(match.group(2)), int(match.group(3))) if match.group(2) else (0, 0)
        if hour < 24 and minute < 60:
            return day.replace(hour=hour, minute=minute, second=0, microsecond=0).isoformat()
    return None


# --- The page's own zone, and instants moved into it -------------------------------------------------------------

_STATED_OFFSET = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*([+-]\d{2}:?\d{2})\b")


def stated_offset(texts: list[str]) -> timedelta | None:
    """The zone a page writes its own times in: the most common non-zero offset among its ISO timestamps.
    A page that writes every time in UTC says nothing about where it is, so that gives None."""
    counts: dict[timedelta, int] = {}
    for text in texts:
        for zone in _STATED_OFFSET.findall(text or ""):
            delta = _offset(zone).utcoffset(None)
            if delta:
                counts[delta] = counts.get(delta, 0) + 1
    return max(counts, key=lambda d: counts[d]) if counts else _paired_offset(texts)


_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]00:?00)?(?![\d.:+-])")
MAX_OFFSET = timedelta(hours=14)


def _paired_offset(texts: list[str]) -> timedelta | None:
    """A page that writes the same instant twice, once in UTC and once as local time with no zone
    ("2023-11-09T05:30:59Z" and "2023-11-08 23:30:59"), says its offset: the difference (-06:00)."""
    utc, local = set(), set()
    for text in texts:
        for day, clock, zone in _STAMP.findall(text or ""):
            (utc if zone else local).add(datetime.fromisoformat(f"{day}T{clock}"))
    for stamp in local:
        for instant in utc:
            delta = stamp - instant
            if delta and abs(delta) <= MAX_OFFSET and stamp.second and not delta % timedelta(minutes=15):
                return delta
    return None


def in_zone(iso: str | None, zone: tzinfo | None) -> str | None:
    """An instant stated in UTC, moved into the site's zone so that its day is the day the site printed.
    A bare midnight ("2021-10-15T00:00:00Z") is a date without a time: it is left as it is."""
    if not iso or zone is None:
        return iso
    try:
        value = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if value.utcoffset() != timedelta(0) or (value.hour, value.minute, value.second) == (0, 0, 0):
        return iso
    return value.astimezone(zone).isoformat()


def day_at(day: str, zone: tzinfo) -> str | None:
    """ "2021-11-02" -> midnight of that day in the site's zone (a day with no time stated)."""
    try:
        found = datetime.fromisoformat(day[:10])
    except ValueError:
        return None
    return found.replace(tzinfo=zone).isoformat()


def same_day(a: str | None, b: str | None) -> bool:
    return bool(a and b) and a[:10] == b[:10]  # type: ignore[index]


# --- The site's zone from its locale ------------------------------------------------------------------------------

COUNTRY_ZONES = {
    "de": "Europe/Berlin", "at": "Europe/Vienna", "ch": "Europe/Zurich", "fr": "Europe/Paris", "es": "Europe/Madrid",
    "it": "Europe/Rome", "nl": "Europe/Amsterdam", "be": "Europe/Brussels", "pl": "Europe/Warsaw",
    "cz": "Europe/Prague", "gb": "Europe/London", "uk": "Europe/London", "ie": "Europe/Dublin", "pt": "Europe/Lisbon",
    "fi": "Europe/Helsinki", "se": "Europe/Stockholm", "no": "Europe/Oslo", "dk": "Europe/Copenhagen",
    "br": "America/Sao_Paulo", "ar": "America/Argentina/Buenos_Aires", "mx": "America/Mexico_City",
    "co": "America/Bogota", "pe": "America/Lima", "cl": "America/Santiago", "us": "America/New_York",
    "ca": "America/Toronto", "au": "Australia/Sydney", "in": "Asia/Kolkata", "id": "Asia/Jakarta",
    "my": "Asia/Kuala_Lumpur", "sg": "Asia/Singapore", "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "cn": "Asia/Shanghai",
    "ru": "Europe/Moscow", "ua": "Europe/Kyiv", "il": "Asia/Jerusalem",
}  # fmt: skip
LANGUAGE_COUNTRY = {"de": "de", "fr": "fr", "it": "it", "nl": "nl", "pl": "pl", "cs": "cz", "fi": "fi", "sv": "se",
                    "da": "dk", "id": "id", "ja": "jp", "ko": "kr", "uk": "ua"}  # fmt: skip
"""Languages spoken mostly in one zone; English, Spanish and Portuguese are not."""


def locale_zone(language_tag: str | None, host: str) -> tzinfo | None:
    """The zone a site is most likely in: the region of its language tag ("pt-BR"), else its country-code
    domain (".de"), else a language spoken mostly in one zone ("de"). None when nothing says."""
    parts = re.split(r"[-_]", (language_tag or "").strip().lower())
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    for country in (parts[1] if len(parts) > 1 else "", tld, LANGUAGE_COUNTRY.get(parts[0], "")):
        if country in COUNTRY_ZONES:
            try:
                return ZoneInfo(COUNTRY_ZONES[country])
            except ZoneInfoNotFoundError:  # a machine without the zone database: fixed offsets only
                return None
    return None


# --- Reading a page's dates ---------------------------------------------------------------------------------------

_UPDATED = re.compile(
    r"\b(diperbarui|diperbaharui|pembaruan|update[ds]?|aktualisiert|geändert|letzte änderung|modifié|mis à jour"
    r"|actualizado|atualizado"
    r"|aggiornato|last modified|bijgewerkt)\b",
    re.IGNORECASE,
)
_NOT_PUBLISHED = re.compile(
    r"\b(registriert|registered|joined|member since|mitglied seit|dabei seit|bergabung|terdaftar|erscheinungs(?:datum|"
    r"termin)|release date|date de sortie|geboren|born)\b",
    re.IGNORECASE,
)
"""A label that says the date after it is not the article's: a forum member's joining, a book's release."""
_HAS_DAY = re.compile(r"\d")
MAX_DATE_LINE = 80
EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)
"""A longer line by the headline is prose (a caption, a standfirst) that may mention another date."""


def visible_dates(lines: list[str], offset: tzinfo, now: datetime, month_first: bool = False
                  ) -> tuple[str | None, str | None]:  # fmt: skip
    """(published, modified) as printed next to the headline: "Jum'at, 29 Juli 2025 | 18:27 WIB",
    "2 jam yang lalu", "Diperbarui 30 Juli 2025" (the updated one is kept apart)."""
    published = modified = None
    for line in lines:
        if len(line) > MAX_DATE_LINE or not _HAS_DAY.search(line):
            continue
        update = _UPDATED.search(line)
        head = line[: update.start()] if update else line
        other = _NOT_PUBLISHED.search(head)
        head = head[: other.start()] if other else head
        tail = line[update.end() :] if update else ""
        found = _visible(head, offset, now, month_first)
        if found and not published:
            published = found
        if update and not modified:
            modified = _visible(tail, offset, now, month_first)
        if published:
            break
    return published, modified


_PUBLISHED_LABEL = re.compile(
    r"\b(?:erschienen am|veröffentlicht am|published on|published|publié le|date de publication|publicado(?: el| em)?"
    r"|pubblicato(?: il)?|diterbitkan|dipublikasikan|gepubliceerd op|written|posted on)\b\s*:?\s*",
    re.IGNORECASE,
)
LABELLED_SPAN = 40


def labelled_date(lines: list[str], offset: tzinfo, now: datetime, month_first: bool = False) -> str | None:
    """The first date on the page that a label says is the publication's: "Erschienen am: 01.11.2023",
    "Published: 7 November 2023" (in a footer or sidebar, where no dateline by the headline was found)."""
    for line in lines:
        for label in _PUBLISHED_LABEL.finditer(line):
            found = _visible(line[label.end() : label.end() + LABELLED_SPAN], offset, now, month_first)
            if found:
                return found
    return None


def days_in(lines: list[str], zone: tzinfo, month_first: bool = False) -> set[str]:
    """Every day ("YYYY-MM-DD") written in the lines that are short enough to be a dateline."""
    found = set()
    for line in lines:
        if len(line) > MAX_DATE_LINE:
            continue
        for form in (_WORDY, _MONTH_FIRST, _NUMERIC):
            found.update(day[:10] for m in form.finditer(line) if (day := parse_date(m.group(0), zone, month_first)))
    return found


def _visible(text: str, offset: tzinfo, now: datetime, month_first: bool = False) -> str | None:
    if not text.strip():
        return None
    if _WORDY.search(text) or _MONTH_FIRST.search(text) or _NUMERIC.search(text):
        found = parse_date(text, offset, month_first)
        # a news page printed after the web began and before its own fetch; anything else is a misreading
        plausible = found and EARLIEST <= datetime.fromisoformat(found) <= now + timedelta(days=1)
        return found if plausible else None
    return relative_date(text, now, offset)


_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/_-]|\.html?$|$)")
URL_DAY_SLACK = timedelta(days=31)


def url_day(url: str, published: str | None) -> str | None:
    """The day in an article URL ("/2017/7/12/slug") when the page's date is more than a month away from it.
    A CMS writes the day of first publication into the address and keeps it; a page that moved, was
    republished or dates itself by its template drifts from it by months or years, seldom by days."""
    parts = urls.split(url)
    found = _URL_DAY.search(parts.path) if parts else None
    if not found or not published:
        return None
    try:
        day = datetime(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None
    away = abs(day - datetime.fromisoformat(published[:10]))
    return day.date().isoformat() if away > URL_DAY_SLACK else None


def htmldate_day(tree: object, url: str | None = None) -> str | None:
    """The publication day htmldate finds on a page (its markup and URL), "YYYY-MM-DD" or None."""
    from htmldate import find_date  # imported late: a module of its own weight that not every run needs

    try:
        return find_date(tree, url=url, original_date=True, extensive_search=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises on odd markup; a page without a date is not an error
        return None
