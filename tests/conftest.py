"""Shared fixtures: a temp store, fictional articles, and the spaCy pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from rashomon.nlp import load_pipeline

ARTICLE_ONE = """---
title: Ferry halted at Dunmore Quay
outlet: The Harbour Gazette
published: 2031-05-04
authors: [Ilse Marrow]
---
The ferry service to Kestle Island was halted on Monday after a hull crack was found.

"We will not sail until the inspectors are satisfied," said Tomas Brennick, the harbour master.

The operator denied that the crack had been reported a week earlier, according to a company statement.
"""

ARTICLE_TWO = """---
title: Island council questions ferry safety
outlet: Kestle Weekly
published: 2031-05-09
---
Councillor Anya Folau said the ferry had sailed with a known fault for days.

Tomas Brennick told reporters that the inspection would finish by Friday.
"""


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.md").write_text(ARTICLE_ONE, encoding="utf-8")
    (folder / "two.md").write_text(ARTICLE_TWO, encoding="utf-8")
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "case.db")


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The pipeline the tool runs, loaded once for the whole suite."""
    return load_pipeline()


@pytest.fixture
def sample_world(monkeypatch: pytest.MonkeyPatch):
    """The fictional countries and capitals of the sample corpus: names the
    recogniser does not know, so only the seats of power file tells them."""
    from rashomon.actors import lexicon as lexicon_module
    from rashomon.demo import sample_path

    monkeypatch.setenv("RASHOMON_DATA", str(sample_path() / "world"))
    lexicon_module.load_lexicon.cache_clear()
    yield
    monkeypatch.delenv("RASHOMON_DATA")
    lexicon_module.load_lexicon.cache_clear()
