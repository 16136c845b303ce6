"""What a matched time expression means: a Reading, built by one reader per rule.

A reader gets the regex match, the whole text (for context checks such as
"is 'May' a month here?") and the vocabulary, and returns a Reading or None
to reject the match. ``resolve.py`` turns a Reading into a TIMEX3 value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .clock import clock_value as clock_of, later_half
from .lexicon import Lexicon, alternation


@dataclass
class Reading:
    """What a matched expression means before it is placed against a date."""

    kind: str  # fixed | shift | month | weekday | quarter | season | holiday
    type: str = "date"  # date | time | duration | set
    value: str | None = None  # for kind == fixed
    anchor: str = "dct"  # shift: "dct" (deictic) or "narrative" (anaphoric)
    unit: str | None = None
    amount: int = 0
    relation: int | None = None  # -1 last, 0 this, +1 next, 2 year given by amount, None: tense decides
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None
    part: str | None = None  # TIMEX3 part of day: MO, AF, EV, NI
    clock: str | None = None  # T15:00
    season: str | None = None
    holiday: str | None = None
    keep_gran: bool = False  # "a year earlier" in results reporting names the same quarter a year before
    start: int | None = None  # where the extent starts, when not at the match start
    years: int = 0  # a further shift in years ("the same month a year ago")


def _word_number(text: str, lex: Lexicon) -> float | None:
    """'twenty-five' -> 25, '5 1/2' -> 5.5, 'three' -> 3; None for vague amounts."""
    text = text.lower().strip()
    half = 0.5 if text.endswith(("1/2", "½", "and a half")) else 0.0
    text = re.sub(r"\s*(1/2|½|and a half)$", "", text)
    if not text:
        return half or None
    try:
        return float(text.replace(",", "")) + half
    except ValueError:
        pass
    total = 0.0
    for piece in re.split(r"[- ]+", text):
        if piece not in lex.number_words:
            return None
        total += lex.number_words[piece]
    return total + half


def _amount(value: float | None) -> str:
    if value is None:
        return "X"
    return str(int(value)) if value == int(value) else str(value)


# Half of one unit, in the next smaller unit: "2 1/2 years" -> P2Y6M.
_HALF = {"Y": "6M", "M": "15D", "W": "3DT12H", "D": "T12H", "TH": "30M", "TM": "30S", "TS": ""}


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: P4Y, P44D, PT5H, PT5H30M, P2Y6M, PXY for vague amounts."""
    if unit == "2W":
        unit, amount = "W", None if amount is None else amount * 2
    if unit in ("DE", "CE"):
        years = 10 if unit == "DE" else 100
        # ISO 8601 durations count decades and centuries in years: "decades" is PXY.
        return f"P{_amount(amount * years)}Y" if amount is not None else "PXY"
    prefix = "PT" if unit.startswith("T") else "P"
    letter = unit[-1]
    if amount is not None and amount != int(amount) and amount * 2 == int(amount * 2) and unit in _HALF:
        whole = int(amount)
        half = _HALF[unit]
        head = f"{whole}{letter}" if whole else ""
        if prefix == "P" and half.startswith("T") and not head:
            return "P" + half
        return prefix + head + half
    return prefix + f"{_amount(amount)}{letter}"


def month_number(lex: Lexicon, name: str) -> int:
    return lex.months[name.lower().rstrip(".")]


def weekday_number(lex: Lexicon, name: str) -> int:
    return lex.weekdays[name.lower().rstrip(".")]


def day_num(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def iso(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    value = f"{m['y']}-{m['m']}-{m['d']}"
    if not (1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31):
        return None
    if m["h"]:
        return Reading("fixed", "time", value=f"{value}T{m['h']}:{m['mi']}")
    return Reading("fixed", value=value)


def slashed(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    month, dd, yy = int(m["m"]), int(m["d"]), m["y"]
    if not (1 <= month <= 12 and 1 <= dd <= 31):
        return None
    y = int(yy) if len(yy) == 4 else (1900 + int(yy) if int(yy) > 30 else 2000 + int(yy))
    return Reading("fixed", value=f"{y:04d}-{month:02d}-{dd:02d}")


def month_day(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    r = Reading("month", month=month_number(lex, m["mon"]), day=day_num(m["day"]), clock=clock_of(m["clock"]),
                relation=_relation(m.groupdict().get("rel")))
    if m["y"]:
        r.year = int(m["y"])
    if m["wd"]:
        r.weekday = weekday_number(lex, m["wd"])
    if r.clock:
        r.type = "time"
    if m["week"]:
        r.unit = "W"  # "the week of March 6" names the week, not the day
    return r


def month_year(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    if m["ry"]:
        # "June last year": the month of the year the date line points at.
        return Reading("month", month=month_number(lex, m["mon"]), amount=_relation(m["ry"]) or 0, relation=2)
    year = _year_of(m, lex)
    return None if year is None else Reading("fixed", value=f"{year:04d}-{month_number(lex, m['mon']):02d}")


def month_alone(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    name = m["mon"].lower().rstrip(".")
    word = m["mon"]
    if not word[0].isupper():
        return None
    if name in lex.ambiguous_months or len(name) <= 4:
        before = text[max(0, m.start() - 12):m.start()].lower()
        if not (m["rel"] or m["mod"] or re.search(r"\b(in|since|until|till|by|of|from|to|through|during|before|after|early|late|mid|last|next|this)\s*-?$", before)):
            return None
        if name == "may" and not word.startswith("May"):
            return None
    return Reading("month", month=month_number(lex, name), relation=_relation(m["rel"]))


def year_alone(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    if m.start() > 0 and text[m.start() - 1] in "$#£€-/":
        return None
    return Reading("fixed", value=m["y"])


def decade(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    # The contract (and the issue) write a decade "199X"; TimeML writes "199". The evaluation
    # scripts rewrite the notation before comparing (eval/time_tempeval.py, timeml_notation).
    return Reading("fixed", value=f"{m['dec'][:3]}X")


def century(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    if m["rel"] and _is_span_back(m["rel"]):
        return Reading("fixed", "duration", value="P100Y")
    if m["rel"]:
        return Reading("shift", unit="C", amount=_relation(m["rel"]) or 0)
    return Reading("fixed", value=f"{int(m['n']) - 1:02d}")


def quarter(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    word = m["q"].lower()
    kind = "H" if word == "half" else "Q"
    rel = (m["rel"] or "").lower()
    whose = (m["whose"] or "").lower()
    if kind == "H" and not m["ord"] and rel.strip() in ("first", "last"):
        ordinal_word = rel.strip()  # "the last half of 1989": "last" went to the modifiers
    else:
        ordinal_word = (m["ord"] or "").lower()
    if not (ordinal_word or rel or m["the"] or whose or m["y2"]):
        return None
    if (kind == "H" or word == "period") and not (ordinal_word if kind == "H" else (rel or m["y2"] or whose)):
        return None
    ordinal = lex.ordinals.get(ordinal_word) if ordinal_word else None
    r = Reading("quarter", unit=kind, day=ordinal)
    ofrel = (m["ofrel"] or "").lower()
    determiner = (m["the"] or "").lower()
    if determiner in ("its", "their", "that") or (determiner == "the" and m["ord"] and text[m.end("ord")] == "-"):
        # TimeML leaves out possessives, and "the" before "third-quarter loss".
        r.start = m.start("rel") if rel else (m.start("ord") if m["ord"] else m.start("q"))
    if re.search(r"year[- ](?:earlier|ago)|prior[- ]year|comparable|corresponding", rel) or "last" in (whose, ofrel) \
            or m["ago"]:
        r.amount = -1
    elif "next" in (whose, ofrel):
        r.amount = 1
    elif rel.strip() in ("that", "same"):
        r.anchor = "narrative"
    r.relation = -1 if rel.strip() in ("last", "previous", "past") and ordinal is None else None
    if rel.strip() in ("current", "this") and ordinal is None:
        r.relation = 0
    if m["y"] or m["y2"]:
        r.year = int(m["y"] or m["y2"])
    return r


def relative_unit(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    u = m["unit"].lower()
    season = lex.seasons.get(u)
    part = lex.day_parts.get(u)
    if season:
        return Reading("season", season=season, relation=_relation(rel), anchor=_anchor(rel))
    if _is_span_back(rel) and u in ("year", "month", "week", "decade") and not m["ago"]:
        return Reading("fixed", "duration", value=duration_value(1, lex.units[u]))
    if part:
        amount = {"last": -1 if u in ("night", "evening") else 0, "this": 0}.get(rel)
        if amount is None:
            return Reading("shift", "time", anchor="narrative", unit="D",
                           amount=1 if "next" in rel or "following" in rel else 0, part=part)
        return Reading("shift", "time", unit="D", amount=amount, part=part)
    unit_code = {"year": "Y", "month": "M", "week": "W", "weekend": "W", "day": "D", "decade": "DE",
                 "quarter": "Q"}[u]
    anchor = _anchor(rel)
    amount = _relation(rel) or 0
    r = Reading("shift", unit=unit_code, amount=amount, anchor=anchor)
    if m["ago"]:
        r.years = -1  # "the same month a year ago"
    if u == "weekend":
        r.part = "WE"
    return r


def the_unit(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    u = m["unit"].lower()
    which = (m["which"] or "").strip().lower()
    if u == "year" and re.match(r"\s+(?:ended|ending|through|to\s+date)\b", text[m.end():]):
        return Reading("fixed", "duration", value="P1Y")
    unit_code = {"year": "Y", "month": "M", "week": "W", "weekend": "W"}[u]
    r = Reading("shift", unit=unit_code, anchor="narrative" if which == "same" else "dct")
    if "latest" in which.split():
        r.amount = -1  # "the latest fiscal year", like "the latest quarter", is the last one reported
    if u == "weekend":
        r.part, r.relation = "WE", None
    return r


def day_word(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    w = m["w"].lower()
    if "before yesterday" in w:
        amount = -2
    elif "after tomorrow" in w:
        amount = 2
    else:
        amount = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w]
    part = lex.day_parts.get((m["part"] or m["part0"] or "").lower()) or ("NI" if w == "tonight" else None)
    if m["clock"] or m["clock2"]:
        written = m["clock"] or m["clock2"]
        return Reading("shift", "time", unit="D", amount=amount, clock=later_half(clock_of(written), written, part))
    return Reading("shift", "time" if part else "date", unit="D", amount=amount, part=part)


def day_part(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    """'in the morning': that part of the day the story is telling."""
    return Reading("shift", "time", anchor="narrative", unit="D", part=lex.day_parts[m["part"].lower()])


_WEEKDAY_PARTS_IN_VALUE = ("EV", "AF")


def weekday(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    name = m["wd"].lower()
    plural = text[m.end("wd"):m.end("wd") + 1].lower() == "s"
    part = lex.day_parts.get((m["part"] or "").lower())
    if plural or (m["rel"] or "").lower().startswith(("every", "each")):
        return Reading("fixed", "set", value=f"XXXX-WXX-{weekday_number(lex, name)}" + (f"T{part}" if part else ""))
    clk = later_half(clock_of(m["clock"] or m["clock2"]), m["clock"] or m["clock2"], part)
    # TimeBank writes "Friday night" and "Friday morning" mostly as the bare day (the part stays in the
    # extent only) but "Friday evening" and "Friday afternoon" with the part.
    rel = (m["rel"] or "").lower()
    kept = part if part in _WEEKDAY_PARTS_IN_VALUE else None
    return Reading("weekday", "time" if clk or kept else "date", weekday=weekday_number(lex, name),
                   relation=_relation(rel), clock=clk, part=kept,
                   anchor="narrative" if "previous" in rel or "following" in rel else "dct")


def offset(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    amount = _word_number(m["num"], lex)
    u = lex.units[_singular(m["unit"].lower())]
    direction = m["dir"].lower()
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "back", "prior") else 1
    anchor = "dct" if direction in ("ago", "from now", "hence", "back") else "narrative"
    if amount is None and anchor == "narrative":
        # "a few days later" names no date, and is not "the future" either: only its length is known.
        return Reading("fixed", "duration", value=duration_value(None, u))
    if amount is None:
        return Reading("fixed", value="PAST_REF" if sign < 0 else "FUTURE_REF")
    if u == "TH" and amount >= 24 and amount % 24 == 0:
        u, amount = "D", amount // 24  # "Some 48 hours later": whole days, so a date two days on
    if amount != int(amount) or u.startswith("T") or u == "WE":
        return None
    unit_code = {"2W": "W", "CE": "C"}.get(u, u)
    n = int(amount) * (2 if u == "2W" else 1)
    return Reading("shift", unit=unit_code, amount=sign * n, anchor=anchor, keep_gran=n == 1)


_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|"
                           r"some|many|couple\s+of|dozen|of))\s+$", re.IGNORECASE)


def hours_later(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    """'Hours later': the same day as the story's last date. A counted "two hours later" is left to
    the offset and duration rules (TimeML tags its length)."""
    if _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    return Reading("shift", unit="D", amount=0, anchor="narrative")


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall|should|must)\s+$", re.IGNORECASE)
_LOOKS_BACK = re.compile(r"(?:the\s+)?(?:past|last)\s", re.IGNORECASE)


def duration(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    num = m["num"]
    low = num.lower()
    if low == "a" and m["unit"].lower().startswith("second"):
        return None
    if low in ("a", "an") and (m["unit"].lower().endswith("s") or m.group(0).lower().endswith("long")):
        return None  # the article of "a decades-long feud", "a day-long meeting": the "-long" rule reads them
    u = lex.units[_singular(m["unit"].lower())]
    amount = _word_number(num, lex)
    if u == "WE" or u == "Q" and (low in ("some", "many") or _is_fraction(m, text)):
        return None  # "in some quarters", "in many quarters": among some people
    if amount is not None and m["half"]:
        amount += 0.5
    if m.group(0).lower() == "one day" and _MODAL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return Reading("fixed", value="FUTURE_REF")  # "will one day lead": some day to come, not a day long
    if amount is None and _LOOKS_BACK.match(m.group(0)) and u in "YMWDQ":
        # "the past few months", "the last several quarters": the recent past, while "in recent years" keeps
        # its unit (PXY)
        return Reading("fixed", value="PAST_REF")
    return Reading("fixed", "duration", value=duration_value(amount, u))


# "three-quarters of its food", "two quarters of the vote": a share, not a span of time.
_SHARE_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|your|a|an|all|this|that|these|those)\b", re.IGNORECASE)


def _is_fraction(m: re.Match[str], text: str) -> bool:
    return text[m.end("num")] == "-" or bool(_SHARE_OF.match(text, m.end()))


def plural_unit(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    u = lex.units[_singular((m["unit"] or m["unit2"]).lower())]
    return Reading("fixed", "duration", value=duration_value(None, u))


def clock_time(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    return Reading("shift", "time", anchor="narrative", unit="D", clock=clock_of(m["clock"]))


def every(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    u = lex.units.get(_singular(m["unit"].lower()))
    if u is None or u == "WE":
        return None
    n = 2 if m.groupdict().get("other") else 1
    return Reading("fixed", "set", value=duration_value(n, u) if u != "Q" else f"P{n * 3}M")


def every_month(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    """'each July': that month of every year."""
    return Reading("fixed", "set", value=f"XXXX-{month_number(lex, m['mon']):02d}")


def long_unit(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    """'a day-long meeting' lasts one day; 'a decades-long feud' an unknown number of them."""
    u = lex.units[m["unit"].lower()]
    return Reading("fixed", "duration", value=duration_value(None if m["plural"] else 1, u))


def frequency(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    word = m["f"].lower()
    if word in ("annual", "quarterly") and not _ends_phrase(text, m.end()):
        return None
    if _after_amount(text, m.start(), lex):
        return None  # "sales rose 8% annually": the rate of the amount, not a time
    return Reading("fixed", "set", value=lex.frequencies[word])


@lru_cache(maxsize=4)
def _amount_before(lex: Lexicon) -> re.Pattern[str]:
    """A number, maybe with its magnitude or unit and one counted noun, right before ("12,000 units ")."""
    return re.compile(rf"\d[\d,.]*\s*(?:{alternation(lex.amount_words)}(?!\w))?(?:\s+[a-z]+)?\s+$", re.IGNORECASE)


def _after_amount(text: str, start: int, lex: Lexicon) -> bool:
    return bool(_amount_before(lex).search(text, max(0, start - 40), start))


# "as soon as", "soon after the vote", "was soon released", "soon became": no look ahead from the present.
_NOT_FUTURE_SOON_BEFORE = re.compile(r"\b(?:as|so|too|how|was|were|had)\s+$", re.IGNORECASE)
_NOT_FUTURE_SOON_AFTER = re.compile(r"\s+(?:after|afterwards?|thereafter|as|enough|(?-i:[a-z]+ed)|became|began|came|went)\b",
                                    re.IGNORECASE)


def reference(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    phrase = re.sub(r"\s+", " ", m["r"].lower())
    if phrase == "soon" and (_NOT_FUTURE_SOON_BEFORE.search(text, max(0, m.start() - 8), m.start())
                             or _NOT_FUTURE_SOON_AFTER.match(text, m.end())):
        return None
    if phrase == "current" and re.match(r"\s+(account|affairs|events|flows?|ratio|assets|liabilit)", text[m.end():], re.I):
        return None
    return Reading("fixed", value=lex.references[phrase])


def day_of_month(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    return Reading("month", day=day_num(m["day"]))


def year_ago(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    return Reading("shift", unit="Y", amount=-1, keep_gran=True)


def _spoken_century_year(century: str, rest_words: str | None, lex: Lexicon) -> int | None:
    """('nineteen', 'ninety-four') -> 1994."""
    rest = _word_number(rest_words, lex) if rest_words else 0
    if rest is None or rest >= 100:
        return None
    return {"nineteen": 1900, "eighteen": 1800}[century.lower()] + int(rest)


def _spoken_nineteen(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    year = _spoken_century_year(m["c"], m["rest"], lex)
    return None if year is None else Reading("fixed", value=f"{year:04d}")


def spoken_year(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    """'nineteen ninety-six' -> 1996, 'the year two thousand' -> 2000."""
    if m["c"]:
        return _spoken_nineteen(m, text, lex)
    rest = _word_number(m["rest2"], lex) if m["rest2"] else 0
    return None if rest is None else Reading("fixed", value=f"{2000 + int(rest):04d}")


def bare_season(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    return Reading("season", season=lex.seasons[m["s"].lower()], anchor="dct")


def holiday(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    if not m["h"][0].isupper():
        return None
    r = Reading("holiday", holiday=re.sub(r"\s+", " ", m["h"].lower()), relation=_relation(m["rel"]))
    if m["y"]:
        r.year = int(m["y"])
    if m["week"]:
        r.unit = "W"  # "Easter week": the week the holiday falls in
    return r


def season_year(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
    year = _year_of(m, lex)
    return None if year is None else Reading("fixed", value=f"{year:04d}-{lex.seasons[m['s'].lower()]}")


def _year_of(m: re.Match[str], lex: Lexicon) -> int | None:
    """The year in digits or, in a transcript, read aloud ("nineteen ninety-four")."""
    if m["y"]:
        return int(m["y"])
    spoken = re.match(r"(nineteen|eighteen)(?:[- ]hundred)?[- ](?:and\s+)?(.+)", m["sy"].lower())
    assert spoken is not None
    return _spoken_century_year(spoken.group(1), spoken.group(2), lex)


_PHRASE_END = re.compile(r"\s*(?:[^\w\s]|$)|\s+(?:and|or|but|in|on|at|for|to|by|since|until|from|with|as|if|because|during|while|this|that|the|a|an)\b")


def _ends_phrase(text: str, end: int) -> bool:
    """'reported daily.' is a frequency; 'daily newspaper' is not."""
    return bool(_PHRASE_END.match(text, end))


def _singular(word: str) -> str:
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] else word


def _relation(rel: str | None) -> int | None:
    if not rel:
        return None
    rel = rel.lower()
    if any(w in rel for w in ("last", "past", "previous", "preceding", "prior")):
        return -1
    if any(w in rel for w in ("next", "coming", "following")):
        return 1
    return 0


def _is_span_back(rel: str) -> bool:
    """'the past year' is the twelve months up to now (P1Y), not the calendar year before ('last year')."""
    return re.sub(r"\s+", " ", rel.lower()) in ("past", "the past")


def _anchor(rel: str) -> str:
    """'the following week' and 'that day' follow the story; 'next week' follows the date line."""
    rel = rel.lower()
    if rel.startswith("the ") and "past" not in rel and "last" not in rel and "current" not in rel and "coming" not in rel:
        return "narrative"
    if rel.startswith(("that", "same", "following", "previous", "earlier that", "later that")):
        return "narrative"
    return "dct"
