"""The time vocabulary (month names, weekdays, units, holidays), read once from data.

``rashomon/data/time_words.yaml`` holds it. A user extends it the way every
stage's data is extended: a file of the same name in a directory named by
``RASHOMON_DATA`` (several separated by ``os.pathsep``); its mappings are
merged into the packaged ones and its lists appended.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "time_words.yaml"


@dataclass(frozen=True, eq=False)  # hashed by identity: caches key on it
class Lexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    day_parts: dict[str, str]
    number_words: dict[str, float]
    vague_amounts: frozenset[str]
    ordinals: dict[str, int]
    units: dict[str, str]
    frequencies: dict[str, str]
    references: dict[str, str]
    fixed_holidays: dict[str, tuple[int, int]]
    weekday_holidays: dict[str, tuple[int, int, int]]
    easter_holidays: dict[str, int]
    abbreviations: frozenset[str]
    future_cues: tuple[str, ...]
    past_cues: tuple[str, ...]
    present_cues: tuple[str, ...]
    deadline_words: tuple[str, ...]
    origin_words: tuple[str, ...]
    amount_words: tuple[str, ...]
    title_words: frozenset[str]


def alternation(words: object, abbreviations: bool = False) -> str:
    """A regex alternation of words, longest first.

    With ``abbreviations``, a word that begins another word of the list ("sept"
    of "september") may end in '.'.
    """
    unique = sorted(set(words), key=len, reverse=True)  # type: ignore[call-overload]
    parts = []
    for word in unique:
        escaped = re.escape(word).replace(r"\ ", r"\s+")
        if abbreviations and any(other != word and other.startswith(word) for other in unique):
            escaped += r"\.?"
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


LAST_WORD = re.compile(r"[A-Za-z]+$")


def closes_abbreviation(text: str, dot: int) -> bool:
    """The full stop at ``dot`` closes a capitalised abbreviation ("Sept.",
    "Sens.", "Col."), not a sentence."""
    word = LAST_WORD.search(text, max(0, dot - 12), dot)
    if word is None or not word.group(0)[0].isupper():
        return False
    lower = word.group(0).lower()
    abbreviations = load_lexicon().abbreviations
    return lower in abbreviations or (lower.endswith("s") and lower[:-1] in abbreviations)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            base[key].update(value)
        elif isinstance(value, list) and isinstance(base.get(key), list):
            base[key].extend(value)
        else:
            base[key] = value


def _user_files() -> list[Path]:
    directories = filter(None, os.environ.get("RASHOMON_DATA", "").split(os.pathsep))
    return [Path(d) / DATA_FILE.name for d in directories if (Path(d) / DATA_FILE.name).is_file()]


@lru_cache(maxsize=4)
def load_lexicon(path: Path = DATA_FILE) -> Lexicon:
    """Read the vocabulary file, with the user's additions (see the module docstring)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    for extra in _user_files():
        _merge(raw, yaml.safe_load(extra.read_text(encoding="utf-8")) or {})
    fixed = {}
    for name, month_day in raw["fixed_holidays"].items():
        month, day = str(month_day).split("-")
        fixed[name] = (int(month), int(day))
    return Lexicon(
        months={k: int(v) for k, v in raw["months"].items()},
        ambiguous_months=frozenset(raw["ambiguous_months"]),
        weekdays={k: int(v) for k, v in raw["weekdays"].items()},
        seasons=dict(raw["seasons"]),
        day_parts=dict(raw["day_parts"]),
        number_words={k: float(v) for k, v in raw["number_words"].items()},
        vague_amounts=frozenset(raw["vague_amounts"]),
        ordinals={k: int(v) for k, v in raw["ordinals"].items()},
        units=dict(raw["units"]),
        frequencies=dict(raw["frequencies"]),
        references=dict(raw["references"]),
        fixed_holidays=fixed,
        weekday_holidays={k: tuple(v) for k, v in raw["weekday_holidays"].items()},  # type: ignore[misc]
        easter_holidays={k: int(v) for k, v in raw["easter_holidays"].items()},
        abbreviations=frozenset(str(a) for a in raw.get("abbreviations", [])),
        future_cues=tuple(str(w) for w in raw.get("future_cues", [])),
        past_cues=tuple(str(w) for w in raw.get("past_cues", [])),
        present_cues=tuple(str(w) for w in raw.get("present_cues", [])),
        deadline_words=tuple(str(w) for w in raw.get("deadline_words", [])),
        origin_words=tuple(str(w) for w in raw.get("origin_words", [])),
        amount_words=tuple(str(w) for w in raw.get("amount_words", [])),
        title_words=frozenset(str(w) for w in raw.get("title_words", [])),
    )
