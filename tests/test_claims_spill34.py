"""Stance on a fourth kind of story, a disputed chemical release: a name
split by its possessive, a measure of time in the scene, a word of two
lexicon groups read in the case's sense, and illness words. Fictional
sentences."""

from __future__ import annotations

from rashomon.claims import Proposition, StatementIndex, StatementView
from rashomon.claims.concepts import build_profile, pieces


def test_a_possessive_name_stays_one_name() -> None:
    found = pieces("Varnholt Agritech's Wexby plant released chlorine into the Ambry canal.")
    names = [p.text for p in found if p.name]
    assert "Varnholt Agritech" in names
    assert "Varnholt" not in names and "Agritech" not in names


def test_a_measure_of_time_sets_the_scene() -> None:
    roles = {p.text: p.role for p in pieces("Dorrel Chemicals knew of the leak hours before it told the inspectors.")}
    assert roles["hours"] == "setting"


def test_a_word_of_two_groups_takes_the_sense_the_case_uses() -> None:
    text = "The Wexby works released chlorine into the canal."
    river = {("leak",): 5, ("discharg",): 3}
    trial = {("freed",): 4, ("bail",): 2}
    assert "spill" in {c.label for c in build_profile(text, usage=lambda s: river.get(s, 0)).concepts}
    assert "release" in {c.label for c in build_profile(text, usage=lambda s: trial.get(s, 0)).concepts}


def test_illness_words_speak_of_the_illnesses() -> None:
    labels = {c.label for c in build_profile("Chlorine from the works caused the illnesses in Wexby.").concepts}
    assert "illness" in labels
    idx = StatementIndex()
    idx.add([
        StatementView("a", "d1", "the works leaked chlorine and several children fell sick", sentence="", actor="doctors"),
        StatementView("b", "d2", "the canal was dredged in spring", sentence="", actor="council"),
    ])
    stances = {s.statement for s in idx.track(Proposition("ill", "Chlorine from the works caused the illnesses in Wexby."))}
    assert "a" in stances and "b" not in stances
