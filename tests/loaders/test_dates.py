"""Date expressions resolved against the article's date; nothing invented."""

from __future__ import annotations

import pytest

from loaders.dates import find_dates, parse_reference


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("On June 30, police detained seven", "2025", ("2025-06-30", "day")),
        ("in February, Aliyev's office", "2025", ("2025-02", "month")),
        ("since last December", "2025", ("2024-12", "month")),
        ("last December", "2025-07-01", ("2024-12", "month")),
        ("crashed on Dec. 25, 2024, after", "2025", ("2024-12-25", "day")),
        ("On 11 August, Aliyev signed", "2025", ("2025-08-11", "day")),
        ("in July 2022, the EU", None, ("2022-07", "month")),
        ("established in 2008 by", None, ("2008", "year")),
        ("in December the plane", "2025-07-03", ("2024-12", "month")),  # not after the article
        ("this month", "2025-07-03", ("2025-07", "month")),
        ("last year", "2025", ("2024", "year")),
    ],
)
def test_date_expressions(text: str, reference: str | None, expected: tuple[str, str]) -> None:
    (found,) = find_dates(text, parse_reference(reference))
    assert (found.date.value, found.date.precision) == expected


@pytest.mark.parametrize(
    "text", ["On June 30, police detained", "in February", "last December", "this month"]
)
def test_no_anchor_no_date(text: str) -> None:
    assert find_dates(text, None) == []


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("Moscow may retaliate", parse_reference("2025")) == []


def test_impossible_day_is_dropped() -> None:
    assert find_dates("on February 30", parse_reference("2025")) == []


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("officials said on Saturday", "2024-12-25", "2024-12-21"),  # a Wednesday: the Saturday before
        ("the strike on Wednesday", "2024-12-25", "2024-12-25"),  # the article's own day
        ("Thursday's attack", "2024-12-25", "2024-12-19"),
        ("since last Monday", "2024-12-25", "2024-12-23"),
    ],
)
def test_a_weekday_is_the_latest_such_day_up_to_the_article(text: str, reference: str, expected: str) -> None:
    (found,) = find_dates(text, parse_reference(reference))
    assert (found.date.value, found.date.precision) == (expected, "day")


@pytest.mark.parametrize(
    ("text", "reference"),
    [("talks next Monday", "2024-12-25"), ("on Saturday", "2024-12"), ("on Saturday", None)],
)
def test_a_weekday_needs_a_dated_article_and_a_past(text: str, reference: str | None) -> None:
    assert find_dates(text, parse_reference(reference)) == []
