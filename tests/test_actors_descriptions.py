"""Speakers written as descriptions, not names: "the coast guard", "a coast
guard spokeswoman", "the Board's report", "its spokesman" in a later article.
Each resolves to the actor the case has named, or stays apart from the wrong
one (rashomon.actors.mentions, within, resolve)."""

from __future__ import annotations

import pytest

from rashomon.actors import ActorIndex, mentions_from_doc, resolve_document
from rashomon.model import Attribution

pytestmark = pytest.mark.slow


def said_by(text: str, *speakers: str) -> list[Attribution]:
    """A "said" statement for each speaker, spanning its last occurrence (a
    later sentence's words)."""
    attributions = []
    for speaker_text in speakers:
        start = text.rindex(speaker_text)
        kind = "pronoun" if speaker_text.lower() in ("he", "she", "which") else "named"
        attributions.append(Attribution((0, 1), "said", "assert", "indirect",
                                        speaker_span=(start, start + len(speaker_text)), speaker_text=speaker_text,
                                        source_kind=kind))
    return attributions


def speakers_across(*documents: tuple[str, tuple[str, ...]]) -> list[list[str | None]]:
    """Resolve the documents in order into one index; per document, each speaker's actor name."""
    from rashomon.nlp import load_pipeline

    index, names = ActorIndex(), []
    for number, (text, speakers) in enumerate(documents):
        attributions = said_by(text, *speakers)
        resolution = resolve_document(f"d{number}", mentions_from_doc(load_pipeline()(text), attributions), index)
        found = resolution.speakers()
        actors = [index.get(found[i] or "") for i in range(len(attributions))]
        names.append([actor.name if actor is not None else None for actor in actors])
    return names


KESTRIAN_GUARD = ("The Kestrian Coast Guard said on Saturday that two fishing boats were missing.",
                  ("The Kestrian Coast Guard",))


def test_a_lower_case_description_is_the_body_named_in_an_earlier_article(sample_world) -> None:
    later = ("Both boats were found on Sunday, the coast guard said.", ("the coast guard",))
    assert speakers_across(KESTRIAN_GUARD, later)[1] == ["Kestrian Coast Guard"]


def test_a_lower_case_description_joins_the_body_named_in_the_same_article(sample_world) -> None:
    text = ("The Kestrian Coast Guard said on Saturday that two fishing boats were missing. "
            "On Sunday the coast guard said both had been found.")
    assert speakers_across((text, ("The Kestrian Coast Guard", "the coast guard"))) == [
        ["Kestrian Coast Guard", "Kestrian Coast Guard"]]


def test_a_description_that_fits_two_known_bodies_is_left_open(sample_world) -> None:
    orvenian = ("The Orvenian Coast Guard said it had joined the search.", ("The Orvenian Coast Guard",))
    later = ("Both boats were found on Sunday, the coast guard said.", ("the coast guard",))
    assert speakers_across(KESTRIAN_GUARD, orvenian, later)[2] == [None]


def test_a_spokeswoman_of_one_kind_of_body_is_not_another_bodys_named_spokesman() -> None:
    text = ("A company spokesman, Piet Holloway, said the ferry had carried 212 people. "
            "A coast guard spokeswoman said the ferry had carried more than 300.")
    company, guard = speakers_across((text, ("A company spokesman, Piet Holloway", "A coast guard spokeswoman")))[0]
    assert company == "Piet Holloway" and guard == "spokesperson (coast guard)"


def test_the_spokeswoman_is_the_unnamed_one_brought_in_before() -> None:
    text = ("A coast guard spokeswoman told reporters the ferry had carried more than 300 people. "
            "The spokeswoman said divers would return at first light.")
    first, second = speakers_across((text, ("A coast guard spokeswoman", "The spokeswoman")))[0]
    assert first == second == "spokesperson (coast guard)"


def test_a_spokeswoman_for_a_body_the_case_has_named_speaks_for_it(sample_world) -> None:
    later = ("Both boats were found on Sunday, a coast guard spokeswoman said.", ("a coast guard spokeswoman",))
    assert speakers_across(KESTRIAN_GUARD, later)[1] == ["spokesperson (Kestrian Coast Guard)"]


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        ("The Harbour Safety Board's preliminary report found that the manifest had been altered.",
         "The Harbour Safety Board's preliminary report", "Harbour Safety Board"),
        # "the report" later on: the report named with its author before
        ("The Harbour Safety Board's preliminary report found that the manifest had been altered. "
         "Thirty names, the report said, were written in another ink.", "the report", "Harbour Safety Board"),
        ("Tellan Ferries disputed the count. The ferry carried 212 passengers, according to a statement "
         "from the company.", "a statement from the company", "Tellan Ferries"),
        # a recording, and an owner named by the participle that says who released it
        ("The trawler struck something, according to a recording released by Tellan Ferries.",
         "a recording released by Tellan Ferries", "Tellan Ferries"),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(text: str, speaker: str, actor: str) -> None:
    assert speakers_across((text, (speaker,))) == [[actor]]


def test_a_relative_pronoun_speaks_for_its_noun_when_the_statement_gives_no_antecedent() -> None:
    text = ("Tellan Ferries disputed the count, according to a statement from the company, "
            "which blamed a sudden squall.")
    assert speakers_across((text, ("which",))) == [["Tellan Ferries"]]


def test_its_spokesman_in_a_later_article_is_the_one_the_case_named() -> None:
    earlier = ("Tellan Ferries stood by its figure on Tuesday. Its spokesman, Piet Holloway, said the manifest "
               "had been checked twice.", ("Its spokesman, Piet Holloway",))
    later = ("On Wednesday Tellan Ferries withdrew its figure of 212 passengers. Two days earlier its spokesman "
             "said the manifest had been checked.", ("its spokesman",))
    assert speakers_across(earlier, later)[1] == ["Piet Holloway"]


def test_the_company_is_the_body_the_article_is_about_not_the_one_it_talked_to() -> None:
    text = ("The chief executive of Tellan Ferries, Ivo Marsk, has conceded that the ferry was overloaded. "
            "Marsk said in an interview with the Chronicle that he had no excuse. "
            "On Wednesday the company said it no longer stood by its figure.")
    assert speakers_across((text, ("the company",))) == [["Tellan Ferries"]]


def test_the_operator_is_the_company_the_article_names() -> None:
    text = "Tellan Ferries runs the crossing. The operator said the squall had been exceptional."
    assert speakers_across((text, ("The operator",))) == [["Tellan Ferries"]]


def test_an_embassy_belongs_to_the_country_that_owns_it(sample_world) -> None:
    text = "Kestria's embassy in Orvenia said two of its citizens had been aboard."
    assert speakers_across((text, ("Kestria's embassy in Orvenia",))) == [["embassy (Kestria)"]]


def test_people_of_a_kind_named_with_what_they_belong_to_are_a_group() -> None:
    from rashomon.actors.mentions import span_mention
    from rashomon.nlp import load_pipeline

    text = "Survivors of the MV Orla told reporters the lower deck had been crowded."
    mention = span_mention(load_pipeline()(text), 0, len("Survivors of the MV Orla"))
    assert mention is not None and mention.kind == "group" and mention.name == "survivors"


def test_a_body_whose_name_ends_in_its_trade_is_a_body_when_the_tagger_misses_it() -> None:
    from rashomon.actors.mentions import span_mention
    from rashomon.nlp import load_pipeline

    text = "Corvin Shipping is deeply saddened by the loss."
    mention = span_mention(load_pipeline()(text), 0, len("Corvin Shipping"))
    assert mention is not None and mention.kind == "organization" and mention.name == "Corvin Shipping"


def test_its_body_is_the_one_that_was_the_subject_not_the_nearest(sample_world) -> None:
    text = ("Kestria, which borders both countries, has sold rifles to Orvenia in the past. "
            "Its embassy in Selvane did not respond to a request for comment.")
    assert speakers_across((text, ("Its embassy in Selvane",))) == [["embassy (Kestria)"]]


def test_a_spokesman_is_not_the_unnamed_spokesman_before() -> None:
    # "a spokesman" brings in someone new: not the one "its spokesman" was (who may be a
    # named holder of the role), but the company the text is about
    text = ("On Wednesday Harlow Shipping withdrew its estimate. On Monday its spokesman had defended it. "
            "A spokesman said the estimate should not have been published.")
    company, its_spokesman, a_spokesman = speakers_across((text, ("Harlow Shipping", "its spokesman", "A spokesman")))[0]
    assert company == a_spokesman == "Harlow Shipping" and its_spokesman != company


def test_a_spokesman_speaks_for_the_body_that_was_the_subject() -> None:
    # the body is the subject only as "the company", a speaker the tagger does not mark
    text = ("The crossing is run by Harlow Shipping. On Wednesday the company withdrew its estimate. "
            "A spokesman said it should not have been published.")
    assert speakers_across((text, ("the company", "A spokesman"))) == [["Harlow Shipping", "Harlow Shipping"]]


def test_a_spokesman_with_no_body_in_view_speaks_for_no_body() -> None:
    text = ("The crossing is run by Harlow Shipping. The storm closed the port for three days. "
            "A spokesman said the ferries would sail again on Friday.")
    assert speakers_across((text, ("A spokesman",)))[0] != ["Harlow Shipping"]


def test_a_name_before_party_is_the_party_wherever_it_is_written() -> None:
    # the tagger takes "Green Lantern" for a person; "the ... Green Lantern party" says otherwise
    first = ("The march, called by the opposition Green Lantern party, filled the avenue. "
             "According to Green Lantern, the avenue was calm. The party said 200 people were hurt.",
             ("Green Lantern", "The party"))
    later = ("Green Lantern said on Monday it would march again.", ("Green Lantern",))
    assert speakers_across(first, later) == [["Green Lantern", "Green Lantern"], ["Green Lantern"]]


def test_a_ministry_written_two_ways_is_one_body() -> None:
    first = ("The Interior Ministry said 31 people were hurt on the quay.", ("The Interior Ministry",))
    later = ("The Ministry of the Interior said no rubber bullets were used.", ("The Ministry of the Interior",))
    names = speakers_across(first, later)
    assert names[0] == names[1] and names[0] != [None]


def test_his_ministry_is_the_ministry_he_leads() -> None:
    first = ("The Interior Ministry said 31 people were hurt on the quay.", ("The Interior Ministry",))
    later = ("Interior Minister Kasimir Holt conceded on Friday that the closure was his call, two days after "
             "his ministry blamed the harbour master. By evening the ministry had taken its account back.",
             ("his ministry", "the ministry"))
    assert speakers_across(first, later)[1] == ["Interior Ministry", "Interior Ministry"]


def test_a_police_spokesman_is_not_another_bodys_spokesman() -> None:
    # Orla Venn's spokesman: whose body he speaks for, the text leaves unsaid
    text = ("A police spokesman said four constables needed treatment. "
            "Orla Venn's spokesman, Bastin Rell, dismissed the figure.")
    spokesman, rell = speakers_across((text, ("A police spokesman", "Orla Venn's spokesman, Bastin Rell")))[0]
    assert rell == "Bastin Rell" and spokesman != rell


def test_she_is_the_spokeswoman_just_before_not_an_earlier_name() -> None:
    text = ("Joren Adler, a photographer, said nothing was thrown. "
            "A spokeswoman for the Velmar Harbour Board said it was too soon to know who began it. "
            "Footage would also be examined, she said.")
    spokeswoman, she = speakers_across((text, ("A spokeswoman for the Velmar Harbour Board", "she")))[0]
    assert she == spokeswoman and she != "Joren Adler"


def test_the_organisers_are_the_body_that_called_the_march() -> None:
    first = ("The march, called by the Harbour Workers' Guild, crossed the bridge at noon. "
             "The organisers said 9,000 people took part.", ("The organisers",))
    later = ("The organisers promised on Monday to march again.", ("The organisers",))
    assert speakers_across(first, later) == [["Harbour Workers' Guild"], ["Harbour Workers' Guild"]]


def test_organisers_nobody_was_shown_calling_stay_apart() -> None:
    text = ("The Harbour Workers' Guild and the Velmar Council met on Friday. "
            "The organisers said 9,000 people took part.")
    assert speakers_across((text, ("The organisers",)))[0] != ["Harbour Workers' Guild"]
