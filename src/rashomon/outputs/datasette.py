"""Datasette metadata for a case store, keyed by the store's file name.

    python -m rashomon.outputs.datasette case.db > metadata.json
    datasette case.db --metadata metadata.json
"""

from __future__ import annotations

import json
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

DEFAULT_KEY = "rashomon"


def metadata(db_path: str | None = None) -> dict[str, Any]:
    """The bundled metadata, with its database re-keyed to ``db_path``'s stem (Datasette's name for it)."""
    data: dict[str, Any] = yaml.safe_load((files("rashomon") / "data" / "datasette-metadata.yaml").read_text(encoding="utf-8"))
    if db_path:
        data["databases"] = {Path(db_path).stem: data["databases"].pop(DEFAULT_KEY)}
    return data


if __name__ == "__main__":
    json.dump(metadata(sys.argv[1] if len(sys.argv) > 1 else None), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
