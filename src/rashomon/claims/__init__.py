"""Claims stage: propositions and each statement's stance on them.

Input records (built by the caller from the store, see :mod:`.records`):
``StatementView`` (a statement with speaker, cue class, content, sentence,
``said_on``) and ``Proposition`` (id, text). Output: ``Stance`` records
(statement, proposition, value in affirm|deny|retract|no_evidence|uncertain,
score, relevance).

Typical use::

    index = StatementIndex()                  # or StatementIndex(encoder=...)
    index.add(statements)                     # or index.add(statements, content_vecs, sentence_vecs, texts={doc: text})
    index.set_registry(registry_links(actors))  # organisations stand for the state they belong to
    index.set_tracked(all_tracked)            # every tracked proposition (they compete for statements)
    stances = index.track(proposition)        # a new proposition x all statements
    index.add(more)                           # new documents arrive
    stances = index.update([s.id for s in more])   # only what changed, on tracked propositions
    all_stances = index.track_all()           # after the set of tracked propositions changed
    stances = apply_overrides(stances, {(statement_id, proposition_id): "deny"})
    candidates = discover(statements, *encode_statements(statements))

Relevance reads each proposition's profile (:mod:`.concepts`: its concepts,
expanded from ``data/concepts.yaml``, the case's own links (:mod:`.glossary`)
and the user's terms); ``index.profile(proposition)`` shows it.
Vectors come from :mod:`rashomon.embeddings` unless given; the caller may
store the output of :func:`encode_statements` to avoid re-encoding.
"""

from .discovery import discover
from .records import ActorInfo, DiscoveredProposition, Proposition, Stance, StatementView
from .stance import direction, prepare
from .tracking import StatementIndex, apply_overrides, encode_statements

__all__ = [
    "ActorInfo",
    "DiscoveredProposition",
    "Proposition",
    "Stance",
    "StatementIndex",
    "StatementView",
    "apply_overrides",
    "direction",
    "discover",
    "encode_statements",
    "prepare",
]
