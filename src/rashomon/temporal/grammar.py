"""Compiled patterns that find time expressions.

Each rule is one regex and a reader (``readings.py``) that turns a match into
a Reading: a fixed TIMEX3 value, or the instructions to compute one from a
reference date (``resolve.py``). Matches from all rules compete; the longest
wins (``tagger.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from . import readings as r
from .clock import AFTER_PREPOSITION as CLOCK_AFTER_PREPOSITION, BODY as CLOCK_BODY, TRIGGER as CLOCK_TRIGGER
from .lexicon import Lexicon, alternation, load_lexicon
from .readings import Reading

Reader = Callable[[re.Match[str], str, Lexicon], Reading | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    read: Reader
    # Words one of which every match contains: a text without any skips the slower pattern.
    trigger: re.Pattern[str] | None = None

    def finditer(self, text: str) -> list[re.Match[str]]:
        if self.trigger is not None and self.trigger.search(text) is None:
            return []
        return list(self.pattern.finditer(text))


def build_rules(lex: Lexicon) -> list[Rule]:
    months = alternation(lex.months, abbreviations=True)
    weekdays_full = alternation([w for w in lex.weekdays if len(w) > 4])
    weekdays_any = alternation(lex.weekdays, abbreviations=True)
    number_words = alternation([w for w in lex.number_words if w not in ("a", "an", "half")])
    vague = alternation(lex.vague_amounts)
    number = (rf"(?:\d+(?:[.,]\d+)?(?:\s+1/2|½)?|{number_words}(?:[- ]{number_words})?(?:\s+and\s+a\s+half)?"
              rf"|{vague}|an?(?:\s+half)?)")
    unit = r"(?:years?|yrs?|months?|weeks?|days?|fortnights?|hours?|hrs?|minutes?|mins?|seconds?|decades?|centur(?:y|ies)|weekends?|quarters)"
    parts = alternation(lex.day_parts)
    year = r"(?:1[5-9]\d\d|20\d\d)"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    # "late November", "mid-1990", "the end of March" (end/start words need "of").
    modifier = (r"(?P<mod>(?:the\s+)?(?:very\s+)?(?:(?:early|late|mid|middle)(?:\s+of(?:\s+the)?\s+|-|\s+)"
                r"|(?:end|beginning|start|turn|close|dawn)\s+of(?:\s+the)?\s+))?")
    qmod = r"(?:(?:about|almost|nearly|more\s+than|less\s+than|over|under|roughly|around|at\s+least|only|just|up\s+to|approximately|some)\s+)?"
    clock = rf"(?P<clock>{CLOCK_BODY})"
    clock2 = rf"(?P<clock2>{CLOCK_BODY})"
    refs = alternation(lex.references)
    holidays = alternation(list(lex.fixed_holidays) + list(lex.weekday_holidays) + list(lex.easter_holidays))
    freq = alternation(lex.frequencies)
    # A year read aloud in a transcript: "nineteen ninety-four".
    spoken = rf"(?:nineteen|eighteen)(?:[- ]hundred)?[- ](?:and\s+)?{number_words}(?:[- ]{number_words})?"

    def c(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.IGNORECASE)

    t = c  # triggers compile the same way

    rel = r"(?:last|next|this|past|coming|previous|following|current|that|same|the\s+same|the\s+following|the\s+previous|the\s+preceding|the\s+next|the\s+past|the\s+last|the\s+coming|the\s+current|the\s+prior|earlier\s+this|later\s+this|early\s+this|early\s+next|late\s+last|late\s+this|early\s+last|late\s+next|earlier\s+that|later\s+that)"
    rel_group = rf"(?P<rel>{rel})"
    b = r"(?<![\w$.-])"
    e = r"(?![\w-])"

    return [
        Rule("iso", c(rf"{b}(?P<y>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ](?P<h>\d\d):(?P<mi>\d\d))?(?!\d)"), r.iso, t(r"\d{4}-\d\d-")),
        Rule("slashed", c(rf"{b}(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}|\d\d)(?![\d/])"), r.slashed, t(r"\d/\d")),
        Rule("month_day", c(rf"{b}(?:(?P<week>the\s+week\s+of)\s+)?(?:{clock}(?:,?\s+(?:on\s+)?))?(?:(?P<wd>{weekdays_any}),?\s+)?{modifier}"
                            rf"(?P<rel>last\s+|next\s+|this\s+)?(?P<mon>{months})\s+(?P<day>{day})(?!\d|:\d)(?:,?\s+(?P<y>{year}))?{e}"), r.month_day, t(months)),
        Rule("day_month", c(rf"{b}(?:(?P<week>the\s+week\s+of)\s+)?(?:{clock}(?:,?\s+(?:on\s+)?))?(?:(?P<wd>{weekdays_any}),?\s+)?{modifier}(?:the\s+)?"
                            rf"(?P<day>{day})\s+(?:of\s+)?(?P<mon>{months})(?:,?\s+(?P<y>{year}))?{e}"), r.month_day, t(months)),
        Rule("month_year", c(rf"{b}{modifier}(?P<mon>{months}),?\s+(?:of\s+)?(?:(?P<y>{year})|(?P<sy>{spoken})|(?P<ry>this|last|next)\s+year){e}"), r.month_year, t(months)),
        Rule("month", c(rf"{b}{modifier}(?:{rel_group}\s+)?(?P<mon>{months}){e}"), r.month_alone, t(months)),
        Rule("year", c(rf"{b}{modifier}(?:(?:fiscal|calendar|model|school)(?:\s+year)?\s+|the\s+year\s+|(?<=\bpost-)|(?<=\bpre-)|(?<=\bmid-))?(?P<y>{year})(?![\d%]|[.,]\d|s\b|\s*(?:%|per\s*cent|percent))"), r.year_alone),
        Rule("decade", c(rf"{b}(?:the\s+)?{modifier}(?P<dec>(?:1[5-9]|20)\d0)'?s{e}"), r.decade, t(r"0'?s\b")),
        Rule("century", c(rf"{b}(?:the\s+)?{modifier}(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<rel>this|last|next|the\s+last|the\s+next|the\s+past))[- ]century{e}"), r.century, t(r"centur")),
        Rule("quarter", c(rf"{b}(?:(?P<the>the|its|their|that)\s+)?(?:(?P<y2>{year})\s+|(?P<whose>this|last|next)\s+year's\s+)?(?P<rel>(?:(?:latest|last|past|previous|current|this|next|coming|same|that|year[- ]earlier|year[- ]ago|prior[- ]year|comparable|corresponding|fiscal|calendar)\s+){{0,3}})"
                          rf"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[- ](?:fiscal[- ])?)?(?P<q>quarter|half|period)(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>{year})|the\s+year|(?P<ofrel>last|next|this)\s+year)|\s+(?P<ago>a\s+year\s+(?:ago|earlier)|last\s+year))?{e}"), r.quarter, t(r"quarter|half|period")),
        Rule("relative_unit", c(rf"{b}{modifier}{rel_group}\s+(?P<unit>year|month|week|weekend|day|decade|quarter|spring|summer|autumn|fall|winter|morning|afternoon|evening|night)"
                                rf"(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year|the\s+(?:previous|prior)\s+year))?{e}"), r.relative_unit),
        Rule("the_unit", c(rf"{b}{modifier}(?<![\w'])(?:the)\s+(?P<which>(?:(?:fiscal|full|current|calendar|same|entire|whole|latest|past)\s+){{0,3}})(?P<unit>year|month|week|weekend)(?!\s+(?:ago|earlier|later|before|after|of|or)\b){e}"), r.the_unit, t(r"the\s")),
        Rule("day_word", c(rf"{b}(?:{clock}\s+)?(?:(?:late|early)\s+)?(?:(?:(?:early|late|mid)[- ]?\s*)?(?P<part0>morning|afternoon|evening)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)(?:(?:\s+|\s+at\s+){clock2}|\s+(?P<part>{parts}))?{e}"), r.day_word, t(r"today|yesterday|tomorrow|tonight")),
        Rule("weekday", c(rf"{b}(?:{clock}(?:,?\s+(?:on\s+)?))?(?:(?P<rel>(?:the\s+)?(?:previous|following)|last|next|this|past|coming|every|each)\s+)?(?P<wd>{weekdays_full})s?(?:\s+(?P<part>{parts})|\s+at\s+{clock2})?{e}"), r.weekday, t(weekdays_full)),
        Rule("offset", c(rf"{b}{qmod}(?P<num>{number})[- ](?P<unit>{unit})(?:\s+and\s+(?:a\s+half|{number}\s+{unit}))?(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|previously|from\s+now|hence|back|(?:before|after|prior)(?=\s*[,.;:)]|\s*$)){e}"), r.offset, t(r"ago|earlier|later|previously|from\s+now|hence|back|before|after|prior")),
        Rule("hours_later", c(rf"{b}(?P<unit>hours|minutes)\s+(?:later|afterwards){e}"), r.hours_later, t(r"(?:hours|minutes)\s+(?:later|afterwards)")),
        Rule("duration", c(rf"{b}(?:(?:the\s+)?(?:past|last|next|first|coming|previous|final|latest|remaining|following|initial|same)\s+|the\s+(?=\S+\s))?(?P<num>{number})(?:\s+more)?[- ](?P<unit>{unit})(?:[- ]long)?(?P<half>\s+and\s+a\s+half)?(?![\w-]|\s+old\b)"), r.duration),
        Rule("plural_unit", c(rf"(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bin\s)|(?<=\bover\s)|(?<=\bafter\s)|(?<=\bfollows\s)|(?<![\w-]\s)(?<![\w-]))"
                              rf"(?P<unit>years|months|weeks|decades|centuries)(?![\w-]|\s+(?:ago|old)\b)|(?<=\bfor\s)(?P<unit2>days|hours)(?![\w-]|\s+(?:ago|of|to)\b)"), r.plural_unit),
        Rule("clock", c(rf"{b}(?P<clock>{CLOCK_BODY}|{CLOCK_AFTER_PREPOSITION})(?![\w-])"), r.clock_time, t(CLOCK_TRIGGER)),
        Rule("every_month", c(rf"{b}(?:every|each)\s+(?P<mon>{months}){e}"), r.every_month, t(r"every|each")),
        Rule("long", c(rf"{b}(?P<unit>hour|day|week|month|year|decade)(?P<plural>s)?-long{e}"), r.long_unit, t(r"-long")),
        Rule("every", c(rf"{b}(?:every|each|per)\s+(?P<other>other\s+)?(?P<unit>year|month|week|day|hour|minute|quarter|decade){e}"), r.every, t(r"every|each|per")),
        Rule("times_a", c(rf"(?:(?<=\bonce\s)|(?<=\btwice\s))an?\s+(?P<unit>year|month|week|day|hour){e}"), r.every, t(r"once|twice")),
        Rule("frequency", c(rf"{b}(?P<f>{freq}){e}"), r.frequency),
        Rule("reference", c(rf"{b}(?P<r>{refs}){e}"), r.reference),
        Rule("day_of_month", c(rf"(?<=\bon\s)the\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)){e}"), r.day_of_month, t(r"on\s+the\s+\d")),
        Rule("year_ago", c(rf"{b}year[- ](?:earlier|ago)(?=\s+[a-z])(?!\s+(?:quarter|period|level)s?\b)"), r.year_ago, t(r"year[- ](?:earlier|ago)")),
        Rule("spoken_year", c(rf"{b}(?:the\s+year\s+)?(?P<c>nineteen|eighteen)(?:[- ]hundred)?[- ](?:and\s+)?(?P<rest>{number_words}(?:[- ]{number_words})?){e}"
                              rf"|{b}(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:[- ](?P<rest2>{number_words}))?{e}(?![- ]{unit})"), r.spoken_year, t(r"nineteen|eighteen|two\s+thousand")),
        Rule("season_year", c(rf"{b}(?:the\s+)?(?:(?:early|late|mid)[- ]?\s*)?(?P<s>spring|summer|autumn|winter|fall)\s+(?:of\s+)?(?:(?P<y>{year})|(?P<sy>{spoken})){e}"),
             r.season_year, t(r"spring|summer|autumn|winter|fall")),
        # A part of the day after a preposition: "in the morning", "by mid afternoon" (of the story's day).
        Rule("day_part", c(r"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bat\s))(?:the\s+)?"
                           rf"(?:(?:early|late|mid)[- ]?\s*)?(?P<part>morning|afternoon|evening)(?!\s+of\b){e}"),
             r.day_part, t(r"morning|afternoon|evening")),
        # A bare season after a preposition ("in spring") or "the" ("into the early summer").
        Rule("season", c(rf"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bover\s)|(?<=\bby\s)|(?<=\bsince\s)|(?<=\buntil\s)|{b}(?=the\s))(?:the\s+)?(?:(?:early|late|mid)[- ]?\s*)?(?P<s>spring|summer|autumn|winter|fall)(?!\s+of\b){e}"), r.bare_season, t(r"spring|summer|autumn|winter|fall")),
        Rule("holiday", c(rf"{b}(?:(?P<rel>last|next|this)\s+)?(?P<h>{holidays})(?P<week>\s+week)?(?:\s+(?P<y>{year}))?{e}"), r.holiday, t(holidays)),
    ]


@lru_cache(maxsize=4)
def rules(lexicon: Lexicon | None = None) -> list[Rule]:
    return build_rules(lexicon or load_lexicon())
