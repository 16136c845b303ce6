"""Where statements with no named source end: agentless passives and
hedged complements (fictional sentences)."""

from __future__ import annotations

import pytest
from test_attribution_frames import statements


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the passive's object or prepositional complement is part of what was said
        ("Marek Solvay was charged with fraud in the harbour case.", "charged", "Marek Solvay was charged with fraud in the harbour case"),
        ("The treasurer was questioned about the missing funds.", "questioned", "The treasurer was questioned about the missing funds"),
        ("Ilse Varga was offered the job of harbour master.", "offered", "Ilse Varga was offered the job of harbour master"),
        # a phrase set off by a comma after the hedged complement is context
        ("The White Harbour board is expected to sign the lease, with a vote set for May.", "expected", "The White Harbour board is expected to sign the lease"),
        (
            "The Orvala council is expected to vote on the budget at the town hall on Friday night, as the port board meets across the river.",
            "expected",
            "The Orvala council is expected to vote on the budget at the town hall on Friday night",
        ),
        # a list stays whole
        ("The board seemed ready, willing and able to sign the lease.", "seemed", "The board seemed ready, willing and able to sign the lease"),
    ],
)
def test_unsourced_boundaries(nlp, text: str, cue: str, content: str) -> None:
    assert (content, None) in statements(nlp(text), cue)
