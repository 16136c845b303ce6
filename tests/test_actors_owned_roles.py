"""An unnamed role that belongs to a body the document names ("Its
spokesman said", "a spokeswoman for the board said") speaks as that body's
role-holder, not as no one (rashomon.actors.within._body_of)."""

from __future__ import annotations

from pathlib import Path

import pytest


def speakers(tmp_path: Path, text: str) -> dict[str, str | None]:
    """Speaker as written -> the actor's name, for one ingested article."""
    from rashomon.api import Case

    article = tmp_path / "article.md"
    article.write_text(f"---\ntitle: Pier\npublished: 2026-03-05\n---\n{text}\n", encoding="utf-8")
    with Case(tmp_path / "case.db") as case:
        case.ingest([str(article)])
        return {s["speaker_text"]: s["speaker"] for s in case.statements()}


@pytest.mark.parametrize(
    ("text", "written", "actor"),
    [
        (
            "Velmora's Ministry of Defence denied the report. Its spokesman said the strike hit a depot.",
            "Its spokesman",
            "spokesperson (Velmora's Ministry of Defence)",
        ),
        (
            "The Sarnby Harbour Board closed the pier on Monday. A spokeswoman for the board said it was unsafe.",
            "A spokeswoman for the board",
            "spokesperson (Sarnby Harbour Board)",
        ),
        (
            # the board named among other bodies: the one that is a board
            "The Sarnby Harbour Board closed the pier, and the Ferry Guild protested. "
            "A spokeswoman for the board said it was unsafe.",
            "A spokeswoman for the board",
            "spokesperson (Sarnby Harbour Board)",
        ),
        (
            "The report angered the Velmora Ministry of Defence, whose spokesman said the strike hit a depot.",
            "whose spokesman",
            "spokesperson (Velmora Ministry of Defence)",
        ),
        (
            # no board is named: the role keeps the word, as "a council official" does
            "The pier closed on Monday. A spokeswoman for the board said it was unsafe.",
            "A spokeswoman for the board",
            "spokesperson (board)",
        ),
    ],
)
def test_a_role_of_a_named_body_speaks_for_it(tmp_path: Path, text: str, written: str, actor: str) -> None:
    assert speakers(tmp_path, text)[written] == actor


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # "its" is the charity, which no name or mention holds: not the town's country
        ("A demining charity working in the Velmoran border town of Tarvik has marked 140 bomblets "
         "since the strike, its field director said.", "its field director"),
        # "whose" hangs on a body with no name
        ("The premier contradicted his own ministry, whose spokesman said no rockets were fired.", "whose spokesman"),
    ],
)
def test_no_body_is_guessed_when_the_body_has_no_name(tmp_path: Path, text: str, written: str) -> None:
    assert speakers(tmp_path, text)[written] is None


def test_a_named_holder_of_the_role_is_still_preferred(tmp_path: Path) -> None:
    text = ("The Sarnby Harbour Board closed the pier. Ana Dorn, a spokeswoman for the board, called it unsafe. "
            "A spokeswoman for the board said repairs would take a week.")
    assert speakers(tmp_path, text)["A spokeswoman for the board"] == "Ana Dorn"
