"""The temporal stage: time expressions, publication dates and statement dates.

    tag(text, published)            -> TimeExpressions with TIMEX3 values
    infer_published(text)           -> PartialDate (basis "inferred") or None
    date_statements(text, attributions, expressions, published) -> said_on per attribution
"""

from __future__ import annotations

from .published import infer_published
from .statement_dates import date_statements
from .tagger import tag

__all__ = ["date_statements", "infer_published", "tag"]
