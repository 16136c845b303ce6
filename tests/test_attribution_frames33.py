"""Shapes from the ferry development corpus, thirty-third session: standing
by a figure, a "that" clause the parser read as a relative clause after a
time phrase, and a second "and that" clause the parser joined to the verb.
Each was measured on the PolNeAR training split (docs/benchmarks.md)."""

from __future__ import annotations

from spacy.language import Language
from test_attribution_frames import statements

from rashomon.attribution import extract


def test_standing_by_a_figure_confirms_it(nlp: Language) -> None:
    doc = nlp("The ferry company stood by its count of 212 passengers on Tuesday.")
    assert statements(doc, "stood by") == [("its count of 212 passengers", "The ferry company")]
    assert [a.cue_class for a in extract(doc) if a.cue == "stood by"] == ["confirm"]


def test_standing_by_while_something_happens_is_no_statement(nlp: Language) -> None:
    assert statements(nlp("The harbour board stood by while the pier collapsed."), "stood by") == []


def test_by_apart_from_standing_is_a_means(nlp: Language) -> None:
    # "by" a few words after "standing" says how, not what is stood by
    doc = nlp("The owners are standing in the way, the mayor said, by blocking every vote on the pier.")
    assert [a for a in extract(doc) if a.cue.startswith("standing")] == []


def test_a_that_clause_after_a_time_phrase_read_as_a_relative_clause(nlp: Language) -> None:
    # the parser reads "the crash that the rules are among ...", with a stranded "among"
    doc = nlp("Velmark has insisted since the crash that its signalling rules are among the toughest anywhere.")
    assert statements(doc, "insisted") == [("that its signalling rules are among the toughest anywhere", "Velmark")]


def test_a_second_that_clause_joined_to_the_verb_is_still_what_was_told(nlp: Language) -> None:
    doc = nlp("Porters had told the guild that the train was packed before it left, "
              "and that guards had been ordered to keep selling tickets.")
    assert statements(doc, "told") == [
        ("that the train was packed before it left, and that guards had been ordered to keep selling tickets",
         "Porters")]
    # the ordering sits inside what the crew said: no statement of its own
    assert statements(doc, "ordered") == []


def test_an_attack_with_stones_is_an_act_not_a_statement(nlp: Language) -> None:
    # the parser reads "the harbour cordon" as a clause: "with" still names the means
    doc = nlp("At nine, masked men attacked the harbour cordon in front of the town hall with stones and flares.")
    assert statements(doc, "attacked") == []
    assert statements(nlp("The guards responded with water cannon and tear gas."), "responded") == []


def test_an_attack_with_words_is_still_a_statement(nlp: Language) -> None:
    assert statements(nlp("The senator attacked the toll plan with a string of posts."), "attacked") == [
        ("the toll plan with a string of posts", "The senator")]


def test_a_report_with_weapons_in_it_is_still_a_report(nlp: Language) -> None:
    # what footage shows may hold weapons: the weapons are what it shows
    doc = nlp("Footage from the harbour showed scattered groups of fighters with heavy weapons.")
    assert [a.cue for a in extract(doc)] == ["showed"]



def test_two_predicates_of_one_subject_the_first_read_as_a_modifier(nlp: Language) -> None:
    # the parser hangs "repeated" on the subject, as in "the words repeated by ..."
    doc = nlp("Commissioner Arno Velt, the Tamsford fire chief, repeated last night that his crews had broken no rules, "
              "and questioned whether the alarm had sounded at all.")
    speaker = "Commissioner Arno Velt, the Tamsford fire chief"
    assert statements(doc, "repeated") == [("that his crews had broken no rules", speaker)]
    assert statements(doc, "questioned") == [("whether the alarm had sounded at all", speaker)]


def test_a_statement_of_a_date_is_not_about_the_date(nlp: Language) -> None:
    doc = nlp("The minister's account is hard to square with the board's statement of 4 October.")
    assert statements(doc, "statement of") == []


def test_asking_not_to_be_named_is_no_statement(nlp: Language) -> None:
    doc = nlp("A senior clerk who asked not to be named told the Courier that the vote had been moved.")
    assert [a.cue for a in extract(doc)] == ["told"]


def test_which_after_a_statement_of_a_date_is_the_statement(nlp: Language) -> None:
    text = "Her account clashes with the board's notice of 9 May, which said the ferry had been inspected."
    which = [a for a in extract(nlp(text)) if a.speaker_text == "which"]
    assert which and which[0].speaker_antecedent_span is not None
    assert text[slice(*which[0].speaker_antecedent_span)] == "the board's notice of 9 May"


def test_she_is_the_spokeswoman_not_an_earlier_name(nlp: Language) -> None:
    text = ("Joren Adler, a photographer, said nothing was thrown. "
            "A spokeswoman for the Velmar Harbour Board said it was too soon to know who began it. "
            "Footage would also be examined, she said.")
    she = [a for a in extract(nlp(text)) if a.speaker_text == "she"]
    assert she and she[0].speaker_antecedent_span is not None
    assert text[slice(*she[0].speaker_antecedent_span)].startswith("A spokeswoman")
