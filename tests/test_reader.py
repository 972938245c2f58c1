from citeaudit.reader import ReadError, Skipped, decode, parse


def test_markdown_front_matter_and_syntax_are_not_prose():
    text = "---\ntitle: Story\n---\n# Headline here\n\nOfficials *said* [the plan](https://example.com/a) was `x` late.\n"
    doc = parse(text, "a.md", "markdown")
    assert len(doc.prose) == len(text)
    assert "title" not in doc.prose
    assert "https" not in doc.prose and "`" not in doc.prose and "*" not in doc.prose
    assert "Officials" in doc.prose and "said" in doc.prose and "the plan" in doc.prose
    (link,) = doc.links
    assert text[link.start:link.end] == "the plan" and link.url == "https://example.com/a"


def test_markdown_comments_and_code_blocks_are_blanked():
    text = "Intro line.\n\n<!-- hidden note -->\n\n```\nsaid code\n```\n\n    indented code said\n"
    doc = parse(text, "a.md", "markdown")
    assert "hidden" not in doc.prose and "code" not in doc.prose
    assert doc.prose.count("\n") == text.count("\n")


def test_text_keeps_bom_in_offsets():
    doc = parse("\ufeffHello.", "a.txt")
    assert doc.text[0] == "\ufeff" and doc.prose[0] == " " and doc.prose[1:] == "Hello."


def test_decode_errors_are_one_line():
    try:
        decode(b"caf\xe9 au lait", "x.txt")
    except ReadError as e:
        assert "UTF-8" in str(e) and "\n" not in str(e)
    else:
        raise AssertionError("expected ReadError")
    try:
        decode(b"\x00\x01binary", "x.txt")
    except Skipped as e:
        assert "binary" in str(e)
    else:
        raise AssertionError("expected Skipped")


def test_line_and_column_with_crlf_and_lone_cr():
    doc = parse("a\r\nbc\rd\ne", "x.txt")
    assert doc.line_col(0) == (1, 1)
    assert doc.line_col(3) == (2, 1)
    assert doc.line_col(4) == (2, 2)
    assert doc.line_col(6) == (3, 1)
    assert doc.line_col(8) == (4, 1)


def test_markdown_blocks_headings_are_headlines(analyse):
    text = "# Council Approves Budget?\n\nThe council said the budget\nwould pass on Monday.\n\n- A list item that is prose.\n"
    art = analyse(text, fmt="markdown", path="a.md")
    kinds = [(s.kind, s.text) for s in art.seg.sentences]
    assert kinds[0] == ("headline", "Council Approves Budget?")
    assert kinds[1] == ("body", "The council said the budget\nwould pass on Monday.")
    assert kinds[2][1] == "A list item that is prose."


def test_markdown_footnotes_tables_and_block_quotations(analyse):
    text = ("Budget documents show spending rose 4 percent this year.[^1]\n\n"
            "| Year | Budget |\n|------|--------|\n| 2026 | $412m |\n\n"
            "> \"The mayor slashed the police budget\" \u2014 Joe Ramirez, on Facebook\n\n"
            "[^1]: City of Springfield, Adopted Budget 2026, p. 44.\n")
    art = analyse(text, fmt="markdown", path="a.md")
    kinds = [(s.kind, s.text) for s in art.seg.sentences]
    # the footnote's reference is no prose, so the sentence ends with its full stop: body, not a headline
    assert kinds[0] == ("body", "Budget documents show spending rose 4 percent this year.")
    # each table cell on its own, none of them a claim
    assert [t for k, t in kinds if k == "table"] == ["Year", "Budget", "2026", "$412m"]
    # a block quotation is prose even without a full stop; the footnote is a note, "p." no sentence end
    assert ("body", "\"The mayor slashed the police budget\" \u2014 Joe Ramirez, on Facebook") in kinds
    assert kinds[-1] == ("note", "City of Springfield, Adopted Budget 2026, p. 44.")
    assert "[^1]" not in art.doc.prose


def test_raw_html_blocks_in_markdown_are_read_for_their_prose(analyse):
    text = ('<div class="story">\n<h2>Aide quits</h2>\n<p>The aide resigned, <a href="https://www.reuters.com/x">'
            'Reuters reported</a>.</p>\n<script>var said = 1;</script>\n</div>\n')
    doc = parse(text, "a.md", "markdown")
    assert len(doc.prose) == len(text)
    assert "The aide resigned" in doc.prose and "<p>" not in doc.prose and "var said" not in doc.prose
    (link,) = doc.links
    assert text[link.start:link.end] == "Reuters reported" and link.url == "https://www.reuters.com/x"
    art = analyse(text, "markdown", "a.md")
    assert [(s.kind, " ".join(s.text.split())) for s in art.seg.sentences] == [
        ("headline", "Aide quits"), ("body", "The aide resigned, Reuters reported .")]  # (tags blanked)
    assert [(a.cue_text, a.source.text) for a in art.attributions] == [("reported", "Reuters")]


def test_html_entities_in_the_prose_are_their_characters_at_their_offsets(analyse):
    text = "<p>&ldquo;This is a win,&rdquo; union president Harold Daggett said.&nbsp;It&#8217;s over.</p>\n"
    doc = parse(text, "a.md", "markdown")
    assert len(doc.prose) == len(text)
    assert doc.prose[text.index("&ldquo;"):text.index("This")] == "      \u201c"  # (an opening mark last)
    assert doc.prose[text.index("&rdquo;"):][:2] == "\u201d "  # (any other character first)
    assert "&" not in doc.prose
    (a,) = analyse(text, "markdown", "a.md").attributions
    assert a.source.text == "union president Harold Daggett"
    assert text[a.content[0]:a.content[1]] == "&ldquo;This is a win"


def test_spans_hold_the_whole_of_an_entity_they_reach_into(analyse):
    text = "<p>Osei told reporters the rise was &ldquo;not up for negotiation.&rdquo;</p>\n"
    (a,) = analyse(text, "markdown", "a.md").attributions
    assert text[a.content[0]:a.content[1]] == "the rise was &ldquo;not up for negotiation.&rdquo;"
    doc = parse(text, "a.md", "markdown")
    quote = text.index("&rdquo;")
    assert doc.whole(quote - 5, quote + 1) == (quote - 5, quote + 7)  # (findings are widened by it too)
    assert doc.whole(quote + 3, quote + 7) == (quote, quote + 7)
    assert doc.whole(0, quote) == (0, quote)


def test_a_source_with_an_entity_reads_as_the_page_does(analyse):
    text = "<p>Deaths rose, according to the county&rsquo;s public health department.</p>\n"
    (a,) = analyse(text, "markdown", "a.html").attributions
    assert a.source.text == "the county\u2019s public health department"  # (not "county\u2019 s")
    assert text[a.source.start:a.source.end] == "the county&rsquo;s public health department"
    # ... and is of the kind the page's words say: a public office, not the mayor
    text = "<p>The budget hires 30 officers, the mayor&rsquo;s office said.</p>\n"
    (a,) = analyse(text, "markdown", "a.html").attributions
    assert (a.source.text, a.source.kind) == ("the mayor\u2019s office", "government")


def test_a_pages_footer_and_asides_are_no_story(auditor):
    text = ('<article>\n<p>"We are not leaving until the board listens to us," said Jordan Ellis, an organizer.</p>\n'
            '<aside class="pullquote">"We are not leaving until the board listens to us."</aside>\n'
            "<p>The university said tuition had risen 40 percent since 2015.</p>\n"
            "<footer>Tuition has risen 40 percent since 2015. Share this article.</footer>\n</article>\n")
    result, _ = auditor.audit_document(parse(text, "page.html", "markdown"))
    assert result.findings == []  # (nor is furniture there boilerplate in the article body)
    # ... the blocks inside them too: a box of related headlines is no story of the page's
    text = ("<article>\n<p>The strike ended on Friday, the union said.</p>\n"
            "<aside><h3>Related</h3><p>Rail strike averted, officials say</p></aside>\n</article>\n")
    result, art = auditor.audit_document(parse(text, "page.html", "markdown"))
    assert result.findings == [] and [a.cue_text for a in art.attributions] == ["said"]


def test_an_html_page_named_on_the_command_line_is_read_for_its_prose(tmp_path):
    from citeaudit.reader import read_path

    text = ('<html><head><title>Budget</title><script>var said = 1;</script></head><body>\n'
            '<nav><a href="/">Home</a> | <a href="/news">News</a></nav>\n'
            '<p>The council approved the budget, <a href="https://reuters.com/x">Reuters reported</a>.</p>\n'
            '</body></html>\n')
    page = tmp_path / "page.html"
    page.write_text(text, encoding="utf-8")
    doc = read_path(str(page))
    assert len(doc.prose) == len(text) and doc.text == text
    assert "The council approved the budget" in doc.prose
    assert not any(w in doc.prose for w in ("<p>", "var said", "Budget", "Home"))
