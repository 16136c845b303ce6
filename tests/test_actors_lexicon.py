"""The general-knowledge files: complete, consistent, and extendable by the user."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.actors import lexicon as lexicon_module
from rashomon.actors.lexicon import DATA_DIR, data_rows, fold, load_lexicon
from rashomon.actors.metonyms import place_country, side_country


def test_every_country_has_a_seat_and_every_seat_a_country() -> None:
    countries = {fold(row[0]) for row in data_rows("countries.tsv")}
    seats = {fold(row[1]) for row in data_rows("seats_of_power.tsv")}
    assert len(countries) >= 190
    assert seats == countries


def test_capitals_and_seats_resolve_to_their_country() -> None:
    lexicon = load_lexicon()
    for place, country in [("the Kremlin", "Russia"), ("Downing Street", "United Kingdom"),
                           ("Élysée", "France"), ("Zhongnanhai", "China"), ("the White House", "United States"),
                           ("Baku", "Azerbaijan"), ("official Ottawa", "Canada"), ("Kremlin's", "Russia")]:
        found = place_country(place, lexicon)
        assert found is not None and found.name == country, place
    assert side_country(["the", "ukrainian", "side"], lexicon).name == "Ukraine"  # type: ignore[union-attr]


def test_roles_and_honorifics_files_are_well_formed() -> None:
    for row in data_rows("roles.tsv"):
        assert len(row) in (3, 4) and row[1] in ("person", "organization"), row
        assert row[3:] in ([], ["national"], ["generic"], ["officer"]), row
    for row in data_rows("honorifics.txt"):
        assert len(row) == 2 and row[1] in ("m", "f", "-"), row


def test_user_data_directory_extends_the_packaged_lists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "seats_of_power.tsv").write_text("Castle Varnholm\tDenmark\n", encoding="utf-8")
    (tmp_path / "group_nouns.txt").write_text("harbour pilots\n", encoding="utf-8")
    monkeypatch.setenv("RASHOMON_DATA", str(tmp_path))
    lexicon_module.load_lexicon.cache_clear()
    try:
        lexicon = load_lexicon()
        assert place_country("Castle Varnholm", lexicon).name == "Denmark"  # type: ignore[union-attr]
        assert "harbour pilots" in lexicon.groups
        assert place_country("Moscow", lexicon) is not None
    finally:
        monkeypatch.delenv("RASHOMON_DATA")
        lexicon_module.load_lexicon.cache_clear()


def test_data_files_are_in_the_package() -> None:
    for name in ("honorifics.txt", "roles.tsv", "countries.tsv", "seats_of_power.tsv", "group_nouns.txt",
                 "org_words.txt", "legal_forms.txt", "name_particles.txt"):
        assert (DATA_DIR / name).is_file()
