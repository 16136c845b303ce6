"""A poll opening its sentence, with a count of respondents saying
something: the poll's finding, not the respondents' statement."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_poll_opening_a_count_of_respondents_is_the_finding(nlp: Language) -> None:
    doc = nlp("In a Vale Institute poll, 38 percent of voters said they would back the harbor levy.")
    assert statements(doc, "In") == [
        ("38 percent of voters said they would back the harbor levy", "a Vale Institute poll")
    ]
    assert statements(doc, "said") == []


@pytest.mark.parametrize(
    "text",
    [
        # a person, not a count, as the verb's subject: that verb is the cue
        "In a Vale Institute poll, Mayor Ilse Brandt said the levy would pass.",
        # the poll not opening the sentence
        "Mayor Ilse Brandt said in a Vale Institute poll that 38 percent back the levy.",
    ],
)
def test_reporting_verb_stays_the_cue(nlp: Language, text: str) -> None:
    assert statements(nlp(text), "In") == []
    assert statements(nlp(text), "in") == []
