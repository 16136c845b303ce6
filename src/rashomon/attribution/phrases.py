"""Statements anchored on a phrase rather than a reporting verb.

``according to X`` (and ``..., per X.``); ``in her view`` / ``in the polls`` /
``in the words of X``; ``under state law, ...`` / ``by the league's tally, ...``;
``X rallied in support of Y``;
hedges with no named source (``allegedly``, ``reports surfaced that``),
kept with a null speaker; receptions (``the plan drew criticism from X``);
and a poll's standings (``the poll has X leading``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .content import CLAUSE_DEPS, Found, set_off, subtree_minus, token_ranges_to_chars, trim, word_list
from .lexicon import Cues


def closing_per(token: Token, cues: Cues) -> Found | None:
    """``..., per the Tarnow Herald.``: "according to" in short, only set off
    at the end of its sentence ("per year", "per capita" measure, they
    attribute nothing). The clause before it is the content."""
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    doc = token.doc
    end = token.sent.end
    while end > token.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if source is None or not set_off(token) or source.right_edge.i != end - 1:
        return None
    head = token.head
    while head.dep_ not in ("ROOT", "ccomp", "conj", "parataxis") and head.head.i != head.i:
        head = head.head  # past an adverbial clause: the source vouches for the whole sentence
    if head.i > token.i or cues.verb_class(head) is not None:
        return None  # "X said, per a translator, ...": the verb is the cue
    ranges = [r for r in subtree_minus(doc, head, [token], token) if r[0] < token.i]
    if not ranges:
        return None
    return Found(
        cue_tokens=[token],
        cue_class=cues.phrases.get(("according", "to"), "report"),
        content=token_ranges_to_chars(doc, ranges),
        speaker=source,
        construction="according_to",
        content_head=head,
    )


def according_to(token: Token, cues: Cues) -> Found | None:
    """``according to X``: the clause it modifies is the content."""
    doc = token.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    to = doc[token.i + 1]
    sources = [c for c in to.children if c.dep_ == "pobj"] or [c for c in token.children if c.dep_ == "pobj"]
    if not sources:
        return None
    head = token.head if token.head.i != token.i else None
    if head is None or head.i in (token.i, to.i):
        return None
    while head.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl", "parataxis") and head.head.i != head.i:
        head = head.head
    head = _aside_before(token, head) or head
    ranges = subtree_minus(doc, head, [token], token)
    if head.i < token.i:  # "X won 54%, according to the tally, but ...": what follows is not vouched for
        ranges = [r for r in ranges if r[0] < token.i]
    if not ranges:
        return None
    return Found(
        cue_tokens=[token, to],
        cue_class=cues.phrases.get(("according", "to"), "report"),
        content=token_ranges_to_chars(doc, ranges),
        speaker=sources[0],
        construction="according_to",
        content_head=head,
    )


def _aside_before(token: Token, head: Token) -> Token | None:
    """The relative clause set off by a comma that ends just before the
    phrase ("the gap, which stood at 12, according to the league"): the
    source vouches for that figure, not for the whole sentence."""
    if token.i < 2 or token.nbor(-1).text != ",":
        return None
    clause = token.nbor(-2)
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.head.right_edge.i == token.i - 2:
        clause = clause.head
    first = clause.left_edge
    if clause.dep_ != "relcl" or clause.right_edge.i != token.i - 2 or first.i == 0 or first.nbor(-1).text != ",":
        return None
    if first.tag_ not in ("WDT", "WP", "WP$") or not head.is_ancestor(clause):
        return None
    return clause


def in_setting(token: Token, cues: Cues) -> Found | None:
    """``in her view, ...``, ``X leads in the polls``, ``in the words of X``:
    the clause the phrase hangs on is the content; the speaker is the noun's
    owner, or the poll or report itself. Not when that clause has a reporting
    verb of its own ("in a statement, X said ..."): that verb is the cue."""
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    if token.lower_ == "in" and noun is not None and any((noun.lower_, p.lower_) in cues.stances for p in noun.children):
        return in_stance(token, noun, cues)
    if token.lower_ != "in" or noun is None or noun.lower_ not in cues.settings and noun.lemma_.lower() not in cues.settings:
        return None
    head = token.head
    if head.i == token.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if cues.verb_class(head) is not None and not _poll_finding(token, noun, head, cues):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    cue_class = cues.settings.get(noun.lower_) or cues.settings[noun.lemma_.lower()]
    if owner is None and cue_class != "report":
        return None  # "in an interview": whose, is not said here
    if owner is None and noun.tag_ == "NNS":
        return None  # "X leads in the polls": the race's standing in the writer's words, no one poll reporting it
    if cue_class == "assert" and token.i > head.i:
        # "X was scathing in her remarks", "the feud ended in a tweet": after
        # its verb a speech or a text is where something happened, not what it said
        return None
    doc = token.doc
    ranges = subtree_minus(doc, head, [token], token)
    if not ranges:
        return None
    return Found(
        cue_tokens=[token, noun] if owner is not None else [token],
        cue_class=cue_class,
        content=token_ranges_to_chars(doc, ranges),
        speaker=owner or noun,
        construction="according_to",
        content_head=head,
    )


def _poll_finding(token: Token, noun: Token, head: Token, cues: Cues) -> bool:
    """``In a Vale poll, 38 percent said they would ...``: a poll or report
    opening the sentence, and a count of respondents as the subject of its
    reporting verb. What they said is the poll's finding, and PolNeAR marks
    the poll's statement, not the respondents' (whose nested one
    ``_answers_a_poll`` drops). Measured on PolNeAR train: as many
    predictions, one more overlap match, five more exact matches."""
    if token.i != token.sent.start or cues.settings.get(noun.lemma_.lower()) != "report":
        return False
    return any(t.like_num for c in head.children if c.dep_ == "nsubj" for t in c.subtree)


def opening_setting(token: Token, cues: Cues) -> Found | None:
    """``under state law, X must ...``, ``by the league's tally, X leads``: a
    phrase set off at the head of its sentence attributes the clause it hangs
    on to what it names. Not before a reporting verb, whose own frame holds
    the clause."""
    nouns = cues.opening_settings[token.lower_]
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    if noun is None or token.i != token.sent.start or noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return None
    doc = token.doc
    head = token.head
    after = token.right_edge.i + 1
    if head.i == token.i or head.pos_ not in ("VERB", "AUX") or cues.verb_class(head) is not None:
        return None
    if after >= len(doc) or doc[after].text != ",":
        return None
    ranges = subtree_minus(doc, head, [token], token)
    if not ranges:
        return None
    return Found(
        cue_tokens=[token],
        cue_class=nouns.get(noun.lemma_.lower()) or nouns[noun.lower_],
        content=token_ranges_to_chars(doc, ranges),
        speaker=noun,
        construction="according_to",
        content_head=head,
    )


def in_stance(token: Token, noun: Token, cues: Cues) -> Found | None:
    """``X rallied in support of Y``, ``X marched in protest of Y``: Y is what X
    takes a side on. Only on a verb that is no cue of its own, with a
    subject; after a reporting verb ("X argued in favor of Y") that verb's
    frame already holds Y; after "be" ("X is in favor of") the gold rarely
    marks it."""
    prep = next(p for p in noun.children if (noun.lower_, p.lower_) in cues.stances)
    target = next((c for c in prep.children if c.dep_ == "pobj"), None)
    head = token.head
    if target is None or head.pos_ != "VERB" or cues.verb_class(head) is not None:
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("WDT", "WP"):
        return None  # "who rallied in support of": the relative pronoun names no one
    return Found(
        cue_tokens=[token, noun, prep],
        cue_class=cues.stances[(noun.lower_, prep.lower_)],
        content=token_ranges_to_chars(token.doc, [(target.left_edge.i, target.right_edge.i + 1)]),
        speaker=subject,
        construction="according_to",
        content_head=target,
    )


def hedge_cue(token: Token, cues: Cues) -> Found | None:
    """``allegedly`` / ``reportedly`` and phrases like ``reports surfaced that``."""
    doc = token.doc
    for words, cue_class in cues.hedges.items():
        end = token.i + len(words)
        if end > len(doc) or tuple(t.lower_ for t in doc[token.i : end]) != words:
            continue
        cue = list(doc[token.i : end])
        if len(words) == 1:
            head = token.head
            if token.dep_ != "advmod" or head.i == token.i:
                continue
            ranges = subtree_minus(doc, head, [token], token)
        else:
            verbs = [t for t in cue if t.pos_ in ("VERB", "AUX")]
            clause = next((c for v in verbs for c in v.children if c.dep_ in CLAUSE_DEPS), None)
            if clause is None:
                continue
            head = clause
            ranges = subtree_minus(doc, clause, [], token)
        if not ranges:
            continue
        return Found(
            cue_tokens=cue,
            cue_class=cue_class,
            content=token_ranges_to_chars(doc, ranges),
            speaker=None,
            construction="hedge",
            content_head=head,
        )
    return None


def reception_cue(token: Token, cues: Cues) -> Found | None:
    """``the plan drew criticism from X``, ``X faced criticism``: a reaction
    noun as the object of its verb; the verb's subject is what the reaction
    is about, and the ``from`` phrase, if any, names who reacted."""
    verbs = cues.receptions.get(token.lemma_.lower())
    verb = token.head
    if verbs is None or token.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
        return None
    if token.i < verb.i:  # "whose support she will need": a fronted relative, not the "X drew criticism" frame
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ in ("WDT", "WP", "EX"):
        return None
    doc = token.doc
    ranges = subtree_minus(doc, subject, [], verb)
    if not ranges:
        return None
    # "drew criticism from X", "has support among X"; "has the backing of X" (not "criticism of X": whom it was aimed at)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    source = next(
        (p for p in token.children if p.dep_ == "prep" and (p.lower_ in ("from", "among") or definite and p.lower_ == "of")),
        None,
    )
    speaker = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
    return Found(
        cue_tokens=[verb, token],
        cue_class=verbs[verb.lemma_.lower()],
        content=token_ranges_to_chars(doc, ranges),
        speaker=speaker,
        construction="reception",
        content_head=subject,
    )


# verbs a poll or study states its standings with: "the poll has Dorn leading",
# "a survey gave Dorn a ten-point lead"
STANDING_VERBS = ("have", "give")


def poll_standing(verb: Token, cues: Cues) -> Found | None:
    """``the Vale poll has Dorn leading by six points``, ``a survey had him at
    4 percent``, ``the poll gave Dorn a ten-point lead``: with a poll, study
    or report as its subject, "have" and "give" state its finding, the
    clause or the object and its figure. Not a poll's own traits ("the poll
    has a margin of error of 3 points"). On PolNeAR train nearly every use
    it finds is a gold statement."""
    lemma = verb.lemma_.lower()
    if lemma not in STANDING_VERBS or verb.dep_ == "aux":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    noun = subject.lemma_.lower()
    if cues.settings.get(noun) != "report" and noun not in word_list("inquiry_nouns.txt"):
        return None
    doc = verb.doc
    after = [c for c in verb.children if c.i > verb.i]
    obj = next((c for c in after if c.dep_ == "dobj"), None)
    if lemma == "give":
        to = next((c for c in after if c.dep_ == "dative"), None)
        if to is None or obj is None or to.i > obj.i:
            return None
        span, head = trim(doc, to.left_edge.i, obj.right_edge.i + 1), obj
    elif (clause := next((c for c in after if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBG"), None)) is not None:
        span, head = trim(doc, clause.left_edge.i, clause.right_edge.i + 1), clause  # "has Dorn leading"
    elif obj is not None and (
        any(c.dep_ == "prep" and c.lower_ == "at" and c.i > obj.i for c in after)
        or any(c.dep_ in ("acl", "amod") and c.tag_ == "VBG" for c in obj.children)
    ):
        # "had him at 4 percent in the crowded field", "has Dorn pulling even"
        # (or "has Dorn leading Marsk", the participle read as the object's
        # modifier): all that follows the verb
        last = max(c.right_edge.i for c in after if not c.is_punct)
        span, head = trim(doc, obj.left_edge.i, last + 1), obj
    else:
        return None
    if span is None:
        return None
    return Found(
        cue_tokens=[verb],
        cue_class="report",
        content=token_ranges_to_chars(doc, [span]),
        speaker=subject,
        construction="verb",
        content_head=head,
    )
