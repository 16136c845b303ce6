"""Verb cues from six verb classes, each kept for a net gain on the training
split: judgment (castigate), feelings held by the object (startle) or
the subject (regret, cherish, despise, distrust), conjecture (anticipate, judge with a clause), manner of speaking with a clause or
quote (exclaim, cry; groan about) and instruction (instruct, petition).
A second sweep added demonize, jeer, embolden, yearn for, sense and reason
with a clause, prohibit, prescribe and mandate; a third, of verb +
preposition phrases, identify with, take comfort in, root for, rail at and
squabble over; a fourth, of verbs that state while colouring what they
state, brand, nickname, caricature, overstate, sugarcoat, spotlight,
telegraph, restate and politicize."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Councillor Ivo Renk castigated the harbour board.", "castigated", "the harbour board", "Councillor Ivo Renk"),
        ("Mayor Olsen Brandt regrets his remarks about the ferry crews.", "regrets", "his remarks about the ferry crews", "Mayor Olsen Brandt"),
        ("The Velden dockers cherish their old guild hall.", "cherish", "their old guild hall", "The Velden dockers"),
        ("Tilda Marsk despised the new curfew.", "despised", "the new curfew", "Tilda Marsk"),
        ("The Velden dockers distrusted the harbour board.", "distrusted", "the harbour board", "The Velden dockers"),
        ("Tilda Marsk anticipated that the ferry fares would rise.", "anticipated", "that the ferry fares would rise", "Tilda Marsk"),
        ("The panel judged that the pier was unsafe.", "judged", "that the pier was unsafe", "The panel"),
        ('"The pier is open!" exclaimed Tilda Marsk.', "exclaimed", '"The pier is open!"', "Tilda Marsk"),
        ('"The pier is open!" cried Tilda Marsk.', "cried", '"The pier is open!"', "Tilda Marsk"),
        ("The Velden dockers groan about the new curfew.", "groan about", "the new curfew", "The Velden dockers"),
        ("Mayor Olsen Brandt instructed the harbour board to close the pier.", "instructed", "the harbour board to close the pier", "Mayor Olsen Brandt"),
        ("The Velden union petitioned the council to reopen the pier.", "petitioned", "the council to reopen the pier", "The Velden union"),
        ("The Velden union petitioned for a new ferry route.", "petitioned for", "a new ferry route", "The Velden union"),
        ("Councillor Ivo Renk demonized the harbour board.", "demonized", "the harbour board", "Councillor Ivo Renk"),
        ("The Velden dockers jeered the new harbour master.", "jeered", "the new harbour master", "The Velden dockers"),
        ("The Velden dockers yearn for the old ferry route.", "yearn for", "the old ferry route", "The Velden dockers"),
        ("Tilda Marsk sensed that the council would back down.", "sensed", "that the council would back down", "Tilda Marsk"),
        ("Tilda Marsk reasoned that the ferry fares would rise.", "reasoned", "that the ferry fares would rise", "Tilda Marsk"),
        # a rule or charter speaks through what it prohibits or mandates
        ("The new rule prohibits fishing near the Velden pier.", "prohibits", "fishing near the Velden pier", "The new rule"),
        ("The Velden charter mandates a vote on every new pier.", "mandates", "a vote on every new pier", "The Velden charter"),
        ("Dr. Ivo Renk prescribed rest for the harbour crews.", "prescribed", "rest for the harbour crews", "Dr. Ivo Renk"),
        ("Many Velden dockers identify with the striking ferry crews.", "identify with", "the striking ferry crews", "Many Velden dockers"),
        ("The Velden union took comfort in the court ruling.", "took comfort in", "the court ruling", "The Velden union"),
        ("Tilda Marsk rooted for the harbour team.", "rooted for", "the harbour team", "Tilda Marsk"),
        ("Councillor Ivo Renk railed at the harbour board.", "railed at", "the harbour board", "Councillor Ivo Renk"),
        ("The Velden councillors squabbled over the ferry budget.", "squabbled over", "the ferry budget", "The Velden councillors"),
        ("Councillor Ivo Renk branded the ferry plan a disaster.", "branded", "the ferry plan a disaster", "Councillor Ivo Renk"),
        ("Tilda Marsk nicknamed the new mayor the Harbour Fox.", "nicknamed", "the new mayor the Harbour Fox", "Tilda Marsk"),
        ("Councillor Ivo Renk caricatured the harbour board as lazy.", "caricatured", "the harbour board as lazy", "Councillor Ivo Renk"),
        ("The Velden union overstated the cost of the new pier.", "overstated", "the cost of the new pier", "The Velden union"),
        ("Mayor Olsen Brandt sugarcoated the harbour deficit.", "sugarcoated", "the harbour deficit", "Mayor Olsen Brandt"),
        ("The Velden report spotlights the risks of the new pier.", "spotlights", "the risks of the new pier", "The Velden report"),
        ("Mayor Olsen Brandt telegraphed his plan to close the pier.", "telegraphed", "his plan to close the pier", "Mayor Olsen Brandt"),
        ("Tilda Marsk restated her support for the ferry route.", "restated", "her support for the ferry route", "Tilda Marsk"),
        ("Mayor Olsen Brandt politicized the harbour audit.", "politicized", "the harbour audit", "Mayor Olsen Brandt"),
    ],
)
def test_verb_class_cues(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(("verb", "cause"), [("startled", "The sudden vote"), ("emboldened", "The early vote")])
def test_feeling_verbs_held_by_their_object(nlp: Language, verb: str, cause: str) -> None:
    # the object holds the feeling; the subject is what it is about
    assert statements(nlp(f"{cause} {verb} the harbour workers."), verb) == [(cause, "the harbour workers")]


def test_surprise_is_no_feeling_verb(nlp: Language) -> None:
    # 'surprise' stays out: 'X's criticism of Y surprised Z' keeps the noun's
    # statement (train gain was one overlap, no exact)
    doc = nlp("Tilda Marsk's criticism of the harbour board surprised the council.")
    assert statements(doc, "surprised") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # 'judge', 'cry' and 'sense' state something only with a clause or a quote
        ("The panel will judge the entries next week.", "judge"),
        ("The baby cried all night.", "cried"),
        ("The dog sensed the storm.", "sensed"),
    ],
)
def test_clause_only_verbs_without_a_clause(nlp: Language, text: str, cue: str) -> None:
    assert statements(nlp(text), cue) == []
