"""What a quote in parts claims: the speaker, the cue and a sentence of
attribution between the parts are blanked; a paraphrase between them stays.
Fictional sentences."""

from __future__ import annotations

import json

from rashomon.claims_stage import _without_attribution


def row(text: str, parts: list[str], speaker: str, cue: str) -> dict[str, object]:
    spans = [(text.index(p), text.index(p) + len(p)) for p in parts]
    start, end = spans[0][0], spans[-1][1]
    return {
        "doc_text": text, "content": text[start:end], "content_start": start, "content_end": end,
        "content_parts": json.dumps([list(s) for s in spans]),
        "speaker_start": text.index(speaker), "speaker_end": text.index(speaker) + len(speaker),
        "cue_start": text.index(cue), "cue_end": text.index(cue) + len(cue),
    }


def test_a_sentence_of_attribution_between_two_parts_is_blanked() -> None:
    text = '"The bridge was safe," the firm\'s director, Emil Sand, told a news conference. "Nobody told us of cracks."'
    content = _without_attribution(row(text, ['"The bridge was safe,"', '"Nobody told us of cracks."'], "the firm's director, Emil Sand", "told"))
    assert " ".join(content.split()) == '"The bridge was safe," "Nobody told us of cracks."'


def test_a_paraphrase_between_two_parts_stays() -> None:
    text = 'Ammonia "will kill fish first", he said, and the rashes might have "another cause".'
    content = _without_attribution(row(text, ['Ammonia "will kill fish first"', '"another cause"'], "he", "said"))
    assert "the rashes might have" in content and " he " not in content
