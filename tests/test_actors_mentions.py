"""Mentions with evidence from a parsed fictional article, and resolution end to end."""

from __future__ import annotations

import pytest

from rashomon.actors import ActorIndex, mentions_from_doc, resolve_document
from rashomon.model import Attribution

TEXT = (
    "Defence Minister Arvid Petrovani said on Monday that the shells were fired. "
    "The minister later said the figure was wrong. He said it again on Tuesday. "
    "A spokesperson for the Ministry of Defence said the claims were false. "
    "Kremlin spokesperson Dmitra Olyanova said the report was invented. "
    "Experts said the debris matched. Sources close to the government said talks failed. "
    "The Chilean side refused to comment. Official Ottawa was silent."
)


def attribution(speaker: str, source_kind: str = "named", antecedent: str | None = None) -> Attribution:
    start = TEXT.index(speaker)
    span = None
    if antecedent is not None:
        a = TEXT.index(antecedent)
        span = (a, a + len(antecedent))
    return Attribution((0, 1), "said", "assert", "indirect", speaker_span=(start, start + len(speaker)),
                       speaker_text=speaker, source_kind=source_kind, speaker_antecedent_span=span)


ATTRIBUTIONS = [
    attribution("Arvid Petrovani"),
    attribution("The minister", "role"),
    attribution("He", "pronoun", antecedent="Arvid Petrovani"),
    attribution("A spokesperson for the Ministry of Defence", "role"),
    attribution("Dmitra Olyanova"),
    attribution("Experts", "group"),
    attribution("Sources close to the government", "group"),
    attribution("The Chilean side", "organization"),
    attribution("Official Ottawa", "organization"),
]


@pytest.fixture(scope="module")
def resolved():
    from rashomon.nlp import load_pipeline

    doc = load_pipeline()(TEXT)
    index = ActorIndex()
    mentions = mentions_from_doc(doc, ATTRIBUTIONS)
    resolution = resolve_document("doc1", mentions, index)
    return index, mentions, resolution


def speaker(resolved, number: int):
    index, _, resolution = resolved
    actor = resolution.speakers()[number]
    return index.get(actor) if actor else None


@pytest.mark.slow
def test_mentions_carry_roles_in_front_of_a_name(resolved) -> None:
    _, mentions, _ = resolved
    minister = next(m for m in mentions if m.name == "Arvid Petrovani")
    assert "defence minister" in minister.roles and minister.attribution == 0


@pytest.mark.slow
def test_role_and_pronoun_speakers_resolve_to_the_named_minister(resolved) -> None:
    named = speaker(resolved, 0)
    assert named is not None and named.name == "Arvid Petrovani"
    assert speaker(resolved, 1) is named and speaker(resolved, 2) is named


@pytest.mark.slow
def test_unnamed_spokesperson_speaks_for_the_ministry(resolved) -> None:
    spokesperson = speaker(resolved, 3)
    index, _, _ = resolved
    assert spokesperson is not None and spokesperson.kind == "person"
    body = index.get(spokesperson.affiliation)
    assert body is not None and "Ministry of Defence" in body.name


@pytest.mark.slow
def test_seat_of_power_before_a_role_is_the_affiliation(resolved) -> None:
    index, _, _ = resolved
    olyanova = speaker(resolved, 4)
    assert olyanova is not None and olyanova.name == "Dmitra Olyanova"
    kremlin = index.get(olyanova.affiliation)
    assert kremlin is not None and kremlin.stands_for is not None
    assert index.get(kremlin.stands_for).name == "Russia"  # type: ignore[union-attr]


@pytest.mark.slow
def test_groups_are_actors_of_kind_group(resolved) -> None:
    experts, sources = speaker(resolved, 5), speaker(resolved, 6)
    assert experts is not None and sources is not None and experts is not sources
    assert experts.kind == sources.kind == "group"
    assert sources.name == "sources close to the government"


@pytest.mark.slow
def test_the_x_side_and_official_capital_name_the_state(resolved) -> None:
    index, _, _ = resolved
    chile, ottawa = speaker(resolved, 7), speaker(resolved, 8)
    assert chile is not None and chile.kind == "state" and chile.name == "Chile"
    assert ottawa is not None and ottawa.kind == "state"
    assert index.get(ottawa.stands_for).name == "Canada"  # type: ignore[union-attr]


@pytest.mark.slow
def test_broken_speaker_spans_are_skipped(resolved) -> None:
    from rashomon.nlp import load_pipeline

    doc = load_pipeline()("!!! ??? ...")
    broken = [Attribution((0, 1), "said", "assert", "indirect", speaker_span=span) for span in [(5, 2), (0, 0), (4, 400)]]
    assert mentions_from_doc(doc, broken) == []


BODIES = (
    "Chile's Ministry of Defence said the convoy was lost. "
    "The Chilean defence ministry later said the convoy was found. "
    "The carmaker Velmor Motors said production would resume."
)


def said_by(text: str, *speakers: str) -> list[Attribution]:
    """A "said" statement for each speaker, spanning its first occurrence."""
    attributions = []
    for speaker_text in speakers:
        start = text.index(speaker_text)
        attributions.append(Attribution((0, 1), "said", "assert", "indirect",
                                        speaker_span=(start, start + len(speaker_text)), speaker_text=speaker_text,
                                        source_kind="pronoun" if speaker_text in ("He", "She") else "named"))
    return attributions


@pytest.fixture(scope="module")
def bodies():
    from rashomon.nlp import load_pipeline

    doc = load_pipeline()(BODIES)
    attributions = said_by(BODIES, "Chile's Ministry of Defence", "The Chilean defence ministry", "The carmaker Velmor Motors")
    index = ActorIndex()
    resolution = resolve_document("doc2", mentions_from_doc(doc, attributions), index)
    return index, resolution.speakers()


@pytest.mark.slow
def test_a_national_body_in_two_wordings_is_one_actor(bodies) -> None:
    index, speakers = bodies
    assert speakers[0] is not None and speakers[0] == speakers[1]
    assert "Chile" in index.get(speakers[0]).name  # type: ignore[union-attr]


@pytest.mark.slow
def test_a_description_before_a_name_is_about_the_name(bodies) -> None:
    index, speakers = bodies
    company = index.get(speakers[2])
    assert company is not None and company.kind == "organization" and company.name == "Velmor Motors"


OFFICE = (
    "Prime Minister Arvid Petrovani spoke on Monday. "
    "His office later said the figure was wrong. "
    "The office of Prime Minister Arvid Petrovani confirmed the correction."
)


@pytest.mark.slow
def test_a_persons_office_is_a_body_belonging_to_the_person() -> None:
    from rashomon.nlp import load_pipeline

    doc = load_pipeline()(OFFICE)
    attributions = []
    for speaker_text in ("His office", "The office of Prime Minister Arvid Petrovani"):
        start = OFFICE.index(speaker_text)
        attributions.append(Attribution((0, 1), "said", "assert", "indirect",
                                        speaker_span=(start, start + len(speaker_text)), speaker_text=speaker_text))
    index = ActorIndex()
    speakers = resolve_document("doc3", mentions_from_doc(doc, attributions), index).speakers()
    office = index.get(speakers[0])
    assert office is not None and speakers[0] == speakers[1] and office.kind == "organization"
    assert index.get(office.affiliation).name == "Arvid Petrovani"  # type: ignore[union-attr]



def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str], ents: list[str]):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, ents=ents)


def test_actors_mentions_lone_name_modifying_a_thing_is_not_a_person():
    from rashomon.actors.mentions import entity_mention

    # "the Tamber system was used": a product name the recogniser took for a person.
    thing = _parsed(["the", "Tamber", "system", "was", "used"], [2, 2, 4, 4, 4],
                    ["det", "compound", "nsubjpass", "auxpass", "ROOT"],
                    ["DET", "PROPN", "NOUN", "AUX", "VERB"], ["O", "B-PERSON", "O", "O", "O"])
    assert entity_mention(thing.ents[0]) is None
    # "Tamber aides said": the noun is for people, so Tamber stays a person.
    person = _parsed(["Tamber", "aides", "said", "so"], [1, 2, 2, 2],
                     ["compound", "nsubj", "ROOT", "advmod"],
                     ["PROPN", "NOUN", "VERB", "ADV"], ["B-PERSON", "O", "O", "O"])
    mention = entity_mention(person.ents[0])
    assert mention is not None and mention.kind == "person"


def test_actors_mentions_one_word_body_the_text_puts_near_is_a_place():
    # "Tamsford said so . shells fell near Tamsford": the recogniser says ORG both times.
    doc = _parsed(["Tamsford", "said", "so", ".", "Shells", "fell", "near", "Tamsford"],
                  [1, 1, 1, 1, 5, 5, 5, 6],
                  ["nsubj", "ROOT", "advmod", "punct", "nsubj", "ROOT", "prep", "pobj"],
                  ["PROPN", "VERB", "ADV", "PUNCT", "NOUN", "VERB", "ADP", "PROPN"],
                  ["B-ORG", "O", "O", "O", "O", "O", "O", "B-ORG"])
    kinds = {(m.text, m.form) for m in mentions_from_doc(doc, [])}
    assert kinds == {("Tamsford", "place")}


def test_actors_mentions_town_of_and_dateline_make_a_place():
    doc = _parsed(["TAMSFORD", "--", "the", "town", "of", "Tamsford", "waited"],
                  [0, 0, 3, 6, 3, 4, 6],
                  ["ROOT", "punct", "det", "nsubj", "prep", "pobj", "ROOT"],
                  ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "VERB"],
                  ["B-ORG", "O", "O", "O", "O", "B-ORG", "O"])
    assert all(m.form == "place" for m in mentions_from_doc(doc, []))
    body = _parsed(["the", "Tamsford", "board", "met"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"],
                   ["DET", "PROPN", "NOUN", "VERB"], ["O", "B-ORG", "O", "O"])
    assert [m.form for m in mentions_from_doc(body, [])] == ["name"]


def test_actors_mentions_surname_taken_for_a_nationality_is_a_person():
    # "Varsen said it": the recogniser calls the lone surname NORP; the attribution calls it a body.
    doc = _parsed(["Varsen", "said", "it"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                  ["PROPN", "VERB", "PRON"], ["B-NORP", "O", "O"])
    said = Attribution((12, 14), "said", "assert", "indirect", speaker_span=(0, 6),
                       speaker_text="Varsen", source_kind="organization")
    [mention] = mentions_from_doc(doc, [said])
    assert (mention.kind, mention.form, mention.attribution) == ("person", "name", 0)


@pytest.mark.slow
def test_the_body_an_it_speaker_refers_to_is_a_mention_of_its_own() -> None:
    # nobody is quoted at "the ministry", but "It" refers to it, and through it
    # to the ministry the document named, not to the state
    from rashomon.nlp import load_pipeline

    text = ("Velden's Ministry of Transport opened the port on Monday. Later the ministry published a summary. "
            "It said the cranes were bought in 2024.")
    start = text.index("the ministry")
    end = start + len("the ministry")
    it = text.index("It")
    said = Attribution((0, 1), "said", "assert", "indirect", speaker_span=(it, it + 2), speaker_text="It",
                       source_kind="pronoun", speaker_antecedent_span=(start, end))
    mentions = mentions_from_doc(load_pipeline()(text), [said])
    assert [m.text for m in mentions if m.span == (start, end)] == ["the ministry"]
    index = ActorIndex()
    resolution = resolve_document("d1", mentions, index)
    actor = resolution.speakers()[0]
    assert actor is not None and index.get(actor).name == "Velden's Ministry of Transport"



def speaker_mention(text: str, speaker: str):
    from rashomon.actors.mentions import span_mention
    from rashomon.nlp import load_pipeline

    start = text.index(speaker)
    return span_mention(load_pipeline()(text), start, start + len(speaker))


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        ("The defence ministry in Velmora declined to comment on the report.", "The defence ministry in Velmora",
         "Kestria defence ministry"),
        ("In Velmora, the foreign ministry said the general's account was an insult.", "the foreign ministry",
         "Kestria foreign ministry"),
    ],
)
def test_a_national_body_in_a_capital_is_that_countrys(sample_world, text: str, speaker: str, name: str) -> None:
    mention = speaker_mention(text, speaker)
    assert mention is not None and mention.form == "name" and mention.name == name


def test_an_embassy_in_a_capital_is_not_that_countrys(sample_world) -> None:
    # an embassy is another country's: only national bodies take the seat
    mention = speaker_mention("The embassy in Velmora declined to comment.", "The embassy in Velmora")
    assert mention is None or mention.name is None or "Kestria" not in mention.name


def test_a_role_named_by_the_words_after_its_head(sample_world) -> None:
    # "Ministry of Defence of Selvane": the role is "ministry of defence", not
    # "ministry", so it is the same body as "Selvane's defence ministry"
    # (in this sentence the recogniser tags no organisation: the role path reads it)
    text = "ORRIN, 10 May 2026 - The Ministry of Defence of Selvane has studied the photographs of rocket fragments."
    mention = speaker_mention(text, "Ministry of Defence of Selvane")
    assert mention is not None and mention.name == "Selvane defence ministry"


SHIP = (
    "The MV Orla sank off Vesk on Monday. The Orla had left Vesk at noon. "
    "The chief executive of Halden Shipping, Mira Castell, said the ferry had been sound. "
    "Captain Ivo Renn said the sea had been calm. He said the crew had done everything right."
)


@pytest.fixture(scope="module")
def ship():
    from rashomon.nlp import load_pipeline

    doc = load_pipeline()(SHIP)
    attributions = said_by(SHIP, "The chief executive of Halden Shipping, Mira Castell", "Ivo Renn", "He")
    index = ActorIndex()
    mentions = mentions_from_doc(doc, attributions)
    return index, mentions, resolve_document("doc4", mentions, index).speakers()


@pytest.mark.slow
def test_a_ship_is_no_person(ship) -> None:
    index, mentions, speakers = ship
    assert not any("Orla" in m.text for m in mentions)
    assert "Orla" not in " ".join(actor.name for actor in index)
    captain = index.get(speakers[1])
    assert captain is not None and speakers[2] == speakers[1]  # "He" is the captain, not the ship


@pytest.mark.slow
def test_a_name_set_off_by_a_comma_after_a_role_is_the_speaker(ship) -> None:
    index, _, speakers = ship
    chief = index.get(speakers[0])
    assert chief is not None and chief.name == "Mira Castell" and chief.kind == "person"
