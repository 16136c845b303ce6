"""Pronoun speakers whose antecedent is not the nearest name: a group that just
spoke, and a document whose date the parser hung a "which" on. Every sentence
is invented (rashomon.attribution.speakers, rashomon.actors.mentions, within)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.actors import ActorIndex, mentions_from_doc, resolve_document
from rashomon.attribution import extract
from rashomon.model import Attribution

from test_attribution_speakers import text_of

pytestmark = pytest.mark.slow

TOURISTS = ("Two Velmish tourists who were on the quay told the Harbour Courier that they had seen no fight. "
            "\u00abWe were standing by the rope and people were singing,\u00bb they said.")


def speakers(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    """(speaker as written, actor name or None) of every statement found."""
    attributions = extract(nlp(text))
    index = ActorIndex()
    found = resolve_document("d", mentions_from_doc(nlp(text), attributions), index).speakers()
    names = [index.get(found[i] or "") for i in range(len(attributions))]
    return [(a.speaker_text, n.name if n is not None else None) for a, n in zip(attributions, names)]


def test_they_after_a_quote_is_the_group_that_spoke_not_the_outlet_it_told(nlp: Language) -> None:
    quoted = next(a for a in extract(nlp(TOURISTS)) if a.speaker_text == "they")
    assert text_of(TOURISTS, quoted.speaker_antecedent_span) == "Two Velmish tourists who were on the quay"


def test_they_of_an_unnamed_group_joins_no_name_inside_it(nlp: Language) -> None:
    # the group has no name, so neither the outlet nor the nationality inside it speaks
    assert ("they", None) in speakers(nlp, TOURISTS)


def test_which_after_a_documents_date_is_the_document_not_the_date(nlp: Language) -> None:
    # the parser hangs "which" on "4 October"; the mention's own antecedent must climb to the statement
    text = ("The account is hard to square with the Velmar Harbour Board\u2019s statement of 4 October, "
            "which said the guards moved in only after a fight at the gate.")
    start = text.index("which")
    said = Attribution((start + 11, len(text) - 1), "said", "assert", "indirect", speaker_span=(start, start + 5),
                       speaker_text="which", source_kind="pronoun")
    mention = next(m for m in mentions_from_doc(nlp(text), [said]) if m.attribution == 0)
    assert text_of(text, mention.antecedent_span) == "statement"
