"""Wire datelines ("KESTLE (Wirepost) - Mayor Dorn said ...") name no one who
speaks: the speaker is the mention after the dateline's dash, however the
parser hung the two together."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution.datelines import dateline_end
from test_attribution_frames import statements

pytestmark = pytest.mark.slow

HEADLINE = "Ferry toll dispute goes on.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "cue", "speaker"),
    [
        # the parse gives the verb two subjects, the place first
        ("Kestle (Wirepost) \u2013 Mayor Ana Dorn denounced the toll on Monday.", "denounced", "Mayor Ana Dorn"),
        # the parse hangs the name on the place
        ("ORLANDO, Vel. (Wirepost) - Mayor Ana Dorn said on Thursday the toll must go.", "said", "Mayor Ana Dorn"),
        # the place opens the name's own phrase
        ("KESTLE - Harbour master Ivo Renk said the toll was unfair.", "said", "Harbour master Ivo Renk"),
    ],
)
def test_a_dateline_is_no_speaker(nlp: Language, paragraph: str, cue: str, speaker: str) -> None:
    found = statements(nlp(HEADLINE + paragraph), cue)
    assert [s for _, s in found] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sen. Ana Dorn (R-Vel.) called the toll a blunder.",  # a party tag, no spaced dash
        "The guild - and the crews - said the toll was unfair.",  # words in lower case: a sentence
        "Dorn - the mayor since spring - said the toll was unfair.",
    ],
)
def test_a_paragraph_without_a_dateline(nlp: Language, paragraph: str) -> None:
    doc = nlp(paragraph)
    assert dateline_end(doc[0]) is None


def test_a_dateline_the_parse_splits_after_its_place_is_no_content(nlp: Language) -> None:
    # the parse ends a sentence after "VELT", so the content opened at ", Feb 17 (Kestrel) -"
    text = ("By Ana Ruskel, Border Correspondent\n\nVELT, Feb 17 (Kestrel) - The Velt crossing reopened to aid"
            " traffic on Wednesday after monitors from the regional mission arrived, officials on both sides said.")
    assert statements(nlp(text), "said") == [
        ("The Velt crossing reopened to aid traffic on Wednesday after monitors from the regional mission arrived",
         "officials on both sides")]
