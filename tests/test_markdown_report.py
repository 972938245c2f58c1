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
                     "### Boilerplate"]
    assert "| Other copy |" in report and "according to Washington" in report
    assert "## Sources" in report and "| The Sun | outlet | The Sun |" in report
    assert "**UNATTRIBUTED**" in report
