"""An account from sources the text describes but does not name ("two
drivers") against a named official's denial is a contradiction, end to end:
the statement view carries the description the actors stage left unresolved.
Every sentence is invented."""

from __future__ import annotations

import pytest

from rashomon.api import Case
from rashomon.model import DocumentRecord

pytestmark = pytest.mark.slow


def test_drivers_unnamed_against_a_ministers_denial(tmp_path) -> None:
    records = [
        DocumentRecord(text="Two drivers said soldiers at the checkpoint fired warning shots over the lorries.",
                       outlet="Harrow Monitor", published="2031-02-14"),
        DocumentRecord(text="Deputy Minister Teodor Brask denied that soldiers fired warning shots over the lorries.",
                       outlet="Orlen Daily", published="2031-02-15"),
    ]
    with Case(tmp_path / "case.db") as case:
        case.track("Soldiers fired warning shots over the lorries")
        case.ingest_records(records)
        [found] = [f for f in case.findings() if f["type"] == "contradiction"]
    assert found["summary"] == ("Unnamed sources (Two drivers) affirmed \u201cSoldiers fired warning shots over the"
                                " lorries\u201d; Teodor Brask denied it.")
