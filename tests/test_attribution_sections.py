"""A long document is read in sections cut at paragraph breaks; each
statement keeps its offsets into the whole text."""

import rashomon.attribution as attribution
from rashomon.attribution import extract
from rashomon.attribution.sections import sections
from rashomon.nlp import load_pipeline

PARAGRAPHS = [
    '"The ferry will run on Monday," said Ana Dorn, the harbour master.',
    "According to the board, the levy stays in place until the spring.",
    "Critics said the plan was late, and Oren Vale denied that the pier was unsafe.",
    "The council's claim that fares would fall drew scorn from the guild.",
    "Ana Dorn said that Oren Vale had told her the pier was safe.",
]
TEXT = "\n\n".join(PARAGRAPHS * 3)


def statements(found, text):
    return [
        (text[slice(*a.content_span)], a.cue, text[slice(*a.speaker_span)] if a.speaker_span else None, a.parent)
        for a in found
    ]


def test_sections_end_at_paragraph_breaks():
    doc = load_pipeline()(TEXT)
    ranges = sections(doc, 40)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(doc)
    assert all(end - start <= 40 for start, end in ranges)
    assert all(a_end == b_start for (_, a_end), (b_start, _) in zip(ranges, ranges[1:]))
    assert all("\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_ for start, _ in ranges[1:])


def test_a_sectioned_document_gives_the_statements_of_the_whole(monkeypatch):
    doc = load_pipeline()(TEXT)
    whole = statements(extract(doc), TEXT)
    monkeypatch.setattr(attribution, "SECTION_TOKENS", 40)
    read = []
    whole_doc = attribution._extract
    monkeypatch.setattr(attribution, "_extract",
                        lambda part, cues, answers=True: read.append(len(part)) or whole_doc(part, cues, answers))
    assert statements(extract(doc), TEXT) == whole
    assert len(read) == len(sections(doc, 40)) > 3
    assert ("that the pier was unsafe", "denied", "Oren Vale", None) in whole
    nested = [s for s in whole if s[1] == "told"]
    assert len(nested) == 3 and all(whole[s[3]][1] == "said" for s in nested)  # linked across sections too
