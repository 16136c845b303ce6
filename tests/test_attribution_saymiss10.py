"""Plain speech verbs on broken parses: the subject of a list of verbs
whose first verb the parser made a clause of the second, and a verb
coordinated with its own subject noun."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_attribution_frames import statements

pytestmark = pytest.mark.slow


def test_the_list_subject_reaches_its_third_verb(nlp: Language) -> None:
    # the parse hangs "summed up" as a clause of "attacked", with the subject
    text = "Velden further summed up Orvala as “weak,” attacked her record as mayor and said she should not even be allowed to run for office."
    assert statements(nlp(text), "said") == [("she should not even be allowed to run for office", "Velden")]


def test_a_verb_coordinated_with_its_subject_noun(nlp: Language) -> None:
    # "chafed" hangs from the noun phrase and "said" from its head noun
    text = ("Other former officers with no direct knowledge of the case but with experience in war zones "
            "chafed at such second-guessing and said seeking help was the right course.")
    assert statements(nlp(text), "said") == [
        ("seeking help was the right course", "Other former officers with no direct knowledge of the case but with experience in war zones")
    ]
