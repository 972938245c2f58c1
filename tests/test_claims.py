import pytest
from citeaudit.reader import parse


def claims(auditor, text):
    result, _ = auditor.audit_document(parse(text, "t.txt"))
    return [(f.line, f.message, f.related, f.suggestion) for f in result.findings if f.rule == "unattributed-claim"]


def line_messages(auditor, text):
    return [(line, message) for line, message, _, _ in claims(auditor, text)]


def test_unattributed_figure_is_flagged(auditor):
    (got,) = claims(auditor, "Troops Mass On Border\n\nThe Kremlin has amassed a force of 100,000 troops near the border.\n")
    assert got[0] == 3 and "states the figure 100,000" in got[1]
    assert got[3] == "Say who says so, or how the newsroom knows."


@pytest.mark.parametrize("sentence, figure", [
    ("Fuel duty currently stands at 52.95p per litre.", "52.95p"),
    ("The freeze has cost the exchequer an estimated \u00a380bn.", "\u00a380bn"),  # (with its currency)
    ("The repairs cost about $9 million.", "$9 million"),
    ("Prices rose 3.1 per cent in October.", "3.1 per cent"),
    # fractions and multiples in words
    ("Sick days fell by two-thirds.", "two-thirds"),
    ("Rents have doubled since the pandemic.", "doubled"),
    # a pair: a range, a poll's lead
    ("Rents rose 10-15 percent.", "10-15"),
    ("Clinton leads Trump 48-45 in the poll.", "48-45"),
])
def test_a_figure_is_named_whole(auditor, sentence, figure):
    (got,) = claims(auditor, "Budget\n\n" + sentence + "\n")
    assert got[1] == f"Unattributed claim: states the figure {figure}"


def test_attributed_headline_and_scene_setting_are_not_flagged(auditor):
    text = ("100,000 Russian troops deployed on Ukraine border\n\n"
            "The Kremlin has amassed 100,000 troops, the ministry said.\n\n"
            "Snow fell on the capital as the delegates arrived.\n")
    assert claims(auditor, text) == []


def test_similar_attributed_claim_is_pointed_to(auditor):
    text = ("The embassy's workforce has dwindled to 120 from about 1,200 in early 2017, according to Washington.\n\n"
            "The embassy's workforce has dwindled to 120 from 1,200 in early 2017.\n")
    (got,) = claims(auditor, text)
    assert got[0] == 3 and "Washington on line 1" in got[1] and got[2][0].line == 1
    assert got[3] == "Attribute it as on line 1, or cut the repetition."


def test_a_claim_is_compared_with_what_the_source_said_not_with_its_whole_sentence(auditor):
    # the grid operator is credited with its request only, not with the day's temperatures
    text = ("Temperatures topped 110 degrees in parts of Texas for a third straight day on Tuesday, breaking records "
            "in Austin and San Antonio as the state's power grid operator asked residents to conserve electricity.\n\n"
            "San Antonio hit 109.\n")
    (got,) = claims(auditor, text)
    assert got[0] == 3 and "similar claim" not in got[1] and got[2] == []


def test_a_short_sourced_statement_repeating_part_of_a_claim_is_pointed_to(auditor):
    text = ("The bridge, which carries about 28,000 vehicles a day, was closed Oct. 3 after an inspector found a "
            "crack in a support beam.\n\n"
            "The bridge carries about 28,000 vehicles a day, the department said.\n")
    (got,) = claims(auditor, text)
    assert got[0] == 1 and "similar claim to the department on line 3" in got[1]


def test_a_few_words_credited_to_someone_are_no_similar_claim(auditor):
    text = ("In all, 865 delegates are up for grabs in 11 states and American Samoa on Super Tuesday.\n\n"
            "Sanders has said he is looking forward to what the campaign describes as Super Tuesday.\n")
    (got,) = claims(auditor, text)
    assert got[0] == 1 and "similar claim" not in got[1]


def test_a_similar_claim_credited_to_a_pronoun_names_the_person(auditor):
    text = ("Mayor Jane Smith spoke to reporters on Monday. The city's budget grew 12 percent to $4 billion this "
            "year, she said.\n\nThe city's budget grew 12 percent to $4 billion this year.\n")
    (got,) = claims(auditor, text)
    assert got[0] == 3 and got[1].endswith("the article attributes a similar claim to Jane Smith on line 1")


@pytest.mark.parametrize("key", ["signals", "public_record"])
def test_invalid_signal_pattern_names_key(tmp_path, key):
    from citeaudit.rules import RuleError, load_rules

    extra = "" if key == "signals" else "  figure: ['\\d']\npublic_record:\n"
    (tmp_path / "c.yaml").write_text("id: unattributed-claim\nkind: unattributed-claim\nseverity: warning\n"
                                     f"description: d\nsignals:\n{extra}  figure: ['(']\n", encoding="utf-8")
    with pytest.raises(RuleError) as e:
        load_rules([str(tmp_path)])
    assert "c.yaml" in str(e.value) and f"{key}.figure[0]" in str(e.value)


def test_a_markets_moves_are_public_record_and_a_companys_figures_are_not(auditor):
    text = ("Stocks fall\n\nThe Dow Jones Industrial Average fell 312.4 points, or 0.9%, to 33,002.38.\n\n"
            "Treasury yields climbed to their highest level in 16 years.\n\nBrent crude settled at $90.92 a barrel.\n\n"
            "Sales at the company will reach $4 billion next year.\n\nShares of Harlow Foods closed down 3 percent.\n\n"
            "The stock has fallen 31 percent this year.\n\nRevenue for the quarter rose 2 percent.\n\n"
            "The dollar dropped to 102.02 yen.\n\nThe real weakened 0.3% against the dollar.\n\n"
            "The S&P 500 was up 0.3% in afternoon trading.\n\nSupport for the plan was up 12% in the poll.\n\n"
            "Shares fell 2% in extended trading.\n")
    assert [line for line, *_ in claims(auditor, text)] == [9, 15, 23]


@pytest.mark.parametrize("sentence, match", [
    ("Patients are waiting longer than ever for cancer treatment.", "than ever"),
    ("The index closed at an all-time high on Friday.", "all-time"),
])
def test_comparisons_with_all_time_are_claims(auditor, sentence, match):
    (got,) = claims(auditor, "Markets\n\n" + sentence + "\n")
    assert got[1] == f"Unattributed claim: makes a superlative or first claim ('{match}')"


def test_a_place_in_a_sequence_is_no_first_claim(auditor):
    text = ("Injury\n\nHollins was hurt on the first play of the fourth quarter.\n\n"
            "Sales in the first half of the year were strong.\n\n"
            "This is the first week that Carson did not receive a single vote.\n\n"
            "She was the first woman to lead the agency.\n")
    assert line_messages(auditor, text) == [
        (7, "Unattributed claim: makes a superlative or first claim ('first')"),
        (9, "Unattributed claim: makes a superlative or first claim ('first')")]  # (nor "half of" a figure)


def test_a_note_on_what_the_newsroom_could_not_do_is_no_prediction(auditor):
    text = ("Storm\n\nThe figure could not be independently verified.\n\nHe would not say.\n\n"
            "The plant could close by May.\n")
    assert line_messages(auditor, text) == [
        (7, "Unattributed claim: makes a prediction ('could')")]


def test_a_number_in_a_name_is_no_figure(auditor):
    text = "Markets\n\nStocks rose, with the S&P 500 closing up 0.9%.\n"
    assert [message for _, message in line_messages(auditor, text)] == ["Unattributed claim: states the figure 0.9%"]


def test_an_age_after_a_name_is_no_figure(auditor):
    # (goals scored are a box score's, no claim: a fee is one)
    text = "Transfers\n\nWirtz, 22, cost 14 million euros.\n\nMeanwhile, 40 people were hurt.\n"
    assert [message for _, message in line_messages(auditor, text)] == [
        "Unattributed claim: states the figure 14 million", "Unattributed claim: states the figure 40"]


def test_an_age_after_a_name_before_a_semicolon_or_after_both_is_no_figure(auditor):
    text = ("The victims were pilot Gregory Lutz, 58; his wife, Anne Lutz, 56; and their friends Paul and Diane "
            "Ostrowski, both 61, of Madison.\n")
    assert claims(auditor, text) == []


def test_no_age_is_a_figure(auditor):
    text = ("Court\n\nA 34-year-old man was arrested. The victim, aged 27, was walking home.\n\n"
            "She died at 88 in Madison. He was 61, and 212 checks were forged.\n\n"
            "Sarah and Tim Rogers, 27 and 29 years old, married.\n")
    assert [message for _, message in line_messages(auditor, text)] == ["Unattributed claim: states the figure 212"]


def test_a_reason_for_anonymity_is_no_causal_claim(auditor):
    text = ("Workers\n\nThree workers, who asked not to be named because they feared retaliation, gave similar "
            "accounts.\n\nThe plant closed because demand fell.\n")
    assert [message for _, message in line_messages(auditor, text)] == [
        "Unattributed claim: makes a causal claim ('because')"]


def test_what_someone_will_say_is_no_prediction(auditor):
    text = ("Housing\n\nCritics will say that building more housing only helps the wealthy.\n\n"
            "The council will reject the plan.\n")
    assert [message for _, message in line_messages(auditor, text)] == [
        "Unattributed claim: makes a prediction ('will')"]  # (the rejection only)


def test_what_is_scheduled_is_no_causal_claim(auditor):
    text = ("Court\n\nDerek Olsen is due to appear in court on Monday.\n\nThe plant closed due to falling demand.\n")
    assert [message for _, message in line_messages(auditor, text)] == [
        "Unattributed claim: makes a causal claim ('due to')"]


def test_a_clock_time_is_no_figure(auditor):
    text = ("Schedule\n\nThe board moved start times to 8:45 a.m. on Tuesday.\n\nThe email was sent at 7:19 p.m. EST.\n\n"
            "The discussion starts at the 15:20 mark, and 3 people spoke.\n\n"
            "Officers were called at about 2.40am, and the fire burned from 2.40 am until 5pm.\n")
    assert [message for _, message in line_messages(auditor, text)] == ["Unattributed claim: states the figure 3"]


def test_the_penalty_the_law_sets_is_no_claim(auditor):
    text = ("Court\n\nEllis faces up to 20 years in prison.\n\nShe could face a fine of up to $250,000.\n\n"
            "The company faces 20 lawsuits.\n")
    assert [message for _, message in line_messages(auditor, text)] == ["Unattributed claim: states the figure 20"]


def test_days_after_a_month_are_no_figure(auditor):
    text = "Poll\n\nThe survey was conducted Nov. 10-14 and between February 15-17.\n\nTurnout rose 10-15 percent.\n"
    assert [message for _, message in line_messages(auditor, text)] == ["Unattributed claim: states the figure 10-15"]


def test_a_number_in_a_models_or_roads_name_is_no_figure(auditor):
    text = ("Crash\n\nThe Piper PA-32 went down near I-95 on Tuesday.\n\nThe school runs K-12 classes and a "
            "top-10 program.\n")
    assert [message for _, message in line_messages(auditor, text)] == ["Unattributed claim: states the figure 10"]


def test_a_street_address_is_no_figure(auditor):
    text = ("Fennel & Smoke, 1408 E. 12th St. Open Wednesday to Sunday.\n\n"
            "Police were called to the 1400 block of Elm Street.\n\n"
            "The shop at 22 Baker Street sold 400 cakes last year.\n")
    assert line_messages(auditor, text) == [
        (5, "Unattributed claim: states the figure 400")]


def test_the_last_day_of_a_range_is_no_figure(auditor):
    text = "The poll was conducted from April 4 to 6 and Nov. 6 through 10 among likely voters.\n"
    assert claims(auditor, text) == []
    text = "The poll was conducted from April 4 to 6 among 1,029 adults.\n"
    assert [message for _, message in line_messages(auditor, text)] == ["Unattributed claim: states the figure 1,029"]


def test_a_lists_number_opening_a_line_is_no_figure(auditor):
    text = "**1. Fares are going up.** The fare rises in July.\n\n2) Service cuts are off the table.\n\n3. Ted Cruz leads.\n"
    assert claims(auditor, text) == []
    text = "**1. Fares are going up.** The fare rises to $2.50 in July.\n"
    assert [message for _, message in line_messages(auditor, text)] == ["Unattributed claim: states the figure $2.50"]


def test_a_title_in_quotation_marks_quotes_no_one(auditor):
    text = ('Music\n\nThe pair met on the set of the video for her single "Glass Hearts" in Lisbon.\n\n'
            'He reviewed \u201cCollapse: How Societies Choose to Fail or Succeed\u201d for the paper.\n\n'
            'The last line, "the vote was a mistake and the party knows it", was underlined.\n')
    assert line_messages(auditor, text) == [
        (7, "Unattributed claim: quotes someone without saying who")]


def test_the_writer_s_question_is_no_claim_but_a_quoted_one_quotes_someone(auditor):
    text = ("Vote\n\nWill the council pass the plan next week?\n\n"
            "\u201cWho is going to pay for the 600 new units?\u201d\n\nThe plan would add 600 units.\n")
    assert line_messages(auditor, text) == [
        (5, "Unattributed claim: states the figure 600; quotes someone without saying who"),
        (7, "Unattributed claim: states the figure 600; makes a prediction ('would')")]


def test_hedges_titles_and_days_are_no_claims(auditor):
    text = ("Notes\n\nExtreme carelessness is not criminal, at least in this case.\n\n"
            "The first lady spoke at the school.\n\nThe emails are due by Jan. 29.\n\n"
            "It was the worst flood in the county.\n\nShe was the youngest of five children.\n\n"
            "Her oldest son runs the farm, the oldest in the state.\n")
    assert line_messages(auditor, text) == [
        (9, "Unattributed claim: makes a superlative or first claim ('worst')"),
        (13, "Unattributed claim: makes a superlative or first claim ('oldest')")]


def test_markup_attributes_dates_and_labels_are_no_figures_or_quotes(auditor):
    text = ('Posts\n\n<tweet id="771320635033260032" datetime="2016-07-23"><tweet/>.\n\n'
            'The park closed after 52 complaints.\n\nI waited for the No. 14 bus, his No. 1 choice.\n')
    assert line_messages(auditor, text) == [
        (5, "Unattributed claim: states the figure 52")]
    # ... nor telephone numbers
    text = ("Appeal\n\nGardai are appealing for anyone with information to call 021 452 2000.\n\n"
            "Call (555) 010-0100 or 555-010-0100 for help.\n\nThe line took 500 calls in a day.\n")
    assert line_messages(auditor, text) == [(7, "Unattributed claim: states the figure 500")]


@pytest.mark.parametrize("sentence", [
    "The ban cleared the committee on a 5-2 vote.", "The council voted 52-48 to close it.", "Rovers beat City 3-0.",
    "City won the match 2-1.", "He scored the winner in a 2-1 win.", "The court issued a 5-4 ruling.",
    "Harbor City Rovers beat league leaders Eastfield United 2-1 on Saturday.", "The first amendment failed 47-53.",
    "The motion carried 5-2.", "The vote was 8-5.", "The final score was 2-1.", "The Lakers are 12-4 at home this season.",
    "They are 9-3 in conference play.",
])
def test_the_tally_of_a_vote_or_a_match_is_public_record(auditor, sentence):
    assert claims(auditor, "Result\n\n" + sentence + "\n") == []


def test_an_obituarys_survivors_are_the_familys_record(auditor):
    text = "Obituary\n\nHe is survived by his wife of 60 years, Ellen; two children; and five grandchildren.\n"
    assert claims(auditor, text) == []


@pytest.mark.parametrize("sentence", [
    "Jayson Tatum scored 38 points, including 14 in the fourth quarter.", "Jaylen Brown added 24 points and nine rebounds.",
    "Derrick White hit three 3-pointers during the stretch.", "Boston shot 52% from the field in the second half.",
    "Stephen Curry scored 31 points but shot 4-for-13 from 3-point range.", "The Knicks led 89-72 late in the third.",
    "Mbappe scored 44 goals in all competitions last season.",
])
def test_a_games_box_score_is_public_record(auditor, sentence):
    assert claims(auditor, "Result\n\n" + sentence + "\n") == []


def test_a_margin_in_points_is_still_a_claim(auditor):
    # (points alone may be a poll's: only points scored are a box score's)
    assert claims(auditor, "Poll\n\nClinton leads Trump by 5 points in Ohio.\n") != []


def test_a_matchs_minutes_are_public_record_and_other_minutes_are_not(auditor):
    text = ("Derby\n\nSaka opened the scoring after 12 minutes, curling a shot into the far corner.\n\n"
            "Havertz restored the lead with a header in the 58th minute.\n\n"
            "In the 90th minute, Romero was sent off.\n\nThe patient died after 12 minutes without oxygen.\n")
    assert line_messages(auditor, text) == [
        (9, "Unattributed claim: states the figure 12")]


def test_what_might_have_been_and_wishes_are_no_predictions(auditor):
    text = ("Counterfactuals\n\nIt could have been worse.\n\nBut tonight, I would like to talk about schools.\n\n"
            "The governor would have the power to fill the seat.\n")
    assert line_messages(auditor, text) == [
        (7, "Unattributed claim: makes a prediction ('would')")]


def test_an_interviews_answers_are_no_claims_of_the_newsroom(auditor):
    qa = ("Interview\n\nQ: What went wrong?\n\nA: Our models were off. It hit 23 feet.\n\n"
          "The river crested at 23.4 feet on Wednesday.\n")
    assert [(line, message) for line, message, _, _ in claims(auditor, qa)] == [
        (7, "Unattributed claim: states the figure 23.4")]
    # (without questions, "A:" is no answer label)
    alone = "Interview\n\nA: Our models were off. It hit 23 feet.\n"
    assert [line for line, _, _, _ in claims(auditor, alone)] == [3]


def test_indirect_questions_plans_as_nouns_and_ages_are_no_claims(auditor):
    text = ("Debates\n\nIt is unclear whether Holt will attempt to avoid that fate.\n\n"
            "Trump did not unveil plans to pay for the expansion.\n\n"
            "Crutcher, 40 \u2015 a father of four \u2015 was shot.\n\nThe company plans to hire staff.\n")
    assert line_messages(auditor, text) == [
        (9, "Unattributed claim: makes a prediction ('plans to')")]


def test_a_schedule_is_no_prediction(auditor):
    text = ("Services\n\nA memorial service will be held at Bethel Church.\n\nThe vote will take place in June.\n\n"
            "A final analysis will be published in October.\n\nOthers could be heard calling friends.\n\n"
            "The emails might be released.\n\nThe vote will fail.\n\nThe results will be certified on Nov. 21.\n\n"
            "The bill will be signed on Friday.\n\nThe bill will be signed into law.\n")
    assert line_messages(auditor, text) == [
        (11, "Unattributed claim: makes a prediction ('might')"), (13, "Unattributed claim: makes a prediction ('will')"),
        (19, "Unattributed claim: makes a prediction ('will')")]
    # ... nor an event someone will hold or attend at a time named (what one will do otherwise is)
    text = ("Events\n\nThe mayor will hold a news conference at 2 p.m.\n\nLynch will appear before the committee on "
            "Tuesday.\n\nThe Senate will vote on the bill next week.\n\nThe company will cut jobs next year.\n\n"
            "The mayor will hold firm.\n\nThe full interview will premiere on Sept. 30 on Apple Music.\n")
    assert line_messages(auditor, text) == [
        (9, "Unattributed claim: makes a prediction ('will')"), (11, "Unattributed claim: makes a prediction ('will')")]


def test_a_superlative_ranks_something_a_quantity_does_not(auditor):
    text = ("Ranks\n\nBush remains fourth in most surveys.\n\nVoters need only to look at the record.\n\n"
            "It was the deadliest attack in the country's history.\n\nTurnout hit a record 41 percent.\n\n"
            "Cruz finished first in Iowa.\n")
    got = line_messages(auditor, text)
    assert got == [(7, "Unattributed claim: makes a superlative or first claim ('deadliest')"),
                   (9, "Unattributed claim: states the figure 41 percent; makes a superlative or first claim "
                       "('a record')"),
                   (11, "Unattributed claim: makes a superlative or first claim ('finished first')")]


def test_a_teams_record_in_brackets_is_no_figure(auditor):
    text = ("Standings\n\nHarbor City (8-9-5) moved up, and Iowa (23-14, 11-7 Big Ten) won.\n\n"
            "Northfield (10-8) lost, and the poll (48-45) was close.\n")
    assert [message for _, message in line_messages(auditor, text)] == ["Unattributed claim: states the figure 48-45"]


def test_a_similar_claim_attributed_only_by_an_agentless_phrase_is_named_so(auditor):
    text = ("The Gunners are understood to have had an opening bid of £50m rejected last week.\n\n"
            "The club had an opening bid of £50m rejected last week.\n")
    (got,) = claims(auditor, text)
    assert got[0] == 3 and got[1].endswith("a similar claim on line 1 is attributed only as 'are understood to'")
