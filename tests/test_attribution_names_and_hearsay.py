"""A group's name is no statement ("a group calling itself the Red Hand"),
"said to" right after a thing is hearsay, not the thing speaking, and a
comma the parser hung on one of a verb's two subjects still sets it off.
Fictional sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_the_name_a_group_goes_by_is_no_statement(nlp: Language) -> None:
    doc = nlp("A group calling itself the Red Hand said it had planted the device near the depot.")
    assert statements(doc, "calling") == []
    assert statements(doc, "said") == [("it had planted the device near the depot", "A group calling itself the Red Hand")]


def test_what_someone_calls_himself_is_still_his_statement(nlp: Language) -> None:
    doc = nlp("Pell called himself a victim of the press.")
    assert statements(doc, "called") == [("himself a victim of the press", "Pell")]


def test_said_to_after_a_thing_is_hearsay_not_the_thing_speaking(nlp: Language) -> None:
    doc = nlp("A ledger said to list every shipment of the firm is being offered for sale, an archivist said on Monday.")
    assert [speaker for _, speaker in statements(doc, "said")] == ["an archivist"]


def test_said_to_after_a_person_keeps_its_speaker(nlp: Language) -> None:
    doc = nlp("The spokesman said to expect delays at the border.")
    assert [speaker for _, speaker in statements(doc, "said")] == ["The spokesman"]


def test_a_subject_set_off_by_a_comma_the_parser_hung_on_it_is_not_the_speaker(nlp: Language) -> None:
    doc = nlp("Harl Freight admitted on Monday that hackers had stolen customer data, a week after its spokesman said there was no evidence of a breach.")
    assert [speaker for _, speaker in statements(doc, "said")] == ["its spokesman"]


def test_not_wanting_to_be_named_is_no_statement(nlp: Language) -> None:
    doc = nlp("A firefighter in Dresk, who did not want to be named, said two of the fires had started at night.")
    assert statements(doc, "want") == [] and statements(doc, "did not want") == []
    assert [speaker for _, speaker in statements(doc, "said")] == ["A firefighter in Dresk, who did not want to be named"]
