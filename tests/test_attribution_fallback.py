"""Reporting sentences the parser breaks: a closing ", she said." (or one
between commas) whose cue lost its frame, and a speaker who opens the
sentence before an apposition but is not the cue's subject in the parse."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract, fallback, load_cues

pytestmark = pytest.mark.slow


def said(nlp: Language, text: str, cue: str) -> tuple[str, str | None]:
    """The content and speaker, as written, of the statement with this cue."""
    [item] = [a for a in extract(nlp(text)) if a.cue == cue]
    speaker = text[item.speaker_span[0] : item.speaker_span[1]] if item.speaker_span else None
    return text[item.content_span[0] : item.content_span[1]], speaker


@pytest.mark.parametrize(
    "text, cue, content, speaker",
    [
        (
            # "said" is the root with its subject, the content a loose dependent
            "Those who borrow heavily struggle, even with a good job, he said.",
            "said", "Those who borrow heavily struggle, even with a good job", "he",
        ),
        (
            # "said" hangs off the content's verb as its complement
            "The council would never accept such terms from any other town, especially one seen as a rival, she said.",
            "said", "The council would never accept such terms from any other town, especially one seen as a rival", "she",
        ),
        (
            # a participle clause after the cue, and a content verb tagged as a participle
            "Members of the Verho family long ago soured on the mayor, the Courier reported, citing an unnamed aide.",
            "reported", "Members of the Verho family long ago soured on the mayor", "the Courier",
        ),
    ],
)
def test_closing_cue_takes_the_sentence_before_its_comma(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert said(nlp, text, cue) == (content, speaker)


def test_cue_between_commas_takes_both_sides(nlp: Language) -> None:
    # "observed" is parsed as the content's complement, not as an aside
    text = "If Velden can build a new harbour, he observed this week, without cranes or tugs, then the town can build a bridge."
    [item] = [a for a in extract(nlp(text)) if a.cue == "observed"]
    assert [text[a:b] for a, b in item.content_parts] == [
        "If Velden can build a new harbour", "without cranes or tugs, then the town can build a bridge",
    ]
    assert item.speaker_text == "he"


def test_speaker_opening_the_sentence_before_an_apposition(nlp: Language) -> None:
    # the parser makes "Tova Brant" no one's subject; the content stays after the cue
    text = "At the hearing on Friday, Tova Brant, meanwhile, who runs the shelter, said the beds were full."
    assert said(nlp, text, "said") == ("the beds were full", "Tova Brant")


@pytest.mark.parametrize(
    "text, statement",
    [
        ("Those who borrow heavily struggle, even with a good job, he said.", True),
        ("Asked whether the bridge would reopen, the engineer said.", False),  # the question is not the engineer's
        ("Traveling together, the riders feel safe.", False),  # no clause before the comma
        ("When the storm finally passed, nobody said.", False),  # only a subordinate clause
        ("On the day the results came in, not one candidate appeared.", False),  # a phrase of time
        ("If the dam holds, the village is safe, the engineer said.", True),  # a main clause after the "if"
    ],
)
def test_main_clause_before_a_closing_cue(nlp: Language, text: str, statement: bool) -> None:
    doc = nlp(text)
    comma = max(t.i for t in doc if t.text == ",")
    assert fallback.main_clause(doc, 0, comma) is statement


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Tova Brant, meanwhile, who runs the shelter, said the beds were full.", "Tova Brant"),
        ("In a speech, Ilse Varga, a fisheries minister, said the quotas were fair.", "Ilse Varga"),
        ("On Friday, the union, which has 900 members, said the strike would go on.", "the union"),
        # an opening quote is not a phrase of time or place: no speaker is guessed
        ("\u201cWe stay,\u201d Ana Ruiz, a teacher, said on Friday.", None),
    ],
)
def test_fronted_speaker(nlp: Language, text: str, speaker: str | None) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ == "said")
    found = fallback.fronted_speaker(verb)
    assert (text[found[1][0] : found[1][1]] if found else None) == speaker


@pytest.mark.parametrize(
    "text, cue, rest",
    [
        ("The plan will fail, she said.", "said", ""),  # the cue closes the sentence
        ("The plan, she said on Friday, will fail.", "said", "will fail."),
        ("The plan failed, she said, citing the cost.", "said", ""),  # the participle is the cue's own
        ("He left early, she recalled, which upset the hosts.", "recalled", None),  # the relative clause too
        ("She said the plan was over.", "said", None),  # the cue has words of its own
    ],
)
def test_rest_of_sentence_after_a_cue(nlp: Language, text: str, cue: str, rest: str | None) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.text == cue)
    found = fallback.rest_of_sentence(doc, verb, load_cues())
    assert (doc[found[0] : found[1]].text if found else None) == rest
