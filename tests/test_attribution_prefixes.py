"""Articles are untrusted and often cut short: the stage must read any
prefix of a text without failing, and every span it returns must lie in the
text. Each fictional text below is cut after every one of its tokens, so a
rule that looks one token past a word it matched meets the end of the text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.attribution import extract

TEXTS = [
    'Mayor Dana Verho did not say when. "We will see," she said, "and soon."',
    "When the host pointed out that Ana had not answered, the candidate said families of victims file lawsuits.",
    "Sen. Ilsa Varn (a teacher so young she is taken for an aide) says she was adrift, he said.",
    "Verho sent a note saying, once the bridge reopens, the ferry will stop running.",
    "In a Vale poll, 38 percent said they would vote; according to the poll, 40 percent said no.",
    "Tomas Brennick had nothing bad to say about the levy, and spoke with the Courier about the plan.",
    '"We have had better weeks," harbour master Ana Dorn, holding a map, said quietly.',
    "The fund ran dry: the mayor did not explain why, and she walked back the remark.",
    "Officials allegedly ignored the warning, reports surfaced that the pier was unsafe.",
    "The council's claim that the ferry was safe, which Verho called a mistake, was denied by the port.",
    "« Nous restons », a dit Verho. ‘It leaks,’ wrote Will.",
    "Asked whether the levy would pass, Brennick, who backs it, said yes - and Varn said no.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_prefix_of_a_text_is_read_without_failing(nlp: Language, text: str) -> None:
    whole = nlp(text)
    for end in range(1, len(whole) + 1):
        prefix = whole[:end].text
        for statement in extract(nlp(prefix)):
            spans = [statement.content_span, statement.cue_span, statement.speaker_span, *statement.content_parts]
            for span in spans:
                if span is not None:
                    assert 0 <= span[0] < span[1] <= len(prefix), (prefix, statement)
