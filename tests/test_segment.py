import pytest


def sentences(analyse, text):
    art = analyse(text)
    return [(s.kind, s.text) for s in art.seg.sentences]


def test_abbreviations_and_initials_do_not_split(analyse):
    text = ("Sen. Elizabeth Warren met Brig. Gen. Kyrylo Budanov on Jan. 5 in the U.S. Capitol. "
            "John F. Kennedy was mentioned. The meeting ended.\n")
    got = [t for k, t in sentences(analyse, text)]
    assert got == ["Sen. Elizabeth Warren met Brig. Gen. Kyrylo Budanov on Jan. 5 in the U.S. Capitol.",
                   "John F. Kennedy was mentioned.", "The meeting ended."]


def test_a_sentence_may_open_with_two_apostrophes(analyse):
    text = "Democrats were angry. ''We were never given a fair hearing,'' Lopez said.\n"
    assert [t for k, t in sentences(analyse, text)] == [
        "Democrats were angry.", "''We were never given a fair hearing,'' Lopez said."]


def test_abbreviation_can_end_a_sentence(analyse):
    got = [t for k, t in sentences(analyse, "He moved to the U.S. The family followed.\n")]
    assert got == ["He moved to the U.S.", "The family followed."]


def test_a_numbering_abbreviation_holds_a_sentence_only_before_a_number(analyse):
    text = ("He lives at No. 10 Downing Street. Vol. IV is out. She said no. Then she left. He founded the "
            "Association for Research into Crimes against Art. Stolen art is often used as collateral.\n")
    assert [t for k, t in sentences(analyse, text)] == [
        "He lives at No. 10 Downing Street.", "Vol. IV is out.", "She said no.", "Then she left.",
        "He founded the Association for Research into Crimes against Art.", "Stolen art is often used as collateral."]


def test_a_time_of_day_ends_a_sentence_before_a_capital_other_than_a_day_or_zone(analyse):
    text = ("The library will open at noon instead of 10 a.m. Library director Karen Holt warned of cuts. "
            "Polls close at 8 p.m. Eastern time, at 9 p.m. E.T. in the capital, and at 7 a.m. Monday.\n")
    assert [t for k, t in sentences(analyse, text)] == [
        "The library will open at noon instead of 10 a.m.", "Library director Karen Holt warned of cuts.",
        "Polls close at 8 p.m. Eastern time, at 9 p.m. E.T. in the capital, and at 7 a.m. Monday."]


def test_headline_caption_credit_slug(analyse):
    text = ("Russia Orders Diplomats To Leave\n"
            "(Photo : JOHN DOE/AFP via Getty Images)\n"
            "RUSSIA-POLITICS-DEFENCE\n"
            "The president speaks at a forum in Moscow. (Photo by John Doe / AFP)\n\n"
            "Russia said on Wednesday that staff must leave by January 31.\n")
    kinds = [k for k, t in sentences(analyse, text)]
    assert kinds[0] == "headline"
    assert kinds[1] == "credit"
    assert kinds[2] == "slug"
    assert "caption" in kinds[3:5]
    assert kinds[-1] == "body"


def test_offsets_point_into_original(analyse):
    text = "First one here.  Second one \u201cquoted.\u201d Third!\n"
    art = analyse(text)
    for s in art.seg.sentences:
        assert text[s.start:s.end] == s.text
    assert [s.text for s in art.seg.sentences] == ["First one here.", "Second one \u201cquoted.\u201d", "Third!"]


def test_byline_only_for_name_lines(analyse):
    assert [s.kind for s in analyse("By JANE DOE, Associated Press\n").seg.sentences] == ["byline"]
    assert [s.kind for s in analyse("By Labor Day, he had hired staff in many states.\n").seg.sentences] == ["body"]


def test_hard_wrapped_paragraph_is_joined(analyse):
    text = "The council said on Monday that the\nbridge would reopen in May, officials\nconfirmed.\n\nNext paragraph.\n"
    art = analyse(text)
    assert len(art.seg.paragraphs) == 2
    assert art.seg.sentences[0].text.endswith("confirmed.")


def test_a_text_wrapped_at_a_width_joins_a_line_ending_in_a_name(analyse):
    # (a name broken over two lines: "Sen. Chuck" / "Schumer"); a text of long lines, one paragraph
    # each, is not wrapped, and a short line after a headline is not joined
    wrapped = ("Senate confirms judge\n\n"
               "WASHINGTON (AP) -- The Senate voted 52-48 on Thursday to confirm the\n"
               "nominee, ending a months-long fight that split the chamber along party\n"
               "lines, Senate Majority Leader John Thune said in a statement on Friday.\n\n"
               "\"This was a long road,\" Thune said. \"But the Senate did its job\n"
               "today.\" Democrats said the nominee lacked experience, and Sen. Chuck\n"
               "Schumer called the vote \"a sad day for the court,\" adding that he would\n"
               "keep fighting the nomination in the weeks ahead, his office said today.\n")
    art = analyse(wrapped)
    assert [p.kind for p in art.seg.paragraphs] == ["headline", "body", "body"]
    assert ("called", "Sen. Chuck\nSchumer") in [(a.cue_text, a.source.text) for a in art.attributions]
    long_lines = "Senate Confirms Judge After A Long And Bitter Fight In The Chamber\nThe Senate voted on Thursday.\n"
    assert [p.kind for p in analyse(long_lines).seg.paragraphs] == ["headline", "body"]


def test_short_paragraphs_wrapped_wide_are_joined(analyse):
    # (two lines a paragraph, wrapped at 105 characters: half the lines are last lines, of any length)
    text = ("Quake kills at least 40 in eastern Turkey\n\n"
            "ANKARA, Nov 25 (Reuters) - A magnitude 6.4 earthquake struck eastern Turkey on Tuesday, killing at least\n"
            "40 people and injuring hundreds, the country's disaster agency AFAD said.\n\n"
            "Rescuers were searching for survivors under collapsed buildings in the town of Malatya, state broadcaster\n"
            "TRT reported. Interior Minister Ali Yerlikaya told reporters that 112 buildings had collapsed.\n\n"
            "The U.S. Geological Survey put the quake's depth at 10 km, and aftershocks continued through the\n"
            "night, officials said. The death toll is likely to rise.\n")
    art = analyse(text)
    assert [p.kind for p in art.seg.paragraphs] == ["headline", "body", "body", "body"]
    assert ("reported", "state broadcaster\nTRT") in [(a.cue_text, a.source.text) for a in art.attributions]


@pytest.mark.parametrize("text, dateline", [
    ("WASHINGTON (AP) \u2014 Wealthy donors gave $25 million, officials said.\n", "WASHINGTON (AP) \u2014"),
    ("LOS ANGELES, Sept. 28 (UPI) \u2014 Blige sings in the clip.\n", "LOS ANGELES, Sept. 28 (UPI) \u2014"),
    ("FLINT, Mich., Oct. 4 (UPI) \u2014 Bill Clinton criticized the law on Monday, calling it a crazy system that"
     " did not work.\n", "FLINT, Mich., Oct. 4 (UPI) \u2014"),
    ("HEMPSTEAD, N.Y. \u2015 If it worked, she said, it works.\n", "HEMPSTEAD, N.Y. \u2015"),
    ("BRUSSELS - European leaders met on Friday.\n", "BRUSSELS -"),
    ("Washington (AFP) \u2013 Democrat Hillary Clinton took a swipe at Trump.\n", "Washington (AFP) \u2013"),
    ("NEW DELHI: Prices will rise by Rs 2, officials said.\n", "NEW DELHI:"),
    # (an agency in brackets, no dash, as Indian agencies write it)
    ("New Delhi, Nov 26 (PTI) The Centre is planning new rules, officials said.\n", "New Delhi, Nov 26 (PTI)"),
])
def test_a_dateline_is_set_apart_from_the_first_sentence(analyse, text, dateline):
    got = sentences(analyse, text)
    assert got[0] == ("dateline", dateline)
    assert got[1][0] == "body" and not got[1][1].startswith(dateline)
    # the place is not the subject of the sentence
    assert all(a.source is None or a.source.text not in dateline for a in analyse(text).attributions)


def test_a_colon_dateline_opens_only_the_first_body_paragraph(analyse):
    # later, capitals and a colon are a transcript's speaker label
    text = "NEW DELHI: Prices will rise.\n\nGANDHI: This is looting.\n"
    assert [k for k, _ in sentences(analyse, text)] == ["dateline", "body", "body"]
    # so is a label with a title, even first: a briefing's transcript
    text = "Briefing\n\nMR. KIRBY: Good afternoon, everybody.\n"
    assert [k for k, _ in sentences(analyse, text)] == ["headline", "body"]
    # ... and so is one that opens later paragraphs too
    text = "Transcript\n\n**HOST:** Rents are up 30 percent. Why?\n\n**GUEST:** Supply.\n\n**HOST:** And zoning?\n"
    art = analyse(text, "markdown", "t.md")
    assert [s.kind for s in art.seg.sentences][:3] == ["headline", "body", "body"]
    assert (art.attributions[0].source.text, text[slice(*art.attributions[0].content)]) == ("HOST", "Rents are up 30 percent.")


def test_an_acronym_and_a_dash_in_running_text_is_no_dateline(analyse):
    assert [k for k, _ in sentences(analyse, "NATO - the alliance - said it was ready.\n")] == ["body"]


def test_numbered_list_markers_and_editors_notes(analyse):
    text = ("Key points:\n\n1. A third of the homes will be affordable.\n2. Work begins in 2027.\n\n"
            "The vote was 7 to 1. The plan passed.\n\n"
            "Correction: An earlier version misstated the number of homes.\n\n"
            "This story has been updated with comment from the developer.\n\n"
            "An earlier version of this article misstated the year. It was 2023.\n")
    got = [(s.kind, s.text) for s in analyse(text).seg.sentences]
    assert got == [("body", "Key points:"), ("body", "1. A third of the homes will be affordable."),
                   ("body", "2. Work begins in 2027."), ("body", "The vote was 7 to 1."), ("body", "The plan passed."),
                   ("note", "Correction: An earlier version misstated the number of homes."),
                   ("note", "This story has been updated with comment from the developer."),
                   ("note", "An earlier version of this article misstated the year."), ("note", "It was 2023.")]


def test_contributor_lines_are_notes_and_a_contribution_in_the_story_is_not(analyse):
    text = ("Smith contributed $5,000 to the campaign.\n\n"
            "Reporting by The Washington Post found that the agency lied.\n\n"
            "Reporting by Jane M. Doe in London; Editing by Tom Roe\n\n"
            "Staff writer Ana Ruiz in Denver contributed reporting.\n\n"
            "The Associated Press contributed to this report.\n")
    assert [s.kind for s in analyse(text).seg.sentences] == ["body", "body", "note", "note", "note"]


def test_how_to_reach_the_reporter_is_a_note_and_an_imperative_in_the_story_is_not(analyse):
    text = ("Follow the money, the senator said.\n\n"
            "Contact the reporter at jdoe@example.com or follow her on X @jdoe.\n\n"
            "Reach Ana Ruiz at 555-0100.\n\nHave a tip? Email tips@example.com.\n")
    assert [s.kind for s in analyse(text).seg.sentences] == ["body", "note", "note", "note", "note"]


def test_markdown_list_items_are_body_text_and_headings_headlines(analyse):
    text = "# Election night\n\nPolls have closed.\n\n- Mail ballots: about 60% counted, per the state\n"
    got = [(s.kind, s.text) for s in analyse(text, "markdown", "t.md").seg.sentences]
    assert got == [("headline", "Election night"), ("body", "Polls have closed."),
                   ("body", "Mail ballots: about 60% counted, per the state")]


def test_furniture_set_in_markdown_emphasis_is_still_furniture(analyse):
    # the markup is blanked out of the prose: the rules' "^" must still match where the words start
    text = ("**WASHINGTON** \u2014 The bridge will reopen, the mayor said.\n\n*Photo: Jane Doe/AP*\n\n"
            "_Correction: An earlier version misspelled the mayor's name._\n\n*This post will be updated.*\n\n"
            "**This is a developing story. Check back for updates.**\n")
    got = [(s.kind, s.text.strip(" *_")) for s in analyse(text, "markdown", "t.md").seg.sentences]
    assert got[0][0] == "dateline" and got[1] == ("body", "The bridge will reopen, the mayor said.")
    assert got[2][0] in ("caption", "credit") and len(got) > 5
    assert all(k == "note" for k, _ in got[3:])


def test_a_live_blog_entry_s_time_stamp_is_set_apart(analyse):
    art = analyse("**9:42 p.m.** \u2014 Crews will wait for the wind to drop, Entergy said.\n", "markdown", "t.md")
    assert [(s.kind, s.text.strip(" *")) for s in art.seg.sentences] == [
        ("timestamp", "9:42 p.m.   \u2014"), ("body", "Crews will wait for the wind to drop, Entergy said.")]
    (a,) = art.attributions
    assert art.doc.text[a.content[0]:a.content[1]] == "Crews will wait for the wind to drop"


def test_a_title_case_line_is_a_headline_even_with_a_full_stop(analyse):
    text = ("Why The Party's Move Against Sanders Could Backfire.\n\n"
            "The party moved against Sanders on Tuesday. It Could Be Costly, Some Say.\n")
    assert [k for k, _ in sentences(analyse, text)] == ["headline", "body", "body"]


def test_an_interviews_questions_and_answers_are_marked(analyse):
    text = ("Mayor on the cuts\n\nMayor Ruth Okafor spoke to the Ledger.\n\n**Q: Was the cut a mistake?**\n\n"
            "A: Absolutely not. Ridership is down 14%.\n\nThe council meets on Monday.\n")
    art = analyse(text, fmt="markdown", path="a.md")
    assert [p.role for p in art.seg.paragraphs] == [None, None, "question", "answer", None]
    # without a question, "A:" is no label
    assert [p.role for p in analyse("A: Absolutely not. Ridership is down 14%.\n").seg.paragraphs] == [None]
    # "Q." and "A." label them too, and so does a "Q" a page's extraction ran into the question
    text = "Cuts\n\nQ. Was the cut a mistake?\n\nA. No.\n\nQWhy now?\n\nA: Ridership is down 14%.\n"
    assert [p.role for p in analyse(text).seg.paragraphs] == [None, "question", "answer", "question", "answer"]
    # ... but without an answer no paragraph is a question
    text = "Rally\n\nQAnon supporters rallied on Saturday.\n\nQ. Smith was there too.\n"
    assert [p.role for p in analyse(text).seg.paragraphs] == [None, None, None]


@pytest.mark.parametrize("question", ["**{}**", "__{}__", "*{}*"])
def test_a_qa_without_labels_has_questions_set_in_bold_or_italics(analyse, question):
    paragraphs = ["Nurse on the shortage", "Maria Lopez has been a nurse for 14 years.", question.format("How bad is it?"),
                  "We run with half the nurses we need.", "Last month I had four patients.",
                  question.format("Will you stay?"), "I don't know. Many colleagues have left."]
    art = analyse("\n\n".join(paragraphs) + "\n", fmt="markdown", path="a.md")
    assert [p.role for p in art.seg.paragraphs] == [None, None, "question", "answer", "answer", "question", "answer"]


def test_questions_in_bold_mark_a_qa_only_twice_over_and_answered_in_the_first_person(analyse):
    # one bold question is no Q&A
    text = "Cuts\n\nThe council cut bus routes.\n\n**Was it a mistake?**\n\nRidership is down 14%, I said.\n"
    assert [p.role for p in analyse(text, fmt="markdown", path="a.md").seg.paragraphs] == [None] * 4
    # an explainer's questions are headings: its answers are the newsroom's own
    text = ("Bird flu\n\n**What is bird flu?**\n\nA disease of wild birds. It has killed millions of poultry.\n\n"
            "**Can people catch it?**\n\nHuman cases are rare.\n")
    assert [p.role for p in analyse(text, fmt="markdown", path="a.md").seg.paragraphs] == [None] * 5
    # HTML's <strong> or <b> around the question, its paragraph whole
    text = ("<html><body><h1>Nurse</h1><p>Maria Lopez is a nurse.</p><p><strong>How bad is it?</strong></p>"
            "<p>We run with half the nurses.</p><p><b>Will you stay?</b></p><p>I don't know.</p></body></html>")
    art = analyse(text, fmt="markdown", path="a.html")
    assert [p.role for p in art.seg.paragraphs] == [None, None, "question", "answer", "question", "answer"]


def test_a_quotations_signature_in_brackets_stays_in_its_sentence(analyse):
    text = ('"It is about time." (Maria Delgado, Eastside)\n\n'
            '"We will win." (He later took the remark back.)\n')
    sentences = [s.text for s in analyse(text).seg.sentences]
    assert sentences == ['"It is about time." (Maria Delgado, Eastside)', '"We will win."',
                         "(He later took the remark back.)"]
