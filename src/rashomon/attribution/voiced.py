"""Documents in their issuer's own voice: a press release, an official
statement, a party's communiqué.

A news report's own sentences are the reporter's, and only what it
attributes is a statement. A ministry's statement is the other way round:
every sentence in it is the ministry's claim, whether or not a reporting
verb says so ("Orvenian artillery fired on the market at dawn."). Analysts
ingest such primary sources beside the coverage of them, and a stance taken
there must count as the issuer's.

The issuer comes from the document's metadata (``statement_by`` in JSON
Lines or front matter, ``rashomon ingest --statement-by``) or from a title
that names it ("Statement by the Ministry of Foreign Affairs on ...",
"Remarks by President Ana Dorn at ...", or a "PRESS RELEASE" line over a
line that is only a name; the words are ``statement_kinds.txt``). A plain
headline names no issuer, so a news report is not read this way by
accident.

Each sentence that no statement found already covers, that says something
(it has a verb, it is no question, no link or contact line), that does not
name the issuer where its speaker span points (a sentence about the issuer
in the third person, "The ministry has studied ...", says what it claims
through a cue of its own) and that comes before the release's closing
boilerplate ("Notes to editors", "ENDS": ``release_endings.txt``) is a
direct statement of the issuer. Its speaker span is the issuer's first
mention in the text, so the actors stage resolves it like any speaker; a
text that never names its issuer keeps the name in ``speaker_text`` with no
span, and the actors stage takes the known actor of that name or makes
one. "We" and "our" speakers are the issuer too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from spacy.tokens import Doc, Span

from ..model import Attribution
from ..model import Span as CharSpan
from .content import drop_dateline, word_list

# what may follow the issuer's name in a title: the subject or the place ("on", "at", "in", ...)
TITLE_TAIL = (
    r"(?=\s+(?:on|at|in|regarding|concerning|about|following|after|before|during|to|over|for)\b"
    r"|\s*[:;,.!?(\[\n–—-]|\s*$)"
)
MAX_NAME_WORDS = 10
MAX_HEADING_WORDS = 5
LINKS = re.compile(r"https?://|www\.|@\w")
# pronouns the issuer speaks of itself by
FIRST_PERSON = frozenset({"we", "us", "our", "i", "my"})
# finite verb tags: a title with one is a headline
FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
MIN_WORDS = 4
BULLETS = frozenset({"-", "*", "\u2022", "\u2013", "\u2014", "\u25aa", "\u25cf"})
MIN_OWN_VOICE = 3
MAX_DATELINE = 60  # characters of "SALTREVE, 4 November 2026 –" before the name  # first-person plural words outside quotes that make a body's own site speak as itself


@dataclass
class Issuer:
    """Who speaks in a document's own voice, and the word that says so."""

    name: str
    cue: str = "statement"
    cue_span: CharSpan | None = None
    header_end: int = 0  # where the text's heading that names the issuer ends: no claim before it


def _phrases(name: str) -> str:
    """A data file's phrases as one alternation, spaces matching any run of space."""
    return "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in sorted(word_list(name), key=len, reverse=True))


@lru_cache(maxsize=1)
def _title() -> re.Pattern[str]:
    """"Statement by the Ministry of ... on ...": the kind of text (``statement_kinds.txt``), then its issuer."""
    return re.compile(
        rf"^\W*(?P<cue>{_phrases('statement_kinds.txt')})\s+(?:issued\s+)?(?:by|of|from)\s+(?:the\s+)?"
        rf"(?P<name>[^\n:;,.!?()\[\]]{{2,120}}?){TITLE_TAIL}",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    """A first line that only says what kind of text this is ("PRESS RELEASE")."""
    return re.compile(rf"^\W*(?P<cue>{_phrases('statement_kinds.txt')})\W*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _endings() -> re.Pattern[str]:
    """A line that opens a release's closing matter (``release_endings.txt``)."""
    return re.compile(rf"^[^\w\n]*(?:{_phrases('release_endings.txt')})(?!\w)", re.IGNORECASE | re.MULTILINE)


def issuer_of(
    title: str | None, statement_by: str | None, text: str, tag: Callable[[str], Doc] | None = None, outlet: str | None = None
) -> Issuer | None:
    """Who speaks in a document's own voice: the one its metadata names
    (``statement_by``), else the one its title names, else the outlet that
    publishes its own news (see ``issuer_by_outlet``)."""
    titled = issuer_from_title(title, text, tag)
    if statement_by:
        return Issuer(statement_by, *((titled.cue, titled.cue_span, titled.header_end) if titled else ()))
    return titled or issuer_by_outlet(outlet, text, tag)


def issuer_by_outlet(outlet: str | None, text: str, tag: Callable[[str], Doc] | None) -> Issuer | None:
    """A body that publishes on its own site: the text's first sentence has
    the outlet for its subject ("Velmar Foods is issuing this update on
    ...") and the text speaks as "we" or "our" outside quotation marks. A
    newspaper names itself in its first sentence only as an object or in a
    byline ("spoke to X of The Ledger"), and an interview's "we" is the
    interviewee's, whose name is the subject there."""
    if not outlet or tag is None:
        return None
    lines = [line for line in text.split("\n") if line.strip()]
    name = r"\s+".join(re.escape(w) for w in outlet.split())
    # Cheap tests first: the first line is parsed only for the rare text that may pass.
    if not lines or not re.search(rf"(?<!\w){name}(?!\w)", lines[0][:MAX_DATELINE + len(outlet)], re.IGNORECASE):
        return None
    unquoted = re.sub(r"[\"\u201c\u00ab][^\"\u201d\u00bb]*[\"\u201d\u00bb]", " ", text)
    if sum(1 for w in re.findall(r"[A-Za-z]+", unquoted) if w.lower() in ("we", "our", "us")) < MIN_OWN_VOICE:
        return None
    first = tag(lines[0])
    sentence = next(iter(first.sents))
    start = drop_dateline(first, sentence.start, sentence.end)
    # The name opens the sentence and a verb follows it (the parse of a name
    # after a dateline is too unsure to ask for its subject).
    opening = re.match(rf"(?:the\s+)?{name}\s+", first[start : sentence.end].text, re.IGNORECASE)
    if opening is None:
        return None
    after = next((t for t in first[start : sentence.end] if t.idx >= first[start].idx + opening.end()), None)
    if after is None or after.pos_ not in ("VERB", "AUX"):
        return None
    return Issuer(outlet)


def issuer_from_title(title: str | None, text: str, tag: Callable[[str], Doc] | None = None) -> Issuer | None:
    """The issuer a title names ("Statement by X on ..."), reading the
    document's title, else its first line. The cue points at the title's
    word ("Statement") when the title is the text's first line.

    ``tag`` (a spaCy pipeline) parses a matching title: a headline about a
    statement has a verb of its own (see ``_headline``), the title of the
    statement itself does not."""
    first_line = text.lstrip().split("\n", 1)[0]
    for candidate, in_text in ((title, False), (first_line, True)):
        if not candidate:
            continue
        match = _title().match(candidate)
        if match is None or tag is not None and _headline(tag(candidate)):
            continue
        if not in_text:
            return Issuer(match.group("name").strip(), match.group("cue").lower())
        offset = text.index(first_line)
        cue_span = (offset + match.start("cue"), offset + match.end("cue"))
        return Issuer(match.group("name").strip(), match.group("cue").lower(), cue_span, offset + len(first_line))
    return _issuer_below_label(text, tag)


def _headline(title: Doc) -> bool:
    """A title whose own verb says something ("Remarks by the mayor at the
    festival draw criticism", "Statement by the coast guard angers families").
    A verb in a relative clause or a participle describes what the statement
    is about ("Statement by the ministry on the attack that killed 19",
    "... on the fragments shown in Velmora"), and what follows a colon is
    the statement's own words ("Statement by the union: ministers must go").
    Without the parse to tell these apart, every such release needed
    ``statement_by``."""
    for token in title:
        if token.text == ":":
            return False
        if token.pos_ in ("VERB", "AUX") and (token.tag_ in FINITE or token.dep_ == "ROOT"):
            if not any(t.dep_ in ("relcl", "acl", "advcl") for t in (token, *token.ancestors)):
                return True
    return False


def _issuer_below_label(text: str, tag: Callable[[str], Doc] | None) -> Issuer | None:
    """"PRESS RELEASE" (or "For immediate release", "Official statement")
    alone on the first line, and the issuer alone on the next: a line of a
    few words with a name in it and no verb ("Ministry of Defence of
    Orvenia"). Needs ``tag`` to tell a name from a headline."""
    lines = list(islice(re.finditer(r"[^\n]*\S[^\n]*", text), 2))  # the first two lines with words
    if tag is None or len(lines) < 2 or (label := _label().match(lines[0].group())) is None:
        return None
    name = lines[1].group().strip()
    if len(name.split()) > MAX_NAME_WORDS:
        return None
    parsed = tag(name)
    if any(t.tag_ in FINITE for t in parsed) or not any(e.label_ in ("ORG", "PERSON", "GPE", "NORP") for e in parsed.ents):
        return None
    start = lines[0].start() + label.start("cue")
    return Issuer(name, label.group("cue").lower(), (start, lines[0].start() + label.end("cue")), lines[1].end())


def issuer_statements(doc: Doc, records: list[Attribution], issuer: Issuer) -> list[Attribution]:
    """``records`` with the issuer's own sentences added, in text order."""
    text = doc.text
    speaker = _mention(text, issuer.name)
    for record in records:
        if speaks_for_the_issuer(record):
            record.speaker_antecedent_span = speaker  # "We call on ...": the issuer
    covered = sorted(
        span for record in records if not _what_the_sentence_is_about(doc, record)
        for span in (record.content_span, record.cue_span, record.speaker_span) if span
    )
    # "About Velmar Foods": the boilerplate at a release's end is no claim
    about = re.compile(rf"^[^\w\n]*About\s+(?:the\s+)?{re.escape(issuer.name)}[^\w\n]*$", re.IGNORECASE | re.MULTILINE)
    stop = min(
        next((m.start() for m in _endings().finditer(text) if m.start() > 0 and _heading(text, m.start())), len(text)),
        next((m.start() for m in about.finditer(text) if m.start() > 0), len(text)),
    )
    title_end = issuer.header_end  # the heading that names the issuer is no claim
    added = []
    for sentence in doc.sents:
        span = _content(doc, sentence)
        if span is None or span[0] < title_end or span[1] > stop or _overlaps(span, covered):
            continue
        if speaker is not None and span[0] <= speaker[0] < span[1]:
            continue  # the issuer of itself ("The ministry has studied ..."): a cue of its own says what it claims
        added.append(
            Attribution(
                content_span=span,
                cue=issuer.cue if issuer.cue_span is None else text[issuer.cue_span[0] : issuer.cue_span[1]],
                cue_span=issuer.cue_span,
                cue_class="assert",
                kind="direct",
                speaker_span=speaker,
                speaker_text=text[speaker[0] : speaker[1]] if speaker else issuer.name,
                source_kind="issuer",
                negated=any(t.dep_ == "neg" and t.head.i == sentence.root.i for t in sentence),
                confidence=0.6,
            )
        )
    return sorted(records + added, key=lambda r: (r.content_span[0], -r.content_span[1]))


def _what_the_sentence_is_about(doc: Doc, record: Attribution) -> bool:
    """A statement inside the subject of its sentence ("Reports that the minister
    ordered it are false"): the sentence's claim about it is the issuer's own,
    so the sentence is still the issuer's statement (and this one nests in it)."""
    if record.cue_span is None:
        return False
    cue = doc.char_span(*record.cue_span, alignment_mode="expand")
    if cue is None:
        return False
    token = cue.root
    while token.head.i != token.i:
        if token.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") and token.head.i == token.sent.root.i:
            return True
        token = token.head
    return False


def speaks_for_the_issuer(record: Attribution) -> bool:
    """"We call on ...", "Our teams found ...": in an issuer's own text, a
    first-person speaker is the issuer."""
    return record.source_kind == "pronoun" and (record.speaker_text or "").lower() in FIRST_PERSON


def _content(doc: Doc, sentence: Span) -> CharSpan | None:
    """A sentence that says something, past any dateline, without its edge space."""
    words = [t for t in sentence if t.is_alpha]
    if len(words) < MIN_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return None
    if sentence.text.rstrip().endswith("?") or LINKS.search(sentence.text):
        return None
    start = drop_dateline(doc, sentence.start, sentence.end)
    tokens = [t for t in doc[start : sentence.end] if not t.is_space]
    while tokens and tokens[0].text in BULLETS:
        tokens = tokens[1:]  # a list item's marker is no word of it
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _heading(text: str, start: int) -> bool:
    """A line that is a heading ("Notes to editors", "Media contact: ...")
    rather than a sentence that happens to open so ("Contact with the crew
    was lost at noon.")."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    return ":" in line or len(line.split()) <= MAX_HEADING_WORDS


def _overlaps(span: CharSpan, covered: list[CharSpan]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in covered)


def _mention(text: str, name: str) -> CharSpan | None:
    """The issuer's first mention in the text: its whole name, else the
    name cut short before an "of" or "in" ("the Ministry of Foreign Affairs"
    for "Ministry of Foreign Affairs of Kestria"), two words at least."""
    words = name.split()
    cuts = [len(words)] + [i for i in range(len(words) - 1, 1, -1) if words[i].lower() in ("of", "in", "for")]
    for cut in cuts:
        pattern = r"\s+".join(re.escape(w) for w in words[:cut])
        found = re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE)
        if found is not None:
            return found.start(), found.end()
    return None
