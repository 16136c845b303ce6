"""Name parts and transliteration keys (fictional names)."""

from __future__ import annotations

import pytest

from rashomon.actors.lexicon import load_lexicon
from rashomon.actors.names import acronyms, key_similarity, org_key, parse_person, translit_key


@pytest.mark.parametrize(
    "a, b",
    [
        ("Petrosian", "Petrosyan"),  # -ian/-yan
        ("Qadhani", "Gaddani"),  # q/g, dh/dd
        ("Khalidov", "Kalidov"),  # kh/k
        ("Zelensky", "Zelenskyy"),  # y/yy
        ("Zelenskiy", "Zelensky"),  # iy/y
        ("Yevgenia", "Evgenia"),  # ye/e
        ("Vasilyev", "Vasiliev"),  # y/i
        ("Haddadi", "Hadadi"),  # doubled letter
        ("al-Zubaydi", "Zubaydi"),  # article
        ("Abdullah", "Abdulla"),  # final h
        ("Зеленский", "Zelenskyy"),  # Cyrillic script
        ("Петросян", "Petrosian"),  # Cyrillic script, -yan
    ],
)
def test_translit_key_folds_alternations(a: str, b: str) -> None:
    assert translit_key(a) == translit_key(b)


def test_key_similarity_accepts_an_inner_dropped_letter() -> None:
    assert key_similarity(translit_key("Aleksandr"), translit_key("Aleksander")) > 0


def test_key_similarity_rejects_a_different_ending() -> None:
    assert key_similarity(translit_key("Varga"), translit_key("Vargas")) == 0
    assert key_similarity(translit_key("Petrov"), translit_key("Petrova")) == 0


def test_parse_person_splits_titles_initials_suffix() -> None:
    name = parse_person("Dr. Arvid K. Petrovani Jr.", load_lexicon())
    assert name is not None
    assert (name.given, name.middles, name.surname, name.suffix) == ("arvid", ("k",), "petrovani", "jr")
    assert name.titles == ("dr",)


def test_parse_person_reads_roles_gender_and_particles() -> None:
    lexicon = load_lexicon()
    minister = parse_person("Defence Minister Lena van der Berg", lexicon)
    assert minister is not None and minister.titles == ("defence minister",)
    assert minister.surname == "van der berg" and minister.given == "lena"
    mrs = parse_person("Mrs Dorvik", lexicon)
    assert mrs is not None and mrs.gender == "f" and mrs.given is None


def test_org_key_drops_article_possessive_and_legal_form() -> None:
    assert org_key("The Ruritel Corporation's") == "ruritel"
    assert org_key("Velmor Holdings N.V.") == "velmor holdings"


def test_acronyms_with_and_without_generic_words() -> None:
    generic = load_lexicon().org_words
    assert "pag" in acronyms("Penske Automotive Group", generic)
    assert "gvi" in acronyms("General Velmor Industries", generic)
    assert acronyms("Ruritel", generic) == set()
