"""Places and phrases that stand for a government.

"Moscow", "the Kremlin", "official Baku" are metonyms: each is its own actor
(kind ``state``) whose ``stands_for`` is the state actor of its country, so
a reader can keep "the Kremlin said" apart from "Russia said" or merge them.
"The Ruritanian side" and "the Ruritanian government" name the state itself.
The mapping is general knowledge in ``countries.tsv`` and
``seats_of_power.tsv``.
"""

from __future__ import annotations

import re

from .known import KnownActor, actor_id
from .lexicon import Country, Lexicon, fold

_POSSESSIVE = re.compile(r"\s*['’]s?$")
# "official Moscow": the adjective marks the city as its government.
_OFFICIAL = re.compile(r"^official\s+", re.IGNORECASE)
SIDE_NOUNS = {"side", "government", "authorities", "leadership", "state", "regime", "administration"}


def place_key(text: str) -> str:
    """Folded place name without "the", "official" or a possessive: the Kremlin's -> kremlin."""
    folded = fold(_OFFICIAL.sub("", _POSSESSIVE.sub("", text.strip())))
    return folded.removeprefix("the ")


def place_country(text: str, lexicon: Lexicon) -> Country | None:
    """The country a capital, seat of power or country name stands for."""
    key = place_key(text)
    return lexicon.seats.get(key) or lexicon.seats.get("the " + key) or lexicon.countries.get(key)


def side_country(words: list[str], lexicon: Lexicon) -> Country | None:
    """The country in "the Ruritanian side", "the Ruritanian government" (folded words)."""
    if words and words[0] == "the":
        words = words[1:]
    if len(words) == 2 and words[1] in SIDE_NOUNS:
        return lexicon.demonyms.get(words[0]) or lexicon.countries.get(words[0])
    return None


def state_actor(country: Country) -> KnownActor:
    """The government of a country, as one actor (id from the country name)."""
    return KnownActor(actor_id("state", country.name), country.name, "state", aliases=[country.name])


def metonym_actor(text: str, country: Country) -> KnownActor:
    """A seat of power as its own actor, standing for its country's government."""
    key = place_key(text)
    name = text.strip()
    name = re.sub(r"^[Oo]fficial\s+", "", _POSSESSIVE.sub("", name))
    if name.isupper():
        name = name.title()  # a dateline's "VELMORA"
    return KnownActor(actor_id("metonym", key), name, "state", aliases=[name],
                      stands_for=state_actor(country).id)
