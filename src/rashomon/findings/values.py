"""Values stated in text: dates, counts, quantities with units, names.

:func:`extract_values` finds them in one document and normalises them (units
to their dimension's base unit, "two" to 2, "May 5" to ``2026-05-05`` when the
document's year is known), keeping the exact span and the words around each
value, which is how :mod:`.discrepancy` tells whether two values speak of the
same fact. Datelines ("CITY, May 7 (Agency) -") are not facts and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..attribution.lexicon import load_cues
from ..attribution.posts import signatures
from ..claims.lexicon import content_terms, data_lines, number_words, phrases, stem
from ..temporal import clock
from ..temporal.lexicon import closes_abbreviation, load_lexicon
from ..temporal.tagger import tag

QUALIFIERS = r"at least|more than|over|about|around|nearly|almost|up to|some|roughly|approximately|fewer than|less than|as many as"
# an hour of the clock, with what bounds it: "shortly before 10 pm", "at 11.05 pm", "21:50", "half past nine"
CLOCK = re.compile(
    r"(?<![\w:.])(?:(?P<qual>(?:(?:shortly|just|soon)\s+)?(?:before|after)|around|about|approximately|roughly|until)\s+)?"
    rf"(?P<clock>{clock.DIGITS}|{clock.WORDS}|{clock.AFTER_PREPOSITION})",
    re.IGNORECASE,
)
# the part of the day after a clock without a.m. or p.m.: "half past nine on Tuesday night"
DAY_PART_AFTER = re.compile(r"\s+(?:on\s+|last\s+|that\s+)?(?:[A-Za-z]+day\s+)?(?P<part>afternoon|evening|night)\b|\s+to(?P<tonight>night)\b", re.I)
# what makes a number an hour of the clock, not a count: "shortly before 10 pm", "at 11 o'clock"
CLOCK_AFTER = r"\s*(?:[ap]\.?m\b\.?|o[\'\u2019]clock\b)"
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"\u201c]?[A-Z0-9])|\n\s*\n")
# "CITY, May 7 (Agency) -", "CITY, Country, Aug 15 -", "CITY, 16 August 2026 -"
DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'\-]*(?:,\s+[A-Z][A-Za-z .'\-]*)?,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?"
    r"\s*(?:\([^)\n]*\))?\s*[-\u2013\u2014]",
    re.M,
)
PROPER = re.compile(r"\b[A-Z][A-Za-z]*(?:-[A-Za-z0-9]+)+\b|\b[A-Z][a-z]{2,}\b")
WINDOW_WORDS = 10
# punctuation that ends a clause, for the words around a count ("since dawn")
CLAUSE_END = re.compile(r"[,;:()\u2014]")
# a comma inside a list ("eyes, vomiting and rashes"), which ends no clause
LIST_COMMA = re.compile(r",(?=\s+[\w-]+(?:\s+[\w-]+)?\s+(?:and|or)\s)")
# what makes a date the day a running count was made up to
AS_OF = re.compile(r"\b(?:by|as\s+of|as\s+at|up\s+to|through)\s+(?:the\s+end\s+of\s+|late\s+|early\s+)?$", re.I)
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# what a unit measures, inside a compound unit: "milligrams [of ammonia] per litre"
SUBSTANCE_PER = re.compile(r"\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?P<per>(?:per|a)\s+[a-z]+)\b", re.I)


@dataclass(frozen=True)
class ValueMention:
    """One value in one document. ``value`` is normalised: a float in the
    dimension's base unit, an ISO date string, or a name."""

    document: str
    span: tuple[int, int]
    text: str
    dimension: str  # date | length | mass | ... | count:<noun> | number
    value: float | str
    upper: float | None  # for ranges ("300-500 km")
    qualifier: str | None
    head: str | None  # stem of the nearest meaningful word before the value ("rang" for "range")
    terms: frozenset[str]  # meaningful words around the value
    proper: frozenset[str]  # capitalised names in the sentence
    head_word: str | None = None  # the head as written, for summaries
    names: tuple[str, ...] = ()  # the sentence's names as written, in order ("Brenmoor Mine Action Group")
    role: str | None = None  # "limit" ("a licensed limit of 250"), "increment" ("a further 171"), or a plain value
    after: str | None = None  # a count's: stem of the first meaningful word after its noun ("killed" in "19 people were killed")
    running: bool = False  # a count's: a running total ("treated 31 people since dawn", "so far")
    as_of: str | None = None  # a count's: the day it was made up to ("by Thursday night"), an ISO date


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, float]], dict[str, float], dict[str, int]]:
    units = {}
    for line in data_lines("units.tsv"):
        surface, dimension, factor = line.split("\t")[:3]
        units[surface.strip().lower()] = (dimension.strip(), float(factor))
    numbers = number_words()
    months = {w.strip().lower(): int(v) for w, v in (line.split("\t")[:2] for line in data_lines("months.tsv"))}
    return units, numbers, months


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    units, numbers, months = _tables()
    number = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:{_alternation(list(numbers))})"
    quantity = re.compile(
        rf"(?<![\w.])(?:(?P<qual>(?i:{QUALIFIERS}))\s+)?(?P<num>{number})"
        rf"(?:\s*(?:-|\u2013|to|and)\s*(?P<num2>{number}))?\s*(?P<unit>(?i:{_alternation(list(units))}))(?![\w])"
    )
    month_names = _alternation([m.capitalize() for m in months])
    date = re.compile(
        rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{month_names})\b\.?"
        rf"|(?P<m2>{month_names})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)(?:,?\s+(?P<year>\d{{4}}))?"
    )
    count = re.compile(
        rf"(?<![\w.,/:-])(?:(?P<qual>(?i:{QUALIFIERS}))\s+)?(?P<num>{number})(?![\w/:-]|[.,]\d|{CLOCK_AFTER})"
        # "12 polling stations", "40 fishing boats": a word in -ing before a noun describes it
        rf"(?:\s+(?:[a-z]{{3,}}ing\s+(?=[a-z]{{3,}}s\b))?(?P<noun>[a-z]{{3,}}))?"
    )
    return quantity, date, count


def _qualifier(text: str | None) -> str | None:
    return " ".join(text.lower().split()) if text else None


def _number(text: str) -> float:
    _, numbers, _ = _tables()
    word = " ".join(text.lower().split())
    return numbers[word] if word in numbers else float(text.replace(",", ""))


def sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        if text[match.start() - 1] == "." and closes_abbreviation(text, match.start() - 1):
            continue  # "on Sept. 2", "Col. Anton Brisk": one sentence
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# words that put a date on a thing rather than name it ("a report dated May 5")
DATING_WORDS = frozenset({"dated", "issued", "published", "released", "signed", "filed", "posted"})
PUBLISHING_WORDS = frozenset({"issued", "published", "released", "posted"})
DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "whose", "my", "your"})
CAPITALISED_RUN = re.compile(r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*")


def _context(
    text: str, sentence: tuple[int, int], span: tuple[int, int], dated: bool = False
) -> tuple[str | None, frozenset[str], frozenset[str], str | None, tuple[str, ...]]:
    """What a value hangs on, and the words and names around it. A date hangs
    on the event it dates: past the words placing it in the day ("capsized
    late on Friday", "in the early hours of") and the names of places between
    ("capsized off Merrowick in ...")."""
    before = text[sentence[0] : span[0]]
    after = text[span[1] : sentence[1]]
    words_before = re.findall(r"[\w-]+", before)[-WINDOW_WORDS:]
    words_after = re.findall(r"[\w-]+", after)[:WINDOW_WORDS]
    terms = {t for t in content_terms(" ".join(words_before + words_after)) if not t[0].isdigit()}
    # a number, a month or a weekday before the value is the date beside it, not what it measures
    head_words = [w for w in words_before[-4:] if content_terms(w) and not w.isdigit() and w.lower() not in calendar_words()]
    if dated:
        # the nearest verb or noun in lower case; a reporting verb there
        # ("said on Sunday") dates a statement, and leaves the date no event
        near, passed = words_before[-8:], calendar_words() | _times_of_day() | {"dated"}
        at = [i for i, w in enumerate(near) if w.islower() and (content_terms(w) or stem(w) in _reporting()) and w not in passed]
        head_words = [near[i] for i in at]
        # "a report dated May 5" names a thing's date, "published on Tuesday" the
        # act of publishing; "reported on May 5" dates a report, not an event
        if at and stem(near[at[-1]]) in _reporting() and not (at[-1] and near[at[-1] - 1].lower() in DETERMINERS):
            head_words = []
    head = stem(head_words[-1]) if head_words else None
    if dated and head_words and head_words[-1].lower() in PUBLISHING_WORDS:
        head = "publish"  # "published on June 2" and "released on June 4" date one act
    body = text[sentence[0] : sentence[1]]
    proper = {p for p in PROPER.findall(body) if not body.startswith(p) and p.lower() not in _tables()[2]}
    shown = [w for w in head_words if w.lower() not in DATING_WORDS] or head_words
    names = tuple(" ".join(w for w in run.split() if w in proper) for run in CAPITALISED_RUN.findall(body))
    return head, frozenset(terms), frozenset(proper), shown[-1].lower() if shown else None, tuple(n for n in names if n)


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Month and weekday names, lower case."""
    return frozenset(_tables()[2]) | frozenset(load_lexicon().weekdays)


@lru_cache(maxsize=1)
def _times_of_day() -> frozenset[str]:
    """Words placing a date in the day ("late", "midnight"): not the event it dates."""
    return frozenset(data_lines("times_of_day.txt")) | frozenset(load_lexicon().day_parts)


@lru_cache(maxsize=1)
def _reporting() -> frozenset[str]:
    """Stems of reporting verbs, as lemma ("announc") or listed form ("said"):
    a weekday after one dates the statement ("said on Sunday"), not an event."""
    return frozenset(stem(w) for w in [*load_cues().verbs, *data_lines("reporting_forms.txt")] if " " not in w)


def _weekday_dates(text: str, taken: list[tuple[int, int]], times: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Dates written as a weekday ("in the early hours of Saturday"), resolved
    against the publication date (in ``times``), outside the spans already read."""
    weekdays = load_lexicon().weekdays
    return [
        (a, b, value[:10])
        for a, b, value in times
        if re.match(r"\d{4}-\d{2}-\d{2}", value)
        and any(w.lower() in weekdays for w in re.findall(r"[A-Za-z]+", text[a:b]))
        and all(b <= x or a >= y for x, y in taken)
    ]


@lru_cache(maxsize=1)
def _counted_as() -> dict[str, str]:
    """``count_nouns.tsv``: "passengers" are counted as "people"."""
    return dict((parts[0].strip().lower(), parts[1].strip().lower()) for parts in (line.split("\t") for line in data_lines("count_nouns.tsv")) if len(parts) > 1)


@lru_cache(maxsize=1)
def _predicate_as() -> dict[str, str]:
    """``count_predicates.tsv``: "hurt" counts as "injured"."""
    rows = (line.split("\t") for line in data_lines("count_predicates.tsv"))
    return {parts[0].strip().lower(): parts[1].strip().lower() for parts in rows if len(parts) > 1}


@lru_cache(maxsize=1)
def predicate_words() -> dict[str, str]:
    """What ``count_predicates.tsv`` counts as, by stem: "infect" -> "infected"."""
    return {stem(word): word for word in _predicate_as().values()}


@lru_cache(maxsize=1)
def counted_predicates() -> frozenset[str]:
    """The stems of what ``count_predicates.tsv`` counts as ("injur", "kill", "detain")."""
    return frozenset(predicate_words())


@lru_cache(maxsize=1)
def _role_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # the wording must end right before the figure (or its qualifier)
    return tuple(
        (role, re.compile(rf"(?:{phrases(name).pattern})\s*(?:(?i:{QUALIFIERS})\s*)?$", re.I))
        for role, name in (("limit", "limit_figures.txt"), ("increment", "increment_words.txt"))
    )


def _role(text: str, sentence_start: int, start: int) -> str | None:
    """What the figure at ``start`` is: a limit, an increment, or (None) a value."""
    before = text[max(sentence_start, start - 60) : start]
    return next((role for role, pattern in _role_patterns() if pattern.search(before)), None)


def extract_values(
    document: str, text: str, year: str | None = None, published: str | None = None,
    times: Sequence[tuple[int, int, str]] | None = None,
) -> list[ValueMention]:
    """Dates, quantities and counts stated in one document's text.

    ``year`` (the publication year, by default ``published``'s) completes
    dates written without one. Weekdays come from ``times``, the document's dated time expressions
    (start, end, ISO value) as stored at ingest, or else are tagged against
    ``published`` (an ISO date).
    """
    units, _, months = _tables()
    quantity, date, count = _patterns()
    year = year or (published[:4] if published else None)
    # a dateline, and an embedded post's signature ("— Ana Dorn (@anadorn) March 3,
    # 2026"), date the text itself: no source states them as a fact
    masked = [(m.start(), m.end()) for m in DATELINE.finditer(text)] + [(s.dash[0], s.end) for s in signatures(text)]
    found: list[ValueMention] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in masked)

    spans = sentences(text)
    if times is None:
        times = [(*e.span, e.value) for e in tag(text, published) if e.type == "date"] if published else []

    # the wrong figure a correction notice withdraws ("misstated the reading as 42 mg/l")
    masked += [s for s in spans if phrases("misstatements.txt").search(text[s[0] : s[1]])]
    for sentence in spans:
        body = text[sentence[0] : sentence[1]]
        for m in date.finditer(body):
            a, b = sentence[0] + m.start(), sentence[0] + m.end()
            if not free(a, b):
                continue
            month = months[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
            day = int(m.group("d1") or m.group("d2"))
            if not 1 <= day <= 31:
                continue
            y = m.group("year") or year
            day_value = f"{y}-{month:02d}-{day:02d}" if y else f"--{month:02d}-{day:02d}"
            masked.append((a, b))
            found.append(ValueMention(document, (a, b), text[a:b], "date", day_value, None, None, *_context(text, sentence, (a, b), dated=True)))
    # a weekday dates an event only: never a statement ("said on Sunday")
    for a, b, day_value in _weekday_dates(text, masked, times):
        sentence = next((s for s in spans if a < s[1]), spans[-1])
        context = _context(text, sentence, (a, b), dated=True)
        if context[0] is not None:
            found.append(ValueMention(document, (a, b), text[a:b], "date", day_value, None, None, *context))
    found += _clock_times(document, text, spans, free, masked)
    for sentence in spans:
        body = text[sentence[0] : sentence[1]]
        for m in quantity.finditer(body):
            a, b = sentence[0] + m.start("num"), sentence[0] + m.end()
            if not free(a, b):
                continue
            unit = " ".join(m.group("unit").lower().split())
            # "4.2 milligrams of ammonia per litre": a concentration with its substance inside
            inside = SUBSTANCE_PER.match(body, m.end())
            compound = f"{unit} {' '.join(inside['per'].lower().split())}" if inside else ""
            if inside and compound in units:
                unit, b = compound, sentence[0] + inside.end()
            dimension, factor = units[unit]
            low = _number(m.group("num")) * factor
            high = _number(m.group("num2")) * factor if m.group("num2") else None
            masked.append((sentence[0] + m.start(), b))
            found.append(
                ValueMention(
                    document, (a, b), text[a:b], dimension, low, high, _qualifier(m.group("qual")),
                    *_context(text, sentence, (a, b)), role=_role(text, sentence[0], sentence[0] + m.start()),
                )
            )
        for m in count.finditer(body):
            a, b = sentence[0] + m.start("num"), sentence[0] + m.end("num")
            if not free(a, b):
                continue
            value = _number(m.group("num"))
            noun = m.group("noun")
            if noun and (noun in units or noun in months or not content_terms(noun)):
                noun = None
            if noun is None and (not m.group("num")[0].isdigit() or 1900 <= value <= 2100):
                continue  # "one of", bare years: not counts
            end = sentence[0] + m.end("noun") if noun else b
            if noun:
                noun, end = _head_noun(text, noun, end, value)
            following = [w for w in re.findall(r"[\w-]+", text[end : sentence[1]])[:5] if content_terms(w) and not w.isdigit()] if noun else []
            if noun in _predicate_as():
                # "more than 200 injured": people, and what happened to them
                following, noun = [noun], "people"
            dimension = f"count:{stem(_counted_as().get(noun, noun))}" if noun else "number"
            before = _clause_before(text, sentence[0], a)
            clause = (a - len(before), _clause_end(text, a, sentence[1]))
            found.append(
                ValueMention(
                    document, (a, b), text[a:end], dimension, value, None, _qualifier(m.group("qual")),
                    *_context(text, sentence, (a, b)), role=_role(text, sentence[0], sentence[0] + m.start()),
                    after=_predicate(following),
                    running=bool(phrases("running_totals.txt").search(before + " " + text[sentence[0] + m.start() : clause[1]])),
                    as_of=_as_of(text, clause, times),
                )
            )
    return found


NEXT_WORD = re.compile(r"[ \t]+([a-z]{3,})\b")


def _head_noun(text: str, noun: str, end: int, value: float) -> tuple[str, int]:
    """The noun a count counts, past the words in front of it: "one polling
    station" counts stations, "three polling station volunteers" volunteers
    (several of a singular noun make it a modifier of the plural after it)."""
    following = NEXT_WORD.match(text, end)
    if following is not None and noun.endswith("ing") and content_terms(following[1]):
        noun, end = following[1], following.end()  # "polling station", "missing children"
        following = NEXT_WORD.match(text, end)
    if (following is not None and value > 1 and not noun.endswith("s") and following[1].endswith("s")
            and content_terms(following[1]) and stem(following[1]) not in _reporting()):
        noun, end = following[1], following.end()
    return noun, end


def _predicate(following: list[str]) -> str | None:
    """Stem of what the words after a count's noun say happened to it, as
    count_predicates.tsv counts it: "sought treatment" as "treated"."""
    if not following:
        return None
    table = _predicate_as()
    if not following[0][:1].isupper():
        # "19 patients on two wards had contracted it": the first word the table knows
        # (a name first says where: "600 people in Saltreve" is another count than Marvaska's)
        for i, word in enumerate(following):
            found = table.get(" ".join(following[i : i + 2]).lower()) or table.get(word.lower())
            if found:
                return stem(found)
    pair = " ".join(following[:2]).lower()
    return stem(table.get(pair) or table.get(following[0].lower(), following[0]))


def _clause_end(text: str, start: int, sentence_end: int) -> int:
    """Where the clause holding a value ends: at the next comma or dash, but
    not inside a list ("31 people for stinging eyes, vomiting and skin rashes
    since dawn")."""
    rest = LIST_COMMA.sub(" ", text[start:sentence_end])
    return start + len(CLAUSE_END.split(rest)[0])


def _as_of(text: str, clause: tuple[int, int], dated: Sequence[tuple[int, int, str]]) -> str | None:
    """The day a count was made up to, from a date in its clause after "by" or
    "as of": "47 people had been treated by Thursday night"."""
    for a, b, value in dated:
        if clause[0] <= a < clause[1] and DAY_VALUE.match(value) and AS_OF.search(text[max(0, a - 20) : a]):
            return value[:10]
    return None


def _clause_before(text: str, sentence_start: int, start: int) -> str:
    """The sentence's words before a value, back to the last comma or dash:
    "so far, 47 bodies" but not "since dawn" of another clause."""
    return CLAUSE_END.split(text[sentence_start:start])[-1]


def _clock_times(
    document: str, text: str, spans: list[tuple[int, int]], free: Callable[[int, int], bool], masked: list[tuple[int, int]]
) -> list[ValueMention]:
    """Hours of the clock, as minutes after midnight, hung like a date on the
    event they time ("moved in shortly before 10 pm"); "before" and "after"
    make them bounds. Not after a reporting verb ("said at 9 pm"), which
    times a statement."""
    found = []
    for sentence in spans:
        for m in CLOCK.finditer(text, sentence[0], sentence[1]):
            a, b = m.start(), m.end()
            if not free(a, b):
                continue
            masked.append((a, b))
            written = m.group("clock")
            later = DAY_PART_AFTER.match(text, b)
            part = load_lexicon().day_parts.get((later["part"] or later["tonight"]).lower()) if later else None
            value = clock.later_half(clock.clock_value(written), written, part)
            if value is None:
                continue
            minutes = clock.minutes_of(value)
            context = _context(text, sentence, (a, b), dated=True)
            if context[0] is not None:
                found.append(ValueMention(document, (a, b), text[a:b], "time of day", float(minutes), None,
                                          _qualifier(m.group("qual")), *context))
    return found
