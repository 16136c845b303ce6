"""Actor corrections from the web app: store them, then refresh stances and findings.

The store logic is ``rashomon.actors_stage.correct`` (shared with the CLI).
"""

from __future__ import annotations

from ..actors import Correction, CorrectionResult
from ..actors_stage import correct as store_correction
from ..claims_stage import refresh_claims
from ..store import Store


def correct(store: Store, correction: Correction) -> CorrectionResult:
    result = store_correction(store, correction)
    refresh_claims(store)
    return result
