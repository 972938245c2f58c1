import pytest

from citeaudit.reader import parse


def found(auditor, text, rules=("duplicate-claim", "conflicting-attribution", "number-mismatch")):
    result, _ = auditor.audit_document(parse(text, "t.txt"))
    return [(f.rule, f.line, f.message, [r.line for r in f.related]) for f in result.findings if f.rule in rules]


def placed(auditor, text, rules=("duplicate-claim", "conflicting-attribution", "number-mismatch")):
    """(rule, line, the lines of the related statements) of each finding."""
    return [(rule, line, related) for rule, line, _, related in found(auditor, text, rules)]


# the same statement with other figures: a number mismatch, also the control beside a case that is none
MISMATCHED = ("Some 2,300 residents were evacuated from the flooded riverside district on Tuesday.\n\n"
              "Some 3,200 residents were evacuated from the flooded riverside district on Tuesday.\n")


def test_paraphrased_duplicate(auditor):
    text = ("Floodwaters forced the evacuation of nearby riverside villages along the Danube on Tuesday morning.\n\n"
            "On Tuesday morning, floodwaters along the Danube forced the evacuation of nearby riverside villages.\n")
    assert found(auditor, text) == [("duplicate-claim", 3, "Repeats the claim on line 1", [1])]


def test_number_mismatch(auditor):
    (got,) = found(auditor, MISMATCHED)
    assert got[0] == "number-mismatch" and got[1] == 3 and "3,200 here, 2,300 there" in got[2]  # (as written)


def test_a_count_given_twice_with_different_figures_is_a_mismatch_however_the_sentences_differ(auditor):
    text = ("A freight train carrying chemicals derailed near Elmwood on Saturday, killing 12 people and forcing "
            "hundreds to evacuate, officials said.\n\nThe derailment killed 14 people, the coroner said.\n\n"
            "At least 15 people were killed, a hospital official said.\n\n"  # (a bound: no contradiction)
            "In 2019, a similar derailment killed 30 people.\n")  # (another year)
    got = found(auditor, text)
    assert [(rule, line, related) for rule, line, _, related in got] == [("number-mismatch", 3, [1])]
    assert "14 here, 12 there" in got[0][2]


def test_figures_written_in_words_are_compared_and_an_age_is_none(auditor):
    text = ("Chiefs lose receiver\n\nHollins, 27, had 48 catches for 612 yards and four touchdowns this season.\n\n"
            "The Chiefs play Buffalo on Sunday.\n\n"
            "Hollins had 48 catches for 612 yards and five touchdowns this season, the team said.\n")
    (got,) = found(auditor, text)
    assert got[:2] == ("number-mismatch", 7) and got[2].endswith("48, 612, five here, 48, 612, four there")
    # the age alone differs: the same claim
    text = text.replace("five touchdowns", "four touchdowns")
    assert [(rule, line) for rule, line, _, _ in found(auditor, text)] == [("duplicate-claim", 7)]


def test_a_number_of_two_words_is_one_figure(auditor):
    text = ("Sixty-seven percent of the voters in the county primary were white, exit polls showed.\n\n"
            "Seventy-eight percent of the voters in the county primary were white, exit polls showed.\n")
    (got,) = found(auditor, text)
    assert got[0] == "number-mismatch" and got[2].endswith("Seventy-eight percent here, Sixty-seven percent there")


def test_a_claim_with_a_modifier_of_the_storys_subject_added_is_the_same_claim(auditor):
    # (a longer sentence, its words in order, naming only what the headline names)
    text = ("Measles cases climb in West Texas outbreak\n\n"
            "The number of measles cases in an outbreak centered in West Texas has risen to 146, officials said.\n\n"
            "Rain fell all day.\n\n"
            "The number of measles cases in the outbreak has risen to 164, state health officials said.\n")
    (got,) = found(auditor, text)
    assert got[:2] == ("number-mismatch", 7) and got[2].endswith("164 here, 146 there")
    # a name the story is not about makes two claims
    assert found(auditor, text.replace("West Texas outbreak", "outbreak")) == []


def test_a_claim_repeated_without_its_long_qualifier_is_compared(auditor):
    # (the first statement half as long again and more: a qualifying phrase of seven words)
    text = ("People who walked about 9,800 steps a day were 51% less likely to develop dementia over seven years than "
            "those who walked less, a study published Monday in JAMA Neurology found.\n\nThe study was funded by "
            "the ministry.\n\nPeople who walked about 9,800 steps a day were 50% less likely to develop dementia.\n")
    got = [f for f in found(auditor, text) if f[0] == "number-mismatch"]
    assert [(rule, line) for rule, line, _, _ in got] == [("number-mismatch", 5)]
    assert "50% here" in got[0][2] and "51%" in got[0][2]


def test_a_day_named_in_one_claim_only_does_not_make_two_claims(auditor):
    text = ("Some 2,300 homes lost power across the flooded riverside district on Tuesday.\n\nRain fell all day.\n\n"
            "Some 3,200 homes lost power across the flooded riverside district.\n")
    assert [(rule, line) for rule, line, _, _ in found(auditor, text)] == [("number-mismatch", 5)]


def test_a_conversion_in_brackets_does_not_hide_a_mismatch(auditor):
    text = ("Net profit rose to 4.2 billion kroner ($390 million), the company said.\n\nShares rose.\n\n"
            "Net profit rose to 4.4 billion kroner.\n")
    (got,) = found(auditor, text)
    assert got[:2] == ("number-mismatch", 5) and "4.4 billion here" in got[2]


def test_a_count_may_leave_its_noun_to_the_count_before_it(auditor):
    text = ("A missile strike on a market killed 17 people and wounded 32 on Wednesday, officials said.\n\n"
            "The strike killed 17 people and injured 28, according to the emergency service.\n\n"
            # (a bound carries over too: "at least ... 40 others" is no exact count)
            "Rescuers said that by nightfall at least 17 people had been killed, and the strike had wounded 40 others.\n")
    assert placed(auditor, text) == [("number-mismatch", 3, [1])]


def test_homes_destroyed_are_a_count_that_must_agree(auditor):
    text = ("The Canyon Fire destroyed 120 homes and forced 3,000 people to evacuate, fire officials said.\n\n"
            "The blaze started Sunday afternoon near Highway 9.\n\n"
            "By Tuesday evening, the fire had destroyed 210 homes, the most in the county's history.\n")
    assert placed(auditor, text) == [("number-mismatch", 5, [1])]


def test_people_killed_and_people_who_died_are_one_count(auditor):
    text = ("The blast killed 14 people at the market, police said.\n\n"
            "Officials said 16 people died in the blast at the market.\n")
    assert placed(auditor, text, ("number-mismatch",)) == [("number-mismatch", 3, [1])]


def test_a_count_opening_a_sentence_in_words_is_compared_from_ten_up(auditor):
    text = ("A fire tore through a Bronx building early Sunday, killing 12 people, fire officials said.\n\n"
            "Fourteen people died in the fire, according to a statement from the mayor's office.\n")
    assert placed(auditor, text, ("number-mismatch",)) == [("number-mismatch", 3, [1])]
    # (the small numbers news spells out count other events too often: the first attack's two, the four in all)
    text = ("Two Americans were killed at the compound, officials said.\n\n"
            "The four Americans killed in the attack might have been saved, Hicks said.\n")
    assert placed(auditor, text, ("number-mismatch",)) == []


def test_people_left_dead_are_people_killed(auditor):
    text = ("A fire in a Bronx apartment building killed 12 people early Sunday, officials said.\n\n"
            "The blaze left 14 people dead, according to police.\n")
    assert placed(auditor, text, ("number-mismatch",)) == [("number-mismatch", 3, [1])]


def test_a_death_toll_counts_people_killed(auditor):
    text = ("Rescue officials said the death toll was 16, and that several of the injured were critical.\n\n"
            "Police said 14 people had died in the crash.\n\n"
            "The toll rose from 12 on Saturday. At least 14 people were killed, police said.\n")
    assert placed(auditor, text, ("number-mismatch",)) == [("number-mismatch", 3, [1])]


def test_a_toll_may_count_for_a_verb_the_counts_do_not_list(tmp_path):
    from pathlib import Path

    from citeaudit.engine import Auditor
    from citeaudit.rules import load_rules

    shipped = (Path(__file__).parent.parent / "rules/findings/number-mismatch.yaml").read_text(encoding="utf-8")
    (tmp_path / "number-mismatch.yaml").write_text(
        "\n".join("tolls: {perish: [death toll]}" if line.startswith("tolls:") else line for line in shipped.split("\n")),
        encoding="utf-8")
    auditor = Auditor(load_rules([Path(__file__).parent.parent / "rules", tmp_path]))
    text = "Officials said the death toll was 16.\n\nPolice said the death toll was 14.\n"
    assert [(rule, line) for rule, line, _, _ in found(auditor, text)] == [("number-mismatch", 3)]


def test_a_tally_grown_to_two_figures_is_a_mismatch_unless_one_came_earlier(auditor):
    text = ("An outbreak of measles in West Texas has grown to 48 cases, state officials said Tuesday.\n\n"
            "Most of the cases are in children.\n\nEarlier, the outbreak had grown to 31 cases.\n\n"
            "The outbreak has grown to 46 cases, officials said.\n")
    assert placed(auditor, text) == [("number-mismatch", 7, [1])]


def test_approximate_counts_contradict_only_when_far_apart(auditor):
    text = ("Orion employs about 160,000 people worldwide, according to its annual report.\n\n"
            "The plant closed in March.\n\nOrion employs roughly 180,000 people, most of them in India.\n\n"
            "Orion employs nearly 170,000 people, the company said.\n")  # (within a tenth of both)
    assert placed(auditor, text) == [("number-mismatch", 5, [1])]


def test_short_claims_the_same_word_for_word_but_their_figures_mismatch(auditor):
    text = ("Turnout in the county was 38 percent, election officials said.\n\nThe measure passed.\n\n"
            "Turnout in the county was 36 percent, the Daily Courier reported.\n\n"
            "Turnout in the state was 41 percent.\n")
    assert found(auditor, text) == [
        ("number-mismatch", 5, "Figures differ from the same claim on line 1: 36 percent here, 38 percent there", [1])]


def test_claims_about_different_years_are_no_mismatch(auditor):
    text = ("Violent crime in the state fell 12 percent in 2025, figures from the bureau show.\n\n"
            "Violent crime in the state fell 24 percent in 1996, figures from the bureau show.\n\n"
            "Violent crime in the state fell 14 percent in 2025, figures from the bureau show.\n")
    assert [(rule, line) for rule, line, _, _ in found(auditor, text)] == [("number-mismatch", 5)]


@pytest.mark.parametrize("first, second", [
    ("9:42 p.m. \u2014 More", "7:50 p.m. \u2014 More"),  # stamps opening the entries
    ("9:42 p.m.\n\nMore", "7:50 p.m.\n\nMore"),  # stamps on lines of their own
])
def test_live_blog_entries_under_different_time_stamps_are_updates(auditor, first, second):
    claim = " than {} customers are without power across Louisiana, according to PowerOutage.us.\n\n"
    text = first + claim.format("800,000") + second + claim.format("600,000") + "More" + claim.format("600,000")
    # (the last repeats the 7:50 entry under its stamp: that is still a duplicate)
    second_line = text[:text.index("600,000")].count("\n") + 1
    assert [(rule, rel) for rule, _, _, rel in found(auditor, text)] == [("duplicate-claim", [second_line])]


def test_conflicting_attribution(auditor):
    text = ("Its workforce has dwindled to 120 from about 1,200 in early 2017, according to Washington.\n\n"
            "The post has a workforce of 120 people, down from over 1,200 in early 2017, as per The Sun.\n")
    (got,) = found(auditor, text)
    assert got[0] == "conflicting-attribution" and "The Sun here but to Washington on line 1" in got[2]


@pytest.mark.parametrize("first, second, rule", [
    # a body named after "the" is named
    ("according to the Met Office", "the BBC reported", "conflicting-attribution"),
    # a description is no name, capitalised or not
    ("according to the agency", "the BBC reported", "duplicate-claim"),
    ("His chief aide said", "the BBC reported", "duplicate-claim"),
])
def test_a_claim_credited_to_two_named_sources_conflicts(auditor, first, second, rule):
    text = (f"Winds reached 80 mph at the coast on Sunday night, {first}.\n\n"
            f"Winds reached 80 mph at the coast on Sunday night, {second}.\n")
    assert [r for r, _, _, _ in found(auditor, text)] == [rule]


@pytest.mark.parametrize("first, second", [
    ("Khizr Khan", "Khan"),  # a short name for the full one
    ("Hillary Clinton", "she"),  # a pronoun, resolved or not
    ("Vladimir V. Putin", "Mr. Putin"),  # a title and the surname
])
def test_one_source_under_two_names_is_no_conflict(auditor, first, second):
    text = (f"The workforce has dwindled to 120 from about 1,200 in early 2017, {first} said.\n\n"
            f"The workforce has dwindled to 120 from about 1,200 in early 2017, {second} said.\n")
    assert [rule for rule, _, _, _ in found(auditor, text)] == ["duplicate-claim"]


def test_figures_about_different_names_are_no_mismatch(auditor):
    text = ("It takes 2,383 delegates to win the nomination at the convention this summer.\n\n"
            "It takes 1,237 delegates to win the Republican nomination at the convention this summer.\n")
    assert found(auditor, text) == []


def test_a_claim_repeated_with_less_said_is_a_repetition(auditor):
    # (its figures, words and names among the other's: not two claims, nor a mismatch)
    text = ("About 4,000 nurses walked off the job at three Mercy Health hospitals on Monday after talks broke down, "
            "the union said.\n\nThe mayor urged both sides to talk.\n\n"
            "About 4,000 nurses walked off the job on Monday, the union said.\n")
    assert found(auditor, text) == [("duplicate-claim", 5, "Repeats the claim on line 1", [1])]
    # ... but another name makes another claim
    text = ("Victor Pinchuk, a steel magnate whose father-in-law was president of Ukraine, has given between $10 million "
            "and $25 million to the foundation over six years.\n\n"
            "The kingdom has given between $10 million and $25 million to the foundation.\n")
    assert found(auditor, text) == []


def test_different_claims_are_not_duplicates(auditor):
    text = ("Some 2,300 residents were evacuated from the flooded riverside district on Tuesday.\n\n"
            "The council approved a new budget for road repairs after a long debate on Monday.\n")
    assert found(auditor, text) == []


def test_copy_across_files(auditor, tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("The factory will close in March, putting 450 workers out of their jobs, the union said.\n", encoding="utf-8")
    b.write_text("The plant is to close.\n\nThe factory will close in March, putting 450 workers out of their jobs.\n",
                 encoding="utf-8")
    results = auditor.audit([(str(a), str(a)), (str(b), str(b))])
    copies = [f for f in results[1].findings if f.rule == "duplicate-claim"]
    assert len(copies) == 1 and copies[0].related[0].path == str(a) and str(a) in copies[0].message
    assert not [f for f in results[0].findings if f.rule == "duplicate-claim"]


def test_a_request_for_comment_unanswered_in_two_stories_is_no_copied_claim(auditor, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    more = "Its lawyers declined to comment, but said the striker would be paid 4 million a year.\n"
    a.write_text("The club signed the striker on Friday.\n\nThe club did not respond to a request for comment.\n\n"
                 + more, encoding="utf-8")
    b.write_text("The Education Department did not respond to a request for comment on Tuesday.\n\n"
                 "Lawyers for the club declined to comment on the case.\n\n" + more, encoding="utf-8")
    results = auditor.audit([(str(a), str(a)), (str(b), str(b))])
    copies = [(f.line, f.related[0].line) for f in results[1].findings if f.rule == "duplicate-claim"]
    assert copies == [(5, 5)]  # only the sentence that says more than that no one spoke


def test_a_statement_in_many_files_is_house_boilerplate_not_a_copy(auditor, tmp_path):
    note = "Editor's note: The candidate regularly incites political violence and is a serial liar.\n\n"
    paths = []
    for k, body in enumerate(["Turnout was 41 percent in the county.", "The mayor resigned on Friday after a vote.",
                              "The factory will close in March, putting 450 workers out of their jobs."]):
        p = tmp_path / f"{k}.txt"
        p.write_text(note + body + "\n", encoding="utf-8")
        paths.append((str(p), str(p)))
    p = tmp_path / "3.txt"
    p.write_text("The factory will close in March, putting 450 workers out of their jobs, the union said.\n",
                 encoding="utf-8")
    paths.append((str(p), str(p)))
    results = auditor.audit(paths)
    copies = [(r.path, f.related[0].path) for r in results for f in r.findings if f.rule == "duplicate-claim"]
    assert copies == [(str(p), paths[2][0])]  # the note in three files is no copy; the factory claim is


def test_contradicting_claims(auditor):
    text = ("Border crossings fell 30% in October, according to Customs and Border Protection data.\n\n"
            "Crossings rose 30% in October, officials said.\n")
    rules = ("duplicate-claim", "conflicting-attribution", "number-mismatch", "contradicting-claims")
    (got,) = found(auditor, text, rules)
    assert got[:2] == ("contradicting-claims", 3) and "'rose' here, 'fell' there" in got[2] and got[3] == [1]


def test_a_claim_and_its_opposite_are_no_duplicate(auditor):
    text = ("The Senate passed the border bill on Tuesday after a long and bitter debate.\n\n"
            "The Senate rejected the border bill on Tuesday after a long and bitter debate.\n")
    rules = ("duplicate-claim", "conflicting-attribution", "number-mismatch", "contradicting-claims")
    assert [(rule, line) for rule, line, _, _ in found(auditor, text, rules)] == [("contradicting-claims", 3)]


@pytest.mark.parametrize("text", [
    # the same direction in other words: a repeat, not a contradiction
    "Border crossings fell 30% in October, officials said.\n\nCrossings dropped 30% in October, the data show.\n",
    # two measures side by side, each with figures of its own
    "A majority of Democratic statements (54%) were rated true, compared to 18% of Republican statements.\n\n"
    "A majority of Republican statements (52%) were rated false, compared to 24% of Democratic statements.\n",
])
def test_no_contradiction(auditor, text):
    assert found(auditor, text, ("contradicting-claims",)) == []


def test_alike_opinions_of_two_people_are_no_conflicting_attribution(auditor):
    text = ("Texas Sen. Ted Cruz says President Barack Obama's new actions to more tightly regulate gun sales are an "
            "overreach.\n\nIn a statement, Senate Majority Leader Mitch McConnell on Tuesday dismissed Obama's actions to "
            "more tightly regulate gun sales.\n")
    assert [rule for rule, _, _, _ in found(auditor, text)] == []


def test_another_sentence_sharing_the_words_is_no_mismatch(auditor):
    text = ("Turnout in the county was about 46 percent, just 5 points shy of the 51 percent turnout record set in 2008.\n\n"
            "A record turnout in the county of 41 percent was set in 2008.\n\n"
            + MISMATCHED)
    assert [(rule, line) for rule, line, _, _ in found(auditor, text)] == [("number-mismatch", 7)]


def test_figures_for_another_group_of_people_are_no_mismatch(auditor):
    text = ("Among men in the state, the senator's rating is at minus 72 this month.\n\n"
            "Among white men in the state, the senator's rating is at minus 25 this month.\n\n"
            + MISMATCHED)
    assert [(rule, line) for rule, line, _, _ in found(auditor, text)] == [("number-mismatch", 7)]


def test_a_question_asked_twice_is_no_claim_repeated(auditor):
    text = ("Do you really see those two as equivalent, Mark Cuban and Gennifer Flowers?\n\n"
            "The moderator moved on.\n\n"
            "\"Do you really see those two as equivalent, Mark Cuban and Gennifer Flowers?\" she asked again.\n")
    assert found(auditor, text) == []
