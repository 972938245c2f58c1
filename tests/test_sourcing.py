from citeaudit.reader import parse


def findings(auditor, text, fmt="text", path="t.txt"):
    result, _ = auditor.audit_document(parse(text, path, fmt))
    return [(f.rule, f.severity, f.message) for f in result.findings]


def messages(auditor, text, rule):
    """The messages of a text's findings of one rule."""
    return [message for found, _, message in findings(auditor, text) if found == rule]


def resting_on(auditor, text):
    """The outlets a text's second-hand sourcing findings say its claims rest on."""
    return [m.removeprefix("Second-hand sourcing: the claim rests on reporting by ").removesuffix(".")
            for m in messages(auditor, text, "secondhand-sourcing")]


def test_vague_attribution(auditor):
    got = findings(auditor, "The plan will fail, according to many experts.\n")
    assert [f[:2] for f in got] == [("vague-attribution", "warning")]
    # analysts a named firm polled are checkable
    assert findings(auditor, "Analysts polled by FactSet had expected earnings of 98 cents a share.\n") == []


def test_it_after_a_conjunction_of_time_is_a_thing_not_a_hedge(auditor):
    assert messages(auditor, "A circuit failed shortly before it was reported.\n", "vague-attribution") == []
    assert messages(auditor, "At a time when it was said that the party might never win again, he won.\n",
                    "vague-attribution") == ["Vague attribution: 'it was said' names no one who can be checked"]


def test_anonymous_source_with_reason(auditor):
    got = findings(auditor, "The talks collapsed, according to two officials who were not authorized to speak publicly.\n")
    (rule, sev, msg), = got
    assert rule == "anonymous-source" and sev == "info" and "not authorized to speak publicly" in msg


def test_a_source_refusing_to_say_anything_is_not_reported(auditor):
    # (no claim rests on it: "declined to comment", "did not say how many"; a view in the negative is one)
    text = ("Officials declined to comment. Officials did not say how many people were arrested. Critics would not "
            "say whether they would sue. Officials said 12 people were arrested. Critics don't expect the law to pass.\n")
    assert [(rule, msg.split("'")[1]) for rule, _, msg in findings(auditor, text)] == [
        ("anonymous-source", "Officials"), ("vague-attribution", "Critics")]


def test_an_outlets_own_work_named_before_its_noun_is_its_reporting(auditor):
    got = findings(auditor, "A ProPublica investigation found that the company overcharged veterans.\n\n"
                            "A CNN analysis of flight data showed the plane circled for an hour.\n\n"
                            "In an article from Politico, Eli Stokols says the endorsements matter.\n\n"
                            "A review by The Times shows most of the hours were for campaign travel.\n")
    assert [msg for _, _, msg in got] == [
        "Second-hand sourcing: the claim rests on reporting by ProPublica.",
        "Second-hand sourcing: the claim rests on reporting by CNN.",
        "Second-hand sourcing: the claim rests on reporting by Politico.",
        "Second-hand sourcing: the claim rests on reporting by The New York Times."]


def test_where_a_source_spoke_or_wrote_names_the_outlet(auditor):
    got = findings(auditor, "Speaking on Sky News, the minister said the figures were wrong.\n\n"
                            "Ben Carson, speaking with The Des Moines Register editorial board, called it a reason to act.\n")
    assert [msg for _, _, msg in got] == [
        "Second-hand sourcing: the claim rests on reporting by Sky News.",
        "Second-hand sourcing: the claim rests on reporting by The Des Moines Register."]


def test_a_statement_said_to_an_outlet_past_the_verbs_object(auditor):
    got = findings(auditor, "Her representative confirmed the news to Variety.\n\n"
                            "The company said in a statement to The Associated Press that it would appeal.\n\n"
                            "The minister said to Parliament that the plan was sound.\n")
    assert [msg for _, _, msg in got] == [
        "Second-hand sourcing: the claim rests on reporting by Variety.",
        "Second-hand sourcing: the claim rests on reporting by Associated Press."]


def test_an_outlet_described_opening_its_sentence_is_named_in_running_text(auditor):
    got = findings(auditor, "Local media reported that at least 12 people were killed. Turkish media said 14.\n")
    assert [msg for _, _, msg in got] == [
        "Second-hand sourcing: the claim rests on reporting by local media.",
        "Second-hand sourcing: the claim rests on reporting by Turkish media."]


def test_secondhand_outlet_and_linked_original(auditor):
    got = findings(auditor, "Per NY Post, the talks collapsed.\n")
    assert got == [("secondhand-sourcing", "info", "Second-hand sourcing: the claim rests on reporting by New York Post.")]
    md = "The talks collapsed, according to [the New York Post](https://nypost.com/2021/story).\n"
    (rule, _, msg), = findings(auditor, md, "markdown", "a.md")
    assert rule == "secondhand-sourcing" and "links to the original report (nypost.com)" in msg
    # an HTML anchor in Markdown is a link too
    md = 'Shares rose 2%, <a href="https://www.ft.com/content/abc">the Financial Times said</a>.\n'
    (rule, _, msg), = findings(auditor, md, "markdown", "a.md")
    assert rule == "secondhand-sourcing" and "links to the original report (ft.com)" in msg


def test_an_outlet_named_as_outlets_of_two_countries_are_is_the_articles_countrys(auditor):
    uk = ("More than 40 Labour MPs have signed the amendment, The Times reported. Downing Street said the cuts "
          "would save \u00a35 billion.\n")
    assert resting_on(auditor, uk) == ["The Times"]
    us = "Republicans in Congress are split over the bill, The Times reported. The White House said it would pass.\n"
    assert resting_on(auditor, us) == ["The New York Times"]
    # ... or the one the sentence links to, whose report it is
    md = "Republicans in Congress are split, [The Times reported](https://www.thetimes.co.uk/a). The White House agreed.\n"
    (rule, _, msg), = [f for f in findings(auditor, md, "markdown", "a.md") if f[0] == "secondhand-sourcing"]
    assert "reporting by The Times. The sentence links to the original report (thetimes.co.uk)" in msg
    # ... and the one told ("told the ABC" in Canberra)
    au = "The Prime Minister told the ABC the plan was dead. Labor MPs in Canberra welcomed it.\n"
    assert resting_on(auditor, au) == ["ABC News (Australia)"]
    au = "Mr Chandler-Mather told Sky News the policy cost A$10 billion. Labor MPs in Canberra disagreed.\n"
    assert resting_on(auditor, au) == ["Sky News Australia"]
    assert resting_on(auditor, "Mr Albanese told ABC Radio National there were no plans.\n") == ["ABC News (Australia)"]


def test_an_outlet_told_is_named_whole_and_the_post_alone_is_no_new_york_post(auditor):
    text = "The Knicks agreed to an extension, sources tell The Athletic.\n"
    assert resting_on(auditor, text) == ["The Athletic"]
    # "The Post" is the Post named before ("The Washington Post ... The Post reported"), never the New York one by
    # default, nor "The Post and Courier"
    text = "The Washington Post broke the story on Monday.\n\nThe deal is off, The Post reported.\n"
    assert resting_on(auditor, text) == ["The Washington Post"]
    text = "Wilson told The Post and Courier newspaper of Charleston that he voted for Rubio.\n"
    assert resting_on(auditor, text) == []
    # ... so too "the Journal", "the Tribune", "the Globe": a Salt Lake City story's Tribune is no Chicago one
    for paper in ("Journal", "Tribune", "Globe"):
        assert resting_on(auditor, f"The council will vote on Tuesday, the {paper} reported.\n") == [f"the {paper}"]
    text = "The Wall Street Journal broke the story.\n\nThe deal is off, the Journal reported.\n"
    assert resting_on(auditor, text) == ["The Wall Street Journal"]


def test_the_outlet_a_dateline_or_byline_credits_is_no_second_hand_source(auditor):
    text = ("RICHMOND, Va. (AP) \u2014 Park won the seat.\n\n"
            "The Associated Press declared Park the winner. Turnout rose, Reuters reported.\n")
    assert resting_on(auditor, text) == ["Reuters"]
    text = "By JANE DOE, Associated Press\n\nRates rose, the AP reported. Prices fell, Reuters reported.\n"
    assert resting_on(auditor, text) == ["Reuters"]
    # (a byline's outlet of a name two countries' outlets share is the article's country's)
    text = ("By Jane Doe, The Times\n\nForty Labour MPs rebelled, The Times has learned. Downing Street said the "
            "cuts would save \u00a35 billion.\n")
    assert resting_on(auditor, text) == []
    # (in another outlet's story the agency's race call is second-hand)
    text = "RICHMOND, Va. \u2014 Park won the seat.\n\nThe Associated Press declared Park the winner.\n"
    assert resting_on(auditor, text) == ["Associated Press"]


def test_the_publisher_an_articles_metadata_names_is_no_second_hand_source(auditor):
    def resting(text, path):
        return [m for found, _, m in findings(auditor, text, "markdown", path) if found == "secondhand-sourcing"]

    front = "---\ntitle: Deal\npublisher: Politico\n---\n\n"
    body = "Leaders are near a deal, Sen. Ann Ruiz told POLITICO. It would avert a shutdown, CNN reported.\n"
    assert [m.split("by ")[-1] for m in resting(front + body, "a.md")] == ["CNN."]
    assert len(resting(body, "a.md")) == 2  # (without it, Politico's reporting is another's)
    page = ('<html><head><meta content="POLITICO" property="og:site_name"></head><body><p>' + body.strip()
            + "</p></body></html>")
    assert [m.split("by ")[-1] for m in resting(page, "a.html")] == ["CNN."]


def test_named_person_is_not_flagged(auditor):
    assert findings(auditor, "Sergei Ryabkov, Russia's deputy foreign minister, said it was not too late.\n") == []


def test_agentless_passives_are_vague(auditor):
    for text in ("It is believed the plant will close next year.\n", "It was widely reported that the plant closed.\n",
                 "The striker is said to favour a move to London.\n",
                 "Chelsea are keen, with boss Mauricio Pochettino said to be a huge admirer of the striker.\n",
                 # an adverb after the perfect's "has been" or a "long" inside it
                 "It has been widely reported that Al-Hilal approached the striker.\n",
                 "It was long rumored that the plant would close.\n",
                 "It has long been said that the plant would close.\n",
                 # after "rumored" any verb (a report "to police" is none)
                 "The fee is rumored to exceed $150 million.\n",
                 "Exercise may reduce inflammation, which is thought to play a role in cognitive decline.\n",
                 "Caffeine has long been thought to trigger abnormal heart rhythms.\n",
                 # reports of no one's after a preposition
                 "Chip shares fell after reports that the administration is considering new export limits.\n",
                 "Shares rose amid unconfirmed reports that Apple would buy the firm.\n",
                 # learnt, in British and Indian copy, feared and known
                 "The structures were built on land reserved for a garden, it is learnt.\n",
                 "It is learned that the minister will resign on Friday.\n",
                 # ... gathered, in Nigerian copy
                 "It was gathered that some state governors were yet to key into the new wage.\n",
                 "It is feared that the death toll will rise.\n",
                 "It has been known for some time that the book was in the works.\n",
                 # worries, talk and rumours of no one's, and the contraction
                 "There are growing concerns that the dam could fail.\n",
                 "Questions have been raised about the contract.\n",
                 "Word on the street is that the store will close.\n",
                 "Rumours are swirling that the manager will be sacked.\n",
                 "It's widely believed that the deal will collapse.\n"):
        got = findings(auditor, text)
        assert [f[:2] for f in got] == [("vague-attribution", "warning")], text


def test_learned_as_an_adjective_is_no_agentless_account(auditor):
    assert findings(auditor, "Aggression in dogs is often fear-based, and it is learned behaviour.\n") == []
    assert [f[0] for f in findings(auditor, "The theft was reported to police on Monday.\n")] == []
    # (a relative clause after the reports says nothing they report)
    assert [f[0] for f in findings(auditor, "He spoke after reports that were published Monday.\n")] == []


def test_a_figure_no_one_is_named_for_is_vague(auditor):
    for text in ("Repairs are estimated to cost $4.2 million.\n", "The deficit is projected to be $544 billion.\n"):
        got = findings(auditor, text)
        assert [f[:2] for f in got] == [("vague-attribution", "warning")], text
    # the agent named, a year rather than a figure, or the figure credited at the end: nothing to flag
    for text in ("Repairs were estimated by the city to cost $4.2 million.\n",
                 "The president is expected to run for re-election in 2017.\n",
                 "The change is expected to bring in about $900,000 a year, according to a staff report.\n"):
        assert [f[0] for f in findings(auditor, text) if f[0] == "vague-attribution"] == [], text


def test_anonymous_source_in_a_relative_clause_and_reason_after_the_cue(auditor):
    (rule, _, msg), = findings(auditor, "Officials who spoke on condition of anonymity said the plant will close.\n")
    assert rule == "anonymous-source" and "Officials who spoke on condition of anonymity" in msg
    (rule, _, msg), = findings(auditor, "The plant will close, a source said, because he was not authorized to speak.\n")
    assert rule == "anonymous-source" and "because he was not authorized to speak" in msg
    (rule, _, msg), = findings(auditor, "An official, who spoke on condition of anonymity because the talks are "
                                        "private, said the plant will close.\n")
    assert rule == "anonymous-source" and "reason: because the talks are private" in msg


def test_a_named_subject_with_a_relative_clause_is_not_anonymous(auditor):
    assert findings(auditor, "The senator who chairs the committee said the bill would pass.\n") == []


def test_a_vague_source_inside_a_statement_credited_at_its_end_or_by_an_opening_phrase_is_backed(auditor):
    backed = "Analysts had expected earnings of 73 cents per share, according to LSEG data.\n"
    assert [f[0] for f in findings(auditor, backed)] == []
    # credited at the start, the statement need not cover the rest of the sentence: still flagged
    alone = "The senator said the plan was fine, but critics say it will fail.\n"
    assert [f[0] for f in findings(auditor, alone)] == ["vague-attribution"]
    # ... but a phrase opening it credits the whole statement
    opened = "According to the Parliamentary Budget Office, the deficit is forecast to reach $42.1 billion.\n"
    assert [f[0] for f in findings(auditor, opened)] == []


def test_a_vague_source_inside_a_statement_an_unnamed_source_credits_is_reported_once(auditor):
    # the credit is the weak sourcing: one finding, for it
    text = "Damage is expected to exceed $1 billion, insurance analysts estimated.\n"
    got = [(rule, msg) for rule, _, msg in findings(auditor, text)]
    assert got == [("vague-attribution", "Vague attribution: 'insurance analysts' names no one who can be checked")]
    # an anonymous credit is reported as such, and the hedge inside it is its
    text = "Her new album reportedly features a song about him, according to a person who has heard it.\n"
    assert [rule for rule, _, _ in findings(auditor, text)] == ["anonymous-source"]


def test_said_to_with_an_active_subject_is_the_subject_speaking(auditor):
    assert findings(auditor, "The coach said to be careful with the ball.\n") == []


def test_a_pronoun_source_is_shown_as_the_source_it_stands_for(auditor):
    text = "Police officials said the bridge would close. They added that repairs would take weeks.\n"
    got = [msg for rule, _, msg in findings(auditor, text) if rule == "anonymous-source"]
    assert len(got) == 2 and all("'Police officials'" in m for m in got), got


def test_a_reason_for_anonymity_may_follow_in_the_next_paragraph(auditor):
    text = ("The White House is weighing tariffs, according to two people familiar with the talks.\n\n"
            "A levy of 25% is planned, one of the people said. Both spoke on condition of anonymity because "
            "they were not authorized to discuss the talks.\n")
    got = [msg for rule, _, msg in findings(auditor, text) if rule == "anonymous-source"]
    assert len(got) == 2 and all("(reason: because they were not authorized to discuss the talks)" in m for m in got)


def test_a_reason_after_a_new_source_described_is_that_sources_own(auditor):
    text = ("The deal is done, a person close to the company said. One banker, who asked not to be named because "
            "she feared losing clients, said the price was high.\n")
    assert messages(auditor, text, "anonymous-source") == [
        "Anonymous source 'a person close to the company' (reason: no reason given)",
        "Anonymous source 'One banker' (reason: because she feared losing clients)"]
    # ... unless it says the others had the same reason
    text = text.replace("who asked", "who, like others, asked")
    assert messages(auditor, text, "anonymous-source") == [
        "Anonymous source 'a person close to the company' (reason: because she feared losing clients)",
        "Anonymous source 'One banker' (reason: because she feared losing clients)"]


def test_sources_cited_and_what_they_said_are_one_anonymous_source(auditor):
    text = "The team is shopping its guard, ESPN reported, citing league sources who said a deal was close.\n"
    assert messages(auditor, text, "anonymous-source") == [
        "Anonymous source 'league sources' (reason: no reason given)"]


def test_the_newsroom_itself_is_no_second_hand_source(auditor):
    text = ("The list, seen by this newspaper, includes two former prime ministers.\n\n"
            "The plan was first reported by The Times.\n")
    assert [f[0] for f in findings(auditor, text)] == ["secondhand-sourcing"]


def test_declining_to_discuss_is_no_reason_for_anonymity(auditor):
    text = ("A decision could come this week, three people familiar with the deliberations said.\n\n"
            "The Pentagon declined to discuss specific deployments.\n")
    (f,) = [f for f in findings(auditor, text) if f[0] == "anonymous-source"]
    assert f[2].endswith("(reason: no reason given)")


def test_what_anonymity_was_asked_for_is_its_reason(auditor):
    text = ("The energy will fade, said one Democrat familiar with the campaign, who requested anonymity to share "
            "private worries.\n")
    (f,) = [f for f in findings(auditor, text) if f[0] == "anonymous-source"]
    assert f[2].endswith("(reason: to share private worries)")


def test_sources_mentioned_again_keep_the_reason_given_for_them(auditor):
    text = ("Novex is exploring a sale, according to three people familiar with the matter, who asked not to be "
            "identified discussing private deliberations.\n\n"
            "Novex has held talks with two investors, the people said. No deal is certain, they cautioned.\n\n"
            "A buyer has been found, an official said.\n")
    got = messages(auditor, text, "anonymous-source")
    assert got == ["Anonymous source 'three people familiar with the matter' (reason: discussing private deliberations)",
                   "Anonymous source 'the people' (reason: discussing private deliberations)",
                   "Anonymous source 'the people' (reason: discussing private deliberations)",
                   "Anonymous source 'an official' (reason: no reason given)"]


def test_a_document_another_outlet_obtained_is_that_outlets_reporting(auditor):
    text = ("The company discussed a chip deal, according to an internal memo seen by The Verge.\n\n"
            "The plan was dropped, according to a memo seen by investigators.\n\n"
            "Bond sales hit $1 trillion, according to data compiled by Bloomberg.\n\n"
            "The fund lost 12%, according to an analysis by The Wall Street Journal.\n\n"
            "The document, which was reviewed by The Washington Post, shows the agency knew in 2021.\n\n"
            "The minister was quoted by Interfax as saying the talks would resume.\n")
    got = [(f[0], f[2]) for f in findings(auditor, text) if f[0] in ("secondhand-sourcing", "anonymous-source")]
    assert got == [("secondhand-sourcing", "Second-hand sourcing: the claim rests on reporting by The Verge."),
                   ("secondhand-sourcing", "Second-hand sourcing: the claim rests on reporting by Bloomberg."),
                   ("secondhand-sourcing", "Second-hand sourcing: the claim rests on reporting by The Wall Street Journal."),
                   ("secondhand-sourcing", "Second-hand sourcing: the claim rests on reporting by The Washington Post."),
                   ("secondhand-sourcing", "Second-hand sourcing: the claim rests on reporting by Interfax.")]


def test_what_another_outlets_journalist_reports_is_that_outlets_reporting(auditor):
    text = ("Leon Dube will miss three weeks with a hamstring injury, per ESPN's Rachel Moss.\n\n"
            "The deal is off, NBC News correspondent Jane Doe reported.\n\n"
            "NBC's Chuck Todd asked whether the deal was off.\n\n"
            "Apple will launch a foldable phone, according to a report by Bloomberg's Mark Gurman.\n\n"
            "Per NFL Network's Ian Rapoport, the team will not place him on injured reserve.\n")
    got = messages(auditor, text, "secondhand-sourcing")
    assert got == ["Second-hand sourcing: the claim rests on reporting by ESPN.",
                   "Second-hand sourcing: the claim rests on reporting by NBC News.",
                   "Second-hand sourcing: the claim rests on reporting by Bloomberg.",
                   "Second-hand sourcing: the claim rests on reporting by NFL Network."]


def test_a_statement_given_to_another_outlet_rests_on_its_reporting(auditor):
    text = ("\"I support it,\" Kaine told CNN's Jake Tapper.\n\n"
            "The couple split, multiple sources told Us Weekly.\n\n"
            "Trump said in an interview with The Washington Post that conventions were boring.\n\n"
            "The minister told reporters that the talks had failed.\n\n"
            "In an interview with The Associated Press, the governor said he had no regrets.\n\n"
            "Dimon reiterated his view in an interview with Fox Business that bitcoin has no value.\n\n"
            "Sources tell CNN the deal is close.\n")
    result, _ = auditor.audit_document(parse(text, "t.txt", "text"))
    assert [(f.message, text[f.start:f.end]) for f in result.findings if f.rule == "secondhand-sourcing"] == [
        ("Second-hand sourcing: the claim rests on reporting by CNN.", "Kaine told CNN"),
        ("Second-hand sourcing: the claim rests on reporting by Us Weekly.", "multiple sources told Us Weekly"),
        ("Second-hand sourcing: the claim rests on reporting by The Washington Post.",
         "Trump said in an interview with The Washington Post"),
        ("Second-hand sourcing: the claim rests on reporting by Associated Press.", "the governor said"),
        ("Second-hand sourcing: the claim rests on reporting by Fox Business.",
         "Dimon reiterated his view in an interview with Fox Business"),
        ("Second-hand sourcing: the claim rests on reporting by CNN.", "Sources tell CNN")]
    # (not by the outlet the article is credited to)
    text = "WASHINGTON (CNN) \u2014 \"I support it,\" Kaine told CNN.\n"
    assert resting_on(auditor, text) == []


def test_an_outlets_short_name_is_the_registered_outlet_named_before(auditor):
    text = ("Two former employees told the Houston Chronicle they had raised concerns.\n\n"
            "The Chronicle first reported the investigation in February.\n")
    assert messages(auditor, text, "secondhand-sourcing") == [
        "Second-hand sourcing: the claim rests on reporting by Houston Chronicle.",
        "Second-hand sourcing: the claim rests on reporting by Houston Chronicle."]  # (not "The Chronicle")
    # ... and an unregistered one, the outlet named before as a source
    text = "The Springfield Gazette first reported the deal.\n\nThe Gazette said the mayor had resigned.\n"
    assert resting_on(auditor, text) == ["The Springfield Gazette"] * 2


def test_a_who_standing_for_a_name_is_no_anonymous_source(auditor):
    text = "Apple will launch a foldable phone, according to Mark Gurman, who cited people familiar with the plans.\n"
    assert messages(auditor, text, "anonymous-source") == []


def test_one_source_is_flagged_once_a_sentence(auditor):
    text = ("The move was first reported by Bloomberg News last week, which said the company had hired consultants.\n\n"
            "Some analysts doubt the plan and argue that it will fail.\n\n"
            "Bloomberg News reported the cuts.\n")
    got = sorted((f[0], f[2]) for f in findings(auditor, text) if f[0] in ("secondhand-sourcing", "vague-attribution"))
    assert got == [("secondhand-sourcing", "Second-hand sourcing: the claim rests on reporting by Bloomberg."),
                   ("secondhand-sourcing", "Second-hand sourcing: the claim rests on reporting by Bloomberg."),
                   ("vague-attribution", "Vague attribution: 'Some analysts' names no one who can be checked")]


def test_a_source_inside_another_of_its_sentence_is_reported_with_it(auditor):
    text = ("A senior Republican aide, speaking on condition of anonymity to describe private talks, said "
            "leadership had not ruled out a vote.\n")
    got = messages(auditor, text, "anonymous-source")
    assert got == ["Anonymous source 'A senior Republican aide' (reason: to describe private talks)"]


def test_an_outlet_a_relative_pronoun_stands_for_is_named_in_the_message(auditor):
    text = "The group demanded $2 million, according to the Oakdale Tribune, which first reported the demand.\n"
    got = messages(auditor, text, "secondhand-sourcing")
    assert got == ["Second-hand sourcing: the claim rests on reporting by the Oakdale Tribune."]


def test_a_hedge_after_a_documents_account_is_that_documents(auditor):
    text = ("Holloway threatened pharmacists with a gun, the complaint says. In one robbery he allegedly fired a "
            "shot.\n\nSmith said the vote was rigged. Ballots were allegedly destroyed.\n\nHe reportedly fled.\n\n"
            "The judge, who through his office declined to comment, was born in Indiana. He was reportedly targeted.\n")
    got = messages(auditor, text, "vague-attribution")
    assert got == ["Vague attribution: 'allegedly' names no one who can be checked",  # (after a person's words)
                   "Vague attribution: 'reportedly' names no one who can be checked",
                   "Vague attribution: 'reportedly' names no one who can be checked"]  # (a refusal is no account)


def test_an_unnamed_source_inside_anothers_statement_is_reported_once(auditor):
    text = ("Investigators believe he may be connected to two other robberies, a law enforcement official said.\n\n"
            "Investigators believe he acted alone.\n")
    got = messages(auditor, text, "anonymous-source")
    assert got == ["Anonymous source 'a law enforcement official' (reason: no reason given)",
                   "Anonymous source 'Investigators' (reason: no reason given)"]


def test_a_statement_in_a_document_an_outlet_saw_rests_on_its_reporting(auditor):
    text = ("In a memo to employees seen by Reuters, chief executive Dana Whitfield said the company needed focus.\n\n"
            "In a memo to employees, chief executive Dana Whitfield said the company needed focus.\n")
    got = messages(auditor, text, "secondhand-sourcing")
    assert got == ["Second-hand sourcing: the claim rests on reporting by Reuters."]  # (the first only)
    # ... named after the cue
    text = ('"We grew too quickly," Whitfield wrote in the memo, which was obtained by The Verge.\n\n'
            "Whitfield said in a memo to staff that the company would cut 1,200 jobs.\n")
    got = messages(auditor, text, "secondhand-sourcing")
    assert got == ["Second-hand sourcing: the claim rests on reporting by The Verge."]


def test_an_unnamed_spokesman_for_a_named_body_is_anonymous_when_the_sentence_says_so(auditor):
    text = ("A spokesman for Acme, speaking on condition of anonymity in line with company rules, said the plant "
            "would close.\n\nA spokesman for Acme said the plant would reopen.\n")
    got = messages(auditor, text, "anonymous-source")
    assert got == ["Anonymous source 'A spokesman for Acme' (reason: in line with company rules)"]
