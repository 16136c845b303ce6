"""A role whose body the tagger took for a person: "The chief executive of
Verrel Agrotech", where an earlier article showed Verrel Agrotech to be a
company and named its chief executive. Every sentence is invented
(rashomon.actors.within, resolve)."""

from __future__ import annotations

import pytest

from test_actors_spill34 import speakers_across

pytestmark = pytest.mark.slow

BODY = ("Verrel Agrotech, which makes fertilizer at Kestrave, said on Monday that the river was clean.",
        ("Verrel Agrotech",))
EXECUTIVE = ("\u201cWe acted within the hour,\u201d said Tobin Ashgrove, Chief Executive of Verrel Agrotech.",
             ("Tobin Ashgrove, Chief Executive of Verrel Agrotech",))
ROLE = ("The chief executive of Verrel Agrotech acknowledged on Tuesday that managers knew of the leak.",
        ("The chief executive of Verrel Agrotech",))


def test_the_role_of_a_body_tagged_as_a_person_is_the_one_who_holds_it() -> None:
    names = speakers_across(BODY, EXECUTIVE, ROLE)
    assert names[0] == ["Verrel Agrotech"]
    assert names[1] == ["Tobin Ashgrove"]
    assert names[2] == ["Tobin Ashgrove"]


def test_with_no_holder_named_the_role_is_the_bodys_own() -> None:
    names = speakers_across(BODY, ROLE)
    assert names[1] == ["chief executive (Verrel Agrotech)"]


NOTICE = ("The National Water Inspectorate on Monday ordered Verrel Agrotech to halt production at Kestrave. "
          "Its enforcement notice says that 14 tonnes of lye reached the river.")


def test_a_document_a_body_owns_by_its_pronoun_speaks_for_the_body_that_was_the_subject() -> None:
    names = speakers_across((NOTICE, ("Its enforcement notice",)))
    assert names == [["National Water Inspectorate"]]


def test_a_persons_own_statement_speaks_for_that_person() -> None:
    text = ("Mayor Edda Crane met the harbour board on Monday. Her statement said that the quay would reopen "
            "within a week.")
    assert speakers_across((text, ("Her statement",))) == [["Edda Crane"]]


def test_which_after_a_bodys_own_document_is_that_body_the_subject_of_its_clause() -> None:
    text = ("The Brannow Anglers' Club filed suit against Verrel Agrotech in Kestrave District Court on Friday. "
            "The health ministry on Monday withdrew its earlier statement, which had said the river was safe.")
    assert speakers_across((text, ("which",))) == [["health ministry"]]


def test_his_association_is_the_one_an_earlier_article_showed_him_chairing() -> None:
    first = ("The Kestrave Anglers' Association said its members had pulled dead fish from the river. "
             "Its chairman, Odo Pellam, said the boats would stay in harbour.",
             ("The Kestrave Anglers' Association", "Its chairman, Odo Pellam"))
    later = ("Odo Pellam spoke to reporters on the quay on Friday. His association says the river is still unsafe.",
             ("His association",))
    names = speakers_across(first, later)
    assert names[0] == ["Kestrave Anglers' Association", "Odo Pellam"]
    assert names[1] == ["Kestrave Anglers' Association"]  # its name without "The"


def test_a_speakers_it_is_not_a_place_inside_what_was_just_reported(nlp) -> None:
    from rashomon.actors import ActorIndex, mentions_from_doc, resolve_document
    from rashomon.attribution import extract

    text = ("The Kestrave Water Board said on Monday that the wells were being tested. "
            "Late on Tuesday, the board\u2019s statement read: \u201cThe rashes seen in Corran Vale are consistent with "
            "a summer virus. There is no link between these cases and the wells.\u201d It said twelve people had "
            "sought treatment.")
    doc = nlp(text)
    attributions = extract(doc)
    index = ActorIndex()
    speakers = resolve_document("d", mentions_from_doc(doc, attributions), index).speakers()
    it = next(n for n, a in enumerate(attributions) if a.speaker_text == "It")
    assert index.get(speakers[it] or "").name == "Kestrave Water Board"


def test_the_complaint_is_from_whoever_filed_the_suit() -> None:
    text = ("The Kestrave Anglers' Association filed suit against Verrel Agrotech in the district court on Friday. "
            "The complaint alleges that the plant's managers hid the leak.")
    assert speakers_across((text, ("The complaint",))) == [["Kestrave Anglers' Association"]]


def test_the_statement_is_from_whoever_issued_it() -> None:
    text = ("The Kestrave Water Board issued a statement on Monday after the wells were closed. "
            "The statement said that the water would be tested twice a day.")
    assert speakers_across((text, ("The statement",))) == [["Kestrave Water Board"]]
