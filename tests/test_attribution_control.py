"""An infinitive's speaker under a verb that acts on someone ("led analysts
to question", "forced the council to admit") is the person acted on; a
thing as object, or a verb of meeting, leaves it to the verb's subject."""

from __future__ import annotations

import pytest

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("The ruling led analysts to question whether the levy would survive.", "question", [("whether the levy would survive", "analysts")]),
        ("The delay forced the council to admit that the budget had failed.", "admit", [("that the budget had failed", "the council")]),
        ("The leak prompted Mayor Orla Venn to deny that she had signed it.", "deny", [("that she had signed it", "Mayor Orla Venn")]),
        # a thing as object: the subject still speaks
        ("Mr. Dalt used the hearing to argue that the levy had failed.", "argue", [("that the levy had failed", "Mr. Dalt")]),
        # company, not a doer
        ("Ms. Prell joined two councillors to deny that the pier was unsafe.", "deny", [("that the pier was unsafe", "Ms. Prell")]),
    ],
)
def test_object_control(nlp, text, cue, expected):
    assert statements(nlp(text), cue) == expected
