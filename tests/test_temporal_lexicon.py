"""The time vocabulary is data a user can extend (RASHOMON_DATA)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rashomon.temporal import tag
from rashomon.temporal.lexicon import load_lexicon


@pytest.fixture
def user_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    (tmp_path / "time_words.yaml").write_text(
        "fixed_holidays:\n  founders' day: \"06-12\"\nmonths:\n  juli: 7\n", encoding="utf-8")
    monkeypatch.setenv("RASHOMON_DATA", str(tmp_path))
    load_lexicon.cache_clear()
    yield
    monkeypatch.delenv("RASHOMON_DATA")
    load_lexicon.cache_clear()


def test_user_file_adds_holidays_and_month_names(user_words: None) -> None:
    found = {x.text: x.value for x in tag("The Orlan parade on Founders' Day drew crowds; 3 Juli 2019.", "2024-05-01")}
    assert found["Founders' Day"] == "2024-06-12"
    assert found["3 Juli 2019"] == "2019-07-03"
    # The packaged entries are still there.
    assert load_lexicon().months["march"] == 3


def test_without_user_file_the_new_words_are_unknown() -> None:
    assert tag("The Orlan parade on Founders' Day drew crowds.", "2024-05-01") == []
