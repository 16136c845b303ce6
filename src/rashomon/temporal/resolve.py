"""Place a Reading against its reference date and write its TIMEX3 value.

Deictic expressions ("yesterday", "last November", "next week") count from the
publication date; anaphoric ones ("two days later", "the same day") from the
date the narrative last set. A bare weekday, month or quarter takes the
occurrence the tense points at: the past one in past-tense reporting, the
coming one after "will", the nearest one otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .dates import ORDER, SEASON_START, Point, add_months, easter, nth_weekday, parse_point, shift, truncate
from .lexicon import Lexicon
from .readings import Reading

UNRESOLVED = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "H": "XXXX-HX",
              "S": "XXXX", "Y": "XXXX", "DE": "XXXX", "C": "XX"}


# How much farther a date against the tense may be than one with it.
TENSE_PENALTY = 4.0


@dataclass
class Context:
    """What a reading is resolved against: the date line, the story's last date, the tense."""

    published: Point | None
    narrative: Point | None = None
    narrative_day: Point | None = None  # the last day the story set, when later dates were coarser
    tense: int | None = None  # -1 past, +1 future, None unknown
    firm_past: bool = False  # "since March", "voted in March": the past verb governs the expression itself


@dataclass
class Resolved:
    value: str
    reference: str | None
    point: Point | None  # the period it names, when it names one


def resolve(reading: Reading, ctx: Context, lex: Lexicon) -> Resolved:
    if reading.kind == "fixed":
        assert reading.value is not None
        point = parse_point(reading.value) if reading.type in ("date", "time") else None
        return Resolved(reading.value, None, point)
    if reading.kind == "shift":
        return _shift(reading, ctx)
    if reading.kind == "month":
        return _month(reading, ctx)
    if reading.kind == "weekday":
        return _weekday(reading, ctx)
    if reading.kind == "quarter":
        return _quarter(reading, ctx)
    if reading.kind == "season":
        return _season(reading, ctx)
    return _holiday(reading, ctx, lex)


def _suffix(point: Point, reading: Reading) -> str:
    value = point.value()
    if reading.part == "WE" and point.gran == "W":
        return value + "-WE"
    if point.gran == "D":
        if reading.clock:
            return value + reading.clock
        if reading.part and reading.part != "WE":
            return value + "T" + reading.part
    return value


def _shift(r: Reading, ctx: Context) -> Resolved:
    unit = r.unit or "D"
    anchor = ctx.published if r.anchor == "dct" else (ctx.narrative or ctx.published)
    gran = unit
    # Year-over-year comparisons in results reporting ("a year earlier", "a year ago")
    # name the same quarter of the year before, when a quarter is under discussion.
    if unit == "Y" and r.keep_gran and ctx.narrative is not None and ctx.narrative.gran == "Q":
        anchor, gran = ctx.narrative, "Q"
    if anchor is not None and r.anchor == "narrative" and not anchor.finer_or_equal(gran if gran != "W" else "D"):
        # The story's last date is too coarse ("built in 2022. Two days later"): its last day, else the date line.
        anchor = ctx.narrative_day or ctx.published
    if anchor is None or not anchor.finer_or_equal(gran if gran != "W" else "D"):
        return Resolved(UNRESOLVED.get(gran, "XXXX"), None, None)
    start = truncate(anchor.start, gran)
    amount = r.amount
    if r.part == "WE" and r.relation is None and anchor.gran == "D" and ctx.tense != 1:
        # "over the weekend" written on a weekday: the one just past.
        amount = -1 if anchor.start.isoweekday() < 6 else 0
    point = shift(shift(Point(gran, start), unit, amount), "Y", r.years)
    return Resolved(_suffix(point, r), anchor.value(), point)


def _pick_year(candidates: list[tuple[int, date]], today: date, tense: int | None, relation: int | None,
               whole_month: bool = False, amount: int = 0, firm_past: bool = False) -> int:
    """Of the same month-day in nearby years, the one 'last'/'next' or the tense points at.

    Tense only weighs distance: "set a Jan. 14 deadline" written on Jan. 6 means
    the coming one although the verb is past.
    """
    if relation == -1:
        before = [(y, d) for y, d in candidates if d < today]
        return max(before, key=lambda t: t[1])[0]
    if relation == 1:
        after = [(y, d) for y, d in candidates if d > today]
        return min(after, key=lambda t: t[1])[0]
    if relation == 0:
        return today.year
    if relation == 2:
        return candidates[1][0] + amount

    def cost(item: tuple[int, date]) -> float:
        days = (item[1] - today).days
        if whole_month and tense == -1 and days > 0 and (firm_past or days > 31):
            # "voted in March" cannot be a March still to come; but the very next month, away from the
            # past verb, is a plan reported ("announced a cut in September"): a year back it would be "last".
            return float("inf")
        against = (tense == -1 and days > 0) or (tense == 1 and days < 0) or (tense is None and days > 0)
        return abs(days) * (TENSE_PENALTY if against else 1.0)

    return min(candidates, key=cost)[0]


def _safe_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


def _day_of_month(r: Reading, ctx: Context) -> Resolved:
    """'on the 23rd': that day of the story's month, else of the last month that had it."""
    assert r.day is not None
    anchor = ctx.narrative if ctx.narrative is not None and ctx.narrative.finer_or_equal("M") else ctx.published
    if anchor is None or not anchor.finer_or_equal("M"):
        return Resolved(f"XXXX-XX-{r.day:02d}", None, None)
    month = anchor.start.replace(day=1)
    if anchor.gran == "D" and r.day > anchor.start.day and ctx.tense != 1:
        month = add_months(month, -1)
    elif anchor.gran == "D" and r.day < anchor.start.day and ctx.tense == 1:
        month = add_months(month, 1)
    point = Point("D", _safe_date(month.year, month.month, r.day))
    return Resolved(_suffix(point, r), anchor.value(), point)


def _month(r: Reading, ctx: Context) -> Resolved:
    if r.month is None:
        return _day_of_month(r, ctx)
    reference = None
    if r.year is not None:
        year = r.year
    else:
        anchor = ctx.published or ctx.narrative
        if anchor is None or not anchor.finer_or_equal("M"):
            tail = f"-{r.day:02d}" if r.day else ""
            return Resolved(f"XXXX-{r.month:02d}{tail}", None, None)
        today = anchor.start
        if anchor.gran == "M" and r.day is None:
            today = today.replace(day=15)
        years = (today.year - 1, today.year, today.year + 1)
        if r.day is None:
            # A month compares by month: "in March" said in March is this March.
            candidates = [(y, _safe_date(y, r.month, 1 if r.month != today.month else today.day)) for y in years]
        else:
            candidates = [(y, _safe_date(y, r.month, r.day)) for y in years]
        year = _pick_year(candidates, today, ctx.tense, r.relation, whole_month=r.day is None, amount=r.amount,
                          firm_past=ctx.firm_past)
        reference = anchor.value()
    if r.day is None:
        point = Point("M", date(year, r.month, 1))
        return Resolved(point.value(), reference, point)
    point = Point("D", _safe_date(year, r.month, r.day))
    if r.unit == "W":
        point = Point("W", truncate(point.start, "W"))
    return Resolved(_suffix(point, r), reference, point)


def _weekday(r: Reading, ctx: Context) -> Resolved:
    assert r.weekday is not None
    # "the following Monday" counts from the story's day, "last Monday" from the date line.
    first, second = (ctx.narrative, ctx.published) if r.anchor == "narrative" else (ctx.published, ctx.narrative)
    anchor = next((a for a in (first, second) if a is not None and a.gran == "D"), None)
    if anchor is None:
        return Resolved(f"XXXX-WXX-{r.weekday}", None, None)
    today = anchor.start
    back = (today.isoweekday() - r.weekday) % 7
    ahead = (r.weekday - today.isoweekday()) % 7
    if r.relation == -1:
        day = today - timedelta(days=back or 7)
    elif r.relation == 1:
        day = today + timedelta(days=ahead or 7)
    elif r.relation == 0:
        day = today + timedelta(days=r.weekday - today.isoweekday())
    elif ctx.tense == 1:
        day = today + timedelta(days=ahead)
    else:
        day = today - timedelta(days=back)
    point = Point("D", day)
    return Resolved(_suffix(point, r), anchor.value(), point)


def _quarter(r: Reading, ctx: Context) -> Resolved:
    """Quarters and halves: the latest one with that number, unless a year is given."""
    gran = r.unit or "Q"
    size = 3 if gran == "Q" else 6
    ordinal = r.day if r.day != -1 else 12 // size
    anchor = ctx.published or ctx.narrative
    if ordinal is None:
        # "the quarter", "the latest period": the one under discussion, else the last one reported.
        if r.relation == 0 and anchor is not None and anchor.finer_or_equal("M"):
            base = Point(gran, truncate(anchor.start, gran))  # "the current quarter"
        elif ctx.narrative is not None and ctx.narrative.gran == gran:
            base = ctx.narrative
        elif anchor is not None and anchor.finer_or_equal("M"):
            base = shift(Point(gran, truncate(anchor.start, gran)), gran, -1)
        elif r.year is not None:
            return Resolved(f"{r.year:04d}", None, None)
        else:
            return Resolved(f"XXXX-{gran}X", None, None)
        if r.year is not None:
            base = Point(gran, base.start.replace(year=r.year))
        point = shift(base, "Y", r.amount)
        return Resolved(point.value(), base.value(), point)
    if r.year is not None:
        point = Point(gran, date(r.year, size * (ordinal - 1) + 1, 1))
        return Resolved(point.value(), None, point)
    if anchor is None:
        return Resolved(f"XXXX-{gran}{ordinal}", None, None)
    year = anchor.start.year
    if anchor.finer_or_equal("M") and ordinal > (anchor.start.month - 1) // size + 1 and ctx.tense != 1:
        year -= 1  # a quarter not yet begun is last year's, unless the verb looks ahead
    point = Point(gran, date(year + r.amount, size * (ordinal - 1) + 1, 1))
    return Resolved(point.value(), anchor.value(), point)


def _season(r: Reading, ctx: Context) -> Resolved:
    assert r.season is not None
    anchor = ctx.published if r.anchor == "dct" else (ctx.narrative or ctx.published)
    if anchor is None:
        return Resolved(f"XXXX-{r.season}", None, None)
    if not anchor.finer_or_equal("M"):
        return Resolved(f"{anchor.start.year:04d}-{r.season}", anchor.value(), None)
    today = anchor.start
    current = truncate(today, "S")
    month = SEASON_START[r.season]
    candidates = [(y, date(y, month, 1)) for y in (today.year - 2, today.year - 1, today.year, today.year + 1)]
    if r.relation == -1:
        start = max(d for _, d in candidates if d < current)
    elif r.relation == 1:
        start = min(d for _, d in candidates if d > current)
    elif r.relation == 0 or r.anchor == "narrative":
        start = min((d for _, d in candidates if d >= current), default=current)
        if start.year > today.year and month != 12:
            start = date(today.year, month, 1)
    elif ctx.tense == -1:
        start = max(d for _, d in candidates if d <= current)
    elif ctx.tense == 1:
        start = min(d for _, d in candidates if d >= current)
    else:
        start = min((d for _, d in candidates), key=lambda d: abs((d - current).days))
    point = Point("S", start)
    return Resolved(point.value(), anchor.value(), point)


def holiday_date(name: str, year: int, lex: Lexicon) -> date:
    if name in lex.fixed_holidays:
        month, day = lex.fixed_holidays[name]
        return date(year, month, day)
    if name in lex.weekday_holidays:
        month, weekday, n = lex.weekday_holidays[name]
        return nth_weekday(year, month, weekday, n)
    return easter(year) + timedelta(days=lex.easter_holidays[name])


def _holiday(r: Reading, ctx: Context, lex: Lexicon) -> Resolved:
    assert r.holiday is not None
    gran = r.unit or "D"
    if r.year is not None:
        point = Point(gran, truncate(holiday_date(r.holiday, r.year, lex), gran))
        return Resolved(point.value(), None, point)
    anchor = ctx.published or ctx.narrative
    if anchor is None or ORDER[anchor.gran] < ORDER["M"]:
        return Resolved(UNRESOLVED[gran], None, None)
    today = anchor.start
    candidates = [(y, holiday_date(r.holiday, y, lex)) for y in (today.year - 1, today.year, today.year + 1)]
    year = _pick_year(candidates, today, ctx.tense, r.relation)
    point = Point(gran, truncate(holiday_date(r.holiday, year, lex), gran))
    return Resolved(point.value(), anchor.value(), point)
