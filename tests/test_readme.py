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
