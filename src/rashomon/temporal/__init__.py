"""The temporal stage: time expressions, publication dates and statement dates.

    tag(text, published, doc=None)
        -> every TimeExpression with its TIMEX3 value and the date it was resolved against
    infer_published(text, doc=None, near=None)
        -> PartialDate (basis "inferred") from a dateline or self-dating phrase, else None
    typical_date(published_values)
        -> the median known publication date of a batch, the ``near`` hint above
    date_statements(text, attributions, expressions, published, doc=None)
        -> one said_on (PartialDate or None) per attribution, basis per contract rule 3

The vocabulary (months, weekdays, units, holidays, ...) is data:
``rashomon/data/time_words.yaml``.
"""

from __future__ import annotations

from .published import infer_published, typical_date
from .statement_dates import date_statements
from .tagger import tag

__all__ = ["date_statements", "infer_published", "tag", "typical_date"]
