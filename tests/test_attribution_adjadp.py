"""Stance adjectives and topic nouns that the cue list gained: each holds
or voices a view of what its complement names."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Farmers in Velden are hungry for cheaper diesel.", "hungry for", "cheaper diesel", "Farmers in Velden"),
        ("Residents were upset the bridge would close for a year.", "upset", "the bridge would close for a year", "Residents"),
        ("Mayor Dalen is hopeful about the new ferry line.", "hopeful about", "the new ferry line", "Mayor Dalen"),
    ],
)
def test_a_stance_adjective(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The union's message about the pension reform was blunt.", "message about", "the pension reform", "The union"),
        ("Renna Holt's allegation of fraud angered the minister.", "allegation of", "fraud", "Renna Holt"),
        ("The guild's campaign against the toll road began in May.", "campaign against", "the toll road", "The guild"),
    ],
)
def test_a_topic_noun(nlp: Language, text: str, cue: str, content: str, speaker: str) -> None:
    assert statements(nlp(text), cue) == [(content, speaker)]


def test_support_among_a_group_is_the_group_s_view_of_its_owner(nlp: Language) -> None:
    assert statements(nlp("Governor Tamsin's support among farmers has collapsed."), "support among") == [
        ("Governor Tamsin's", "farmers")
    ]


def test_support_among_a_group_needs_an_owner(nlp: Language) -> None:
    assert statements(nlp("Support among farmers has collapsed."), "support among") == []


def test_determined_to_states_no_view(nlp: Language) -> None:
    assert statements(nlp("The Ortav council is determined to finish the pier."), "determined") == []
