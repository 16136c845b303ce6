"""A gerund with no subject that takes a stance on its object."""

from __future__ import annotations

from spacy.language import Language
from test_attribution_frames import statements


def test_a_subjectless_gerund_states_its_object(nlp: Language) -> None:
    text = "Criticizing the harbour board for the delays will not win Pellam any votes."
    assert statements(nlp(text), "Criticizing") == [("the harbour board for the delays", None)]


def test_a_subjectless_gerund_of_a_plain_report_is_no_statement(nlp: Language) -> None:
    assert statements(nlp("Publishing the harbour accounts took the clerks a week."), "Publishing") == []
