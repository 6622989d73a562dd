"""Partial dates: a year, a month or a day, as the sources give them.

News reports often date a fact only to the month ("im Mai 2025") or leave the year implicit. A
`PartialDate` keeps exactly the precision the source supports, as an ISO string of 4, 7 or 10
characters, and converts to the interval of days it covers when dates are compared.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Annotated

from pydantic import BeforeValidator

_PARTIAL = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


def parse_partial_date(value: object) -> str:
    """Validate and normalise a partial date; accepts `date` objects and ISO strings."""
    if isinstance(value, dt.datetime):
        raise ValueError("a date as YYYY, YYYY-MM or YYYY-MM-DD, without a time")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return str(value)
    if not isinstance(value, str):
        raise ValueError("a date as YYYY, YYYY-MM or YYYY-MM-DD")
    m = _PARTIAL.match(value.strip())
    if not m:
        raise ValueError("a date as YYYY, YYYY-MM or YYYY-MM-DD (no time of day)")
    year, month, day = m.groups()
    if int(year) < 1:
        raise ValueError("a year from 0001 on")
    if month is not None and not 1 <= int(month) <= 12:
        raise ValueError("a month between 01 and 12")
    if day is not None:
        try:
            dt.date(int(year), int(month), int(day))
        except ValueError:
            raise ValueError("a day that exists in the calendar") from None
    return value.strip()


PartialDate = Annotated[str, BeforeValidator(parse_partial_date)]
"""An ISO date of year, month or day precision ("2025", "2025-05", "2025-05-16")."""


def first_day(value: str) -> dt.date:
    """The earliest day a partial date can mean."""
    parts = [int(p) for p in value.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_day(value: str) -> dt.date:
    """The latest day a partial date can mean."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return dt.date(parts[0], parts[1], parts[2])


def sort_key(value: str | None) -> tuple[dt.date, int]:
    """Order partial dates by their first day, coarser dates first; unknown dates last."""
    if value is None:
        return (dt.date.max, 0)
    return (first_day(value), len(value))
