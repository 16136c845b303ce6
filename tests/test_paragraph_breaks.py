"""A line break ends a sentence before the parser runs (rashomon.nlp.paragraph_breaks)."""

from __future__ import annotations

from spacy.language import Language

from rashomon.nlp import PARAGRAPHS

# Without the component the parser opens the last paragraph's sentence with
# the quote mark that closes the one before, so that sentence runs over the
# break: '"\n\nThe council votes on Tuesday.'
THREE_PARAGRAPHS = '"We will rebuild the pier," Marlow said.\n\n"Nobody should doubt it."\n\nThe council votes on Tuesday.'


def sentences(nlp: Language, text: str, *, component: bool = True) -> list[str]:
    if component:
        return [s.text for s in nlp(text).sents]
    with nlp.select_pipes(disable=[PARAGRAPHS]):
        return [s.text for s in nlp(text).sents]


def test_the_component_runs_before_the_parser(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index(PARAGRAPHS) < names.index("parser")


def test_no_sentence_runs_over_a_paragraph_break(nlp: Language) -> None:
    found = sentences(nlp, THREE_PARAGRAPHS)
    assert found == [
        '"We will rebuild the pier," Marlow said.\n\n',
        '"Nobody should doubt it."\n\n',
        "The council votes on Tuesday.",
    ]
    assert all("\n" not in s.strip() for s in found)


def test_the_parser_alone_runs_over_the_break(nlp: Language) -> None:
    """The case the component exists for: without it, the closing quote opens
    a sentence that crosses the break (if a new model stops doing this, the
    component is still harmless, but this test says so)."""
    assert any("\n" in s.strip() for s in sentences(nlp, THREE_PARAGRAPHS, component=False))


def test_a_quote_mark_ending_a_paragraph_closes_its_sentence(nlp: Language) -> None:
    text = 'Ana Ruiz spoke first. "Not now, not ever."\n\nShe said the board had ignored the warnings.'
    found = sentences(nlp, text)
    assert '"Not now, not ever."\n\n' in found
    assert found[-1] == "She said the board had ignored the warnings."


def test_a_single_line_break_is_a_boundary_too(nlp: Language) -> None:
    doc = nlp("Council delays the ferry vote\nThe harbour board said the vote would wait until May.")
    assert [t.text for t in doc if t.is_sent_start][:2] == ["Council", "The"]


def test_text_without_line_breaks_is_left_to_the_parser(nlp: Language) -> None:
    text = "Officials said the pier would close. The ferry will run until May, he said."
    assert sentences(nlp, text) == sentences(nlp, text, component=False)


def test_a_hard_wrapped_line_going_on_in_lower_case_is_no_boundary(nlp: Language) -> None:
    doc = nlp("Senator Olam Trest, who has called the plan a hate\ncrime, said the vote would fail.")
    assert len(list(doc.sents)) == 1
