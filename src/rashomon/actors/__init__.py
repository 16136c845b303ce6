"""Actor resolution: one actor per real speaker, across spellings and sources.

A pure library (no store access); the pipeline keeps the known actors and
corrections in SQLite and calls these functions:

    from rashomon.actors import ActorIndex, KnownActor, mentions_from_doc, resolve_document

    index = ActorIndex(known_actors)                 # KnownActor records from the store
    mentions = mentions_from_doc(doc, attributions)  # entities + one per speaker span, with evidence
    resolution = resolve_document(doc_id, mentions, index)
    resolution.mentions    # per mention: ResolvedMention(mention, actor id or None, score)
    resolution.speakers()  # attribution index -> actor id
    resolution.actors      # created or updated KnownActors to upsert (as_dict() for JSON)
    index.speaks_for(actor_id)  # [spokesperson, ministry, state]: read statements as the body's

Rules: within a document full names, surnames, titles, roles ("the prime
minister", "the ministry") and pronouns join one actor; across documents a
scored match over transliteration keys, given names, roles, bodies and
co-mentioned actors (``score.THRESHOLD``) reuses an actor, else a new one is
made with an id from its kind and name. Capitals and seats of power are
metonym actors whose ``stands_for`` is the state; groups ("experts",
"sources close to ...") are actors of kind ``group``; a spokesperson keeps
``affiliation`` = the body. User corrections (merge, split, alias, rename)
are records applied by ``apply_corrections``; the registry reads and writes
YAML and CSV (``registry``).

    from rashomon.actors.corrections import merge, split, alias_add, alias_remove, rename
    stored = [merge(a, b).as_dict(), ...]   # the CLI makes records, the store keeps them
    result = apply_corrections(index, [Correction.from_dict(row) for row in stored])
    result.redirects       # merged-away id -> surviving id (re-point statements)
    result.changed         # actors to upsert; result.removed: ids to delete
    result.moved_aliases   # split: new id -> (old id, aliases): re-resolve those mentions
    text = to_yaml(index)  # or to_csv; import_registry(index, from_yaml(text))

Corrections are replayed after every ingest (idempotent). Ids depend on the
order documents arrive in: the same input in the same order gives the same
ids. The index changes as documents are resolved; if writing a document
fails, reload the index from the store before going on.

General knowledge is in ``rashomon/data/`` (``lexicon``): countries,
capitals and seats of power, roles, honorifics, group nouns, generic and
legal words of body names, name particles; extend any of them through
``RASHOMON_DATA``.
"""

from .corrections import Correction, CorrectionResult, apply_corrections
from .index import ActorIndex
from .known import Evidence, KnownActor, actor_id
from .lexicon import load_lexicon
from .mentions import Mention, entity_mention, mentions_from_doc, span_mention
from .registry import from_csv, from_yaml, import_registry, to_csv, to_yaml
from .resolve import DocumentResolution, ResolvedMention, resolve_document

__all__ = [
    "ActorIndex", "Correction", "CorrectionResult", "DocumentResolution", "Evidence", "KnownActor", "Mention",
    "ResolvedMention", "actor_id", "apply_corrections", "entity_mention", "from_csv", "from_yaml",
    "import_registry", "load_lexicon", "mentions_from_doc", "resolve_document", "span_mention", "to_csv",
    "to_yaml",
]
