"""Value extraction and discrepancies between documents (fictional articles)."""

from __future__ import annotations

import pytest

from rashomon.findings import DocumentView, discrepancies, extract_values

A = (
    "ORSK, June 3 (Valley Wire) - The Lumen Institute published its survey of the Tessel bridge on June 2, "
    "finding cracks in two piers. The bridge lies two miles from the old quarry. "
    "At least 12 people were injured when a span fell, the county said."
)
B = (
    "The Lumen Institute survey of the Tessel bridge, released on June 4, found cracks in two piers. "
    "The bridge lies 3.2 km from the old quarry. The county said 30 people were injured when a span fell."
)
C = "Inspector Maren Holloway of the county said repairs would start soon. The bridge lies 5 km from the old quarry."
D = "Inspector Maren Haloway said the work would take a year."


def test_values_are_normalised_with_units_and_datelines_skipped() -> None:
    found = {m.text: m for m in extract_values("a", A, "2031")}
    assert "June 3" not in found  # the dateline is not a fact
    assert found["June 2"].value == "2031-06-02"
    assert found["two miles"].value == pytest.approx(3218.688)
    assert found["12 people"].qualifier == "at least"
    assert A[slice(*found["two miles"].span)] == "two miles"


def test_differing_values_for_the_same_fact_are_reported_with_spans() -> None:
    docs = [DocumentView("a", A, published="2031-06-03"), DocumentView("b", B, published="2031-06-04")]
    found = discrepancies(docs)
    facts = {f["fact"].split(" (")[0]: f for f in found}
    assert set(facts) == {"date", "number of people injured"}  # what happened to them names the fact
    dates = facts["date"]["values"]
    assert [v["value"] for v in dates] == ["2031-06-02", "2031-06-04"]
    for value in dates:
        for doc, start, end in value["spans"]:
            assert {"a": A, "b": B}[doc][start:end] in ("June 2", "June 4")
    assert all(f["type"] == "discrepancy" and f["summary"] for f in found)


def test_same_distance_in_other_units_agrees_and_a_different_one_does_not() -> None:
    docs = [DocumentView("a", A), DocumentView("b", B), DocumentView("c", C)]
    distance = [f for f in discrepancies(docs) if f["fact"].startswith("distance")]
    assert len(distance) == 1
    values = distance[0]["values"]
    assert sorted(v["documents"] for v in values) == [["a", "b"], ["c"]]


def test_copies_and_counts_that_grew_are_not_discrepancies() -> None:
    later = B.replace("released on June 4", "released on June 2")
    docs = [DocumentView("a", A, published="2031-06-03"), DocumentView("b", later, published="2031-06-20")]
    assert discrepancies(docs) == []  # 12 "at least" then 30 two weeks later: the toll grew
    copy = [DocumentView("a", A), DocumentView("b", B, duplicate_of="a")]
    assert [f for f in discrepancies(copy) if not f["fact"].startswith("spelling")] == []


def test_a_name_spelled_two_ways_is_a_discrepancy() -> None:
    found = discrepancies([DocumentView("c", C), DocumentView("d", D)])
    names = [f for f in found if f["fact"].startswith("spelling")]
    assert len(names) == 1
    assert {v["value"] for v in names[0]["values"]} == {"Inspector Maren Holloway", "Inspector Maren Haloway"}


def test_spellings_the_actor_registry_merged_are_not_a_discrepancy() -> None:
    docs = [
        DocumentView("a", "Colonel Pell Marrick inspected the depot on Monday."),
        DocumentView("b", "Colonel Pell Marik inspected the depot on Monday."),
    ]
    assert [f["fact"] for f in discrepancies(docs)] == ["spelling of the name Colonel Pell Marik"]
    assert discrepancies(docs, [("Pell Marrick", "Colonel Pell Marik")]) == []


def test_the_fact_named_in_a_summary_does_not_depend_on_set_order() -> None:
    from rashomon.findings.discrepancy import _fact
    from rashomon.findings.values import ValueMention

    def mention(document: str, head: str) -> ValueMention:
        return ValueMention(document, (0, 8), "two days", "duration", 172800.0, None, None, head,
                            frozenset(), frozenset(), head)

    # A tie between two heads goes to the one seen first, whatever the hash seed.
    assert _fact([mention("a", "shelling"), mention("b", "curfew")]) == "duration (shelling)"
    assert _fact([mention("b", "curfew"), mention("a", "shelling")]) == "duration (curfew)"


def test_a_summary_names_what_is_dated_and_writes_names_whole() -> None:
    # "dated" puts a date on the report; the shared name is one name, not three words
    first = "The Harbour Survey Group found cracks in the pier, according to its report of June 7."
    second = "The Harbour Survey Group, a charity, found cracks in the pier, according to a report dated June 5."
    docs = [DocumentView("a", first, published="2031-06-08"), DocumentView("b", second, published="2031-06-08")]
    [found] = discrepancies(docs)
    assert found["fact"] == "date (report, Harbour Survey Group)"


def test_a_posts_signature_date_is_no_fact() -> None:
    # when a post was made dates the post, as a dateline dates the article
    text = "Our divers will inspect the pier all week. \u2014 Harbour Survey Group (@harboursurvey) June 3, 2031"
    assert [m.text for m in extract_values("a", text, "2031")] == []


def _value_facts(*texts: str) -> list[dict[str, object]]:
    docs = [DocumentView(f"d{i}", text, published="2031-09-02") for i, text in enumerate(texts)]
    return [f for f in discrepancies(docs) if not str(f["fact"]).startswith("spelling")]


def test_a_limit_is_not_a_count_of_what_happened() -> None:
    carried = "The Corla ferry carried 180 passengers and 9 crew on her last crossing from Dunmere, within her limits."
    limit = "The Corla ferry left Dunmere with 180 passengers and 9 crew, within her licensed limit of 220 passengers."
    assert _value_facts(carried, limit) == []
    found = {m.text: m for m in extract_values("a", limit, "2031")}
    assert found["220 passengers"].role == "limit" and found["180 passengers"].role is None


def test_an_increment_is_not_a_total() -> None:
    first = "Lifeboats pulled 61 people from the flooded Arle valley by dawn, the fire service said."
    later = "A further 75 people were pulled from the flooded Arle valley, the fire service said."
    assert _value_facts(first, later) == []


def test_counts_with_different_heads_need_more_than_their_noun_in_common() -> None:
    toll = "The blast killed 14 people in Semmer's river quarter."
    town = "Semmer, home to some 9,000 people, sits on the river."
    assert _value_facts(toll, town) == []


def test_two_lower_bounds_do_not_contradict_each_other() -> None:
    deck = "A lifeguard counted more than 300 people on the Corla ferry's decks."
    stair = "A passenger counted more than forty people on one stairway of the Corla ferry."
    assert _value_facts(deck, stair) == []
    exact = "A passenger counted 150 people on the Corla ferry's decks."
    found = _value_facts(deck, exact)
    assert [[v["value"] for v in f["values"]] for f in found] == [["more than 300 people", "150 people"]]


def test_passengers_and_people_are_one_count() -> None:
    operator = "We carried 212 passengers on the Corla ferry that night, the operator said."
    guard = "The Corla ferry was carrying more than 300 people that night, the coast guard said."
    found = _value_facts(operator, guard)
    assert len(found) == 1 and str(found[0]["fact"]).startswith("number of passengers")


def test_values_clash_only_where_linked_directly() -> None:
    # 300 is linked to the first 40 (two lower bounds: no clash) and that 40 to
    # the deckhand's 40; the 300 and the deckhand's 40 share nothing themselves
    decks = "Harbour staff counted more than 300 people on the Corla ferry's decks."
    stairway = "Harbour staff counted more than 40 people on the stairway to the Corla ferry's upper deck."
    deckhand = "A deckhand said 40 people stood on the stairway to the upper deck."
    assert _value_facts(decks, stairway, deckhand) == []


def test_a_count_hangs_on_the_word_after_its_noun_too() -> None:
    passive = "At least 19 people were killed in the storm, the police said."
    active = "The storm killed 27 people, officials said."
    found = _value_facts(passive, active)
    assert [[v["value"] for v in f["values"]] for f in found] == [["at least 19 people", "27 people"]]


# Event dates written as a weekday: "sank in the early hours of Friday" against a calendar date.
SANK_THURSDAY = "ULVIK, Norland, Mar 8 (Coast Wire) - A grain barge sank late on Thursday, March 6, off the port of Ulvik, the harbour office said."
SANK_FRIDAY = (
    "The Osk grain barge, which sank off Ulvik in the early hours of Friday, was carrying 900 tonnes of wheat, "
    "the harbour office said on Sunday."
)


def test_an_event_dated_by_a_weekday_clashes_with_its_calendar_date() -> None:
    docs = [DocumentView("a", SANK_THURSDAY, published="2031-03-08"), DocumentView("b", SANK_FRIDAY, published="2031-03-09")]
    [found] = [f for f in discrepancies(docs) if str(f["fact"]).startswith("date")]
    assert found["fact"] == "date (sank, Ulvik)"  # the event, past "late" and "in the early hours of"
    texts = {v["value"]: [{"a": SANK_THURSDAY, "b": SANK_FRIDAY}[d][s:e] for d, s, e in v["spans"]] for v in found["values"]}
    assert texts == {"2031-03-06": ["March 6"], "2031-03-07": ["Friday"]}


def test_a_weekday_after_a_reporting_verb_dates_the_statement_not_an_event() -> None:
    values = {m.text: m.value for m in extract_values("b", SANK_FRIDAY, "2031", "2031-03-09")}
    assert values == {"Friday": "2031-03-07", "900 tonnes": 900000.0}  # no "Sunday" (said on Sunday)
    assert extract_values("c", "The harbour office reported on Monday that the wreck had moved.", "2031", "2031-03-12") == []
    # publishing words date one act; a report (a noun after "its") is a thing with a date
    issued = "The harbour office report was issued on Monday. It sent its report on Tuesday."
    assert [m.head for m in extract_values("c", issued, "2031", "2031-03-12")] == ["publish", "report"]


def test_datelines_with_a_country_or_the_day_first_are_no_facts() -> None:
    assert "Mar 8" not in {m.text for m in extract_values("a", SANK_THURSDAY, "2031")}
    text = "ULVIK, 8 March 2031 - The harbour office reopened the port on March 7."
    assert [m.text for m in extract_values("a", text, "2031")] == ["March 7"]


def test_weekdays_of_one_person_on_different_days_do_not_clash() -> None:
    # the person is who took part, not the event: two visits, two Thursdays
    visit = "Mayor Ilse Varga laid a wreath in the harbour square on Thursday."
    speech = "Mayor Ilse Varga told the council on Thursday that the harbour would reopen, and thanked the divers."
    docs = [DocumentView("a", visit, published="2031-03-08"), DocumentView("b", speech, published="2031-05-10")]
    assert discrepancies(docs) == []


def test_publishing_an_interview_is_not_giving_it() -> None:
    given = "In an interview with the Ulvik Courier on Monday, the harbour master said the barge was overloaded."
    printed = "In an interview published on Tuesday by the Ulvik Courier, the harbour master said the barge was overloaded."
    docs = [DocumentView("a", given, published="2031-03-11"), DocumentView("b", printed, published="2031-03-12")]
    assert discrepancies(docs) == []


def test_an_hour_of_the_clock_is_no_count() -> None:
    text = "The guards moved in shortly before 10 pm. The march had begun at 6 o'clock with 40 drummers."
    counts = [m.text for m in extract_values("a", text) if m.dimension == "number" or m.dimension.startswith("count:")]
    assert counts == ["40 drummers"]


def test_lengths_of_time_that_hang_on_different_words_are_different_facts() -> None:
    # two days to admit it, four days after a statement, five days late: three spans of time, no clash
    docs = [
        DocumentView("a", "It took the harbour master two days to admit the error at the lock."),
        DocumentView("b", "The harbour master admitted the error four days after the lock failed."),
        DocumentView("c", "The lock keepers said the harbour master's admission came five days too late."),
    ]
    assert [f for f in discrepancies(docs) if f["fact"].startswith("duration")] == []


def test_hours_of_the_clock_that_cannot_both_be_right_clash() -> None:
    docs = [
        DocumentView("a", "The wardens said the guards had moved in shortly before 10 pm, after a scuffle at the gate."),
        DocumentView("b", "The dockers' guild has said all along that the guards moved in after 11 pm."),
    ]
    clock = [f for f in discrepancies(docs) if f["fact"].startswith("time of day")]
    assert len(clock) == 1
    assert sorted(v["value"] for v in clock[0]["values"]) == ["after 11 pm", "shortly before 10 pm"]


def test_one_hour_written_two_ways_agrees() -> None:
    docs = [
        DocumentView("a", "The wardens said the guards moved in at 21:50, after a scuffle at the gate."),
        DocumentView("b", "The dockers' guild said the guards moved in at 9.50 pm, after a scuffle at the gate."),
    ]
    assert [f for f in discrepancies(docs) if f["fact"].startswith("time of day")] == []


def test_the_hurt_and_the_injured_are_one_count_and_the_detained_another() -> None:
    docs = [
        DocumentView("a", "The wardens said 31 people had been injured at the gate and that 90 people had been detained."),
        DocumentView("b", "The dockers' guild said more than 300 people had been hurt at the gate."),
        DocumentView("c", "The dockers' guild said at least 150 people had been detained at the gate."),
    ]
    facts = [sorted(v["value"] for v in f["values"]) for f in discrepancies(docs) if f["fact"].startswith("number of people")]
    assert sorted(facts) == [["31 people", "more than 300 people"], ["90 people", "at least 150 people"]]


def test_metric_tons_are_tonnes_and_concentrations_are_one_dimension() -> None:
    text = ("The mill said about 1.8 metric tons of lye had escaped. Samples held 4.2 mg/l of lye, "
            "the lab said, and the mill's own reading was four milligrams a litre.")
    found = {m.text: m for m in extract_values("a", text)}
    assert (found["1.8 metric tons"].dimension, found["1.8 metric tons"].value) == ("mass", 1800.0)
    assert (found["4.2 mg/l"].dimension, found["4.2 mg/l"].value) == ("concentration", 4.2)
    assert (found["four milligrams a litre"].dimension, found["four milligrams a litre"].value) == ("concentration", 4.0)


def test_a_concentration_may_name_its_substance_inside_the_unit() -> None:
    text = "The lab said the samples held 4.2 milligrams of dissolved lye per litre at the mill's outfall."
    found = {m.text: m for m in extract_values("a", text)}
    mention = found["4.2 milligrams of dissolved lye per litre"]
    assert (mention.dimension, mention.value) == ("concentration", 4.2)


def test_the_figure_a_correction_withdraws_is_not_a_value() -> None:
    text = ("Correction: An earlier version of this report misstated the lab's reading as 42 mg/l. "
            "The reading was 4.2 mg/l.")
    assert [m.text for m in extract_values("a", text)] == ["4.2 mg/l"]


def test_a_running_total_that_grew_overnight_does_not_clash() -> None:
    docs = [
        DocumentView("a", "The clinic in Orsk said it had treated 31 people for burns since dawn on Monday.",
                     published="2031-06-02"),
        DocumentView("b", "The clinic in Orsk said it had treated 47 people for burns since Monday morning.",
                     published="2031-06-03"),
    ]
    assert [f for f in discrepancies(docs) if f["fact"].startswith("number of people")] == []
    # the same figures a day apart without a running total still clash
    docs = [
        DocumentView("a", "The clinic in Orsk said 31 people were treated for burns after the fire on Monday.",
                     published="2031-06-02"),
        DocumentView("b", "The clinic in Orsk said 47 people were treated for burns after the fire on Monday.",
                     published="2031-06-03"),
    ]
    assert len([f for f in discrepancies(docs) if f["fact"].startswith("number of people")]) == 1


def test_counts_in_two_named_places_are_two_facts() -> None:
    docs = [
        DocumentView("a", "Corvane Mills, which employs about 600 people in Orsk, makes paper from pulp."),
        DocumentView("b", "Corvane Mills runs a second works on the coast and employs 1,100 people in Tessaly."),
    ]
    assert [f for f in discrepancies(docs) if f["fact"].startswith("number of people")] == []


def test_counts_of_different_events_are_not_linked_by_the_story_s_names() -> None:
    docs = [
        DocumentView("a", "Corvane Mills said the Orsk clinic had treated 31 people for burns on Monday."),
        DocumentView("b", "Corvane Mills said the Orsk works had 250 people on its payroll."),
    ]
    assert [f for f in discrepancies(docs) if f["fact"].startswith("number of people")] == []


def test_numbers_written_with_a_hyphen_are_read_whole() -> None:
    found = {m.text: m for m in extract_values("a", "Forty-two people were injured, the wardens said.")}
    assert found["Forty-two people"].value == 42.0


def test_a_count_of_the_injured_is_a_count_of_people_injured() -> None:
    docs = [
        DocumentView("a", "The wardens said in a statement that 27 people were injured, among them nine guards."),
        DocumentView("b", "The dockers' medics counted more than 200 injured that night, the guild said."),
    ]
    facts = [sorted(v["value"] for v in f["values"]) for f in discrepancies(docs) if f["fact"].startswith("number of people")]
    assert facts == [["27 people", "more than 200 injured"]]


def test_an_hour_written_in_words_is_a_time_of_day() -> None:
    text = ("The keepers smelled smoke at half past nine on Tuesday night. "
            "The ferry left at a quarter to six in the morning. The bell rang at ten o'clock. "
            "The gate shut at half past two on Wednesday afternoon.")
    hours = {m.text: m.value for m in extract_values("a", text) if m.dimension == "time of day"}
    assert hours == {"half past nine": 21 * 60 + 30, "a quarter to six in the morning": 5 * 60 + 45, "ten o'clock": 600,
                     "half past two": 14 * 60 + 30}


def test_an_hour_in_words_and_in_digits_agree_and_clash() -> None:
    docs = [
        DocumentView("a", "The wardens said the fire at the boathouse began at half past nine on Tuesday night."),
        DocumentView("b", "The dockers' guild said the fire at the boathouse began at 21:30 on Tuesday."),
        DocumentView("c", "The harbour board said the fire at the boathouse began at approximately 23:15 on Tuesday."),
    ]
    clock = [f for f in discrepancies(docs) if f["fact"].startswith("time of day")]
    assert len(clock) == 1
    assert sorted(v["documents"] for v in clock[0]["values"]) == [["a", "b"], ["c"]]


def test_a_running_total_reaches_past_a_list() -> None:
    text = "The clinic in Orsk said it had treated 31 people for burns, coughs and sore eyes since dawn."
    assert [m.running for m in extract_values("a", text) if m.dimension == "count:peopl"] == [True]


def test_seeking_treatment_and_being_treated_are_one_count() -> None:
    text = "The ministry said nineteen people had sought treatment at the clinic in Orsk."
    assert [m.after for m in extract_values("a", text) if m.dimension == "count:peopl"] == ["treat"]


def test_a_count_made_up_to_a_day_it_names_is_of_that_day() -> None:
    # published three days apart, but both counts are of Thursday: the lower one does not grow into the higher
    docs = [
        DocumentView("a", "The ministry said nineteen people had sought treatment at the clinic in Orsk.",
                     published="2031-06-06"),
        DocumentView("b", "Forty-seven people had been treated at the clinic in Orsk by Thursday night, the clinic said.",
                     published="2031-06-09"),
    ]
    assert [m.as_of for m in extract_values("b", docs[1].text, published="2031-06-09") if m.dimension == "count:peopl"] == ["2031-06-05"]
    clash = [f for f in discrepancies(docs) if f["fact"].startswith("number of people")]
    assert len(clash) == 1
    assert sorted(v["value"] for v in clash[0]["values"]) == ["Forty-seven people", "nineteen people"]


def test_a_word_in_ing_before_the_counted_noun_describes_it() -> None:
    found = {m.text: m for m in extract_values("a", "Monitors saw ballots stuffed at 12 polling stations in Ostrel.", "2034")}
    assert found["12 polling stations"].dimension == "count:station"


def test_shares_one_point_apart_are_two_figures() -> None:
    commission = "Turnout in the Ostrel election reached 58 percent, the electoral board said."
    monitors = "Turnout in the Ostrel election reached 59 percent, the monitors said."
    found = _value_facts(commission, monitors)
    assert len(found) == 1 and str(found[0]["fact"]).startswith("percent")
    rounded = _value_facts(commission, monitors.replace("59 percent", "58.4 percent"))
    assert rounded == []


def test_a_speed_is_a_speed_in_any_unit() -> None:
    found = {m.text: m for m in extract_values("a", "The train ran at 90 km/h, the tug at 12 knots and the van at 40 mph.", "2035")}
    assert {m.dimension for m in found.values()} == {"speed"}
    assert found["12 knots"].value == pytest.approx(22.224)


def test_an_estimate_and_a_figure_near_it_can_both_be_right() -> None:
    guard = "The Orla ferry was travelling at about 30 km/h when she struck the pier, the harbour master said."
    recorder = "The Orla ferry was travelling at 28 km/h when she struck the pier, the recorder showed."
    assert _value_facts(guard, recorder) == []
    far = _value_facts(guard, recorder.replace("28 km/h", "19 km/h"))
    assert len(far) == 1 and str(far[0]["fact"]).startswith("speed")


def test_an_abbreviated_month_or_title_does_not_end_the_sentence() -> None:
    # "Sept." and "Col." close abbreviations: the day stays a date, and the
    # sentence goes on to what it dates
    text = "Col. Ivo Saret said the barrier was lowered on Sept. 2, a day before the flood."
    values = extract_values("a", text, year="2031")
    assert [(m.dimension, m.value, m.head) for m in values] == [("date", "2031-09-02", "lower")]
    docs = [
        DocumentView("a", "The lock keepers said the barrier was lowered on Sept. 2 at Harl."),
        DocumentView("b", "The lock keepers said the barrier was lowered on Sept. 4 at Harl."),
    ]
    assert len(discrepancies(docs)) == 1


def test_a_count_counts_the_noun_its_modifiers_lead_to() -> None:
    """"three polling station volunteers" counts volunteers, "one polling
    station" stations: no clash between them."""
    counted = [(m.dimension, m.value) for m in extract_values("a", "Three polling station volunteers saw it. Three police officers were hurt.")]
    assert counted == [("count:volunteer", 3.0), ("count:officer", 3.0)]
    docs = [
        DocumentView("a", "The party has statements from three polling station volunteers in Varlen."),
        DocumentView("b", "The error was made at one polling station in Varlen."),
    ]
    assert discrepancies(docs) == []


def test_infected_counts_clash_whichever_word_says_it() -> None:
    """"tested positive", "had contracted" and "had been infected" say one
    thing of the patients, a few words after the count or right after it."""
    docs = [
        DocumentView("a", "At least 23 patients have tested positive at the Orsk clinic, the union said."),
        DocumentView("b", "The Orsk clinic admitted that 19 patients on two wards had contracted the infection."),
    ]
    found = discrepancies(docs)
    assert [f["summary"] for f in found] == [
        "Sources disagree on the number of patients infected (Orsk): at least 23 patients (1 document) vs 19 patients (1 document)."
    ]
