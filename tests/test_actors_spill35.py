"""Bodies a country has several of, and a body's short name across articles:
"Selvane's health ministry" is not its finance ministry, and "the
Inspectorate" of a later article is the "National Water Inspectorate" an
earlier one named. Every sentence is invented (rashomon.actors.mentions,
index, resolve)."""

from __future__ import annotations

import pytest

from test_actors_spill34 import speakers_across

from rashomon.actors.mentions import span_mention

pytestmark = pytest.mark.slow


def test_a_countrys_ministry_keeps_the_word_that_says_which(nlp, sample_world) -> None:
    text = "Selvane's health ministry said on Monday that the wells were safe."
    mention = span_mention(nlp(text), 0, len("Selvane's health ministry"))
    assert mention.name == "Selvane health ministry"
    assert mention.roles == ("health ministry",)
    # a ministry the lexicon knows keeps its canonical name
    text = "Selvane's ministry of defence said on Monday that the wells were safe."
    assert span_mention(nlp(text), 0, len("Selvane's ministry of defence")).name == "Selvane defence ministry"


def test_two_ministries_of_one_country_stay_apart_and_the_later_one_joins_its_own(sample_world) -> None:
    first = ("Selvane's health ministry said the wells were safe. Selvane's finance ministry said the budget would hold.",
             ("Selvane's health ministry", "Selvane's finance ministry"))
    later = ("The health ministry on Tuesday withdrew its statement about the wells.", ("The health ministry",))
    names = speakers_across(first, later)
    assert names[0] == ["Selvane health ministry", "Selvane finance ministry"]
    assert names[1] == ["Selvane health ministry"]


def test_a_bodys_last_word_is_that_body_in_a_later_article() -> None:
    first = ("The National Water Inspectorate said on Monday that it had sent two inspectors to the dam.",
             ("The National Water Inspectorate",))
    later = ("The Inspectorate said on Thursday that it would publish its findings within days.", ("The Inspectorate",))
    assert speakers_across(first, later)[1] == ["National Water Inspectorate"]
