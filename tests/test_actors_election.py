"""Actors of a fictional election story: a chairman the recogniser takes for a
body, a party written with its kind of body after its name."""

from __future__ import annotations

from test_actors_descriptions import speakers_across

from rashomon.actors.mentions import span_mention

CHAIRMAN = ("The Central Electoral Commission said on Monday that turnout had reached 61 percent. "
            "The commission's chairman, Teodor Halm, told a news conference that voting had been calm. "
            "Mr. Halm rejected the allegation.")


def test_a_name_a_persons_role_describes_is_a_person_whatever_its_label() -> None:
    names = speakers_across((CHAIRMAN, ("The commission's chairman, Teodor Halm", "Mr. Halm")))[0]
    assert names == ["Teodor Halm", "Teodor Halm"]


def test_the_opposition_party_written_around_its_name_is_the_party() -> None:
    text = ("The opposition Civic Union party accused officials of fraud. "
            "Its leader, Anja Selin, said observers had been expelled. Civic Union called for a recount.")
    assert speakers_across((text, ("The opposition Civic Union party", "Civic Union")))[0] == ["Civic Union", "Civic Union"]


def test_a_description_is_the_known_body_whose_name_ends_with_its_words() -> None:
    named = ("The Central Electoral Commission said on Monday that turnout had reached 61 percent.",
             ("The Central Electoral Commission",))
    later = ("Turnout was lower, the electoral commission said.", ("the electoral commission",))
    assert speakers_across(named, later)[1] == ["Central Electoral Commission"]


def test_an_observer_mission_is_a_body_its_head_belongs_to() -> None:
    text = ("An international observer mission said it had recorded irregularities. "
            "The mission's head, Rosalind Achterberg, said monitors had seen ballots pushed into boxes.")
    assert speakers_across((text, ("An international observer mission", "The mission's head, Rosalind Achterberg")))[0] \
        == ["observer mission", "Rosalind Achterberg"]


def test_a_hyphenated_kind_of_body_is_a_body_of_its_own_not_the_one_named_before() -> None:
    text = ("According to documents seen by the Peloton Review, the doctor ordered the drug. "
            "The national anti-doping agency said it had opened an investigation.")
    assert speakers_across((text, ("The national anti-doping agency",)))[0] == ["anti-doping agency"]


def test_a_body_named_before_its_kind_is_that_body_or_keeps_its_capitals() -> None:
    """"The Kessel Valley Cycling team" is the body the recogniser found
    (tagged with "The"); "the Marrow Lane Residents committee", which it did
    not find, is named as written, not in lower case."""
    cycling = "The Kessel Valley Cycling team said it would appeal."
    residents = "The Marrow Lane Residents committee said it would appeal."
    assert speakers_across((cycling, ("The Kessel Valley Cycling team",)), (residents, ("The Marrow Lane Residents committee",))) \
        == [["Kessel Valley Cycling"], ["Marrow Lane Residents committee"]]


def test_a_kind_of_body_before_a_comma_says_the_name_is_a_body(nlp) -> None:
    text = "The construction firm, Harbeck Bau, said in a statement that it had acted lawfully at all times."
    found = span_mention(nlp(text), 0, len("The construction firm, Harbeck Bau"))
    assert found is not None and (found.name, found.kind) == ("Harbeck Bau", "organization")


def test_a_bare_role_is_the_one_person_the_case_named_in_it_or_no_one() -> None:
    trial = ("Judge Maren Olofsdottir adjourned the trial until Monday, the court said.", ("Judge Maren Olofsdottir",))
    verdict = ("The judge said the evidence showed the payments were bribes.", ("The judge",))
    assert speakers_across(trial, verdict)[1] == ["Maren Olofsdottir"]
    assert speakers_across(verdict) == [[None]]  # no judge known: no actor "judge ()"
    second = ("Judge Ivar Lund opened a second trial on Tuesday.", ("Judge Ivar Lund",))
    assert speakers_across(trial, second, verdict)[2] == [None]  # two judges known: which is left open
