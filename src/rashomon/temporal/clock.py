"""Hours of the clock as news writes them, digits or words, and their value.

"3 p.m.", "18:00 UTC", "21:30", "noon", and the spoken forms a quoted witness
uses: "half past nine", "a quarter to six", "ten o'clock", "one in the
morning". The tagger's grammar and the findings' values both read clocks
with this pattern, so a time written in words is a time for both.
"""

from __future__ import annotations

import re

HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
MINUTE_WORDS = {"half": 30, "quarter": 15, "a quarter": 15, "five": 5, "ten": 10, "twenty": 20, "twenty five": 25}
_HOUR = rf"(?:{'|'.join(HOUR_WORDS)}|1[0-2]|0?[1-9])"
# a part of the day that says which half of the clock: "half past five in the morning"
_HALF = r"(?:\s+in\s+the\s+(?:morning|afternoon|evening)|\s+at\s+night)"
# after these a number is an hour ("at ten to six", "by one in the morning");
# elsewhere "ten to six" may be a range of counts and "one in the morning" a person
_PREPOSITIONS = ("at", "by", "until", "till", "before", "after", "around", "about", "approximately", "roughly", "since")
_AT = "|".join(rf"(?<=\b{w}\s)" for w in _PREPOSITIONS)
# "from 21:30" starts a span of time, but "from ten to six" may be a range of counts
_AT_FROM = "|".join(rf"(?<=\b{w}\s)" for w in (*_PREPOSITIONS, "from"))
# what may follow "ten to six" for it to be an hour, not a range ("ten to six percent")
_ENDS = r"(?=\s*(?:[,.;:!?)\"'\u201d\u2019]|$)|\s+(?:in|on|at|that|this|last|yesterday|today|tonight|and|when)\b)"

DIGITS = (r"\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time))?"
          r"|(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:UTC|GMT|Z)\b"
          # a 24-hour clock with two digits for the hour, after a preposition ("at 05:30", "from
          # approximately 21:30"); elsewhere "18:21" may be a verse and "15:20" a point in a recording
          rf"|(?:{_AT_FROM})(?:[01]\d|2[0-3]):[0-5]\d(?![\d:])")
# spoken hours that are hours wherever they stand
WORDS = (rf"(?:(?:half|(?:a\s+)?quarter)\s+(?:past|to)\s+{_HOUR}|{_HOUR}\s+o['\u2019]clock){_HALF}?(?![\w-])")
# spoken hours that are hours only after a preposition; the standalone clock
# rule reads them, not the dates that may open with a clock ("3 p.m. on May 5")
AFTER_PREPOSITION = (rf"(?:{_AT})(?:(?:five|ten|twenty(?:[- ]five)?)\s+(?:past|to)\s+{_HOUR}(?:{_HALF}|{_ENDS})"
                     rf"|{_HOUR}{_HALF})(?![\w-])")
# the whole alternation, for patterns that embed it in a named group
BODY = rf"(?:{DIGITS}|{WORDS}|noon|midnight|midday)"
# words one of which every clock contains, to skip texts without any
TRIGGER = (rf"\d\s*[ap]\.?m|\d:\d\d|noon|midnight|midday|(?:half|quarter)\s+(?:past|to)|o['\u2019]clock"
           rf"|\s(?:past|to)\s+{_HOUR}\b|\b{_HOUR}\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)")

_SPOKEN = re.compile(
    r"(?:(?P<min>half|(?:a\s+)?quarter|twenty[- ]five|\w+)\s+(?P<dir>past|to)\s+)?"
    r"(?P<hour>\w+)(?:\s+o['\u2019]clock)?"
    r"(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening)|\s+at\s+(?P<night>night))?$",
    re.IGNORECASE,
)
# after these parts of the day an hour written without a.m./p.m. is in the afternoon
LATER_PARTS = ("AF", "EV", "NI")


def clock_value(text: str | None) -> str | None:
    """'3 p.m.' -> T15:00, '18:00 UTC' -> T18:00Z, '21:30' -> T21:30, 'noon' -> T12:00,
    'half past nine' -> T09:30, 'ten to six in the morning' -> T05:50."""
    if not text:
        return None
    t = " ".join(text.lower().split())
    if "noon" in t or "midday" in t:
        return "T12:00"
    if "midnight" in t:
        return "T24:00"
    m = re.match(r"(\d{1,2})(?:[:.](\d\d))?\s*([ap])", t)
    if m:
        hour = int(m.group(1)) % 12 + (12 if m.group(3) == "p" else 0)
        return f"T{hour:02d}:{m.group(2) or '00'}"
    m = re.match(r"(\d{1,2}):(\d\d)\s*(utc|gmt|z)?", t)
    if m:
        return f"T{int(m.group(1)):02d}:{m.group(2)}" + ("Z" if m.group(3) else "")
    return _spoken(t)


def _spoken(t: str) -> str | None:
    m = _SPOKEN.match(t)
    if not m:
        return None
    hour = HOUR_WORDS.get(m["hour"]) or (int(m["hour"]) if m["hour"].isdigit() else None)
    if hour is None or not 1 <= hour <= 12:
        return None
    minutes = 0
    if m["min"]:
        word = " ".join(m["min"].replace("-", " ").split())
        minutes = MINUTE_WORDS.get(word, 0)
        if not minutes:
            return None
        if m["dir"] == "to":
            hour, minutes = hour - 1 or 12, 60 - minutes
    part = m["part"] or m["night"]
    if part == "morning":
        hour %= 12
    elif part in ("afternoon", "evening") or part == "night" and hour >= 6:
        hour = hour % 12 + 12
    elif part == "night":
        hour %= 12  # "two at night"
    return f"T{hour:02d}:{minutes:02d}"


def later_half(clock: str | None, text: str | None, part: str | None) -> str | None:
    """An hour with no half of the clock of its own, on a day part after noon:
    "half past nine on Tuesday night" is 21:30."""
    if clock is None or part not in LATER_PARTS or not text or not twelve_hour(text):
        return clock
    hour = int(clock[1:3])
    return f"T{hour + 12:02d}{clock[3:]}" if 1 <= hour < 12 and (part != "NI" or hour >= 6) else clock


def twelve_hour(text: str) -> bool:
    """A clock that does not say which half of the day it is in ("ten o'clock", "half past nine")."""
    t = text.lower()
    return not re.search(r"\d\s*[ap]\.?m|\d:\d\d|noon|midnight|midday|morning|afternoon|evening|night", t)


def minutes_of(value: str) -> int:
    """Minutes after midnight of a clock value ('T21:30' -> 1290), for comparing two."""
    return int(value[1:3]) % 24 * 60 + int(value[4:6])
