"""The cue lexicon loads, and the user extends it by argument or environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.attribution.lexicon import NON_SPEECH_CLASSES, load_cues
from rashomon.errors import UsageError

SPEECH_CLASSES = {"assert", "deny", "confirm", "admit", "retract", "accuse", "question", "promise", "report"}


def test_lexicon_bundled_classes() -> None:
    cues = load_cues()
    assert cues.verbs["say"] == "assert"
    assert cues.verbs["deny"] == "deny"
    assert cues.verbs["retract"] == "retract"
    assert cues.verbs["think"] in NON_SPEECH_CLASSES
    assert cues.nouns["denial"] == "deny"
    assert cues.phrases[("according", "to")] == "report"
    assert ("allegedly",) in cues.hedges
    assert SPEECH_CLASSES <= set(cues.verbs.values())


def test_lexicon_extra_file_argument(tmp_path: Path) -> None:
    extra = tmp_path / "cues.tsv"
    extra.write_text("# my cues\nharrumph\taccuse\tverb\nsay\treport\tverb\n", encoding="utf-8")
    cues = load_cues(extra)
    assert cues.verbs["harrumph"] == "accuse"
    assert cues.verbs["say"] == "report"  # later files override
    assert "harrumph" not in load_cues().verbs


def test_lexicon_extra_file_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text("grumble\taccuse\tverb\n", encoding="utf-8")
    monkeypatch.setenv("RASHOMON_CUES", str(extra))
    assert load_cues().verbs["grumble"] == "accuse"


def test_lexicon_copy_in_the_data_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # RASHOMON_DATA extends cues.tsv as it extends every other data file.
    (tmp_path / "cues.tsv").write_text("harrumph\taccuse\tverb\n", encoding="utf-8")
    monkeypatch.setenv("RASHOMON_DATA", str(tmp_path))
    assert load_cues().verbs["harrumph"] == "accuse"


def test_lexicon_bad_line_names_file_and_line(tmp_path: Path) -> None:
    extra = tmp_path / "bad.tsv"
    extra.write_text("say\tassert\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"bad.tsv:1"):
        load_cues(extra)


def test_lexicon_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        load_cues(tmp_path / "nowhere.tsv")
