"""Findings stage: reversal, contradiction, discrepancy, corroboration.

Inputs are plain records: ``StatementView``, ``Proposition`` and ``Stance``
from :mod:`rashomon.claims`, and :class:`DocumentView` (id, text, outlet,
published, duplicate_of) for discrepancies. Outputs are dicts shaped like the
``findings`` items of the export contract, each with evidence statement ids
(discrepancies: document spans ``[doc_id, start, end]``) and a one-sentence
``summary``. Ids derive from the evidence, so re-runs give the same ids.

Typical use::

    by_id = {s.id: s for s in statements}
    found = proposition_findings(proposition, stances_of_it, by_id, names, actors)   # < 1 s
    found += discrepancies(documents)          # across documents, no propositions
    found += claim_corroborations(discover(statements, *vectors), by_id)     # untracked claims
    duplicate_of = find_duplicates(texts)      # for ingest: index of the original or None

``names`` maps actor ids to display names for the summaries; ``actors`` maps
actor ids to :class:`rashomon.claims.ActorInfo` (kind, affiliation,
stands_for, aliases), which says who speaks for whom: a spokesperson for her
ministry, a metonym for its government, an office retracting the statement
of the person it names. User overrides
of stances are applied before (``rashomon.claims.apply_overrides``), so
findings follow them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..claims.records import ActorInfo, Proposition, Stance, StatementView
from .discrepancy import DocumentView, discrepancies, name_discrepancies, value_discrepancies
from .duplicates import find_duplicates, original_first
from .stances import claim_corroborations, contradictions, corroboration, reversals
from .values import ValueMention, extract_values


def proposition_findings(
    proposition: Proposition,
    stances: Sequence[Stance],
    statements: Mapping[str, StatementView],
    names: Mapping[str, str] | None = None,
    actors: Mapping[str, ActorInfo] | None = None,
) -> list[dict[str, object]]:
    """Reversals, contradictions and corroboration of one proposition.

    ``actors`` (id -> :class:`ActorInfo`) says who speaks for whom; without
    it the statements' own ``actor_*`` fields are used.
    """
    return (
        reversals(proposition, stances, statements, names, actors)
        + contradictions(proposition, stances, statements, names, actors)
        + corroboration(proposition, stances, statements)
    )


__all__ = [
    "DocumentView",
    "claim_corroborations",
    "ValueMention",
    "contradictions",
    "corroboration",
    "discrepancies",
    "extract_values",
    "find_duplicates",
    "original_first",
    "name_discrepancies",
    "proposition_findings",
    "reversals",
    "value_discrepancies",
]
