"""Near-duplicate documents (syndicated wire copy, light re-edits).

Each text becomes a set of word 5-gram shingles; MinHash signatures with
locality-sensitive banding propose candidate pairs, and each candidate is
confirmed on the exact shingle sets by containment (share of the smaller
text found in the larger one), so a wire story with an outlet's own header
and footer still matches its source.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

SHINGLE_WORDS = 5
PERMUTATIONS = 64
BANDS = 16  # 16 bands x 4 rows: pairs with Jaccard >= ~0.5 are almost always proposed
CONTAINMENT = 0.8
MIN_SHINGLES = 8  # a two-line text is too short to call a copy
_PRIME = 4294967311  # > 2**32
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    grams = (" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(len(words) - SHINGLE_WORDS + 1, 0)))
    return {zlib.crc32(g.encode("utf-8")) for g in grams}


def _signature(hashes: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if hashes.size == 0:
        return np.full(PERMUTATIONS, _PRIME, dtype=np.uint64)
    return ((np.outer(a, hashes) + b[:, None]) % _PRIME).min(axis=1)


# A wire credit in the dateline: "VELMORA, March 4 (Northline) - ...".
_CREDIT = re.compile(r"\(([A-Z][\w.&' ]{1,40})\)\s*[-\u2013\u2014:]")
CREDIT_WINDOW = 300  # characters: the dateline opens the story


def credits_another_outlet(text: str, outlet: str | None) -> bool:
    """Does the text credit a source that is not its own outlet (a syndicated copy)?"""
    own = (outlet or "").lower()
    return any(m.group(1).lower() not in own for m in _CREDIT.finditer(text[:CREDIT_WINDOW]))


def original_first(documents: Sequence[tuple[str | None, str, str | None]]) -> list[int]:
    """Indices of (published, text, outlet) in the order to pass to
    :func:`find_duplicates`, so that the original wins over its copies:
    published earlier, then not crediting another outlet's wire, then the
    longer text (copies trim). Undated documents come last."""
    def key(i: int) -> tuple[str, bool, int, int]:
        published, text, outlet = documents[i]
        return (published or "9999", credits_another_outlet(text, outlet), -len(text), i)
    return sorted(range(len(documents)), key=key)


def find_duplicates(texts: Sequence[str], threshold: float = CONTAINMENT) -> list[int | None]:
    """For each text, the index of the earlier text it copies, else ``None``.

    Texts are taken in the order given (pass them originals first, see
    :func:`original_first`); a copy of a copy points at the first of the chain.
    """
    rng = np.random.default_rng(20260304)  # fixed: the same input gives the same answer
    a = rng.integers(1, 2**31, PERMUTATIONS, dtype=np.uint64)
    b = rng.integers(0, 2**31, PERMUTATIONS, dtype=np.uint64)
    sets = [shingles(t) for t in texts]
    rows = PERMUTATIONS // BANDS
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    candidates: dict[int, set[int]] = defaultdict(set)
    for i, s in enumerate(sets):
        if len(s) < MIN_SHINGLES:
            continue
        signature = _signature(np.fromiter(s, dtype=np.uint64, count=len(s)), a, b)
        for band in range(BANDS):
            key = (band, signature[band * rows : (band + 1) * rows].tobytes())
            candidates[i].update(buckets[key])
            buckets[key].append(i)
    duplicate_of: list[int | None] = [None] * len(texts)
    for i in range(len(texts)):
        for j in sorted(candidates.get(i, ())):
            smaller = min(len(sets[i]), len(sets[j]))
            if len(sets[i] & sets[j]) / smaller >= threshold:
                root = duplicate_of[j]
                duplicate_of[i] = j if root is None else root
                break
    return duplicate_of
