"""Helpers shared by the finding kinds: ids, partial-date order, wording."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..ids import content_id
from ..model import PartialDate
from ..claims.records import StatementView

STANCE_PHRASES = {
    "affirm": "affirmed",
    "deny": "denied",
    "retract": "retracted",
    "no_evidence": "said there was no evidence for",
    "uncertain": "was unsure about",
}


def finding_id(kind: str, *parts: object) -> str:
    """Stable across re-runs: derived from the finding's kind and evidence."""
    return content_id("find", kind, *parts)


def earliest(date: PartialDate) -> str:
    """Lexically comparable lower bound of a partial date ("2026-03" -> "2026-03-00")."""
    return (date.value + "-00-00")[:10]


def latest(date: PartialDate) -> str:
    return (date.value + "-99-99")[:10]


def actor_label(actor: str | None, names: Mapping[str, str], statements: Iterable[StatementView] = ()) -> str:
    if actor is None:
        return "an unnamed source"
    if actor in names:
        return names[actor]
    for s in statements:
        if s.actor == actor and s.actor_name:
            return s.actor_name
    return actor


def quoted(text: str) -> str:
    return "\u201c" + text.strip().rstrip(".") + "\u201d"
