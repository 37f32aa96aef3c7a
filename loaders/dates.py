"""Date expressions in a sentence, resolved against the article's own date.

Invariant: a date is only ever produced from what the text states plus the article's
reference date; an expression that cannot be anchored (a bare "in June" in an article of
unknown year) yields no date rather than a guess.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Literal

from pydantic import BaseModel

Precision = Literal["day", "month", "year"]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_MONTH = (
    r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "December 25, 2024", "Dec. 25, 2024", "June 30"
    (
        "mdy",
        re.compile(
            rf"\b{_MONTH.format(g='m')}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR.format(g='y')})?"
        ),
    ),
    # "25 December 2024", "11 August"
    (
        "dmy",
        re.compile(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.format(g='m')}(?:,?\s+{_YEAR.format(g='y')})?"
        ),
    ),
    # "last December", "last year", "this month", "earlier this year"
    (
        "rel",
        re.compile(
            r"\b(?P<rel>last|this|next)\s+(?P<unit>year|month|"
            + "|".join(n for n in _MONTHS if len(n) > 3)
            + r")\b",
            re.IGNORECASE,
        ),
    ),
    # "February 2022", "in February", "in July 2022"
    ("my", re.compile(rf"\b{_MONTH.format(g='m')}(?:\s+{_YEAR.format(g='y')})?\b")),
    # "in 2008", "since 2001"
    ("y", re.compile(rf"\b(?:in|since|of|from|until|by)\s+{_YEAR.format(g='y')}\b")),
    # "on Saturday", "last Tuesday", "Thursday's strike": the latest such day up to the
    # article's date (never "next Monday", which has not happened)
    (
        "wd",
        re.compile(
            r"\b(?:(?P<rel>on|last|this|late|early|since)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|"
            r"Saturday|Sunday)\b(?!\s+(?:next|week))"
        ),
    ),
]
_WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
# "May" is also a verb; only read it as a month next to a day, year or "in"/"on".
_AMBIGUOUS = {"may", "mar", "jun", "jan", "dec", "aug", "oct", "nov", "sep", "feb", "apr", "jul"}


class DateValue(BaseModel):
    """An ISO date string at a precision: 2025-06-30 (day), 2025-06 (month), 2025 (year)."""

    value: str
    precision: Precision


class DateMention(BaseModel):
    """A resolved date expression at sentence-relative character offsets."""

    start: int
    end: int
    date: DateValue


def parse_reference(value: str | None) -> DateValue | None:
    """An article date given as YYYY, YYYY-MM or YYYY-MM-DD."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return DateValue(value=value, precision="day")
    if re.fullmatch(r"\d{4}-\d\d", value):
        return DateValue(value=value, precision="month")
    if re.fullmatch(r"\d{4}", value):
        return DateValue(value=value, precision="year")
    return None


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


def _ref_year_month(ref: DateValue | None) -> tuple[int | None, int | None]:
    if ref is None:
        return None, None
    parts = ref.value.split("-")
    return int(parts[0]), (int(parts[1]) if len(parts) > 1 else None)


def _anchor_year(month: int, ref: DateValue | None) -> int | None:
    """The year of a yearless month: the article's, or the one before if that is in its future."""
    year, ref_month = _ref_year_month(ref)
    if year is None:
        return None
    if ref_month is not None and month > ref_month:
        return year - 1
    return year


def _resolve(kind: str, m: re.Match[str], ref: DateValue | None, text: str) -> DateValue | None:
    groups = m.groupdict()
    if kind == "rel":
        year, ref_month = _ref_year_month(ref)
        if year is None:
            return None
        rel, unit = m.group("rel").lower(), m.group("unit").lower()
        step = {"last": -1, "this": 0, "next": 1}[rel]
        if unit == "year":
            return DateValue(value=str(year + step), precision="year")
        if unit == "month":
            if ref_month is None:
                return None
            index = year * 12 + ref_month - 1 + step
            return DateValue(value=f"{index // 12}-{index % 12 + 1:02d}", precision="month")
        month = _month(unit)
        if rel == "last":
            target = year - 1 if ref_month is None or month >= ref_month else year
        elif rel == "next":
            target = year + 1 if ref_month is None or month <= ref_month else year
        else:
            target = year
        return DateValue(value=f"{target}-{month:02d}", precision="month")
    if kind == "y":
        return DateValue(value=groups["y"], precision="year")
    if kind == "wd":
        return _weekday(m.group("wd"), ref, text[max(0, m.start() - 5) : m.start()].lower())
    month_name = groups["m"]
    if month_name.lower().rstrip(".") in _AMBIGUOUS and not groups.get("d") and not groups.get("y"):
        before = text[max(0, m.start() - 4) : m.start()].lower()
        if not re.search(r"\b(in|on|of)\s$", before):
            return None
    month = _month(month_name)
    year = int(groups["y"]) if groups.get("y") else _anchor_year(month, ref)
    if year is None:
        return None
    if groups.get("d"):
        day = int(groups["d"])
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            return None
        return DateValue(value=f"{year}-{month:02d}-{day:02d}", precision="day")
    return DateValue(value=f"{year}-{month:02d}", precision="month")


def _weekday(name: str, ref: DateValue | None, before: str) -> DateValue | None:
    """The latest `name` day on or before the article's date; a day only with a day-precise
    article date, and never after "next"."""
    if ref is None or ref.precision != "day" or before.endswith("next "):
        return None
    day = date.fromisoformat(ref.value)
    back = (day.weekday() - _WEEKDAYS[name]) % 7
    return DateValue(value=(day - timedelta(days=back)).isoformat(), precision="day")


def find_dates(text: str, reference: DateValue | None) -> list[DateMention]:
    """Every date expression in `text` that can be anchored, left to right, non-overlapping."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            value = _resolve(kind, m, reference, text)
            taken.append((m.start(), m.end()))
            if value is not None:
                found.append(DateMention(start=m.start(), end=m.end(), date=value))
    return sorted(found, key=lambda d: d.start)
