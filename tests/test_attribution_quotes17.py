"""A writer's aside after a quote closed with a comma inside its marks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a participle after the quote
        ('The mayor of Kestle called the new toll "a plain scandal," pointing to the fares on the old ferry.', 'the new toll "a plain scandal,"'),
        # a relative clause after the quote
        ('Ana Dorn called the bridge plan "a gift to nobody," which the council denied.', 'the bridge plan "a gift to nobody,"'),
    ],
)
def test_aside_after_comma_quote_is_not_content(nlp: Language, text: str, content: str) -> None:
    assert [found for found, _ in statements(nlp(text), "called")] == [content]



def test_subordinator_with_participle_after_comma_quote_is_not_content(nlp: Language) -> None:
    doc = nlp('Ana Dorn said the toll was "a plain scandal," while visiting the harbour in Kestle.')
    assert statements(doc, "said") == [('the toll was "a plain scandal,"', "Ana Dorn")]
