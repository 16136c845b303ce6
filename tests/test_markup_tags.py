"""Markup tags left in an article: one token each, never a speaker or a quote."""

from rashomon.attribution import extract
from rashomon.attribution.quotes import find_quotes
from rashomon.markup import is_tag, tag_spans
from rashomon.nlp import load_pipeline

EMBED = (
    "The mayor answered on social media.\n\n"
    '<tweet id="7712" author="@anadorn" datetime="2026-03-01">BREAKING: The ferry will run '
    "again on Monday, the harbour board says.</tweet>\n\n"
    "Critics were unconvinced."
)


def test_tag_spans_need_attribute_values():
    assert tag_spans('a <b>bold</b> and <a href="x">link</a>') == [(2, 5), (9, 13), (18, 30), (34, 38)]
    assert tag_spans("if a <b and c> d holds") == []
    assert is_tag('<tweet id="1"/>') and not is_tag("<3")


def test_each_tag_is_one_token_and_the_text_is_kept():
    doc = load_pipeline()(EMBED)
    assert doc.text == EMBED
    tags = [t for t in doc if is_tag(t.text)]
    assert [t.text for t in tags] == ['<tweet id="7712" author="@anadorn" datetime="2026-03-01">', "</tweet>"]
    assert all(t.is_sent_start for t in tags)  # a paragraph's embed is set off
    assert doc[tags[0].i + 1].is_sent_start


def test_a_tag_inside_a_paragraph_stays_in_its_sentence():
    doc = load_pipeline()('Critics were unconvinced, <a href="http://x.org/a">the Courier reported</a> on Friday.')
    assert len(list(doc.sents)) == 1


def test_attribute_values_are_no_quotes():
    assert find_quotes(EMBED) == []


def test_the_tag_is_no_speaker_and_the_embed_is_read():
    doc = load_pipeline()(EMBED)
    found = {(EMBED[slice(*a.speaker_span)] if a.speaker_span else None, a.cue) for a in extract(doc)}
    assert ("the harbour board", "says") in found
    assert not any(speaker and "<" in speaker for speaker, _ in found)


def test_a_speaker_mention_sheds_the_tags_around_it():
    text = "<b>Ana Dorn</b> said the ferry was safe."
    (found,) = extract(load_pipeline()(text))
    assert text[slice(*found.speaker_span)] == "Ana Dorn"
