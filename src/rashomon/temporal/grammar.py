"""Compiled patterns that find time expressions, and what each match means.

Each rule is one regex and a reader that turns a match into a ``Reading``: a
fixed TIMEX3 value, or the instructions to compute one from a reference date
(``resolve.py`` does that). Matches from all rules compete; the longest wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, alternation, load_lexicon


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
    keep_gran: bool = False
    start: int | None = None  # where the extent starts, when not at the match start  # "a year earlier" names the same quarter or day a year before


Reader = Callable[[re.Match[str], str, Lexicon], Reading | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    read: Reader


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
        return f"P{_amount(amount * years)}Y" if amount is not None else f"PX{unit}"
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


def build_rules(lex: Lexicon) -> list[Rule]:
    months = alternation(lex.months, abbreviations=True)
    weekdays_full = alternation([w for w in lex.weekdays if len(w) > 4])
    weekdays_any = alternation(lex.weekdays, abbreviations=True)
    number_words = alternation([w for w in lex.number_words if w not in ("a", "an", "half")])
    vague = alternation(lex.vague_amounts)
    number = (rf"(?:\d+(?:[.,]\d+)?(?:\s+1/2|½)?|{number_words}(?:[- ]{number_words})?(?:\s+and\s+a\s+half)?"
              rf"|{vague}|an?(?:\s+half)?)")
    unit = r"(?:years?|yrs?|months?|weeks?|days?|fortnights?|hours?|hrs?|minutes?|mins?|seconds?|decades?|centur(?:y|ies)|weekends?)"
    parts = alternation(lex.day_parts)
    year = r"(?:1[5-9]\d\d|20\d\d)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    # "late November", "mid-1990", "the end of March" (end/start words need "of").
    modifier = (r"(?P<mod>(?:the\s+)?(?:very\s+)?(?:(?:early|late|mid|middle)(?:\s+of(?:\s+the)?\s+|-|\s+)"
                r"|(?:end|beginning|start|turn|close|dawn)\s+of(?:\s+the)?\s+))?")
    qmod = r"(?:(?:about|almost|nearly|more\s+than|less\s+than|over|under|roughly|around|at\s+least|only|just|up\s+to|approximately|some)\s+)?"
    clock_body = (r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time))?"
                  r"|(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:UTC|GMT|Z)\b|noon|midnight|midday)")
    clock = rf"(?P<clock>{clock_body})"
    clock2 = rf"(?P<clock2>{clock_body})"
    refs = alternation(lex.references)
    holidays = alternation(list(lex.fixed_holidays) + list(lex.weekday_holidays) + list(lex.easter_holidays))
    freq = alternation(lex.frequencies)

    def c(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    def mon(name: str) -> int:
        return lex.months[name.lower().rstrip(".")]

    def wd(name: str) -> int:
        return lex.weekdays[name.lower().rstrip(".")]

    def day_num(text: str) -> int:
        return int(re.sub(r"\D", "", text))

    def clock_of(text: str | None) -> str | None:
        if not text:
            return None
        t = text.lower()
        if "noon" in t or "midday" in t:
            return "T12:00"
        if "midnight" in t:
            return "T24:00"
        m = re.match(r"(\d{1,2})(?:[:.](\d\d))?\s*([ap])", t)
        if not m:
            utc = re.match(r"(\d{1,2}):(\d\d)", t)
            return f"T{int(utc.group(1)):02d}:{utc.group(2)}Z" if utc else None
        hour = int(m.group(1)) % 12 + (12 if m.group(3) == "p" else 0)
        return f"T{hour:02d}:{m.group(2) or '00'}"

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
        r = Reading("month", month=mon(m["mon"]), day=day_num(m["day"]), clock=clock_of(m["clock"]),
                    relation=_relation(m.groupdict().get("rel")))
        if m["y"]:
            r.year = int(m["y"])
        if m["wd"]:
            r.weekday = wd(m["wd"])
        if r.clock:
            r.type = "time"
        return r

    def month_year(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
        if m["ry"]:
            # "June last year": the month of the year the date line points at.
            return Reading("month", month=mon(m["mon"]), amount=_relation(m["ry"]) or 0, relation=2)
        return Reading("fixed", value=f"{int(m['y']):04d}-{mon(m['mon']):02d}")

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
        return Reading("month", month=mon(name), relation=_relation(m["rel"]))

    def year_alone(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
        if m.start() > 0 and text[m.start() - 1] in "$#£€-/":
            return None
        return Reading("fixed", value=m["y"])

    def decade(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
        return Reading("fixed", value=f"{m['dec'][:3]}X")

    def century(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
        if m["rel"]:
            return Reading("shift", unit="C", amount=_relation(m["rel"]) or 0)
        return Reading("fixed", value=f"{int(m['n']) - 1:02d}")

    def quarter(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
        word = m["q"].lower()
        kind = "H" if word == "half" else "Q"
        rel = (m["rel"] or "").lower()
        whose = (m["whose"] or "").lower()
        if not (m["ord"] or rel or m["the"] or whose or m["y2"]):
            return None
        if (kind == "H" or word == "period") and not (m["ord"] if kind == "H" else (rel or m["y2"] or whose)):
            return None
        ordinal = lex.ordinals.get((m["ord"] or "").lower()) if m["ord"] else None
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
        if u == "weekend":
            r.part = "WE"
        if (m["mod"] or "").lower().startswith(("earlier", "later")) and amount == 0:
            r.part = None
        return r

    def the_unit(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
        u = m["unit"].lower()
        which = (m["which"] or "").strip().lower()
        if u == "year" and re.match(r"\s+(?:ended|ending|through|to\s+date)\b", text[m.end():]):
            return Reading("fixed", "duration", value="P1Y")
        unit_code = {"year": "Y", "month": "M", "week": "W", "weekend": "W"}[u]
        r = Reading("shift", unit=unit_code, anchor="narrative" if which == "same" else "dct")
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
        part = lex.day_parts.get((m["part"] or "").lower()) or ("NI" if w == "tonight" else None)
        if m["clock"] or m["clock2"]:
            return Reading("shift", "time", unit="D", amount=amount, clock=clock_of(m["clock"] or m["clock2"]))
        return Reading("shift", "time" if part else "date", unit="D", amount=amount, part=part)

    def weekday(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
        name = m["wd"].lower()
        plural = text[m.end("wd"):m.end("wd") + 1].lower() == "s"
        part = lex.day_parts.get((m["part"] or "").lower())
        if plural or (m["rel"] or "").lower().startswith(("every", "each")):
            return Reading("fixed", "set", value=f"XXXX-WXX-{wd(name)}" + (f"T{part}" if part else ""))
        clk = clock_of(m["clock"] or m["clock2"])
        # TimeBank writes "Friday night" mostly as the bare day; the part stays in the extent only.
        return Reading("weekday", "time" if clk else "date", weekday=wd(name),
                       relation=_relation(m["rel"]), clock=clk)

    def offset(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
        amount = _word_number(m["num"], lex)
        u = lex.units[_singular(m["unit"].lower())]
        direction = m["dir"].lower()
        sign = -1 if direction in ("ago", "earlier", "before", "previously", "back", "prior") else 1
        anchor = "dct" if direction in ("ago", "from now", "hence", "back") else "narrative"
        if amount is None:
            return Reading("fixed", value="PAST_REF" if sign < 0 else "FUTURE_REF")
        if amount != int(amount) or u.startswith("T") or u == "WE":
            return None
        unit_code = {"2W": "W", "CE": "C"}.get(u, u)
        n = int(amount) * (2 if u == "2W" else 1)
        return Reading("shift", unit=unit_code, amount=sign * n, anchor=anchor, keep_gran=n == 1)

    def duration(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
        num = m["num"]
        low = num.lower()
        if low == "a" and m["unit"].lower().startswith("second"):
            return None
        u = lex.units[_singular(m["unit"].lower())]
        amount = _word_number(num, lex)
        if u == "WE":
            return None
        if amount is not None and m["half"]:
            amount += 0.5
        if low in ("recent", "the past few", "the last few") and u in "YMWD":
            return Reading("fixed", value="PAST_REF")
        return Reading("fixed", "duration", value=duration_value(amount, u))

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

    def frequency(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
        word = m["f"].lower()
        if word in ("annual", "quarterly") and not _ends_phrase(text, m.end()):
            return None
        return Reading("fixed", "set", value=lex.frequencies[word])

    def reference(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
        phrase = re.sub(r"\s+", " ", m["r"].lower())
        if phrase == "current" and re.match(r"\s+(account|affairs|events|flows?|ratio|assets|liabilit)", text[m.end():], re.I):
            return None
        if phrase == "future" and re.match(r"s?\b", text[m.end():]) and text[m.end():m.end() + 1].isalpha():
            return None
        return Reading("fixed", value=lex.references[phrase])

    def day_of_month(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
        return Reading("month", day=day_num(m["day"]))

    def year_ago(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
        return Reading("shift", unit="Y", amount=-1, keep_gran=True)

    def spoken_year(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
        century = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}[m["c"].lower()]
        rest = _word_number(m["rest"], lex) if m["rest"] else 0
        if m["c"].lower() == "twenty" and not m["rest"]:
            return None
        if rest is None or rest >= 100:
            return None
        return Reading("fixed", value=f"{century + int(rest):04d}")

    def spoken_year_any(m: re.Match[str], text: str, lex: Lexicon) -> Reading | None:
        if m["c"]:
            return spoken_year(m, text, lex)
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
        return r

    rel = r"(?:last|next|this|past|coming|previous|following|current|that|same|the\s+same|the\s+following|the\s+previous|the\s+preceding|the\s+next|the\s+past|the\s+last|the\s+coming|the\s+current|the\s+prior|earlier\s+this|later\s+this|early\s+this|early\s+next|late\s+last|late\s+this|early\s+last|late\s+next|earlier\s+that|later\s+that)"
    rel_group = rf"(?P<rel>{rel})"
    b = r"(?<![\w$.-])"
    e = r"(?![\w-])"

    return [
        Rule("iso", c(rf"{b}(?P<y>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ](?P<h>\d\d):(?P<mi>\d\d))?(?!\d)"), iso),
        Rule("slashed", c(rf"{b}(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}|\d\d)(?![\d/])"), slashed),
        Rule("month_day", c(rf"{b}(?:{clock}(?:,?\s+(?:on\s+)?))?(?:(?P<wd>{weekdays_any}),?\s+)?{modifier}"
                            rf"(?P<rel>last\s+|next\s+|this\s+)?(?P<mon>{months})\s+(?P<day>{day})(?!\d|:\d)(?:,?\s+(?P<y>{year}))?{e}"), month_day),
        Rule("day_month", c(rf"{b}(?:{clock}(?:,?\s+(?:on\s+)?))?(?:(?P<wd>{weekdays_any}),?\s+)?{modifier}(?:the\s+)?"
                            rf"(?P<day>{day})\s+(?:of\s+)?(?P<mon>{months})(?:,?\s+(?P<y>{year}))?{e}"), month_day),
        Rule("month_year", c(rf"{b}{modifier}(?P<mon>{months}),?\s+(?:of\s+)?(?:(?P<y>{year})|(?P<ry>this|last|next)\s+year){e}"), month_year),
        Rule("month", c(rf"{b}{modifier}(?:{rel_group}\s+)?(?P<mon>{months}){e}"), month_alone),
        Rule("year", c(rf"{b}{modifier}(?:(?:fiscal|calendar|model|school)(?:\s+year)?\s+|the\s+year\s+|(?<=\bpost-)|(?<=\bpre-)|(?<=\bmid-))?(?P<y>{year})(?![\d%]|s\b|\s*(?:%|per\s*cent|percent))"), year_alone),
        Rule("decade", c(rf"{b}(?:the\s+)?{modifier}(?P<dec>(?:1[5-9]|20)\d0)'?s{e}"), decade),
        Rule("century", c(rf"{b}(?:the\s+)?{modifier}(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<rel>this|last|next|the\s+last|the\s+next|the\s+past))[- ]century{e}"), century),
        Rule("quarter", c(rf"{b}(?:(?P<the>the|its|their|that)\s+)?(?:(?P<y2>{year})\s+|(?P<whose>this|last|next)\s+year's\s+)?(?P<rel>(?:(?:latest|last|past|previous|current|this|next|coming|same|that|year[- ]earlier|year[- ]ago|prior[- ]year|comparable|corresponding|fiscal|calendar)\s+){{0,3}})"
                          rf"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[- ](?:fiscal[- ])?)?(?P<q>quarter|half|period)(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>{year})|the\s+year|(?P<ofrel>last|next|this)\s+year)|\s+(?P<ago>a\s+year\s+(?:ago|earlier)|last\s+year))?{e}"), quarter),
        Rule("relative_unit", c(rf"{b}{modifier}{rel_group}\s+(?P<unit>year|month|week|weekend|day|decade|quarter|spring|summer|autumn|fall|winter|morning|afternoon|evening|night){e}"), relative_unit),
        Rule("the_unit", c(rf"{b}{modifier}(?<![\w'])(?:the)\s+(?P<which>(?:(?:fiscal|full|current|calendar|same|entire|whole|latest|past)\s+){{0,3}})(?P<unit>year|month|week|weekend)(?!\s+(?:ago|earlier|later|before|after|of|or)\b){e}"), the_unit),
        Rule("day_word", c(rf"{b}(?:{clock}\s+)?(?:(?:late|early)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)(?:(?:\s+|\s+at\s+){clock2}|\s+(?P<part>{parts}))?{e}"), day_word),
        Rule("weekday", c(rf"{b}(?:{clock}(?:,?\s+(?:on\s+)?))?(?:(?P<rel>last|next|this|past|coming|previous|following|every|each)\s+)?(?P<wd>{weekdays_full})s?(?:\s+(?P<part>{parts})|\s+at\s+(?P<clock2>\d{{1,2}}(?:[:.]\d\d)?\s*(?:a\.m\.?|p\.m\.?)|noon|midnight))?{e}"), weekday),
        Rule("offset", c(rf"{b}{qmod}(?P<num>{number})[- ](?P<unit>{unit})(?:\s+and\s+(?:a\s+half|{number}\s+{unit}))?\s+(?P<dir>ago|earlier|later|previously|from\s+now|hence|back|(?:before|after|prior)(?!\s+(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|i)\b)){e}"), offset),
        Rule("duration", c(rf"{b}(?:(?:the\s+)?(?:past|last|next|first|coming|previous|final|latest|remaining|following|initial|same)\s+|the\s+(?=\S+\s))?(?P<num>{number})(?:\s+(?P<more>more))?[- ](?P<unit>{unit})(?:[- ]long)?(?P<half>\s+and\s+a\s+half)?(?![\w-]|\s+old\b)"), duration),
        Rule("plural_unit", c(rf"(?<![\w-]\s)(?<![\w-])(?P<unit>years|months|weeks|decades|centuries)(?![\w-]|\s+(?:ago|old)\b)|(?<=\bfor\s)(?P<unit2>days|hours)(?![\w-]|\s+(?:ago|of|to)\b)"), plural_unit),
        Rule("clock", c(rf"{b}{clock}(?![\w-])"), clock_time),
        Rule("every", c(rf"{b}(?:every|each|per)\s+(?P<other>other\s+)?(?P<unit>year|month|week|day|hour|minute|quarter|decade){e}"), every),
        Rule("times_a", c(rf"(?:(?<=\bonce\s)|(?<=\btwice\s))an?\s+(?P<unit>year|month|week|day|hour){e}"), every),
        Rule("frequency", c(rf"{b}(?P<f>{freq}){e}"), frequency),
        Rule("reference", c(rf"{b}(?P<r>{refs}){e}"), reference),
        Rule("day_of_month", c(rf"(?<=\bon\s)the\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)){e}"), day_of_month),
        Rule("year_ago", c(rf"{b}year[- ](?:earlier|ago)(?=\s+[a-z])(?!\s+(?:quarter|period|level)s?\b)"), year_ago),
        Rule("spoken_year", c(rf"{b}(?:the\s+year\s+)?(?P<c>nineteen|eighteen)(?:[- ]hundred)?[- ](?:and\s+)?(?P<rest>{number_words}(?:[- ]{number_words})?){e}"
                              rf"|{b}(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:[- ](?P<rest2>{number_words}))?{e}"), lambda m, t, x: spoken_year_any(m, t, x)),
        Rule("season_year", c(rf"{b}(?:the\s+)?(?:(?:early|late|mid)[- ]?\s*)?(?P<s>spring|summer|autumn|winter|fall)\s+(?:of\s+)?(?P<y>{year}){e}"),
             lambda m, t, x: Reading("fixed", value=f"{m['y']}-{x.seasons[m['s'].lower()]}")),
        Rule("season", c(rf"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bover\s)|(?<=\bby\s)|(?<=\bsince\s)|(?<=\buntil\s))(?:the\s+)?(?:(?:early|late|mid)[- ]?\s*)?(?P<s>spring|summer|autumn|winter|fall)(?!\s+of\b){e}"), bare_season),
        Rule("holiday", c(rf"{b}(?:(?P<rel>last|next|this)\s+)?(?P<h>{holidays})(?:\s+(?P<y>{year}))?{e}"), holiday),
    ]


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


def _anchor(rel: str) -> str:
    """'the following week' and 'that day' follow the story; 'next week' follows the date line."""
    rel = rel.lower()
    if rel.startswith("the ") and "past" not in rel and "last" not in rel and "current" not in rel and "coming" not in rel:
        return "narrative"
    if rel.startswith(("that", "same", "following", "previous", "earlier that", "later that")):
        return "narrative"
    return "dct"


@lru_cache(maxsize=4)
def rules(lexicon: Lexicon | None = None) -> list[Rule]:
    return build_rules(lexicon or load_lexicon())
