"""Rashomon: who said what, when, and who contradicts whom, in the news."""

from __future__ import annotations

from typing import Any

from .errors import RashomonError

__version__ = "0.1.0"
__all__ = ["Case", "RashomonError", "__version__"]


def __getattr__(name: str) -> Any:
    # Lazy, so `import rashomon.errors` does not load spaCy and every stage.
    if name == "Case":
        from .api import Case

        return Case
    raise AttributeError(name)
