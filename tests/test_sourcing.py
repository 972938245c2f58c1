from citeaudit.reader import parse


def findings(auditor, text, fmt="text", path="t.txt"):
    result, _ = auditor.audit_document(parse(text, path, fmt))
    return [(f.rule, f.severity, f.message) for f in result.findings]


def test_vague_attribution(auditor):
    got = findings(auditor, "The plan will fail, according to many experts.\n")
    assert [f[:2] for f in got] == [("vague-attribution", "warning")]


def test_anonymous_source_with_reason(auditor):
    got = findings(auditor, "The talks collapsed, according to two officials who were not authorized to speak publicly.\n")
    (rule, sev, msg), = got
    assert rule == "anonymous-source" and sev == "info" and "not authorized to speak publicly" in msg


def test_secondhand_outlet_and_linked_original(auditor):
    got = findings(auditor, "Per NY Post, the talks collapsed.\n")
    assert got == [("secondhand-sourcing", "info", "Second-hand sourcing: the claim rests on reporting by New York Post.")]
    md = "The talks collapsed, according to [the New York Post](https://nypost.com/2021/story).\n"
    (rule, _, msg), = findings(auditor, md, "markdown", "a.md")
    assert rule == "secondhand-sourcing" and "links to New York Post's original report" in msg


def test_named_person_is_not_flagged(auditor):
    assert findings(auditor, "Sergei Ryabkov, Russia's deputy foreign minister, said it was not too late.\n") == []
