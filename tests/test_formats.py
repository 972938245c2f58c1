import json

from click.testing import CliRunner

from citeaudit.cli import cli

ARTICLE = "Headline Here\n\nThe goverment said, according to critics, that 5,000 jobs would go.\n"


def run(tmp_path, fmt, *extra):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return CliRunner().invoke(cli, ["check", "--no-report", "--format", fmt, *extra, str(p)]), p


def test_sarif_structure(tmp_path):
    res, p = run(tmp_path, "sarif")
    doc = json.loads(res.output)
    assert doc["version"] == "2.1.0"
    (run_,) = doc["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "citeaudit"
    ids = [r["id"] for r in driver["rules"]]
    typo = [r for r in run_["results"] if r["ruleId"] == "typo"][0]
    assert ids[typo["ruleIndex"]] == "typo" and typo["level"] == "error"
    loc = typo["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == str(p)
    region = loc["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (3, 5, 3, 14)
    assert {r["level"] for r in run_["results"]} <= {"error", "warning", "note"}


def test_github_annotations_are_escaped(tmp_path):
    res, p = run(tmp_path, "github")
    lines = res.output.splitlines()
    typo = [line for line in lines if "title=typo" in line][0]
    assert typo.startswith(f"::error file={p},line=3,col=5,endLine=3,endColumn=14,title=typo::")
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert "%2C" not in typo.split("::", 2)[2]  # the message part keeps its commas


def test_output_file(tmp_path):
    out = tmp_path / "out.json"
    res, _ = run(tmp_path, "json", "--output", str(out))
    assert res.output == "" and json.loads(out.read_text(encoding="utf-8"))["files"][0]["findings"]
