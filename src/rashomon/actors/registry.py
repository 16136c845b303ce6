"""The actor registry as YAML or CSV text, and importing one into an index.

YAML keeps everything (evidence too, unless left out); CSV keeps what a
spreadsheet user edits: ``id, name, kind, aliases, affiliation,
stands_for``, aliases separated by `` | ``. A row without an id gets one
from its kind and name. Imported aliases are curated: a mention spelled so
always resolves to that actor.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

import yaml

from ..errors import UsageError
from .corrections import KINDS, CorrectionResult
from .index import ActorIndex
from .known import KnownActor, actor_id

FORMAT = "rashomon-actors"
VERSION = 1
CSV_COLUMNS = ("id", "name", "kind", "aliases", "affiliation", "stands_for")
ALIAS_SEPARATOR = " | "


def to_yaml(actors: Iterable[KnownActor], with_evidence: bool = True) -> str:
    records = []
    for actor in sorted(actors, key=lambda a: (a.kind, a.name.casefold(), a.id)):
        record = actor.as_dict()
        if not with_evidence:
            record.pop("evidence")
        records.append(record)
    return yaml.safe_dump({"format": FORMAT, "version": VERSION, "actors": records}, allow_unicode=True,
                          sort_keys=False)


def from_yaml(text: str) -> list[KnownActor]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise UsageError(f"the registry is not valid YAML: {exc}") from exc
    if isinstance(data, dict):
        if data.get("format", FORMAT) != FORMAT or data.get("version", VERSION) != VERSION:
            raise UsageError(f"not a {FORMAT} version {VERSION} file")
        records = data.get("actors") or []
    else:
        records = data or []
    if not isinstance(records, list):
        raise UsageError("the registry must be a list of actors (or a mapping with an 'actors' list)")
    return [_actor_from_record(record, number) for number, record in enumerate(records, 1)]


def to_csv(actors: Iterable[KnownActor]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for actor in sorted(actors, key=lambda a: (a.kind, a.name.casefold(), a.id)):
        writer.writerow([actor.id, actor.name, actor.kind, ALIAS_SEPARATOR.join(actor.aliases),
                         actor.affiliation or "", actor.stands_for or ""])
    return buffer.getvalue()


def from_csv(text: str) -> list[KnownActor]:
    reader = csv.DictReader(io.StringIO(text))
    missing = {"name"} - set(reader.fieldnames or ())
    if missing:
        raise UsageError("the registry CSV needs a header row with at least a 'name' column")
    actors = []
    for number, row in enumerate(reader, 1):
        record: dict[str, Any] = {k: (v or "").strip() for k, v in row.items() if k}
        record["aliases"] = [a.strip() for a in record.get("aliases", "").split("|") if a.strip()]
        actors.append(_actor_from_record(record, number))
    return actors


def _actor_from_record(record: Any, number: int) -> KnownActor:
    if not isinstance(record, dict) or not str(record.get("name") or "").strip():
        raise UsageError(f"registry entry {number} needs a name")
    kind = record.get("kind") or "unknown"
    if kind not in KINDS:
        raise UsageError(f"registry entry {number}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    name = str(record["name"]).strip()
    aliases = record.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    data = {**record, "id": record.get("id") or actor_id(kind, name), "kind": kind, "name": name,
            "aliases": [str(a) for a in aliases]}
    return KnownActor.from_dict(data)


def import_registry(index: ActorIndex, actors: Iterable[KnownActor]) -> CorrectionResult:
    """Add or update actors from a registry; their names and aliases become curated."""
    result = CorrectionResult()
    for imported in actors:
        existing = index.get(imported.id)
        if existing is None:
            actor = imported
        else:
            actor = existing
            actor.name, actor.kind = imported.name, imported.kind
            actor.affiliation = imported.affiliation or actor.affiliation
            actor.stands_for = imported.stands_for or actor.stands_for
            actor.distinct_from = list(dict.fromkeys(actor.distinct_from + imported.distinct_from))
        for alias in [imported.name, *imported.aliases]:
            actor.add_alias(alias)
            if alias not in actor.curated:
                actor.curated.append(alias)
        index.add(actor)
        result.changed[actor.id] = actor
    return result
