import json

from click.testing import CliRunner

from citeaudit.cli import cli


def test_check_json_and_exit_code(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Officials said the bridge would reopen in May.\n\nRead more: Other story\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["check", "--format", "json", "--no-report", str(art)])
    data = json.loads(res.output)
    f = data["files"][0]
    assert f["path"] == str(art) and f["error"] is None
    assert {"text": "said", "rule": "cues/reporting-verbs"}.items() <= f["attributions"][0]["cue"].items()
    assert any(x["rule"] == "boilerplate" for x in f["findings"])
    assert res.exit_code == 1


def test_the_summary_says_which_files_fail(tmp_path):
    (tmp_path / "bad.txt").write_text("Residents will recieve their bills.\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Residents will get their bills, the council said.\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["check", "--no-report", str(tmp_path)])
    status = {line.split()[0].rsplit("/", 1)[-1]: line.split()[-1] for line in res.output.splitlines()
              if line.endswith((" ok", " fails"))}
    assert status == {"bad.txt": "fails", "good.txt": "ok"} and res.exit_code == 1
    # what fails follows --fail-on
    res = CliRunner().invoke(cli, ["check", "--no-report", "--fail-on", "never", str(tmp_path)])
    assert [line.split()[-1] for line in res.output.splitlines() if line.endswith((" ok", " fails"))] == ["ok", "ok"]
    assert res.exit_code == 0


def test_missing_path_is_usage_error(tmp_path):
    res = CliRunner().invoke(cli, ["check", "--no-report", str(tmp_path / "nope.txt")])
    assert res.exit_code == 2
    assert "nope.txt" in res.output or "nope.txt" in (res.stderr if hasattr(res, "stderr") else "")


def test_reports_written_relative_to_argument(tmp_path):
    d = tmp_path / "arts" / "sub"
    d.mkdir(parents=True)
    (d / "b.md").write_text("# Title\n\nThe mayor said the plan was ready.\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["check", "--report-dir", str(out), str(tmp_path / "arts")])
    assert res.exit_code == 0, res.output
    report = (out / "sub" / "b.md.md").read_text(encoding="utf-8")
    assert "## Sources" in report and "## Claim ledger" in report


def test_rules_lists_builtin_rules():
    res = CliRunner().invoke(cli, ["rules"])
    assert res.exit_code == 0
    assert "boilerplate" in res.output and "rules/findings/boilerplate.yaml" in res.output


def test_rules_with_ids_explain_them():
    res = CliRunner().invoke(cli, ["rules", "typo"])
    assert res.exit_code == 0
    assert res.output.startswith("typo (spelling, error)")
    assert "Why: Typos undermine trust" in res.output and "  bad:  in retaliation againts" in res.output
    assert "min_length=4" in res.output
    res = CliRunner().invoke(cli, ["rules", "no-such-rule"])
    assert res.exit_code == 2 and "no rule 'no-such-rule'" in res.output


def test_stdin_is_read_and_never_gets_a_report(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    md = "# Floods\n\nThe **mayor** said the [council](https://example.org) would meet.\n"
    res = CliRunner().invoke(cli, ["check", "-", "--format", "json"], input=md)
    (f,) = json.loads(res.stdout)["files"]
    # (read as plain text, the markup stands in the way of the subject)
    assert f["path"] == "<stdin>" and [a["source"] for a in f["attributions"]] == [None]
    # named as a Markdown file, it is read as Markdown: markup is no part of the source
    res = CliRunner().invoke(cli, ["check", "-", "--format", "json", "--stdin-filename", "story.md"], input=md)
    (f,) = json.loads(res.stdout)["files"]
    assert f["path"] == "story.md" and [a["source"]["text"] for a in f["attributions"]] == ["The mayor"]
    assert res.exit_code == 0 and not (tmp_path / "reports").exists()
