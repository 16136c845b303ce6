"""Direct speech where the parse goes wrong or the cue is unusual: an inverted
subject the parser misses, a sentence run on into the next paragraph, a
quote's own verb with no clause, verbs outside the lexicon."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from test_attribution_speakers import text_of

from rashomon.attribution import extract
from rashomon.model import Attribution

pytestmark = pytest.mark.slow


def reparsed(doc: Doc, changes: dict[str, tuple[str, str]]) -> Doc:
    """The same parse with some tokens re-attached ({word: (new head word,
    dep)}, first occurrences), to reproduce a parser's mistake."""
    words = [t.text for t in doc]
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for word, (head, dep) in changes.items():
        heads[words.index(word)] = words.index(head)
        deps[words.index(word)] = dep
    return Doc(
        doc.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in doc],
        heads=heads,
        deps=deps,
        pos=[t.pos_ for t in doc],
        tags=[t.tag_ for t in doc],
        lemmas=[t.lemma_ for t in doc],
        ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in doc],
    )


def quoted(text: str, items: list[Attribution], quote: str) -> Attribution:
    [item] = [i for i in items if text_of(text, i.content_span) == quote]
    return item


def test_quote_then_a_verb_outside_the_lexicon(nlp: Language) -> None:
    text = '"The harbour fees will double next year," Ana Ruiz beamed.'
    item = quoted(text, extract(nlp(text)), '"The harbour fees will double next year,"')
    assert (item.cue, item.speaker_text) == ("beamed", "Ana Ruiz")


def test_inverted_speaker_the_parser_gave_to_another_verb(nlp: Language) -> None:
    text = '"We lost the harbour and the boats with it," said Tomas Brevik, angered that the council ignored us.'
    doc = reparsed(nlp(text), {"Brevik": ("angered", "nsubj")})
    item = quoted(text, extract(doc), '"We lost the harbour and the boats with it,"')
    assert item.cue == "said" and text_of(text, item.speaker_span) == "Tomas Brevik"


def test_colon_after_any_verb_opens_a_quote(nlp: Language) -> None:
    text = 'The mayor was asked about the pier. As the engineer Tomas Brevik put it: "The pier will not survive another storm."'
    item = quoted(text, extract(nlp(text)), '"The pier will not survive another storm."')
    assert item.cue == "put" and text_of(text, item.speaker_span) == "the engineer Tomas Brevik"


def test_quote_goes_on_past_a_clause_the_speaker_adds(nlp: Language) -> None:
    # '"A," she said, adding that B. "C."': PolNeAR mostly joins C to A
    text = '"We will not close the school," she said, adding that the budget was tight. "Every child deserves a teacher nearby."'
    items = extract(nlp(text))
    said = next(i for i in items if i.cue == "said")
    assert [text_of(text, part) for part in said.content_parts] == [
        '"We will not close the school,"',
        '"Every child deserves a teacher nearby."',
    ]
    assert any(text_of(text, i.content_span) == "that the budget was tight" for i in items)


def test_quote_keeps_its_own_verb_beside_another_statement(nlp: Language) -> None:
    # the parser did not make the quote a clause of "said": the quote is still
    # Ada Vell's, not part of what Karl Ostrand claimed
    text = '"The vote was fair," Mayor Ada Vell said, as Karl Ostrand claimed the count was rigged.'
    doc = reparsed(nlp(text), {"was": ("said", "dep")})
    item = quoted(text, extract(doc), '"The vote was fair,"')
    assert item.cue == "said" and item.speaker_text == "Mayor Ada Vell"


def test_quote_after_a_sentence_run_on_into_the_next_paragraph(nlp: Language) -> None:
    # the parser joined "Ada Vell declared." to the next paragraph: the last
    # quote still goes on with "she continued", not with "declared"
    text = (
        '"The vote was fair and the count was clean," Ada Vell declared.\n\n'
        '"We checked every ballot twice," she continued. "Nobody can say otherwise."'
    )
    doc = nlp(text)
    continued = next(t for t in doc if t.text == "continued")
    doc = reparsed(doc, {"continued": ("declared", "parataxis"), "checked": ("continued", "dep")})
    assert doc[continued.i].sent.start == 0
    items = extract(doc)
    declared = next(i for i in items if i.cue == "declared")
    assert text_of(text, declared.content_span) == '"The vote was fair and the count was clean,"'
    went_on = next(i for i in items if i.cue == "continued")
    assert text_of(text, went_on.content_parts[-1]) == '"Nobody can say otherwise."'


def test_no_cue_from_a_sentence_run_on_into_the_next_paragraph(nlp: Language) -> None:
    text = 'Ana Ruiz spoke first. "We will rebuild the pier before the winter storms."\n\nThe council said the money was gone.'
    doc = nlp(text)
    doc = reparsed(doc, {"said": ("rebuild", "parataxis")})
    items = extract(doc)
    assert not any(i.speaker_text == "The council" and i.content_span[0] < text.index("\n") for i in items)


def test_words_before_a_cue_between_commas_go_with_a_quote_that_goes_on(nlp: Language) -> None:
    text = 'If the bridge closes in May, the mayor said, "the whole valley will be cut off from the coast."'
    items = extract(nlp(text))
    said = next(i for i in items if i.cue == "said")
    assert said.content_span == (0, len(text))
    assert text_of(text, said.content_parts[0]) == "If the bridge closes in May"


def test_a_quote_of_whole_sentences_after_such_a_cue_stands_alone(nlp: Language) -> None:
    text = 'After the vote in May, the mayor said, "The whole valley will be cut off from the coast."'
    said = next(i for i in extract(nlp(text)) if i.cue == "said")
    assert text_of(text, said.content_span) == '"The whole valley will be cut off from the coast."'


def test_quote_alone_in_its_paragraph_though_the_parse_runs_on(nlp: Language) -> None:
    text = (
        'Ana Ruiz spoke at the harbour. "We will rebuild the pier before the winter," she said.\n\n'
        '"Every family will get its boat back by the spring."\n\n'
        "The council met on Friday."
    )
    doc = reparsed(nlp(text), {"met": ("get", "parataxis")})
    said = next(i for i in extract(doc) if i.cue == "said")
    assert [text_of(text, part) for part in said.content_parts] == [
        '"We will rebuild the pier before the winter,"',
        '"Every family will get its boat back by the spring."',
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"Keep the gates open until dark," the warden urged them.',
        '"Not this year," Ana Ruiz said of the harbour fees.',
    ],
)
def test_a_quote_before_its_cue_leaves_out_what_follows_the_cue(nlp: Language, text: str) -> None:
    quote = text[: text.index('"', 1) + 1]
    item = next(i for i in extract(nlp(text)) if i.content_span[0] == 0)
    assert text_of(text, item.content_span) == quote


def test_a_title_before_the_cue_does_not_replace_what_was_said(nlp: Language) -> None:
    text = 'On "Morning Harbour," Ana Ruiz said that the fees would double.'
    said = next(i for i in extract(nlp(text)) if i.cue == "said")
    assert text_of(text, said.content_span).endswith("that the fees would double")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "The mayor backed the plan, which Ana Ruiz called \"a gift to the harbour.\"",
            "which Ana Ruiz called \"a gift to the harbour.\"",
        ),
        ('Most of the money went to a fund she calls "the harbour chest."', 'a fund she calls "the harbour chest."'),
    ],
)
def test_a_quote_naming_the_object_of_a_relative_clause_takes_it(nlp: Language, text: str, named: str) -> None:
    called = next(i for i in extract(nlp(text)) if i.cue in ("called", "calls"))
    assert text_of(text, called.content_span) == named


def test_a_lower_case_quote_takes_the_words_between_it_and_its_cue(nlp: Language) -> None:
    text = 'Ana Ruiz rallied the fishermen, pledging to "rebuild every pier before the winter."'
    doc = reparsed(nlp(text), {"rebuild": ("rallied", "advcl")})  # the clause torn from its verb
    pledging = next(i for i in extract(doc) if i.cue == "pledging")
    assert text_of(text, pledging.content_span) == 'to "rebuild every pier before the winter."'


def test_a_setting_between_the_cue_and_a_lower_case_quote_is_left_out(nlp: Language) -> None:
    text = 'Ana Ruiz rallied the fishermen, pledging again "to rebuild every pier before the winter."'
    doc = reparsed(nlp(text), {"rebuild": ("rallied", "advcl")})
    pledging = next(i for i in extract(doc) if i.cue == "pledging")
    assert text_of(text, pledging.content_span) == '"to rebuild every pier before the winter."'
