"""A quote opened by a comma or colon right after a reporting verb with no
subject of its own ('to state, "..."', 'Adding, "..."') is that verb's
statement; a quote a colon opens after a clause with a verb of its own is
not a further piece of the statement before it ('Later she went further:
"..."')."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The flood survey led the harbour board of Orlen to state, "
            '"The old pier in Marlow is no longer safe for anyone to walk on."',
            "state",
            '"The old pier in Marlow is no longer safe for anyone to walk on."',
        ),
        (
            'Ana Ruiz said the vote in Marlow was "a mistake." Adding, '
            '"Nobody on the harbour board read the survey before they voted."',
            "Adding",
            '"Nobody on the harbour board read the survey before they voted."',
        ),
    ],
)
def test_a_quote_opened_after_a_cue_without_subject(nlp: Language, text: str, cue: str, content: str) -> None:
    assert [c for c, _ in statements(nlp(text), cue)] == [content]


@pytest.mark.parametrize(
    ("text", "first", "cue", "second"),
    [
        (
            '"I do not think the harbour board can fix the pier this year," Ana Ruiz said in a radio interview. '
            'In a second interview that evening, Ruiz went even further: "If they try, the whole quay will come down."',
            '"I do not think the harbour board can fix the pier this year,"',
            "went",
            '"If they try, the whole quay will come down."',
        ),
        (
            'Olam Trest said the ferry plan was "a waste of money," but he gave the mayor of Marlow some credit: '
            '"She has never hidden the costs from anyone."',
            'the ferry plan was "a waste of money,"',
            "gave",
            '"She has never hidden the costs from anyone."',
        ),
    ],
)
def test_a_colon_after_a_verb_of_its_own_opens_a_new_statement(
    nlp: Language, text: str, first: str, cue: str, second: str
) -> None:
    doc = nlp(text)
    assert [c for c, _ in statements(doc, "said")] == [first]
    assert [c for c, _ in statements(doc, cue)] == [second]
