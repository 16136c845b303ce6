"""Near-duplicate detection for syndicated copies."""

from __future__ import annotations

from rashomon.findings import find_duplicates

STORY = (
    "The night ferry to Kestle Island ran aground on a sandbank shortly after midnight on Sunday, "
    "the harbour master said. All forty passengers were taken off by lifeboat and nobody was hurt. "
    "The operator said the vessel would be towed to the dry dock at Dunmore once the tide turned, "
    "and that an inquiry into the pilot's route had begun. Services will resume on Wednesday."
)


def test_a_lightly_edited_copy_points_at_the_original() -> None:
    copy = "ISLAND NEWS - " + STORY.replace("nobody was hurt", "no one was hurt") + " Reporting by staff."
    other = "The island council approved a new budget for road repairs and a second school bus on Monday evening."
    assert find_duplicates([STORY, other, copy]) == [None, None, 0]


def test_copy_of_a_copy_points_at_the_first_and_short_texts_are_left_alone() -> None:
    assert find_duplicates([STORY, STORY + " Updated.", STORY]) == [None, 0, 0]
    assert find_duplicates(["Ferry ran aground.", "Ferry ran aground."]) == [None, None]


def test_on_the_same_day_the_original_comes_before_its_syndicated_copy() -> None:
    """Same date: the text crediting another outlet's wire is the copy, and
    of two uncredited versions the longer (the copy trims) is the original."""
    from rashomon.findings import original_first

    wire = "DUNMORE, May 2 (Islandwire) - " + STORY
    copy = wire[: wire.rindex("Services")]
    documents = [("2026-05-02", copy, "Harbour Gazette"), ("2026-05-02", wire, "Islandwire Agency")]
    assert original_first(documents) == [1, 0]
    assert original_first([("2026-05-02", STORY[:300], None), ("2026-05-02", STORY, None)]) == [1, 0]
    assert original_first([(None, STORY, None), ("2026-05-03", copy, "Harbour Gazette")]) == [1, 0]
