"""Answers in a question-and-answer interview.

An interview printed as a transcript labels its lines "Q:" and "A:" (or
"Q." and "A."). Each answer is the interviewee's own words, so it is a
direct statement, cued by its label. The interviewee is the person the
article names most often before its first question (the headline's "Q&A
with Ana Dorn", the introduction's "Dorn spoke to the Courier on ..."); the
speaker's span points at that name where it is first written, as a quote
with no verb points at the speaker last named. With no person named before
the questions, no one is guessed: the answers are left alone. Nor are
they when most answers never say "I" or "we": an explainer's "Q: What is
the toll? A: A fee charged at the pier" answers in the writer's voice.

An answer runs to the end of its paragraph, and on over the paragraphs
after it up to the next question; the last answer ends with its paragraph,
since what follows the transcript is the article's own text again.

A document long enough to be read in sections (``extract``) has its
answers read in the first section only, where the introduction is: a later
section opens inside the transcript, and the person named most before its
first question would be whoever an answer happened to name.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from .colons import line_content_end
from .content import Found

LABEL = re.compile(r"^[ \t]*(?P<label>[QA])[.:][ \t]+(?=\S)", re.MULTILINE)
MIN_QUESTIONS = 2  # one "Q:" line may be a headline's; a transcript asks again
FIRST_PERSON = re.compile(r"\b(?:I|I['\u2019](?:m|ve|d|ll)|me|my|we|we['\u2019](?:re|ve|d|ll)|us|our)\b", re.IGNORECASE)


def interview_answers(doc: Doc, text: str) -> list[Found]:
    """A direct statement for each answer of a Q-and-A transcript in ``text``."""
    labels = list(LABEL.finditer(text))
    questions = [m for m in labels if m.group("label") == "Q"]
    if len(questions) < MIN_QUESTIONS or not any(m.group("label") == "A" for m in labels):
        return []
    interviewee = _interviewee(doc, questions[0].start())
    if interviewee is None:
        return []
    answers = []
    for index, label in enumerate(labels):
        if label.group("label") != "A":
            continue
        following = labels[index + 1] if index + 1 < len(labels) else None
        content = _answer(text, label.end(), following.start() if following is not None else None)
        cue = doc.char_span(label.start("label"), label.end("label") + 1, alignment_mode="expand")
        if content is not None and cue is not None:
            answers.append((list(cue), content))
    spoken = sum(bool(FIRST_PERSON.search(text[start:end])) for _, (start, end) in answers)
    if 2 * spoken < len(answers):
        return []
    return [
        Found(
            cue_tokens=cue,
            cue_class="assert",
            content=[content],
            speaker=interviewee.root,
            construction="answer",
            speaker_range=(interviewee.start_char, interviewee.end_char),
        )
        for cue, content in answers
    ]


def _interviewee(doc: Doc, before: int) -> Span | None:
    """The person named most often before ``before`` (by the last word of the
    name, so "Ana Dorn" and "Dorn" count together); on a tie, the one named
    first. Its first full mention is returned."""
    persons = [e for e in doc.ents if e.label_ == "PERSON" and e.end_char <= before] or _named_subjects(doc, before)
    if not persons:
        return None
    counts = Counter(e[-1].lower_ for e in persons)
    most = max(counts.values())
    surname = next(e[-1].lower_ for e in persons if counts[e[-1].lower_] == most)
    named = [e for e in persons if e[-1].lower_ == surname]
    return max(named, key=lambda e: (len(e), -e.start))


def _named_subjects(doc: Doc, before: int) -> list[Span]:
    """A name of two words or more that is a sentence's subject ("Ada Quell,
    chief inspector of the board, spoke to the Ledger"): the recogniser
    misses a name now and then, and the introduction's subject is the
    interviewee's."""
    found = []
    for token in doc:
        if token.idx >= before:
            break
        if token.dep_ == "nsubj" and token.tag_ == "NNP":
            start = token.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].tag_ == "NNP":
                start -= 1
            if start < token.i:
                found.append(doc[start : token.i + 1])
    return found


def _answer(text: str, start: int, next_label: int | None) -> tuple[int, int] | None:
    """The answer's words: its paragraph, and those up to the next label."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if next_label is not None:
        end = len(text[:next_label].rstrip())
    end = line_content_end(text, start, end)
    return (start, end) if text[start:end].strip() else None
