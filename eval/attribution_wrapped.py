"""Attribution on hard-wrapped text: PolNeAR articles re-wrapped at a fixed
width, scored against the same gold as the articles as given.

    python eval/attribution_wrapped.py [--split train] [--articles 200] [--widths 72] [--jitter 0.0]

Plain-text wire copy, e-mail and text taken out of a PDF break every line at
a width. Wrapping here turns spaces into newlines, one character for one, so
the gold spans stay valid. Each width is parsed three ways:
- as given: the articles unwrapped, from the eval cache;
- wrapped, read as given: the line-wrap reading (`rashomon.linewraps`)
  switched off, to show what it buys;
- wrapped: the pipeline as it ships.
``--jitter`` varies each line's width by up to that share, as the lines of a
PDF in a proportional font do. The wrap detector is also scored: newlines it
reads as spaces against the ones wrapping made, and the real line breaks it
took for wraps, and before anything, every article of the split as given
(none is hard-wrapped, so any newline read as a wrap there is a mistake).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from attribution_polnear import Tally, parsed_split

from rashomon.attribution import extract
from rashomon.linewraps import wrap_breaks
from rashomon.nlp import ArticleTokenizer, load_pipeline


def hard_wrap(text: str, width: int, jitter: float, rng: random.Random) -> str:
    """Fill each line up to ``width`` characters, breaking at a space (which
    becomes the newline)."""
    chars = list(text)
    column = 0
    last_space = None
    limit = width
    for i, char in enumerate(text):
        if char == "\n":
            column, last_space = 0, None
            continue
        if char == " ":
            last_space = i
        column += 1
        if column > limit and last_space is not None:
            chars[last_space] = "\n"
            column, last_space = i - last_space, None
            limit = round(width * (1 + rng.uniform(-jitter, jitter)))
    return "".join(chars)


@contextmanager
def wraps_read_as_breaks(tokenizer: ArticleTokenizer) -> Iterator[None]:
    tokenizer.reads_wraps = False
    try:
        yield
    finally:
        tokenizer.reads_wraps = True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--widths", type=int, nargs="*", default=[72], help="none: only the as-given check")
    parser.add_argument("--jitter", type=float, default=0.0, help="vary each line's width by up to this share")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    articles, docs = parsed_split(args.split)
    misread = [len(wrap_breaks(text)) for _, text, _ in articles]
    print(f"PolNeAR {args.split} as given: {sum(misread)} newlines read as wraps, "
          f"in {sum(map(bool, misread))} of {len(articles)} articles")
    articles, docs = articles[: args.articles], docs[: args.articles]
    nlp = load_pipeline()
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, ArticleTokenizer)

    given = Tally()
    for (_, _, golds), doc in zip(articles, docs):
        given.add(golds, extract(doc))
    print(f"PolNeAR {args.split}: {len(articles)} articles")
    print("\n".join(given.lines("as given")))
    rng = random.Random(args.seed)
    for width in args.widths:
        texts = [hard_wrap(text, width, args.jitter, rng) for _, text, _ in articles]
        made = found = wrong = 0
        for (_, text, _), wrapped in zip(articles, texts):
            truth = {i for i, (a, b) in enumerate(zip(text, wrapped)) if a != b}
            read = set(wrap_breaks(wrapped))
            made += len(truth)
            found += len(truth & read)
            wrong += len(read - truth)
        label = f"width {width}" + (f", jitter {args.jitter}" if args.jitter else "")
        print(f"{label}: {made} newlines made, {found} read as wraps, {wrong} real line breaks read as wraps")
        with wraps_read_as_breaks(tokenizer):
            as_breaks = Tally()
            for (_, _, golds), doc in zip(articles, nlp.pipe(texts, batch_size=32)):
                as_breaks.add(golds, extract(doc))
        print("\n".join(as_breaks.lines(f"{label}, read as given")))
        shipped = Tally()
        for (_, _, golds), doc in zip(articles, nlp.pipe(texts, batch_size=32)):
            shipped.add(golds, extract(doc))
        print("\n".join(shipped.lines(f"{label}")))
    print("command: python eval/attribution_wrapped.py " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    main()
