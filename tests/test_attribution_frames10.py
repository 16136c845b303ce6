"""A gerund with no subject that takes a stance on its object."""

from __future__ import annotations

from spacy.language import Language
from test_attribution_frames import statements


def test_a_subjectless_gerund_states_its_object(nlp: Language) -> None:
    text = "Criticizing the harbour board for the delays will not win Pellam any votes."
    assert statements(nlp(text), "Criticizing") == [("the harbour board for the delays", None)]


def test_a_subjectless_gerund_of_a_plain_report_is_no_statement(nlp: Language) -> None:
    assert statements(nlp("Publishing the harbour accounts took the clerks a week."), "Publishing") == []


def test_what_one_is_assured_of(nlp: Language) -> None:
    found = statements(nlp("With 40 seats in play, Vessa Orin is assured of winning at least 12."), "assured of")
    assert [content for content, _ in found] == ["winning at least 12"]


def test_arguing_in_favor_of(nlp: Language) -> None:
    text = "Mayor Tal Brenno argued in favor of a second bridge over the Lusk."
    assert statements(nlp(text), "argued in favor of") == [("a second bridge over the Lusk", "Mayor Tal Brenno")]


def test_a_subjectless_gerund_describing_its_object(nlp: Language) -> None:
    text = "There is little point in describing the ferry plan as a fraud."
    assert statements(nlp(text), "describing") == [("the ferry plan as a fraud", None)]
