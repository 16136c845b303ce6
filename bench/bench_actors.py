"""Speed of resolving a new document's mentions against many known actors.

Generates known actors from invented syllables (70% people, 30%
organisations; fixed seed), builds the index, then resolves documents of
30 mentions each (full names, surnames, spelling variants of known people,
new people, organisations, roles, pronouns) one after another into it, as
incremental ingest does; then one huge document. Parsing is not timed: this
measures resolution.

    python bench/bench_actors.py [--actors 100000] [--documents 200] [--huge 4000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time

from rashomon.actors import ActorIndex, KnownActor, Mention, actor_id, resolve_document

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"] + ["kha", "dze", "yan", "ova", "ski", "ian"]
ORG_WORDS = ["Motors", "Airlines", "Bank", "Group", "Holdings", "Bureau", "Institute", "Agency", "Ministry"]


def word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def known_actors(count: int, rng: random.Random) -> list[KnownActor]:
    actors = []
    for number in range(count):
        if number % 10 < 7:
            name = f"{word(rng, 2)} {word(rng, 3)}"
            actors.append(KnownActor(actor_id("person", name, number), name, "person", aliases=[name]))
        else:
            name = f"{word(rng, 3)} {rng.choice(ORG_WORDS)}"
            actors.append(KnownActor(actor_id("organization", name, number), name, "organization", aliases=[name]))
    return actors


def variant(name: str, rng: random.Random) -> str:
    """A spelling variant: doubled letter, i/y, or a dropped title."""
    given, surname = name.split(" ", 1)
    choice = rng.randrange(3)
    if choice == 0:
        surname = surname.replace("i", "y", 1)
    elif choice == 1:
        surname = surname[:2] + surname[1] + surname[2:]
    else:
        return f"Mr {surname}"
    return f"{given} {surname}"


def document(known: list[KnownActor], rng: random.Random) -> list[Mention]:
    texts: list[tuple[str, str, str]] = []
    people = [a for a in rng.sample(known, 40) if a.kind == "person"][:6]
    orgs = [a for a in rng.sample(known, 40) if a.kind == "organization"][:4]
    for actor in people:
        texts.append((actor.name, "person", "name"))
        texts.append((variant(actor.name, rng), "person", "name"))
        texts.append((actor.name.split()[-1], "person", "name"))
    for _ in range(4):
        texts.append((f"{word(rng, 2)} {word(rng, 3)}", "person", "name"))
    for actor in orgs:
        texts.append((actor.name, "organization", "name"))
    texts += [("the minister", "person", "role"), ("the company", "organization", "role"),
              ("he", "person", "pronoun"), ("experts", "group", "group")]
    mentions, position = [], 0
    for text, kind, form in texts[:30]:
        roles = ("minister",) if text == "the minister" else ("company",) if text == "the company" else ()
        name = text if form in ("name", "group") else None
        mentions.append(Mention(text, (position, position + len(text)), kind, form, name=name, roles=roles))  # type: ignore[arg-type]
        position += len(text) + 20
    return mentions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--actors", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--huge", type=int, default=4000, help="mentions in the one huge document")
    args = parser.parse_args()
    rng = random.Random(7)
    known = known_actors(args.actors, rng)
    started = time.perf_counter()
    index = ActorIndex(known)
    build = time.perf_counter() - started
    documents = [document(known, rng) for _ in range(args.documents)]
    timings = []
    for number, mentions in enumerate(documents):
        started = time.perf_counter()
        resolve_document(f"bench{number}", mentions, index)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    # Hostile input: one huge document (every mention kind repeated) must stay near-linear.
    huge = [m for _ in range(args.huge // 30 + 1) for m in document(known, rng)][:args.huge]
    for number, mention in enumerate(huge):
        mention.span = (number * 50, number * 50 + len(mention.text))
    started = time.perf_counter()
    resolve_document("huge", huge, index)
    huge_seconds = time.perf_counter() - started
    print(f"known actors: {args.actors:,}; index built in {build:.1f} s")
    print(f"resolve one document (30 mentions): median {statistics.median(timings):.1f} ms, "
          f"p95 {p95:.1f} ms, max {timings[-1]:.1f} ms over {args.documents} documents")
    print(f"one document of {args.huge:,} mentions: {huge_seconds:.2f} s")
    print(f"command: python bench/bench_actors.py --actors {args.actors} --documents {args.documents} "
          f"--huge {args.huge}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
