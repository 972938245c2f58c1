from citeaudit.reader import parse


def findings(auditor, text):
    result, _ = auditor.audit_document(parse(text, "t.txt"))
    return [(f.line, f.message) for f in result.findings if f.rule == "press-release"]


def test_a_pasted_press_release_is_named_line_by_line(auditor):
    text = ("Acme Reports Record Revenue\n\n"
            "SAN JOSE, Calif., Oct. 24, 2026 /PRNewswire/ -- Acme today announced its results.\n\n"
            "About Acme Corp.\nAcme is a leading provider of cloud software.\n\n"
            "Forward-Looking Statements\nThis release contains forward-looking statements within the meaning of "
            "the Act.\n\nMedia contact: press@acme.example\n")
    assert [line for line, _ in findings(auditor, text)] == [3, 3, 5, 6, 8, 9, 11]
    assert [message.split(": ", 1)[1] for _, message in findings(auditor, text)][:4] == [
        "'/PRNewswire/'", "'today announced'", "'About Acme Corp.'", "'a leading provider of'"]


def test_a_releases_voice_and_closing_lines(auditor):
    text = ("Acme raises $20 million\n\nAcme Robotics, a leading provider of warehouse robots, today announced "
            "a funding round. For more information, visit www.acmerobotics.com.\n\nSOURCE Acme Robotics\n")
    assert [message.split(": ", 1)[1] for _, message in findings(auditor, text)] == [
        "'a leading provider of'", "'today announced'", "'For more information, visit www.acmerobotics.com.'",
        "'SOURCE Acme Robotics'"]
    # (news names its source and its day: "said on Tuesday", "a source said"; a contact line for readers is no release)
    text = ("Acme Robotics said on Tuesday it had raised $20 million, a source said.\n\n"
            "For more information, call the city's hotline at 311.\n")
    assert findings(auditor, text) == []


def test_an_about_section_with_its_text_after_a_colon(auditor):
    text = "Acme raises $40 million\n\nAbout Acme Robotics: Acme Robotics builds robots for warehouses.\n"
    assert findings(auditor, text) == [(3, "Press-release text in the article: 'About Acme Robotics:'")]
    # (and "About" is no speaker before a colon)
    result, _ = auditor.audit_document(parse(text, "t.txt"))
    assert [a.cue_text for a in result.attributions] == []


def test_reporting_on_a_release_is_no_release(auditor):
    text = ("Acme said in a press release on Thursday that revenue rose.\n\n"
            "About 2.3 million customers were affected, the company said.\n")
    assert findings(auditor, text) == []
