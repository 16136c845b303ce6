"""Publication dates inferred from the text: only the precision the evidence supports.

Every sentence here is fictional.
"""

from __future__ import annotations

import pytest

from rashomon.temporal import infer_published, typical_date


def test_dateline_gives_the_day() -> None:
    text = "ORLAN, March 3, 2021 - The Tarn river burst its banks, the mayor said."
    found = infer_published(text)
    assert found is not None
    assert (found.value, found.basis, found.precision) == ("2021-03-03", "inferred", "day")
    assert found.text == "March 3, 2021"


def test_last_years_event_gives_the_year_after() -> None:
    text = "Last year's flood, which began in May 2020, still shapes the Velt valley."
    found = infer_published(text)
    assert found is not None
    assert (found.value, found.precision) == ("2021", "year")


def test_latest_dated_event_is_no_evidence() -> None:
    # News looks back and ahead: the latest date it mentions says little about when it ran.
    text = "The Kessel mill opened in 1998. It was sold on June 4, 2019, and may close in 2031."
    assert infer_published(text) is None


def test_a_date_inside_a_sentence_is_not_a_dateline() -> None:
    assert infer_published("Then came April 2, 2018, and the Dunmore docks closed.") is None


def test_date_alone_on_its_line_is_a_dateline() -> None:
    found = infer_published("Tarn ferry resumes service\n\nMay 29, 2006\n\nThe ferry sailed again.")
    assert found is not None and found.value == "2006-05-29"


def test_no_evidence_gives_none() -> None:
    assert infer_published("The Orlan council met yesterday and will meet again on Friday.") is None


def test_dateline_without_year_needs_a_nearby_date() -> None:
    text = "KELSGRAD, March 25 (Northline) - The Orvenian general said every target was military."
    assert infer_published(text) is None
    found = infer_published(text, near="2026-04-02")
    assert found is not None
    assert (found.value, found.basis, found.text) == ("2026-03-25", "inferred", "March 25")


def test_dateline_without_year_takes_the_year_the_story_gives() -> None:
    text = ("KELSGRAD, March 25 (Northline) - The Orvenian general said the shelling, "
            "which began on March 20, 2027, hit only military targets.")
    found = infer_published(text, near="2026-04-02")  # the story's own year wins over the hint
    assert found is not None
    assert (found.value, found.basis, found.text) == ("2027-03-25", "inferred", "March 25")


def test_typical_date_is_the_median_of_known_dates() -> None:
    assert typical_date(["2026-03-18", None, "2026-03-02", "2026-04-09T10:00", "not a date"]) == "2026-03-18"
    assert typical_date([None]) is None


@pytest.mark.slow
def test_ingest_gives_an_undated_dateline_the_year_of_its_batch(db_path: str, monkeypatch) -> None:
    import rashomon.pipeline as pipeline
    from rashomon.api import Case
    from rashomon.model import DocumentRecord

    records = [
        DocumentRecord(text="KELSGRAD, March 25 (Northline) - The Orvenian general said every target was military.",
                       outlet="Northline"),
        DocumentRecord(text="The Kestrian ministry said the shelling went on.", outlet="Courier",
                       published="2026-03-18"),
    ]
    seen = {}
    real = pipeline.write_document

    def keep(store, analysis, actors, doc):  # type: ignore[no-untyped-def]
        seen[analysis.record.outlet] = analysis.published
        return real(store, analysis, actors, doc)

    monkeypatch.setattr(pipeline, "write_document", keep)
    with Case(db_path) as case:
        assert case.ingest_records(records).ok
    assert (seen["Northline"].value, seen["Northline"].basis) == ("2026-03-25", "inferred")
