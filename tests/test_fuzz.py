"""Property tests: the pipeline never raises, offsets stay inside the text, lines agree with offsets,
and the same input gives byte-identical output."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citeaudit.formats.json_report import render
from citeaudit.reader import parse

NEWSY = st.sampled_from(["said", "according to", "per cent", "Reuters", "U.S.", "Sen.", "\u201c", "\u201d", "\n\n",
                         "\r\n", "\r", "# ", "* ", "[a](http://x.y)", "`c`", "<!-- citeaudit: ignore -->", "---\n",
                         "100,000", "goverment", "Read more:", "(Photo by X / AFP)", " ", ".", ",", "\ufeff",
                         '<a href="https://ft.com/x">', "</a>", "[^1]", "[^1]: ", "| a | b |\n|---|---|\n", "> "])
TEXT = st.lists(st.one_of(st.text(max_size=30), NEWSY), max_size=40).map("".join)


def line_col(text, offset):
    import re

    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    line = max(i for i, s in enumerate(starts) if s <= offset)
    return line + 1, offset - starts[line] + 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from(["text", "markdown"]))
def test_pipeline_invariants(auditor, text, fmt):
    path = "f.md" if fmt == "markdown" else "f.txt"
    doc = parse(text, path, fmt)
    assert len(doc.prose) == len(text)
    for link in doc.links:
        assert 0 <= link.start <= link.end <= len(text)
    result, _ = auditor.audit_document(doc)
    n = len(text)
    for a in result.attributions:
        assert 0 <= a.cue_start < a.cue_end <= n
        if a.source:
            assert 0 <= a.source.start <= a.source.end <= n
        if a.content:
            assert 0 <= a.content[0] <= a.content[1] <= n
    for f in result.findings:
        assert 0 <= f.start <= f.end <= n
        assert (f.line, f.column) == line_col(text, f.start)
        for r in f.related:
            assert 0 <= r.start <= r.end <= n
    again, _ = auditor.audit_document(parse(text, path, fmt))
    result.stats = again.stats = {}
    assert render([result]) == render([again])
