"""Where an indirect content ends: an infinitive the parser hung on the cue
belongs to the noun that was said, and a ", which ..." aside after that noun
is the writer's."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import parsed

from rashomon.attribution import extract, load_cues
from rashomon.attribution.frames import infinitive_after, object_range

pytestmark = pytest.mark.slow


def contents(nlp: Language, text: str, cue: str) -> list[str]:
    return [text[a.content_span[0] : a.content_span[1]] for a in extract(nlp(text)) if a.cue == cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the parser hangs the noun's infinitive on the cue
        ("The mayor condemned the council's repeated calls to close the harbour.", "condemned",
         "the council's repeated calls to close the harbour"),
        ("Vendel backed the rights of farmers to sell their grain abroad.", "backed",
         "the rights of farmers to sell their grain abroad"),
        ("The mayor called for a new law to protect the wetlands.", "called for", "a new law to protect the wetlands"),
        # and the verb's "as" after a phrase cue's object
        ("Vendel referred to the strikers as heroes.", "referred to", "the strikers as heroes"),
        # up to a reporting verb coordinated with it
        ("Orla Brandt criticised the calls to close the port and praised the plan to build a bridge.", "criticised",
         "the calls to close the port"),
        # a ", which ..." aside on the noun is not part of what was said
        ("The senator denounced the levy, which passed in May.", "denounced", "the levy"),
        ("Tomas Reyle lashed out at the new levy, which took effect in March.", "lashed out at", "the new levy"),
    ],
)
def test_noun_phrase_content_bounds(nlp: Language, text: str, cue: str, content: str) -> None:
    assert contents(nlp, text, cue) == [content]


def test_reporting_infinitive_stays_its_own_statement(nlp: Language) -> None:
    # "to discuss" is a statement of its own, not part of whom the mayor met
    assert contents(nlp, "The mayor met the union leaders to discuss the strike.", "discuss") == ["the strike"]


def test_gerund_hung_on_the_cue_joins_its_object(nlp: Language) -> None:
    # the parser rarely hangs a gerund on the cue in a short sentence: set the parse by hand
    doc = parsed("""
        Vendel 1 nsubj PROPN NNP Vendel
        blasted 1 ROOT VERB VBD blast
        the 3 det DET DT the
        cuts 1 dobj NOUN NNS cut
        hurting 1 advcl VERB VBG hurt
        farmers 4 dobj NOUN NNS farmer
        , 1 punct PUNCT , ,
        citing 1 advcl VERB VBG cite
        a 9 det DET DT a
        study 7 dobj NOUN NN study
    """)
    cues = load_cues()
    assert infinitive_after(doc[1], 4, cues) == doc[4]
    assert object_range(doc, doc[1], doc[3], cues) == [(2, 6)]  # not ", citing a study" after the comma
