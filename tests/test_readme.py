from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = 'pip install ".[test]" && python -m pytest'
    assert command in readme and command in ci


def test_readme_lists_every_rule_kind_that_has_rules(rules):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for kind in {r.kind for r in rules}:
        assert f"`{kind}`" in readme, kind


def test_the_readme_json_example_is_the_seed_articles_output(auditor):
    """The JSON example in README.md is an excerpt of the real report of seeds/000_...txt (the message
    shortened with '...'): the attribution, the finding's place and the stats stay true."""
    import json
    import re

    from citeaudit.engine import stats_for
    from citeaudit.formats.json_report import render
    from citeaudit.reader import read_path

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)```", readme, re.S).group(1))["files"][0]
    path = example["path"]
    result, _ = auditor.audit_document(read_path(str(ROOT / path), path))
    result.stats = stats_for(result)
    actual = json.loads(render([result]))["files"][0]
    (shown,) = example["attributions"]
    assert shown in actual["attributions"]
    (finding,) = example["findings"]
    real = next(f for f in actual["findings"] if f["rule"] == finding["rule"])
    assert {k: real[k] for k in ("start", "end", "line", "column", "suggestion")} == \
        {k: finding[k] for k in ("start", "end", "line", "column", "suggestion")}
    assert actual["stats"] == example["stats"]
