"""Where a statement ends: a phrase set off by a comma at its end that sums
it up or dates its reporting is the writer's, not the speaker's; an adverb
that limits the saying ("said only that") is not what was said."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a noun from comment_nouns.txt summing the statement up
        ("Premier Ivo Dask has acknowledged that his gunners shelled the ridge near Velden last week, "
         "the first admission by a Norland official of which guns were used.",
         "acknowledged", "that his gunners shelled the ridge near Velden last week"),
        ("Mayor Ada Brenn said the ferry would stop at Sarnby, a reversal of her pledge in the spring.",
         "said", "the ferry would stop at Sarnby"),
        # a time after something, set off at the end: when it was said, not what
        ("The harbour board denied that it had ever sold the dredger to Velden, a week after a storm "
         "wrecked the pier.", "denied", "that it had ever sold the dredger to Velden"),
    ],
)
def test_a_writers_comment_ends_the_content(nlp: Language, text: str, cue: str, content: str) -> None:
    assert [found for found, _ in statements(nlp(text), cue)] == [content]


def test_a_time_that_explains_a_date_stays(nlp: Language) -> None:
    # "two days after the storm" says which Thursday: the speaker's date, kept
    text = "Fishermen in Sarnby said the pier had flooded again on Thursday night, two days after the storm."
    assert [found for found, _ in statements(nlp(text), "said")] == [
        "the pier had flooded again on Thursday night, two days after the storm"
    ]


def test_a_noun_that_could_be_what_was_said_stays(nlp: Language) -> None:
    # "a plan" is not a comment noun: it may be the speaker's own words
    text = "Mayor Ada Brenn said the ferry would stop at Sarnby, a plan the council backed in May."
    assert [found for found, _ in statements(nlp(text), "said")] == [
        "the ferry would stop at Sarnby, a plan the council backed in May"
    ]


@pytest.mark.parametrize("adverb", ["only", "merely", "simply"])
def test_an_adverb_limiting_the_saying_is_not_said(nlp: Language, adverb: str) -> None:
    text = f"The harbour board said {adverb} that the dredger had been sold abroad."
    assert [found for found, _ in statements(nlp(text), "said")] == ["that the dredger had been sold abroad"]
