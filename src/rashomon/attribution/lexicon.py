"""Reporting expressions and their cue classes, from ``data/cues.tsv``.

The user extends the lexicon with files of the same format: a ``cues.tsv``
in a directory named by ``RASHOMON_DATA`` (as for every other data file),
files named in ``RASHOMON_CUES``, or ``extra_cues`` (several joined by
``os.pathsep``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..errors import UsageError

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "cues.tsv"
KINDS = (
    "verb", "clause", "addressee", "raising", "noun", "topic", "voicing", "adjective", "setting", "phrase", "hedge", "unnamed",
    "organization", "label", "reception", "stance", "experiencer",
)
# Classes for beliefs, feelings, wishes and perception: attributions, not speech.
NON_SPEECH_CLASSES = frozenset({"believe", "feel", "want", "perceive"})


@dataclass
class Cues:
    """Lookup tables built from one or more cue files."""

    verbs: dict[str, str] = field(default_factory=dict)
    # verbs whose object is the addressee, not the statement ("told reporters")
    addressee_verbs: set[str] = field(default_factory=set)
    # verbs whose only content is a clause (not "continue to ...")
    clause_only: set[str] = field(default_factory=set)
    # verbs whose subject belongs to the statement, with no source ("X appears to ...")
    raising: set[str] = field(default_factory=set)
    nouns: dict[str, str] = field(default_factory=dict)
    # noun -> preposition -> class: the preposition's object is what the
    # noun's owner said or holds ("her criticism of the plan")
    topic_nouns: dict[str, dict[str, str]] = field(default_factory=dict)
    # adjective -> what follows it ("" for a clause, "to" for an infinitive,
    # else a preposition) -> class: "X is confident that", "X is critical of Y"
    adjectives: dict[str, dict[str, str]] = field(default_factory=dict)
    # verbs whose subject owns the reporting noun they take ("voiced concern")
    voicing: set[str] = field(default_factory=set)
    # nouns that attribute the clause an "in" phrase hangs on ("in her view")
    settings: dict[str, str] = field(default_factory=dict)
    # another preposition -> noun -> class, for a phrase opening its sentence
    # ("under state law, ...", "by the league's tally, ...")
    opening_settings: dict[str, dict[str, str]] = field(default_factory=dict)
    # phrase words -> class; phrases of several words only
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    # verb lemma -> the words that follow it in a phrase -> class
    verb_phrases: dict[str, dict[tuple[str, ...], str]] = field(default_factory=dict)
    # (verb, object noun) -> class: "verb" lines of two words, the verb
    # with that noun as its object, which is the statement ("accept nomination")
    object_phrases: dict[tuple[str, str], str] = field(default_factory=dict)
    hedges: dict[tuple[str, ...], str] = field(default_factory=dict)
    # (noun, preposition) of an "in" phrase -> class: the subject of the verb
    # it hangs on takes a side on the preposition's object ("rallied in support of")
    stances: dict[tuple[str, str], str] = field(default_factory=dict)
    # reaction noun -> verb lemma -> class: the verb's subject is what the
    # reaction is about ("the plan drew criticism")
    receptions: dict[str, dict[str, str]] = field(default_factory=dict)
    # feeling verbs whose object holds the feeling and whose subject is what
    # it is about ("the remark worried analysts") -> class
    experiencers: dict[str, str] = field(default_factory=dict)
    unnamed: set[str] = field(default_factory=set)
    organizations: set[str] = field(default_factory=set)
    # words that open a line with a colon without being a speaker ("Update:")
    labels: set[str] = field(default_factory=set)
    # look-ups asked for every verb of every text, remembered as they are made
    _keys: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False, compare=False)
    _longest_first: dict[str | None, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict, repr=False, compare=False)

    def add(self, expression: str, cue_class: str, kind: str) -> None:
        self._keys.clear()
        self._longest_first.clear()
        words = tuple(expression.lower().split())
        if kind in ("verb", "clause", "addressee", "raising") and len(words) == 1:
            self.verbs[words[0]] = cue_class
            if kind == "raising":
                self.raising.add(words[0])
            if kind == "addressee":
                self.addressee_verbs.add(words[0])
            if kind == "clause":
                self.clause_only.add(words[0])
        elif kind == "noun" and len(words) == 1:
            self.nouns[words[0]] = cue_class
        elif kind == "topic" and len(words) == 2:
            self.topic_nouns.setdefault(words[0], {})[words[1]] = cue_class
        elif kind == "adjective" and len(words) <= 2:
            self.adjectives.setdefault(words[0], {})[words[1] if len(words) == 2 else ""] = cue_class
        elif kind == "voicing":
            self.voicing.update(words)
        elif kind == "setting" and len(words) == 2:
            self.opening_settings.setdefault(words[0], {})[words[1]] = cue_class
        elif kind == "setting":
            self.settings[words[0]] = cue_class
        elif kind == "verb" and len(words) == 2:
            self.object_phrases[words[0], words[1]] = cue_class
            self.verb_phrases.setdefault(words[0], {})
        elif kind in ("phrase", "verb", "clause", "addressee", "noun"):
            self.phrases[words] = cue_class
            self.verb_phrases.setdefault(words[0], {})[words[1:]] = cue_class
        elif kind == "hedge":
            self.hedges[words] = cue_class
        elif kind == "stance" and len(words) == 3 and words[0] == "in":
            self.stances[words[1:]] = cue_class
        elif kind == "reception" and len(words) == 2:
            self.receptions.setdefault(words[1], {})[words[0]] = cue_class
        elif kind == "experiencer" and len(words) == 1:
            self.experiencers[words[0]] = cue_class
        elif kind == "unnamed":
            self.unnamed.update(words)
        elif kind == "organization":
            self.organizations.update(words)
        elif kind == "label":
            self.labels.update(words)

    def verb_key(self, lemma: str, form: str) -> str | None:
        """The lexicon entry for a verb: its lemma, or failing that its form
        without an inflection (the lemmatiser gives "hop" for "hoped")."""
        if (lemma, form) not in self._keys:
            self._keys[lemma, form] = self._verb_key(lemma, form)
        return self._keys[lemma, form]

    def _verb_key(self, lemma: str, form: str) -> str | None:
        if lemma in self.verbs or lemma in self.verb_phrases:
            return lemma
        for suffix in ("", "ed", "d", "ing", "es", "s"):
            if suffix and not form.endswith(suffix):
                continue
            stem = form[: len(form) - len(suffix)] if suffix else form
            for key in (stem, stem + "e"):  # "hoping" -> "hope"
                if key in self.verbs or key in self.verb_phrases:
                    return key
        return None

    def phrases_after(self, key: str | None) -> list[tuple[tuple[str, ...], str]]:
        """The words that follow a verb in its phrase cues, with their
        classes, longest first (so "make it clear" wins over "make it")."""
        if key not in self._longest_first:
            options = self.verb_phrases.get(key or "", {})
            self._longest_first[key] = sorted(options.items(), key=lambda item: -len(item[0]))
        return self._longest_first[key]

    def verb_class(self, token: Token) -> str | None:
        """The cue class of a verb token, if the lexicon knows it as a verb."""
        key = self.verb_key(token.lemma_.lower(), token.lower_)
        return self.verbs.get(key) if key else None

    def single_words(self) -> dict[str, str]:
        """Every one-word verb and noun cue with its class."""
        return {**self.nouns, **self.verbs}


def read_cue_file(path: Path, cues: Cues) -> None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("\t")]
        if len(parts) != 3 or parts[2] not in KINDS:
            raise UsageError(
                f"{path}:{number}: expected 'expression<TAB>class<TAB>kind' with kind one of "
                f"{', '.join(KINDS)}; see the header of {DATA_FILE.name}"
            )
        cues.add(*parts)


@lru_cache(maxsize=8)
def _load(paths: tuple[Path, ...]) -> Cues:
    cues = Cues()
    for path in paths:
        if not path.is_file():
            raise UsageError(f"cue file {str(path)!r} does not exist (check RASHOMON_CUES)")
        read_cue_file(path, cues)
    return cues


def load_cues(extra_cues: str | Path | None = None) -> Cues:
    """The bundled lexicon, then ``RASHOMON_DATA`` copies, ``RASHOMON_CUES`` files, ``extra_cues``."""
    paths = [DATA_FILE]
    data_dirs = [Path(d) for d in os.environ.get("RASHOMON_DATA", "").split(os.pathsep) if d]
    paths += [d / "cues.tsv" for d in data_dirs if (d / "cues.tsv").is_file()]
    from_env = os.environ.get("RASHOMON_CUES", "")
    paths += [Path(p) for p in from_env.split(os.pathsep) if p]
    if extra_cues:
        paths.append(Path(extra_cues))
    return _load(tuple(paths))
