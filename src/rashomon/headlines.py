"""Re-parse Title Case headlines as sentence case.

The statistical tagger and parser read capitals as names, so a headline such
as "Kestle Council Denies Ferry Was Unsafe" comes out as one long proper noun
with no verb. This component, added last in the pipeline, re-parses such
a line from a sentence-cased copy of its words and copies the tags, lemmas and
tree back onto the original tokens. The text, offsets and entities stay as
the full pass made them.
"""

from __future__ import annotations

import re
from typing import cast

import numpy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

NAME = "headlines"
# Part of the eval's parse cache key: bump when the re-parse changes.
VERSION = "headlines5"

WORD = re.compile(r"[A-Za-z][\w’']*")
MIN_WORDS = 3
MIN_CAPITALISED = 0.6
ACRONYM_MAX = 4  # GOP, FBI, NATO keep their capitals
ATTRS: list[int | str] = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD"]
# Entities stay as the full pass found them on the original capitals.
SKIP = {"ner", NAME}
FINITE = {"VBZ", "VBP", "VBD", "MD"}
SUBJECT_END = {"NN", "NNS", "NNP", "NNPS", "PRP", "CD"}
NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"}
# "..., federal judge rules": who reports, in a few words
TAIL_SUBJECT_WORDS = 5
REPORT_STAND_IN = "says"


def title_case(line: str) -> bool:
    words = WORD.findall(line)
    if len(words) < MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= MIN_CAPITALISED


def first_line(text: str) -> tuple[int, int] | None:
    """Characters of the first line when it is a paragraph of its own or in Title Case."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start : len(text) if end < 0 else end].rstrip()
    return (start, start + len(line)) if end >= 0 or title_case(line) else None


def sentence_case(words: list[str], names: frozenset[str] = frozenset()) -> list[str]:
    """Lower every word but the first, the first after a colon, acronyms and names."""
    out = []
    first = True
    for word in words:
        keep = first or word in names or (word.isupper() and len(word) <= ACRONYM_MAX)
        out.append(word if keep else word.lower())
        if any(c.isalpha() for c in word):
            first = False
        if word == ":":
            first = True
    return out


def own_sentence(span: Span) -> bool:
    """Whether the full pass parsed the line as a sentence of its own (or several)."""
    doc, first, last = span.doc, span[0].sent, span[-1].sent
    outside = [*doc[first.start : span.start], *doc[span.end : last.end]]
    return all(t.is_space for t in outside)


def wrapped(text: str, end: int) -> bool:
    """Whether the line breaks inside a sentence: the next line goes on in lower case."""
    return text[end:].lstrip()[:1].islower()


def body_names(body: Span) -> frozenset[str]:
    """Words the body capitalises inside a sentence: names, which keep their capital."""
    return frozenset(t.text for t in body if t.text[:1].isupper() and not t.is_sent_start and not t.is_upper)


class HeadlineParser:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        tables = cast(Lemmatizer, nlp.get_pipe("lemmatizer")).lookups if "lemmatizer" in nlp.pipe_names else None
        self.verbs = set(tables.get_table("lemma_index")["verb"]) if tables else set()
        # Only the -s rules: headline verbs are in the present tense.
        self.s_rules = [r for r in tables.get_table("lemma_rules")["verb"] if r[0].endswith("s")] if tables else []

    def __call__(self, doc: Doc) -> Doc:
        found = first_line(doc.text)
        span = found and doc.char_span(*found, alignment_mode="contract")
        if not span or len(span) < MIN_WORDS:
            return doc
        titled = title_case(span.text)
        finite = any(t.tag_ in FINITE for t in span)
        # A "headline; " line the full pass ran on into the next line is parsed
        # alone, and so are the body words it was joined to.
        joined_end = None if own_sentence(span) or wrapped(doc.text, span.end_char) else span[-1].sent.end
        tail = self.tail_report(span)
        reparse = titled or joined_end is not None or tail is not None
        if reparse:
            words = [t.text for t in span]
            spaces = [bool(t.whitespace_) for t in span]
            spaces[-1] = False
            words = sentence_case(words, body_names(doc[span.end :])) if titled else words
            if tail is None:
                line = self.parse(words, spaces)
            else:
                # parsed with an unambiguous reporting verb in its place, then given its own lemma back
                i, lemma = tail
                line = self.parse(words[:i] + [REPORT_STAND_IN] + words[i + 1 :], spaces)
                line[i].lemma_ = lemma
        elif finite:
            return doc  # a line in sentence case with a verb keeps its parse (the usual case: no copy)
        else:
            line = span.as_doc()
        rows = None if any(t.tag_ in FINITE for t in line) else self.verb_reading(line)
        if rows is None and not reparse:
            return doc
        doc = self.graft(doc, span.start, line.to_array(ATTRS) if rows is None else rows)
        return doc if joined_end is None else self.reparse_rest(doc, span.end, joined_end)

    def reparse_rest(self, doc: Doc, start: int, end: int) -> Doc:
        """Re-parse doc[start:end], body words the full pass joined to the line, as a sentence of their own."""
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if start == end:
            return doc
        spaces = [bool(t.whitespace_) for t in doc[start:end]]
        spaces[-1] = False
        rest = self.parse([t.text for t in doc[start:end]], spaces)
        return self.graft(doc, start, rest.to_array(ATTRS))

    def parse(self, words: list[str], spaces: list[bool]) -> Doc:
        doc = Doc(self.nlp.vocab, words=words, spaces=spaces)
        for name, proc in self.nlp.pipeline:
            if name not in SKIP:
                doc = proc(doc)
        return doc

    def present_verb(self, word: str) -> bool:
        return word in self.verbs or self.verb_lemma(word) is not None

    def plural_before_verb(self, tok: Token) -> bool:
        """An -s word before a base verb form is the plural subject: "skippers blast"."""
        after = tok.nbor(1)
        return tok.text.endswith("s") and after.text.islower() and not after.text.endswith("s") and after.text in self.verbs

    def verb_lemma(self, word: str) -> str | None:
        """The base form of a present-tense -s verb form ("rules" -> "rule")."""
        for old, new in self.s_rules:
            if word.endswith(old) and (base := word[: len(word) - len(old)] + new) in self.verbs:
                return base
        return None

    def tail_report(self, span: Span) -> tuple[int, str] | None:
        """The line's last word and its verb lemma in "Records must be
        released, federal judge rules": after a comma and a short noun
        phrase, a closing -s word reports the line before it, but the tagger
        reads it as a plural noun ("judge rules")."""
        words = list(span)
        while words and words[-1].is_punct:
            words.pop()
        if not words or words[-1].tag_ not in NOUN_TAGS:
            return None
        last, commas = words[-1], [k for k, t in enumerate(words) if t.text == ","]
        lemma = self.verb_lemma(last.lower_)
        # a clause of its own before the comma
        if lemma is None or not commas or commas[-1] < MIN_WORDS:
            return None
        subject = words[commas[-1] + 1 : -1]
        if not 1 <= len(subject) <= TAIL_SUBJECT_WORDS or subject[-1].tag_ not in SUBJECT_END or any(t.tag_ in VERB_TAGS for t in subject):
            return None
        return last.i - span.start, lemma

    def verb_reading(self, line: Doc) -> numpy.ndarray | None:
        """Rows for a verbless line read as subject, verb and the rest.

        "Orlen skippers blast harbour plan" comes out as one noun phrase. The
        first lower-case word after a noun that is a present-tense verb form
        is tried as the verb: the rest is re-parsed behind a pronoun ("They
        blast harbour plan") that makes the parser read it as one, and the
        words before become its subject.
        """
        words = [t.text for t in line]
        spaces = [bool(t.whitespace_) for t in line]
        for tok in line[1:-1]:
            between = tok.nbor(-1).tag_ in SUBJECT_END and not tok.nbor(1).is_punct
            if not (between and tok.text.islower() and self.present_verb(tok.text)) or self.plural_before_verb(tok):
                continue
            i = tok.i
            pronoun = "It" if tok.text.endswith("s") else "They"
            # Without a full stop the parser reads even "They blast mayor" as a noun phrase.
            stop = [] if line[-1].is_punct else ["."]
            rest = self.parse([pronoun] + words[i:] + stop, [True] + spaces[i:] + [False] * len(stop))
            if rest[1].dep_ != "ROOT" or rest[1].pos_ != "VERB" or any(t.head.i == 0 for t in rest[1:]):
                continue
            subject = self.parse(words[:i], spaces[:i])
            rows = numpy.concatenate([subject.to_array(ATTRS), rest.to_array(ATTRS)[1 : len(rest) - len(stop)]])
            for root in (t.i for t in subject if t.head.i == t.i):
                rows[root, ATTRS.index("HEAD")] = numpy.int64(i - root).view(numpy.uint64)
                rows[root, ATTRS.index("DEP")] = line.vocab.strings["nsubj"]
            return rows
        return None

    @staticmethod
    def graft(doc: Doc, start: int, line: numpy.ndarray) -> Doc:
        """Copy the re-parse rows of a line onto doc[start:start+len(line)] as its own sentence."""
        end = start + len(line)
        rows = doc.to_array(ATTRS)
        rows[start:end] = line
        # Where the full pass joined the body to the headline, the first
        # orphaned body token becomes the root of the rest.
        orphans = [t.i for t in doc[end:] if start <= t.head.i < end and not t.is_space]
        for i in orphans:
            # Relative heads are stored as two's complement in the uint64 array.
            rows[i, ATTRS.index("HEAD")] = numpy.int64(orphans[0] - i).view(numpy.uint64)
        if orphans:
            rows[orphans[0], ATTRS.index("DEP")] = doc.vocab.strings["ROOT"]
        # spaCy's stub calls to_array's uint64 result float64.
        doc.from_array(ATTRS, cast(Ints2d, rows))
        return doc


@Language.factory(NAME)
def make_headline_parser(nlp: Language, name: str) -> HeadlineParser:
    return HeadlineParser(nlp)
