"""Quotes no verb reaches: a sentence that goes on with the quote before it,
a bracketed source, a noun before a colon (fictional sentences)."""

from __future__ import annotations

from rashomon.attribution import extract


def _parts(doc, record) -> list[str]:
    text = doc.text
    return [text[a:b] for a, b in record.content_parts or [record.content_span]]


def test_sentence_ending_in_a_quote_goes_on_with_the_quote_before(nlp) -> None:
    text = (
        "The harbour board met on Monday.\n\n"
        '"The crews grumbled for weeks after the vote," said Ilse Marrow, head of the ferry guild in Orvala. '
        'Now, "most of the crews think the toll is fair and will stay."'
    )
    doc = nlp(text)
    [record] = [r for r in extract(doc) if r.cue == "said"]
    assert _parts(doc, record) == [
        '"The crews grumbled for weeks after the vote,"',
        'Now, "most of the crews think the toll is fair and will stay."',
    ]


def test_sentence_opening_with_that_keeps_the_quote_before(nlp) -> None:
    # "That" opens the next sentence here: it is no "that" clause of the cue
    text = (
        '"He mended my nets for nothing," Olam Trest has said while touring the coast. '
        'That makes him "the most generous skipper on the whole of the coast."'
    )
    doc = nlp(text)
    [record] = [r for r in extract(doc) if r.cue == "said"]
    assert _parts(doc, record)[0] == '"He mended my nets for nothing,"'
    assert _parts(doc, record)[-1].startswith("That makes him")


def test_quote_sentence_after_an_unquoted_statement_stays_apart(nlp) -> None:
    # after an indirect statement the gold marks such a sentence on its own as often as not
    text = 'Ilse Marrow said the toll was fair. Now, "most of the crews on the harbour agree with her."'
    doc = nlp(text)
    [record] = [r for r in extract(doc) if r.cue == "said"]
    assert _parts(doc, record) == ["the toll was fair"]


def test_quote_sentence_after_another_sentence_stays_apart(nlp) -> None:
    text = (
        '"The nets came back empty again," said Ilse Marrow, a captain. Pia Olt runs the ferry. '
        'Now, "most of the crews agree with the board."'
    )
    doc = nlp(text)
    [record] = [r for r in extract(doc) if r.cue == "said"]
    assert _parts(doc, record) == ['"The nets came back empty again,"']


def test_bracketed_source_speaks_the_quote(nlp) -> None:
    text = (
        "FERRY FARES TO RISE AGAIN "
        '"The new fares will take effect in May and cover the cost of the second boat." [Velden Courier.]\n\n'
        "More news tomorrow."
    )
    doc = nlp(text)
    [record] = [r for r in extract(doc) if r.content_span[0] == text.index('"The new')]
    assert record.speaker_text == "Velden Courier"
    assert doc.text[record.content_span[0] : record.content_span[1]].endswith('second boat."')


def test_bracketed_note_is_no_source(nlp) -> None:
    text = 'The mayor spoke for an hour. "We will never close the harbour to the ferries." [Applause.]\n\nThen she left.'
    doc = nlp(text)
    assert not any(r.speaker_text == "Applause" for r in extract(doc))


def test_noun_before_colon_sets_out_the_quote(nlp) -> None:
    text = (
        "The mayor of Orvala did not attend the vote. "
        'From the mayor\'s letter: "We cannot back a toll that splits the harbour towns in two."'
    )
    doc = nlp(text)
    [record] = [r for r in extract(doc) if r.cue == ":"]
    assert record.speaker_text == "the mayor"
    assert doc.text[record.content_span[0] : record.content_span[1]].startswith('"We cannot')


def test_noun_before_colon_without_owner_names_no_speaker(nlp) -> None:
    text = (
        "At every stop she promised lower fares. "
        'Then, the punch line: "The ferry is so slow that the gulls overtake it every morning."'
    )
    doc = nlp(text)
    [record] = [r for r in extract(doc) if r.cue == ":"]
    assert record.speaker_span is None


def test_verb_inside_another_quote_is_no_cue(nlp) -> None:
    # "think" is the asker's quoted word, not a verb that speaks the quote before it
    text = 'Ana Ruiz took the floor. "Is the ferry late again?" . . . "Will the fares rise, do you think?"'
    doc = nlp(text)
    records = extract(doc)
    assert not any(r.cue == "think" for r in records)
    assert [r.speaker_text for r in records if r.content_span[0] == text.index('"Is')] == ["Ana Ruiz"]
