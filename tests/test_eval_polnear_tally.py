"""The PolNeAR scorer's tally, on hand-made spans (no corpus needed): what it
counts, and that an annotator's statements score through it like predictions."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "eval"))

from attribution_polnear import Gold, Tally, bootstrap_f1, gold_nested, parse_spans  # noqa: E402
from polnear_agreement import as_prediction  # noqa: E402


def test_annotator_statements_score_like_predictions() -> None:
    gold = [Gold(content=[(10, 30)], cue=[(0, 4)], source=[(5, 9)]), Gold(content=[(40, 60)])]
    other = [Gold(content=[(12, 30)], cue=[(0, 4)], source=[(5, 9)])]
    tally = Tally()
    tally.add(gold, [as_prediction(g) for g in other])  # type: ignore[misc]
    assert (tally.gold, tally.pred, tally.overlap, tally.exact, tally.source_ok) == (2, 1, 1, 0, 1)
    assert (tally.missed_unseen, tally.nested, tally.nested_matched) == (1, 0, 0)


def test_bootstrap_interval_brackets_the_split_figure() -> None:
    same = [(10, 10, 8)] * 20
    assert bootstrap_f1(same) == (0.8, 0.8)  # nothing to resample away
    mixed = [(10, 10, 10)] * 10 + [(10, 10, 0)] * 10
    low, high = bootstrap_f1(mixed)
    assert 0.2 < low < 0.5 < high < 0.8
    assert bootstrap_f1(mixed) == (low, high)  # fixed seed: the same interval every run


def test_fragments_listed_out_of_order_score_exact() -> None:
    # a quote's second half selected before its first: the hull still runs from 10 to 40
    gold = [Gold(content=parse_spans("30 40;10 20"))]
    assert gold[0].content == [(10, 20), (30, 40)]
    tally = Tally()
    tally.add(gold, [as_prediction(Gold(content=[(10, 40)]))])  # type: ignore[misc]
    assert (tally.overlap, tally.exact) == (1, 1)


def test_gold_nests_are_counted_by_cue_inside_another_content() -> None:
    outer = Gold(content=[(20, 80)], cue=[(10, 18)])
    inner = Gold(content=[(40, 80)], cue=[(30, 34)])  # "... reported that X said ..."
    beside = Gold(content=[(100, 120)], cue=[(90, 94)])
    assert gold_nested([outer, beside]) == 0
    assert gold_nested([outer, inner, beside]) == 1
