from citeaudit.formats.markdown_report import render
from citeaudit.reader import parse


def test_report_groups_most_serious_first(auditor):
    text = ("Embassy Staff Cut\n\n"
            "Its workforce has dwindled to 120 from about 1,200 in early 2017, according to Washington.\n\n"
            "About 5,000 more goverment posts will go next year.\n\n"
            "The post has a workforce of 120 people, down from over 1,200 in early 2017, as per The Sun.\n\n"
            "Read more: Other story\n")
    result, _ = auditor.audit_document(parse(text, "a.txt"))
    report = render(result)
    heads = [line for line in report.splitlines() if line.startswith("### ")]
    assert heads == ["### Conflicts and mismatches", "### Typos", "### Unattributed claims", "### Sourcing notes",
                     "### Press-release text and boilerplate"]
    assert "| Other copy |" in report and "according to Washington" in report
    assert "## Sources" in report and "| The Sun | outlet | The Sun |" in report
    assert "**UNATTRIBUTED**" in report


def test_the_ledger_and_excerpts_read_as_prose_without_markup(auditor):
    text = ('# Floods\n\n"We did it," Alvarez [wrote on X](https://x.com/a/1). The river reached **6.2 metres**, '
            'according to [the Environment Agency](https://example.org/levels).\n\n'
            'The river reached 6.3 metres, according to the Environment Agency.\n')
    result, _ = auditor.audit_document(parse(text, "a.md", "markdown"))
    report = render(result)
    assert '| "We did it," Alvarez wrote on X. |' in report
    assert "6.2 metres, according to the Environment Agency." in report
    assert "https://" not in report and "**" not in report.split("## Claim ledger")[1]


def test_a_name_spelled_two_ways_is_listed_with_the_typos(auditor):
    text = "Mayor Jennifer Roberts said the video would be released. Robers did not say when.\n"
    result, _ = auditor.audit_document(parse(text, "a.txt"))
    typos = render(result).split("### Typos")[1]
    assert "`name-spelling`" in typos and "'Robers' here, 'Roberts' elsewhere" in typos


def test_the_ledger_credits_an_interviews_questions_and_answers_to_their_speakers(auditor):
    text = "Mayor on the cuts\n\nQ: Was the cut a mistake?\n\nA: Not at all. Ridership is down 14%.\n\nThe council met.\n"
    result, _ = auditor.audit_document(parse(text, "a.txt"))
    ledger = render(result).split("## Claim ledger")[1].split("##")[0]
    assert [line.rsplit("|", 2)[1].strip() for line in ledger.splitlines() if line.startswith("| 3") or line.startswith("| 5")
            or line.startswith("| 7")] == ["the interviewer (interview question)", "the interviewee (interview answer)",
                                           "the interviewee (interview answer)", "**UNATTRIBUTED**"]
    from citeaudit.engine import stats_for

    assert stats_for(result)["coverage"] == 0.75


def test_an_interviews_i_and_you_are_its_speakers_in_the_sources_table(auditor):
    text = ("Mayor on the cuts\n\nQ: You have said the cuts were needed. Why?\n\n"
            "A: I think the numbers speak for themselves.\n\nQ: I read that ridership fell. Did it?\n\n"
            "A: You think it will never fall, and then it does.\n")
    result, _ = auditor.audit_document(parse(text, "a.txt"))
    sources = render(result).split("## Sources")[1].split("##")[0]
    assert "| the interviewee | person |  | 2 | 3, 5 |" in sources and "| the interviewer | person |  | 1 | 7 |" in sources
    # an answer's "you" may be anyone
    assert "| You (unresolved) | person |  | 1 | 9 |" in sources
    # outside an interview, "I" stays unresolved
    result, _ = auditor.audit_document(parse("Cuts\n\nI think the numbers speak for themselves.\n", "a.txt"))
    assert "I (unresolved)" in render(result)


def test_a_signed_articles_i_is_its_writer(auditor):
    review = "I found it devastating. \"I cried,\" said Ana Kerr. The film, I think, is long.\n"
    for head in ("Film review\n\nBy Celia Marsh, Film Critic\n\n", "---\ntitle: Review\nauthor: Celia Marsh\n---\n\n"):
        result, _ = auditor.audit_document(parse(head + review, "a.md", "markdown"))
        sources = render(result).split("## Sources")[1].split("##")[0]
        assert "| the writer | person |  | 2 |" in sources and "(unresolved)" not in sources
    # with no byline (a speech transcript's "I" is the speaker's) it stays unresolved
    result, _ = auditor.audit_document(parse("Film review\n\n" + review, "a.txt"))
    assert "I (unresolved)" in render(result)


def test_a_cue_with_no_source_shows_no_kind_in_the_ledger(auditor):
    text = "Storm\n\nWinds are expected to continue through Tuesday, the National Weather Service said.\n"
    result, _ = auditor.audit_document(parse(text, "a.txt"))
    ledger = render(result).split("## Claim ledger")[1]
    assert "(no source found) (“expected”); the National Weather Service (government, “said”)" in ledger


def test_a_pronoun_linked_to_no_one_is_shown_unresolved(auditor):
    text = "Report\n\nIt said the plan would fail.\n"
    result, _ = auditor.audit_document(parse(text, "a.txt"))
    report = render(result)
    assert "| It (unresolved) |" in report and "It (unresolved) (unknown, “said”)" in report


def test_a_sentence_carried_within_its_leads_statement_is_no_statement_more(auditor):
    text = ("Report\n\nThe report found:\n\nThe mayor will resign on Friday. His deputy will take over.\n\n"
            '"We are ready," said Ana Ruiz. "The plan is sound."\n')
    result, _ = auditor.audit_document(parse(text, "a.txt"))
    sources = render(result).split("## Sources")[1].split("##")[0]
    # the colon's statement is the paragraph after it, whose sentences are carried over too: one statement;
    # a quotation carried after its speaker's is one more
    assert "| The report | document |  | 1 | 3 |" in sources and "| Ana Ruiz | person |  | 2 | 7 |" in sources
