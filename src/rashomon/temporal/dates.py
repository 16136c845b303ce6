"""Dates at a granularity (day, week, month, quarter, half, year, decade) and their arithmetic.

A ``Point`` is a calendar period: its first day plus how coarse it is. TIMEX3
values are written from it; relative expressions move it by whole units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

# Coarsest first; a value can be written at any granularity at least as coarse as its own.
ORDER = {"C": 0, "DE": 1, "Y": 2, "H": 3, "S": 3, "Q": 4, "M": 5, "W": 6, "D": 7}
SEASON_START = {"WI": 12, "SP": 3, "SU": 6, "FA": 9}
SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU",
                   9: "FA", 10: "FA", 11: "FA"}


@dataclass(frozen=True)
class Point:
    gran: str
    start: date

    def value(self) -> str:
        d = self.start
        if self.gran == "D":
            return d.isoformat()
        if self.gran == "W":
            year, week, _ = d.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if self.gran == "M":
            return f"{d.year:04d}-{d.month:02d}"
        if self.gran == "Q":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if self.gran == "H":
            return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
        if self.gran == "S":
            # A winter carries the year it starts in (December).
            return f"{d.year:04d}-{SEASON_OF_MONTH[d.month]}"
        if self.gran == "DE":
            return f"{d.year // 10:03d}X"  # the contract writes decades "199X"
        if self.gran == "C":
            return f"{d.year // 100:02d}"
        return f"{d.year:04d}"

    def at(self, gran: str) -> Point:
        """The same period written at another granularity."""
        return Point(gran, self.start)

    def finer_or_equal(self, gran: str) -> bool:
        return ORDER[self.gran] >= ORDER[gran]


def add_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    if year < 1 or year > 9999:
        return d
    return date(year, month + 1, min(d.day, days_in_month(year, month + 1)))


def days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - timedelta(days=1)).day


def shift(point: Point, unit: str, amount: int) -> Point:
    """Move a period by ``amount`` units (D, W, M, Q, H, S, Y, DE, C), keeping its granularity."""
    d = point.start
    try:
        if unit == "D":
            d = d + timedelta(days=amount)
        elif unit == "W":
            d = d + timedelta(weeks=amount)
        elif unit in ("M", "Q", "H", "S"):
            d = add_months(d, amount * {"M": 1, "Q": 3, "H": 6, "S": 12}[unit])
        elif unit == "Y":
            d = add_months(d, 12 * amount)
        elif unit == "DE":
            d = add_months(d, 120 * amount)
        elif unit == "C":
            d = add_months(d, 1200 * amount)
    except OverflowError:
        return point
    return Point(point.gran, d)


def truncate(d: date, gran: str) -> date:
    """First day of the period of ``gran`` containing ``d``."""
    if gran == "W":
        return d - timedelta(days=d.weekday())
    if gran == "M":
        return d.replace(day=1)
    if gran == "Q":
        return date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    if gran == "H":
        return date(d.year, 1 if d.month <= 6 else 7, 1)
    if gran == "S":
        start = (d.month // 3) * 3 or 12
        return date(d.year - 1 if start == 12 and d.month < 12 else d.year, start, 1)
    if gran == "Y":
        return date(d.year, 1, 1)
    if gran == "DE":
        return date(max(d.year // 10 * 10, 1), 1, 1)
    return d


MIN_YEAR, MAX_YEAR = 1000, 8999
_VALUE = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|W(\d{2})|Q([1-4])|H([12])|(SP|SU|FA|WI)))?")


def parse_point(value: str | None) -> Point | None:
    """Read an ISO partial date (or a TIMEX3 week/quarter/half/season value) as a Point."""
    if not value:
        return None
    m = _VALUE.match(value)
    if not m:
        return None
    year = int(m.group(1))
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None  # no news is dated there, and arithmetic near year 1 or 9999 overflows
    try:
        if m.group(3):
            return Point("D", date(year, int(m.group(2)), int(m.group(3))))
        if m.group(2):
            return Point("M", date(year, int(m.group(2)), 1))
        if m.group(4):
            return Point("W", date.fromisocalendar(year, int(m.group(4)), 1))
        if m.group(5):
            return Point("Q", date(year, 3 * int(m.group(5)) - 2, 1))
        if m.group(6):
            return Point("H", date(year, 6 * int(m.group(6)) - 5, 1))
        if m.group(7):
            return Point("S", date(year, SEASON_START[m.group(7)], 1))
        return Point("Y", date(year, 1, 1))
    except ValueError:
        return None


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (or, for n = -1, last) ISO weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, month, days_in_month(year, month))
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)
