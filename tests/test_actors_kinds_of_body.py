"""A body the lexicon knows only by its bare word keeps the words that say
which one it is: a country's border authority is not its port authority,
and "the authority" after "the border authority" is that body. Every
sentence is invented (rashomon.actors.mentions, within, resolve)."""

from __future__ import annotations

import pytest

from test_actors_spill34 import speakers_across

from rashomon.actors import ActorIndex, mentions_from_doc, resolve_document
from rashomon.actors.mentions import span_mention
from rashomon.model import Attribution

pytestmark = pytest.mark.slow


def test_a_bodys_compound_words_stay_in_its_role(nlp, sample_world) -> None:
    text = "Kestria's border authority denied that any convoy had been refused."
    assert span_mention(nlp(text), 0, len("Kestria's border authority")).roles == ("border authority",)


def test_two_authorities_of_one_country_stay_apart(sample_world) -> None:
    first = ("Kestria's border authority denied that any convoy had been refused. "
             "Kestria's port authority said the harbour was closed.",
             ("Kestria's border authority", "Kestria's port authority"))
    [names] = speakers_across(first)
    assert names[0] != names[1]
    assert names == ["border authority (Kestria)", "port authority (Kestria)"]


def test_the_bare_word_after_the_full_role_is_the_same_body(sample_world) -> None:
    first = ("Kestria's border authority denied that any convoy had been refused. "
             "The authority later said the lorries had left of their own accord.",
             ("Kestria's border authority", "The authority"))
    later = ("The border authority acknowledged on Monday that a convoy had been held.", ("The border authority",))
    names = speakers_across(first, later)
    assert names == [["border authority (Kestria)"] * 2, ["border authority (Kestria)"]]


def test_a_kind_of_body_before_a_name_makes_it_a_body(nlp) -> None:
    text = "A convoy was turned back at the crossing on Friday, the aid agency Samhold Relief said on Saturday."
    start = text.index("the aid agency")
    mention = span_mention(nlp(text), start, start + len("the aid agency Samhold Relief"))
    assert (mention.kind, mention.name) == ("organization", "Samhold Relief")


def test_the_name_alone_later_is_that_body(nlp) -> None:
    text = ("A convoy was turned back at the crossing on Friday, the aid agency Samhold Relief said on Saturday. "
            "Samhold later said it had filed a complaint with the monitors.")
    first, later = text.index("the aid agency"), text.index("Samhold later")
    spans = [(first, first + len("the aid agency Samhold Relief")), (later, later + len("Samhold"))]
    attributions = [Attribution((0, 1), "said", "assert", "indirect", speaker_span=span,
                                speaker_text=text[span[0]:span[1]], source_kind="named") for span in spans]
    index = ActorIndex()
    found = resolve_document("d0", mentions_from_doc(nlp(text), attributions), index).speakers()
    actors = [index.get(found[i] or "") for i in range(2)]
    assert [(a.name, a.kind) for a in actors if a is not None] == [("Samhold Relief", "organization")] * 2


def test_a_surname_that_opens_a_bodys_name_stays_a_person() -> None:
    text = ("The charity Vessen Trust said on Friday that the convoy had been stopped. "
            "Its founder, Ana Vessen, said the drivers were safe. Vessen said she would travel to the crossing.")
    [names] = speakers_across((text, ("The charity Vessen Trust", "Vessen")))
    assert names == ["Vessen Trust", "Ana Vessen"]


def test_a_dateline_below_a_byline_is_a_place_not_a_body(nlp) -> None:
    text = ("By Ana Ruskel, Border Correspondent\n\nVELT, Feb 17 (Kestrel) - The crossing reopened on Wednesday,"
            " officials said.")
    velt = next(m for m in mentions_from_doc(nlp(text), []) if m.text == "VELT")
    assert (velt.kind, velt.form) == ("unknown", "place")


def test_a_form_of_address_makes_a_name_a_person(nlp) -> None:
    # the recogniser tags "Amsel" alone as a body; "Mr" says otherwise
    text = ("Piet Amsel, the board's director, said the samples showed levels the board could not accept.\n\n"
            "Asked whether the well caused the illnesses, Mr Amsel said: \"That is for the doctors to say.\"")
    start = text.index("Mr Amsel")
    assert span_mention(nlp(text), start, start + len("Mr Amsel")).kind == "person"
    [names] = speakers_across((text, ("Piet Amsel", "Mr Amsel")))
    assert names == ["Piet Amsel", "Piet Amsel"]


def test_a_kind_of_body_after_a_names_possessive_completes_the_name() -> None:
    # the recogniser tags only "St Ilda's"; "the hospital" later is that hospital
    text = ("Doctors at St Ilda's Hospital in Marren have treated 38 people for fever since last Thursday,"
            " the hospital said in a statement on Wednesday.")
    [names] = speakers_across((text, ("the hospital",)))
    assert names == ["St Ilda's Hospital"]


def test_a_body_described_but_not_named_is_an_actor() -> None:
    first = ("The regional water board rejected any link between the well and the fever.", ("The regional water board",))
    later = ("The regional water board closed the well on Saturday, a spokeswoman said. The water board said the"
             " samples were clear.", ("The water board",))
    assert speakers_across(first, later) == [["water board"], ["water board"]]


def test_a_bare_or_generic_body_with_no_name_stays_unresolved() -> None:
    # "the board" says no more than any board; "the company" fits any
    text = "The board rejected any link between the well and the fever. The company said the samples were clear."
    assert speakers_across((text, ("The board", "The company"))) == [[None, None]]


def test_a_compound_keeps_its_own_words_but_not_the_bodys(nlp) -> None:
    text = "The regional civil defence office said the road was closed."
    mention = span_mention(nlp(text), 0, len("The regional civil defence office"))
    assert mention.roles == ("civil defence office",)


def test_the_bare_word_after_a_body_described_but_never_quoted_is_that_body(sample_world) -> None:
    text = ("Brisk said the company had given its tracking data to the maritime investigation board. "
            "The board confirmed it had received the data.")
    assert speakers_across((text, ("The board",))) == [["maritime investigation board"]]


def test_the_bare_word_after_a_named_body_is_left_to_the_name(nlp) -> None:
    text = "The Civic Dawn party called the march. The party said the route was agreed."
    start = text.index("The party")
    assert span_mention(nlp(text), start, start + len("The party")).roles == ("party",)


def test_an_office_a_role_owns_is_the_office_of_whoever_holds_the_role(sample_world) -> None:
    text = ("The mayor of Dunmere, Elin Vasko, said the bridge had passed an inspection. "
            "The mayor's office later said she had been misquoted.")
    assert speakers_across((text, ("The mayor of Dunmere, Elin Vasko", "The mayor's office"))) == \
        [["Elin Vasko", "office (Elin Vasko)"]]


def test_an_office_whose_role_holder_is_not_named_is_named_by_the_role(sample_world) -> None:
    text = "The mayor's office said the bridge would stay closed."
    assert speakers_across((text, ("The mayor's office",))) == [["office (mayor)"]]


def _speaker_actors(nlp, text: str, speakers: tuple[str, ...]) -> list:  # noqa: ANN001
    """Each speaker's actor, one document resolved into a fresh index."""
    attributions = []
    for speaker in speakers:
        start = text.rindex(speaker)
        attributions.append(Attribution((0, 1), "said", "assert", "indirect", speaker_span=(start, start + len(speaker)),
                                        speaker_text=speaker, source_kind="named"))
    index = ActorIndex()
    found = resolve_document("d0", mentions_from_doc(nlp(text), attributions), index).speakers()
    return [index.get(found[i] or "") for i in range(len(speakers))]


def test_a_person_described_as_the_companys_director_speaks_for_the_company_named_before(nlp) -> None:
    text = ("Brightwater Events denied that it had sold more tickets than agreed. "
            "\"We sold 1,480 tickets,\" the company's director, Pia Lund, said in an interview.")
    company, director = _speaker_actors(nlp, text, ("Brightwater Events", "the company's director, Pia Lund"))
    assert company is not None and director is not None
    assert (director.name, director.affiliation) == ("Pia Lund", company.id)


def test_a_person_described_by_the_office_a_story_names_only_by_what_it_is_belongs_to_it(nlp) -> None:
    text = ("The national water inspection office said it had opened an inquiry. "
            "\"We will examine the records,\" said Marta Kuzel, the office's deputy commissioner.")
    office, deputy = _speaker_actors(nlp, text, ("The national water inspection office", "Marta Kuzel, the office's deputy commissioner"))
    assert office is not None and deputy is not None
    assert office.kind == "organization" and "office" in office.name
    assert (deputy.name, deputy.affiliation) == ("Marta Kuzel", office.id)


def test_a_body_called_by_the_last_word_of_its_name_is_that_body(nlp) -> None:
    """"the Harlow Accident Bureau ... The bureau said": bureau, regulator,
    inspectorate, tribunal and the like are kinds of body (roles.tsv)."""
    text = ("A worn blade caused the failure, the Harlow Accident Bureau said on Wednesday. "
            "The bureau said the aircraft had been released two days later.")
    named, short = _speaker_actors(nlp, text, ("the Harlow Accident Bureau", "The bureau"))
    assert named is not None and short is not None and short.id == named.id


def test_an_electoral_commission_is_a_body_however_its_adjective_reads() -> None:
    first = ("The vote had been properly counted, the city's electoral commission said.",
             ("the city's electoral commission",))
    later = ("The election commission said on Monday that a recount had confirmed the result.", ("The election commission",))
    assert speakers_across(first, later) == [["electoral commission"], ["electoral commission"]]


def test_a_union_named_by_its_members_is_a_body_and_its_bare_name_later_too() -> None:
    first = ("Two wards are closed, the nurses' union said on Monday. The union said later that 23 patients were ill.",
             ("the nurses' union", "The union"))
    names = speakers_across(first)
    assert names == [["nurses union", "nurses union"]]
    [[owned]] = speakers_across(("The city's union said the depot would close.", ("The city's union",)))
    assert owned != "city union"


def test_a_bare_spokeswoman_speaks_for_the_described_body_just_before_not_an_earlier_named_one() -> None:
    text = ("Orley General Hospital admitted the cluster. The Kelm health authority said it had opened an inquiry. "
            "A spokeswoman said the authority had learned of it from the memo.",
            ("Orley General Hospital", "The Kelm health authority", "A spokeswoman"))
    [[hospital, authority, spokeswoman]] = speakers_across(text)
    assert spokeswoman == authority != hospital


def test_the_bare_body_of_a_later_article_is_the_cases_one_body_of_that_kind() -> None:
    first = ("Two wards are closed, the nurses' union said on Monday.", ("the nurses' union",))
    later = ("The union said on Friday that 23 patients were ill.", ("The union",))
    assert speakers_across(first, later) == [["nurses union"], ["nurses union"]]
