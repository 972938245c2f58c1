from citeaudit.reader import parse


def boilerplate(auditor, text):
    result, _ = auditor.audit_document(parse(text, "t.txt"))
    return [f.line for f in result.findings if f.rule == "boilerplate"]


def test_web_page_furniture_is_boilerplate_and_the_story_is_not(auditor):
    text = ("Ukraine says it shot down drones\n\n"
            "The air force said it shot down 40 drones. Follow the coverage on the radio.\n\n"
            "Read more: How to prepare your home for a flood\n\n"
            "Follow AP's coverage of the war at https://apnews.com/hub/russia-ukraine\n\n"
            "Find more of our coverage at example.com/news\n\nSign up to our Morning Briefing newsletter\n")
    assert boilerplate(auditor, text) == [5, 7, 9, 11]


def test_a_web_page_s_footer_is_no_article_body_and_the_same_line_in_the_body_is_boilerplate(auditor):
    text = ("<p>The council approved the budget.</p>\n\n<p>Subscribe to our newsletter</p>\n\n"
            "<footer><p>Subscribe to our newsletter</p><p>\u00a9 2026 The Daily Ledger. All rights reserved.</p></footer>\n")
    result, _ = auditor.audit_document(parse(text, "page.html", "markdown"))
    assert [f.line for f in result.findings if f.rule == "boilerplate"] == [3]


def test_a_copyright_notice_is_boilerplate_and_a_legal_list_item_is_not(auditor):
    text = ("The train derailed on Saturday, officials said.\n\n(c) the committee shall meet monthly.\n\n"
            "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, "
            "broadcast, rewritten or redistributed without permission.\n\n\u00a9 2023 Example News Ltd\n")
    assert boilerplate(auditor, text) == [5, 7]
