from citeaudit import suppress
from citeaudit.reader import parse


def kept(auditor, text, fmt="markdown", path="a.md"):
    doc = parse(text, path, fmt)
    result, _ = auditor.audit_document(doc)
    return [(f.rule, f.line) for f in suppress.apply(doc, result.findings)]


def test_markdown_comment_silences_named_rules_in_next_block_only(auditor):
    text = ("<!-- citeaudit: ignore[typo] -->\nThe goverment said so, according to critics.\n\n"
            "The goverment said so again.\n")
    got = kept(auditor, text)
    assert [x for x in got if x[0] == "typo"] == [("typo", 4)]
    assert ("vague-attribution", 2) in got


def test_markdown_ignore_without_list_silences_all(auditor):
    assert kept(auditor, "<!-- citeaudit: ignore -->\nRead more: the goverment story\n") == []


def test_text_line_and_trailing_comments(auditor, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("# citeaudit: ignore[typo]\nThe goverment acted.\n\n"
                 "The goverment paused. # citeaudit: ignore[typo]\n\nThe goverment resumed.\n", encoding="utf-8")
    (result,) = auditor.audit([(str(p), str(p))])
    assert [(f.rule, f.line) for f in result.findings if f.rule == "typo"] == [("typo", 6)]
    assert "citeaudit" not in result.document.prose
