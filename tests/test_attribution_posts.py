"""Embedded social-media posts: the words before a signature ("— Ana Dorn
(@anadorn) March 3, 2026") are their author's direct statement."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from rashomon.attribution import extract

POST = "The ferry will not run on Monday, and the harbour stays shut."


def posts(nlp: Language, text: str, cues: tuple[str, ...] = ("\u2014", "\u2013", "--")) -> list[tuple[str, str | None, str]]:
    """Content, speaker as written, and kind of each statement cued by a signature (a dash by default)."""
    return [
        (text[slice(*a.content_span)], text[slice(*a.speaker_span)] if a.speaker_span else None, a.kind)
        for a in extract(nlp(text))
        if a.cue in cues
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the signature closing the post's paragraph, as pasted from a page
        f"The mayor wrote late on Sunday.\n\n{POST} \u2014 Ana Dorn (@anadorn) March 3, 2026\n\nResidents were angry.",
        # on a line of its own below the words, as trafilatura gives an embedded post
        f"The mayor wrote late on Sunday.\n{POST}\n\u2014 Ana Dorn (@anadorn) March 3, 2026\nResidents were angry.",
        # inside the tag a scraper kept around the post
        f'<tweet id="77" author="@anadorn">{POST} \u2014 Ana Dorn (@anadorn) March 3, 2026</tweet>.',
    ],
)
def test_a_posts_words_are_its_authors_direct_statement(nlp: Language, text: str) -> None:
    assert posts(nlp, text) == [(POST, "Ana Dorn (@anadorn)", "direct")]


@pytest.mark.parametrize(
    ("signature", "speaker"),
    [
        # handles with a domain, and a time after the date
        ("Ana Dorn (@anadorn.example.social) March 3, 2026 at 10:14 AM", "Ana Dorn (@anadorn.example.social)"),
        ("Ana Dorn (@anadorn@example.social) March 3, 2026", "Ana Dorn (@anadorn@example.social)"),
    ],
)
def test_other_networks_signatures_are_read(nlp: Language, signature: str, speaker: str) -> None:
    assert posts(nlp, f"{POST} \u2014 {signature}") == [(POST, speaker, "direct")]


def test_a_signature_with_a_handle_only_names_the_handle(nlp: Language) -> None:
    text = f"{POST} \u2014 @sarnbyport March 3, 2026"
    assert posts(nlp, text) == [(POST, "@sarnbyport", "direct")]


def test_a_dash_before_a_name_without_a_handle_is_no_post(nlp: Language) -> None:
    text = "The ferry will not run on Monday \u2014 Ana Dorn, the mayor, made that plain."
    assert posts(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will not run on Monday.\n\nFollow Ana Dorn on Twitter \u2014 @anadorn",
        "Reporting by Olam Trest \u2014 @olamtrest\n\nThe ferry will not run on Monday.",
        "The ferry will not run on Monday.\n\nReach the writer at \u2014 @anadorn",
    ],
)
def test_a_bare_handle_closing_a_byline_is_no_post(nlp: Language, text: str) -> None:
    # an embed signs with a date, or a name and its handle in brackets
    assert posts(nlp, text) == []


def test_a_name_and_bracketed_handle_sign_a_post_without_a_date(nlp: Language) -> None:
    assert posts(nlp, f"{POST} \u2014 Ana Dorn (@anadorn)") == [(POST, "Ana Dorn (@anadorn)", "direct")]


def test_a_cue_inside_a_post_is_part_of_it(nlp: Language) -> None:
    # as a cue inside a quotation is: "I think" is the author's own wording
    text = "I think the ferry will not run on Monday. \u2014 Ana Dorn (@anadorn) March 3, 2026"
    statements = extract(nlp(text))
    assert [(s.cue, s.kind) for s in statements] == [("\u2014", "direct")]


def test_an_embedded_post_on_a_web_page_is_read_with_its_author(tmp_path: Path) -> None:
    from rashomon.api import Case

    page = tmp_path / "page.html"
    page.write_text(
        """<html><head><title>Ferry halted in Sarnby</title>
        <meta property="article:published_time" content="2026-03-05T09:00:00Z"></head><body><article>
        <h1>Ferry halted in Sarnby</h1>
        <p>The Sarnby ferry was halted on Monday after a storm damaged the pier, the harbour board said.</p>
        <p>Mayor Ana Dorn announced the closure in a post late on Sunday night.</p>
        <blockquote class="twitter-tweet"><p lang="en">The ferry will not run on Monday, and the harbour
        stays shut until the pier is safe.</p>&mdash; Ana Dorn (@anadorn)
        <a href="https://example.org/anadorn/1">March 3, 2026</a></blockquote>
        <p>Residents said they had not been warned, and the board said repairs would take a week.</p>
        </article></body></html>""",
        encoding="utf-8",
    )
    with Case(tmp_path / "case.db") as case:
        case.ingest([str(page)])
        [post] = [s for s in case.statements() if s["cue"] == "\u2014"]
    assert post["kind"] == "direct" and post["speaker"] == "Ana Dorn"
    assert post["content"].startswith("The ferry will not run on Monday")
    assert post["said_on"] == "2026-03-03"


def test_a_post_is_dated_by_its_signature_after_a_long_name(tmp_path: Path) -> None:
    # the date stands after the author's name and handle, well past the dash
    from rashomon.api import Case

    article = tmp_path / "ferry.md"
    article.write_text(
        "---\ntitle: Ferry halted\npublished: 2026-03-05\n---\n"
        "The Sarnby ferry was halted after a storm damaged the pier.\n\n"
        "Repairs will take a week and the harbour stays shut until then. "
        "\u2014 Sarnby Harbour Board Press Office (@sarnbyharbourboard) March 3, 2026\n",
        encoding="utf-8",
    )
    with Case(tmp_path / "case.db") as case:
        case.ingest([str(article)])
        [post] = [s for s in case.statements() if s["cue"] == "\u2014"]
    assert post["said_on"] == "2026-03-03"


INSTAGRAM = "A post shared by Ana Dorn (@anadorn) on Mar 3, 2026 at 10:14am PST"


@pytest.mark.parametrize(
    ("signature", "speaker"),
    [
        (INSTAGRAM, "Ana Dorn (@anadorn)"),
        # a page that dropped the embed's <time> keeps a dangling "on"
        ("A post shared by Ana Dorn (@anadorn) on", "Ana Dorn (@anadorn)"),
        ("A post shared by @anadorn", "@anadorn"),
    ],
)
def test_an_instagram_caption_is_its_authors_direct_statement(nlp: Language, signature: str, speaker: str) -> None:
    text = f"The mayor answered on Instagram.\n\n{POST}\n\n{signature}\n\nResidents were angry."
    assert posts(nlp, text, ("A post shared by",)) == [(POST, speaker, "direct")]


def test_an_instagram_embed_without_its_caption_is_no_statement(nlp: Language) -> None:
    text = f"The mayor answered on Instagram.\n\nView this post on Instagram\n\n{INSTAGRAM}\n\nResidents were angry."
    assert posts(nlp, text, ("A post shared by",)) == []


def test_an_instagram_post_is_dated_by_its_signature(tmp_path: Path) -> None:
    from rashomon.api import Case

    article = tmp_path / "ferry.md"
    article.write_text(
        "---\ntitle: Ferry halted\npublished: 2026-03-05\n---\n"
        f"The Sarnby ferry was halted after a storm damaged the pier.\n\n{POST}\n\n{INSTAGRAM}\n",
        encoding="utf-8",
    )
    with Case(tmp_path / "case.db") as case:
        case.ingest([str(article)])
        [post] = [s for s in case.statements() if s["cue"] == "A post shared by"]
    assert (post["speaker"], post["said_on"], post["kind"]) == ("Ana Dorn", "2026-03-03", "direct")
