"""Ingest: turn paths (files, folders, ``-`` for stdin) into DocumentRecords.

``read_inputs`` yields a record or an ``InputError`` per document, in input
order, so one bad file never stops the others.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from .readers import SUPPORTED, Result, read_jsonl, read_path

__all__ = ["read_inputs", "expand", "SUPPORTED"]


def expand(path: Path, skip: frozenset[Path] = frozenset()) -> Iterator[Path | InputError]:
    """A file, or every file below a folder (sorted; hidden files and the
    ``skip`` files, the case store's own, passed over)."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            relative = child.relative_to(path)
            if any(part.startswith(".") for part in relative.parts) or not child.is_file():
                continue
            if child.resolve() in skip:
                continue
            yield child
    elif path.exists():
        yield path
    else:
        yield InputError(str(path), "no such file or folder")


def read_inputs(
    paths: Iterable[str], overrides: dict[str, Any] | None = None, skip: frozenset[Path] = frozenset()
) -> Iterator[Result]:
    """``skip``: files a folder walk passes over (the store, kept beside its articles)."""
    overrides = overrides or {}
    for name in paths:
        if name == "-":
            yield from read_jsonl(sys.stdin.buffer, "<stdin>")
            continue
        for item in expand(Path(name), skip):
            if isinstance(item, InputError):
                yield item
            else:
                yield from read_path(item, overrides)
