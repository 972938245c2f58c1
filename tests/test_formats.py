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


def _obj(properties: dict, required=()) -> dict:
    return {"type": "object", "additionalProperties": False, "properties": properties, "required": list(required)}


_LEVEL = {"enum": ["none", "note", "warning", "error"]}
_INDEX = {"type": "integer", "minimum": -1}
_TEXT = _obj({"text": {"type": "string"}, "markdown": {"type": "string"}}, ["text"])
_MESSAGE = _obj({"text": {"type": "string"}, "markdown": {"type": "string"}, "id": {"type": "string"}})
_LOCATION = _obj({
    "id": _INDEX, "message": _MESSAGE,
    "physicalLocation": _obj({
        "artifactLocation": _obj({"uri": {"type": "string"}, "uriBaseId": {"type": "string"}, "index": _INDEX}),
        "region": _obj({k: {"type": "integer", "minimum": 1} for k in ("startLine", "startColumn", "endLine", "endColumn")}
                       | {"charOffset": _INDEX, "charLength": {"type": "integer", "minimum": 0}}),
    }, ["artifactLocation"]),
})
# the parts of the SARIF 2.1.0 schema (OASIS) for the properties citeaudit writes, with their types,
# bounds, enumerations and required keys; unknown properties are errors, as in the schema
SARIF_SUBSET = _obj({
    "$schema": {"type": "string"}, "version": {"enum": ["2.1.0"]},
    "runs": {"type": "array", "items": _obj({
        "tool": _obj({"driver": _obj({
            "name": {"type": "string"}, "version": {"type": "string"},
            "rules": {"type": "array", "uniqueItems": True, "items": _obj({
                "id": {"type": "string"}, "name": {"type": "string"}, "shortDescription": _TEXT,
                "fullDescription": _TEXT, "help": _TEXT,
                "defaultConfiguration": _obj({"enabled": {"type": "boolean"}, "level": _LEVEL, "rank": {"type": "number"}}),
            }, ["id"])},
        }, ["name"])}, ["driver"]),
        "results": {"type": "array", "items": _obj({
            "ruleId": {"type": "string"}, "ruleIndex": _INDEX, "level": _LEVEL, "message": _MESSAGE,
            "locations": {"type": "array", "items": _LOCATION},
            "relatedLocations": {"type": "array", "uniqueItems": True, "items": _LOCATION},
            "partialFingerprints": {"type": "object", "additionalProperties": {"type": "string"}},
        }, ["message"])},
        "invocations": {"type": "array", "items": _obj({
            "executionSuccessful": {"type": "boolean"},
            "toolExecutionNotifications": {"type": "array", "items": _obj({"message": _MESSAGE, "level": _LEVEL},
                                                                          ["message"])},
        }, ["executionSuccessful"])},
    }, ["tool"])},
}, ["version", "runs"])


def test_sarif_follows_the_schema_and_documents_its_rules(tmp_path):
    import jsonschema

    (tmp_path / "a.txt").write_text(ARTICLE + "\nThe embassy's workforce has dwindled to 120 people, officials said.\n\n"
                                    "The embassy's workforce has dwindled to 120 people.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"caf\xe9 au lait\n")  # not UTF-8: a notification
    res = CliRunner().invoke(cli, ["check", "--no-report", "--format", "sarif", str(tmp_path)])
    doc = json.loads(res.stdout)
    jsonschema.validate(doc, SARIF_SUBSET)
    (run_,) = doc["runs"]
    rules = {r["id"]: r for r in run_["tool"]["driver"]["rules"]}
    assert rules["typo"]["shortDescription"]["text"] == "A misspelled word, with the suggested correction."
    assert rules["typo"]["defaultConfiguration"] == {"level": "error"}
    assert "Bad: in retaliation againts" in rules["typo"]["help"]["text"]
    assert any(r["relatedLocations"] for r in run_["results"])  # a duplicated claim points at its copy
    (note,) = run_["invocations"][0]["toolExecutionNotifications"]
    assert "b.txt" in note["message"]["text"]
    # (and the subset rejects what the schema rejects)
    bad = json.loads(res.stdout)
    bad["runs"][0]["results"][0]["level"] = "fatal"
    try:
        jsonschema.validate(bad, SARIF_SUBSET)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("an unknown level passed")
