"""Export formats by name. ``rashomon export --format NAME`` calls ``write``."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import IO

from ..store import Store
from . import export_json

Writer = Callable[[Store, IO[str], bool], None]


def write_json(store: Store, out: IO[str], with_text: bool) -> None:
    json.dump(export_json.export(store, with_text), out, ensure_ascii=False, indent=2)
    out.write("\n")


FORMATS: dict[str, Writer] = {"json": write_json}


def write(fmt: str, store: Store, out: IO[str], with_text: bool = False) -> None:
    FORMATS[fmt](store, out, with_text)


__all__ = ["FORMATS", "write"]
