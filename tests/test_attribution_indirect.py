"""Indirect speech: reporting verbs, according to, relative clauses on the
speaker, passive reporting, reporting nouns, hedges with no named source, and
mixed statements that quote a fragment."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract
from rashomon.model import Attribution

pytestmark = pytest.mark.slow


def one(nlp: Language, text: str, cue: str) -> tuple[str, str | None, Attribution]:
    """The statement with this cue: its content and speaker as written."""
    [item] = [a for a in extract(nlp(text)) if a.cue == cue]
    speaker = text[item.speaker_span[0] : item.speaker_span[1]] if item.speaker_span else None
    return text[item.content_span[0] : item.content_span[1]], speaker, item


@pytest.mark.parametrize(
    "text, cue, said, who, cue_class",
    [
        (
            "Interior Minister Tomas Brevik denied that his ministry had ordered the raid.",
            "denied", "that his ministry had ordered the raid", "Interior Minister Tomas Brevik", "deny",
        ),
        (
            "Opposition leader Amara Quist claimed the ballots had been burned.",
            "claimed", "the ballots had been burned", "Opposition leader Amara Quist", "assert",
        ),
        (
            "Amara Quist insisted the convoy had turned back before the border.",
            "insisted", "the convoy had turned back before the border", "Amara Quist", "assert",
        ),
        (
            "Tomas Brevik admitted that the figures were wrong.",
            "admitted", "that the figures were wrong", "Tomas Brevik", "admit",
        ),
        (
            "The dockers' union warned that the strike would spread to the ports.",
            "warned", "that the strike would spread to the ports", "The dockers' union", "assert",
        ),
        (
            "Tomas Brevik told reporters that the border would stay closed.",
            "told", "that the border would stay closed", "Tomas Brevik", "assert",
        ),
        (
            "Amara Quist accused the ministry of hiding the report.",
            "accused", "the ministry of hiding the report", "Amara Quist", "accuse",
        ),
        (
            "Tomas Brevik promised that the refugees would be housed by winter.",
            "promised", "that the refugees would be housed by winter", "Tomas Brevik", "promise",
        ),
        (
            "Amara Quist asked whether the convoy had been inspected.",
            "asked", "whether the convoy had been inspected", "Amara Quist", "question",
        ),
        (
            "The Velden Port Authority confirmed that two cranes were damaged.",
            "confirmed", "that two cranes were damaged", "The Velden Port Authority", "confirm",
        ),
    ],
)
def test_indirect_reporting_verbs(nlp: Language, text: str, cue: str, said: str, who: str, cue_class: str) -> None:
    content, speaker, item = one(nlp, text, cue)
    assert (content, speaker, item.cue_class, item.kind) == (said, who, cue_class, "indirect")


def test_indirect_content_after_the_speaker_and_cue(nlp: Language) -> None:
    text = "The talks will resume on Friday, Tomas Brevik said."
    content, speaker, _ = one(nlp, text, "said")
    assert (content, speaker) == ("The talks will resume on Friday", "Tomas Brevik")


def test_indirect_cue_inside_the_content(nlp: Language) -> None:
    text = "The talks, Tomas Brevik said, will resume on Friday."
    _, speaker, item = one(nlp, text, "said")
    assert [text[a:b] for a, b in item.content_parts] == ["The talks", "will resume on Friday"]
    assert speaker == "Tomas Brevik"


def test_indirect_in_a_statement(nlp: Language) -> None:
    text = "In a statement, the Velden Port Authority said the dock had been closed for repairs."
    content, speaker, _ = one(nlp, text, "said")
    assert (content, speaker) == ("the dock had been closed for repairs", "the Velden Port Authority")


def test_indirect_according_to(nlp: Language) -> None:
    text = "According to the Orvala fire brigade, three warehouses burned overnight."
    content, speaker, item = one(nlp, text, "According to")
    assert (content, speaker, item.cue_class) == ("three warehouses burned overnight", "the Orvala fire brigade", "report")


def test_indirect_speaker_with_relative_clause(nlp: Language) -> None:
    text = "Tomas Brevik, who spoke after the cabinet meeting, said the talks would resume on Friday."
    content, speaker, _ = one(nlp, text, "said")
    assert content == "the talks would resume on Friday"
    assert speaker is not None and speaker.startswith("Tomas Brevik")


def test_indirect_passive_with_agent(nlp: Language) -> None:
    text = "The ceasefire was announced by the foreign ministry on Tuesday."
    content, speaker, _ = one(nlp, text, "announced")
    assert (content, speaker) == ("The ceasefire", "the foreign ministry")


def test_indirect_passive_without_agent_has_no_speaker(nlp: Language) -> None:
    text = "It was reported that the convoy had been stopped at the bridge."
    content, speaker, item = one(nlp, text, "reported")
    assert (content, speaker, item.source_kind) == ("that the convoy had been stopped at the bridge", None, "unnamed")


def test_indirect_reporting_noun_with_possessive(nlp: Language) -> None:
    text = "The ministry's claim that no shells landed in Orvala was disputed by residents."
    content, speaker, item = one(nlp, text, "claim")
    assert (content, speaker, item.cue_class) == ("that no shells landed in Orvala", "The ministry", "assert")


def test_indirect_denial_noun(nlp: Language) -> None:
    text = "Amara Quist's denial that troops crossed the river came a day later."
    content, speaker, item = one(nlp, text, "denial")
    assert (content, speaker, item.cue_class) == ("that troops crossed the river", "Amara Quist", "deny")


@pytest.mark.parametrize(
    "text, cue, said",
    [
        ("The general allegedly ordered the shelling of the depot.", "allegedly", "ordered the shelling of the depot"),
        ("Reportedly, the convoy never reached Orvala.", "Reportedly", "the convoy never reached Orvala"),
        (
            "Reports surfaced that the mayor had left the city before the flood.",
            "Reports surfaced",
            "that the mayor had left the city before the flood",
        ),
    ],
)
def test_indirect_hedged_statement_has_null_speaker(nlp: Language, text: str, cue: str, said: str) -> None:
    content, speaker, item = one(nlp, text, cue)
    pieces = [text[a:b] for a, b in item.content_parts or [item.content_span]]
    assert pieces[-1] == said
    assert speaker is None and item.source_kind == "unnamed"
    assert all(cue not in piece for piece in pieces)


def test_indirect_mixed_with_quoted_fragment(nlp: Language) -> None:
    text = 'Amara Quist said the harbour was "completely unsafe" for the fishing fleet.'
    content, _, item = one(nlp, text, "said")
    assert content == 'the harbour was "completely unsafe" for the fishing fleet'
    assert item.kind == "mixed"


def test_indirect_content_stops_before_the_next_statement(nlp: Language) -> None:
    text = "Tomas Brevik said the border would stay closed, adding that the talks had failed."
    said, _, _ = one(nlp, text, "said")
    adding, speaker, _ = one(nlp, text, "adding")
    assert said == "the border would stay closed"
    assert adding == "that the talks had failed" and speaker == "Tomas Brevik"


@pytest.mark.parametrize(
    "text, cue, said",
    [
        ("The ministry has not said which weapons were fired at Orvala.", "has not said", "which weapons were fired at Orvala"),
        ("Mayor Ilse Varga didn't deny that the ferry was late.", "didn't deny", "that the ferry was late"),
        ("The harbour master never confirmed the closure.", "never confirmed", "the closure"),
    ],
)
def test_indirect_negated_cue_is_kept_with_its_negation(nlp: Language, text: str, cue: str, said: str) -> None:
    """Who did not confirm what is news; the cue carries the negation so no
    later stage reads "did not deny" as a denial."""
    [item] = extract(nlp(text))
    assert (item.cue, text[item.content_span[0] : item.content_span[1]]) == (cue, said)


def test_indirect_infinitive_of_a_cue_is_its_content(nlp: Language) -> None:
    text = "The Velden Port Authority declined to comment on the report."
    [item] = extract(nlp(text))
    assert (item.cue, text[item.content_span[0] : item.content_span[1]]) == ("declined", "to comment on the report")


def test_indirect_passive_participle_reports_no_one(nlp: Language) -> None:
    assert extract(nlp("Under the truce agreed in January, the ferries kept running.")) == []


def test_indirect_dateline_is_not_content(nlp: Language) -> None:
    text = "VELDEN, March 4 (Harbour Wire) - The ferry will stop running in June, port officials said."
    content, speaker, _ = one(nlp, text, "said")
    assert (content, speaker) == ("The ferry will stop running in June", "port officials")


def test_indirect_cue_inside_a_relative_clause_is_cut_out(nlp: Language) -> None:
    text = "The ferry keeps a timetable which Councillor Bram Oster said could not be changed before June."
    _, speaker, item = one(nlp, text, "said")
    assert [text[a:b] for a, b in item.content_parts] == ["which", "could not be changed before June"]
    assert speaker == "Councillor Bram Oster" and item.negated


@pytest.mark.parametrize(
    "text, cue, said",
    [
        ("The Velden council is expected to approve the budget.", "expected", "The Velden council is expected to approve the budget"),
        ("The harbour plan appears to be stalled.", "appears", "The harbour plan appears to be stalled"),
        ("It seems that the mayor lost the vote.", "seems", "that the mayor lost the vote"),
        ("The ferry timetable was announced on Monday.", "announced", "The ferry timetable"),
    ],
)
def test_indirect_unsourced_subject_is_part_of_the_statement(nlp: Language, text: str, cue: str, said: str) -> None:
    content, speaker, item = one(nlp, text, cue)
    assert (content, speaker, item.source_kind) == (said, None, "unnamed")


def test_indirect_unsourced_subject_and_complement_are_two_parts(nlp: Language) -> None:
    text = "The Velden council is expected to approve the budget."
    _, _, item = one(nlp, text, "expected")
    assert [text[a:b] for a, b in item.content_parts] == ["The Velden council", "to approve the budget"]


def test_indirect_raising_verb_without_complement_states_nothing(nlp: Language) -> None:
    assert extract(nlp("The harbour master appeared at noon.")) == []


def test_indirect_addressee_of_a_passive_is_not_the_statement(nlp: Language) -> None:
    assert [a.cue for a in extract(nlp("The mayor was told to leave the harbour."))] == []


@pytest.mark.parametrize(
    "text, cue, said, who",
    [
        ("Ilse Varga suggested building a second bridge.", "suggested", "building a second bridge", "Ilse Varga"),
        ("Ilse Varga continued to complain that the port was unfair.", "complain", "that the port was unfair", "Ilse Varga"),
        ("A lobby group supporting Mayor Ilse Varga spent heavily.", "supporting", "Mayor Ilse Varga", "A lobby group"),
        ("It was a plan backed by the Velden council.", "backed", "a plan", "the Velden council"),
        ("The rumours, which Ms Varga denies, spread fast.", "denies", "which", "Ms Varga"),
        ("As the Velden Courier reported, the mayor resigned.", "reported", "the mayor resigned", "the Velden Courier"),
    ],
)
def test_indirect_more_constructions(nlp: Language, text: str, cue: str, said: str, who: str) -> None:
    content, speaker, _ = one(nlp, text, cue)
    assert (content, speaker) == (said, who)


def test_indirect_statement_restating_its_speaker_is_not_repeated(nlp: Language) -> None:
    """"she said she hopes ...": one statement, the outer one."""
    text = "Ilse Varga said she hopes the ferry will run again."
    [item] = extract(nlp(text))
    assert (item.cue, text[item.content_span[0] : item.content_span[1]]) == ("said", "she hopes the ferry will run again")


def test_indirect_quote_after_an_opening_phrase_is_the_quote_alone(nlp: Language) -> None:
    """The parser hangs "he said" off the quote's verb; the opening phrase
    before the speaker is the writer's, not part of what was said."""
    text = 'Of the noise from the harbour, he said, "It\'s a little much."'
    [item] = extract(nlp(text))
    assert text[item.content_span[0] : item.content_span[1]] == '"It\'s a little much."'


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Varga said that fishermen who backed the council now oppose the new pier.",
        "Ilse Varga said the harbour board's refusal to dredge the channel had cost jobs.",
        "The harbour master said the mayor's attacks on the fishermen had to stop.",
        "Ilse Varga said the council kept referring to the old pier.",
    ],
)
def test_indirect_attitude_inside_a_statement_is_part_of_it(nlp: Language, text: str) -> None:
    """What others support, oppose or refuse, or a cue about a mere thing
    ("attacks on X"), inside someone's statement is what that speaker claims:
    one statement, the speaker's."""
    [item] = extract(nlp(text))
    assert item.cue == "said" and item.speaker_text in ("Ilse Varga", "The harbour master")


@pytest.mark.parametrize(
    "text, cue, said, who",
    [
        ("Ilse Varga speculated about the cost of the new bridge.", "speculated", "the cost of the new bridge", "Ilse Varga"),
        ("The mayor called on the council to reopen the ferry.", "called on", "the council to reopen the ferry", "The mayor"),
        ("A new survey showed the mayor within two points of her rival.", "showed", "the mayor within two points of her rival", "A new survey"),
        ("Ilse Varga praised the fishermen in a speech.", "praised", "the fishermen", "Ilse Varga"),
        ("The mayor laid out her plan for the harbour.", "laid out", "her plan for the harbour", "The mayor"),
        ("Port officials pointed out that the ferry was late.", "pointed out", "that the ferry was late", "Port officials"),
        ("The captain was told that the harbour would close.", "told", "that the harbour would close", None),
    ],
)
def test_indirect_topic_particle_and_passive_clause(nlp: Language, text: str, cue: str, said: str, who: str | None) -> None:
    content, speaker, _ = one(nlp, text, cue)
    assert (content, speaker) == (said, who)


def test_indirect_topic_preposition_is_not_a_time(nlp: Language) -> None:
    assert extract(nlp("The mayor commented on Tuesday.")) == []


@pytest.mark.parametrize(
    "text, cue, said, who",
    [
        ("The mayor made it clear that the ferry would not return.", "made it clear", "that the ferry would not return", "The mayor"),
        ("Ilse Varga took aim at the harbour board.", "took aim at", "the harbour board", "Ilse Varga"),
        ("Ilse Varga insisted on building a new pier.", "insisted on", "building a new pier", "Ilse Varga"),
        ("Ilse Varga made the case that the port needs a new pier.", "case", "that the port needs a new pier", "Ilse Varga"),
        ("The plan sounds like a gamble.", "sounds", "The plan sounds like a gamble", None),
    ],
)
def test_indirect_phrase_and_noun_cues(nlp: Language, text: str, cue: str, said: str, who: str | None) -> None:
    content, speaker, _ = one(nlp, text, cue)
    assert (content, speaker) == (said, who)


@pytest.mark.parametrize(
    "text, cue, said, who",
    [
        ("In her view, the harbour plan has failed.", "In her view", "the harbour plan has failed", "her"),
        ("Ilse Varga leads in the harbour poll.", "in", "Ilse Varga leads", "the harbour poll"),
        ("The pier, in the words of the mayor, is a disgrace.", "in the words", "The pier, in the words of the mayor, is a disgrace", "the mayor"),
    ],
)
def test_indirect_in_her_view_and_in_the_polls(nlp: Language, text: str, cue: str, said: str, who: str) -> None:
    content, speaker, _ = one(nlp, text, cue)
    assert (content, speaker) == (said, who)


def test_indirect_in_an_interview_leaves_the_cue_to_the_verb(nlp: Language) -> None:
    text = "In an interview, the mayor said the pier was safe."
    assert [a.cue for a in extract(nlp(text))] == ["said"]


def test_indirect_raising_verb_leaves_a_reporting_complement_to_its_subject(nlp: Language) -> None:
    """"X seemed to blame Y" is X blaming Y, hedged; not an unsourced statement."""
    content, speaker, item = one(nlp, "Varga seemed to blame the harbour board.", "blame")
    assert (content, speaker, item.cue_class) == ("the harbour board", "Varga", "accuse")


def test_indirect_appearing_somewhere_is_not_a_hedge(nlp: Language) -> None:
    text = "Varga appeared on the radio to defend the plan."
    assert [a.cue for a in extract(nlp(text))] == ["defend"]


@pytest.mark.parametrize(
    "text",
    [
        "Residents showed reporters the metal fragments.",  # a thing handed over, not a statement
        "The interview the Velden Courier published was short.",  # a publication, not what was said
    ],
)
def test_indirect_objects_that_are_not_statements(nlp: Language, text: str) -> None:
    assert extract(nlp(text)) == []


def test_indirect_named_source_wins_over_an_unsourced_reading(nlp: Language) -> None:
    text = "The inspectors are expected to report in May, according to a council official."
    [item] = extract(nlp(text))
    assert (item.cue, item.speaker_text) == ("according to", "a council official")


def test_indirect_perception_verb_with_an_infinitive_is_what_its_subject_does(nlp: Language) -> None:
    # one perceives a fact; "learning to live with" is something the town does
    assert extract(nlp("A month after the flood, Dunmere is learning to live with the mud.")) == []
    # with an object, the infinitive says what the object was taken to be
    text = "Kessel objected to what he perceived to be a rigged tender."
    assert one(nlp, text, "perceived")[0] == "to be a rigged tender"
    # a fact learned stays a statement
    assert one(nlp, "Dunmere residents learned that the dam would be raised.", "learned")[0] == "that the dam would be raised"


@pytest.mark.parametrize(
    "text, cue, said, who",
    [
        (
            "The colonel said that every shell had hit a depot, and called the deaths \"a tragedy\".",
            "called", "the deaths \"a tragedy\"", "The colonel",
        ),
        (
            "Dunmere insisted that the samples had been taken at the dam, and offered to let the inspectors test them.",
            "offered", "to let the inspectors test them", "Dunmere",
        ),
    ],
)
def test_indirect_cue_that_cannot_share_the_clause_perfect_is_the_speakers_next_statement(
    nlp: Language, text: str, cue: str, said: str, who: str
) -> None:
    # the parser hangs the second cue on the reported clause's verb; a simple
    # past cannot share that clause's "had", so it is the speaker's own
    content, speaker, _ = one(nlp, text, cue)
    assert (content, speaker) == (said, who)
    first = next(a for a in extract(nlp(text)) if a.cue != cue)
    assert cue not in text[first.content_span[0] : first.content_span[1]]


def test_a_content_whose_subject_is_no_one_or_nothing_is_negated(nlp: Language) -> None:
    negated = {}
    for text in ('"No names, addresses or card numbers were accessed," Ilse Varno said.',
                 "Ilse Varno said nothing was taken.", "Ilse Varno said none of the crew was hurt.",
                 "Ilse Varno said no one had been told.", "Ilse Varno said the crew was told."):
        [item] = extract(nlp(text))
        negated[text] = item.negated
    assert list(negated.values()) == [True, True, True, True, False]
