"""The temporal stage: time expressions, publication dates and statement dates."""

from __future__ import annotations

from .tagger import tag

__all__ = ["tag"]
