"""A pronoun speaker after what it reports: "The authority has opened an
inquiry into the breach at Oltmark, it said" is the authority speaking,
though it is named inside the content. Fictional."""

from __future__ import annotations

from spacy.language import Language

from rashomon.actors import ActorIndex, mentions_from_doc, resolve_document
from rashomon.attribution import extract


def speaker_names(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    attributions = extract(doc)
    index = ActorIndex()
    speakers = resolve_document("d", mentions_from_doc(doc, attributions), index).speakers()
    return {text[a.content_span[0]:a.content_span[1]]: (actor.name if (actor := index.get(speakers[n] or "")) else None)
            for n, a in enumerate(attributions)}


def test_it_after_the_content_is_the_subject_of_what_it_reports(nlp: Language) -> None:
    text = ("Oltmark Telecom said on Monday that no customer data had been taken. "
            "The Communications Authority has opened an inquiry into the breach at Oltmark Telecom, it said on Tuesday.")
    names = speaker_names(nlp, text)
    assert names["The Communications Authority has opened an inquiry into the breach at Oltmark Telecom"] == "Communications Authority"
    assert names["that no customer data had been taken"] == "Oltmark Telecom"



def test_local_officials_named_once_are_their_role_later(nlp: Language) -> None:
    text = ("Ann Bell, the county coroner, said the toll had risen to four. The coroner said two people were missing. "
            "Fire chief Rosa Ekwe said the order went out at 3 p.m. The fire chief said crews were on the ridge.")
    names = speaker_names(nlp, text)
    assert names["two people were missing"] == "Ann Bell"
    assert names["crews were on the ridge"] == "Rosa Ekwe"
