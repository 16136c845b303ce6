"""Quotes whose speaker or shape the parser misreads (helper quote14)."""

from __future__ import annotations

import pytest
from test_attribution_frames import statements

from rashomon.nlp import load_pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a name the parser reads as a modal verb before the cue
        (
            "The harbour plan will raise rents for everyone who lives near the water. \"The council has never "
            "once asked the fishermen what they need from the port, and it shows,\" Will wrote.",
            "wrote",
            "Will",
        ),
    ],
)
def test_name_between_quote_and_verb(nlp, text, cue, speaker):
    found = statements(nlp(text), cue)
    assert found and found[0][1] == speaker
    assert found[0][0].startswith('"The council') and found[0][0].endswith('shows,"')


def test_name_before_a_set_off_aside(nlp):
    # the name after the quote, an aside between commas, then the cue with no subject
    text = (
        "Few on the quay were cheering.\n\n\u201cWe have seen far better seasons than this one,\u201d harbour master "
        "Ilse Varnholt, holding a soaked map and a \u201cSave the Pier\u201d badge, said matter-of-factly as the rain fell."
    )
    found = statements(nlp(text), "said")
    assert found == [("\u201cWe have seen far better seasons than this one,\u201d", "harbour master Ilse Varnholt")]
