"""A body the lexicon knows only by its bare word keeps the words that say
which one it is: a country's border authority is not its port authority,
and "the authority" after "the border authority" is that body. Every
sentence is invented (rashomon.actors.mentions, within, resolve)."""

from __future__ import annotations

import pytest

from test_actors_spill34 import speakers_across

from rashomon.actors.mentions import span_mention

pytestmark = pytest.mark.slow


def test_a_bodys_compound_words_stay_in_its_role(nlp, sample_world) -> None:
    text = "Kestria's border authority denied that any convoy had been refused."
    assert span_mention(nlp(text), 0, len("Kestria's border authority")).roles == ("border authority",)


def test_two_authorities_of_one_country_stay_apart(sample_world) -> None:
    first = ("Kestria's border authority denied that any convoy had been refused. "
             "Kestria's port authority said the harbour was closed.",
             ("Kestria's border authority", "Kestria's port authority"))
    [names] = speakers_across(first)
    assert names[0] != names[1]
    assert names == ["border authority (Kestria)", "port authority (Kestria)"]


def test_the_bare_word_after_the_full_role_is_the_same_body(sample_world) -> None:
    first = ("Kestria's border authority denied that any convoy had been refused. "
             "The authority later said the lorries had left of their own accord.",
             ("Kestria's border authority", "The authority"))
    later = ("The border authority acknowledged on Monday that a convoy had been held.", ("The border authority",))
    names = speakers_across(first, later)
    assert names == [["border authority (Kestria)"] * 2, ["border authority (Kestria)"]]
