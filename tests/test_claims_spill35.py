"""Two tracked propositions that share a concept, one of them opening with
it in capitals: a statement that speaks only of the shared concept bears on
the proposition it is nearest, not on both. Fictional sentences
(rashomon.claims.tracking)."""

from __future__ import annotations

from rashomon.claims import Proposition, StatementIndex, StatementView

ELSEWHERE = ["the council will meet on Friday", "the harbour was closed for repairs", "the mayor thanked the volunteers",
             "a new bridge will open next year", "the school reopened after the holiday", "fishing boats stayed in port",
             "the weather turned cold overnight", "the museum extended its opening hours"]


def test_a_shared_concept_is_shared_whatever_its_case() -> None:
    idx = StatementIndex()
    idx.add([
        StatementView("a", "d1", "no chlorine entered the canal", sentence="", actor="Varnholt Agritech"),
        StatementView("b", "d2", "several children in Wexby fell ill after swimming", sentence="", actor="doctors"),
        *(StatementView(f"e{i}", f"e{i}", text, sentence="", actor="council") for i, text in enumerate(ELSEWHERE)),
    ])
    idx.set_tracked([
        Proposition("canal", "The Wexby works released chlorine into the Ambry canal."),
        Proposition("ill", "Chlorine from the Wexby works caused the illnesses in Wexby."),  # "Chlorine", capitalised
    ])
    found = idx.track_all()
    assert [s.statement for s in found["canal"]] == ["a"]
    assert [s.statement for s in found["ill"]] == ["b"]
