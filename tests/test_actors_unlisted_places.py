"""A place the country file does not list is still one place under its own
name and its people's word, and a surname spelled with a hard c or a k is
one name. Every sentence is invented (rashomon.actors.names, resolve)."""

from __future__ import annotations

import pytest

from test_actors_resolve import mention
from test_actors_spill34 import speakers_across

from rashomon.actors import ActorIndex, resolve_document
from rashomon.actors.names import demonym_of


@pytest.mark.parametrize("adjective, name", [
    ("Altesian", "Altesia"), ("Dravenese", "Draven"), ("Tarkistani", "Tarkistan"),
    ("Velmorian", "Velmory"), ("Carnese", "Carna"), ("Ostrish", "Ostr"),
])
def test_a_peoples_word_is_formed_from_its_places_name(adjective: str, name: str) -> None:
    assert demonym_of(adjective, name) == (len(name) >= 4)


@pytest.mark.parametrize("adjective, name", [("Vargas", "Varga"), ("Altesia", "Altesian"), ("Dravenor", "Draven")])
def test_other_words_are_not_a_peoples_word(adjective: str, name: str) -> None:
    assert not demonym_of(adjective, name)


@pytest.mark.slow
def test_a_ministry_of_an_unlisted_place_is_one_body_under_both_names() -> None:
    first = ("The Altesian defence ministry denied that its aircraft had flown over the town.",
             ("The Altesian defence ministry",))
    later = ("Altesia's defence ministry admitted on Thursday that one of its jets had struck the market.",
             ("Altesia's defence ministry",))
    [[before], [after]] = speakers_across(first, later)
    assert before == after == "defence ministry (Altesian)"


@pytest.mark.slow
def test_ministries_of_two_unlisted_places_stay_apart() -> None:
    first = ("The Altesian defence ministry denied that its aircraft had flown over the town.",
             ("The Altesian defence ministry",))
    later = ("Draven's defence ministry said on Thursday that its jets had stayed on the ground.",
             ("Draven's defence ministry",))
    [[before], [after]] = speakers_across(first, later)
    assert before != after


def test_a_surname_with_a_hard_c_is_the_one_spelled_with_a_k() -> None:
    index = ActorIndex()
    one = resolve_document("d1", [mention("Col. Anton Brisk spoke.", "Anton Brisk", "person", "name")], index)
    two = resolve_document("d2", [mention("Colonel Anton Brisc spoke.", "Anton Brisc", "person", "name")], index)
    assert one.mentions[0].actor == two.mentions[0].actor
    soft = resolve_document("d3", [mention("Anton Brise spoke.", "Anton Brise", "person", "name")], index)
    assert soft.mentions[0].actor != one.mentions[0].actor
