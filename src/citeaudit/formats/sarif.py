"""SARIF 2.1.0, as read by GitHub code scanning: one run, the rules that fired, one result per finding."""
from __future__ import annotations

import json

from citeaudit import __version__
from citeaudit.model import FileResult

LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _descriptor(rule_id: str, rules) -> dict:
    """A rule's reportingDescriptor: its id, and where the rule is known its description (shown by code
    scanning as the alert's title), why it matters and its example (the alert's help), and its level."""
    rule = rules[rule_id] if rules is not None and rule_id in rules else None
    if rule is None:
        return {"id": rule_id, "name": rule_id, "shortDescription": {"text": rule_id}}
    description = " ".join(rule.description.split())
    out = {"id": rule_id, "name": rule_id, "shortDescription": {"text": description}}
    if rule.why:
        out["fullDescription"] = {"text": " ".join(rule.why.split())}
    help_text = [" ".join((rule.why or rule.description).split())]
    if isinstance(rule.example, dict):
        help_text += ["", "Bad: " + " ".join(str(rule.example.get("bad", "")).split()),
                      "Good: " + " ".join(str(rule.example.get("good", "")).split())]
    out["help"] = {"text": "\n".join(help_text)}
    if rule.severity in LEVELS:
        out["defaultConfiguration"] = {"level": LEVELS[rule.severity]}
    return out


def render(results: list[FileResult], rules=None) -> str:
    """The SARIF log of `results`; `rules` (a RuleSet), when given, describes the rules that fired."""
    rule_ids = sorted({f.rule for r in results for f in r.findings})
    index = {rid: i for i, rid in enumerate(rule_ids)}
    sarif_results = []
    for r in results:
        for f in r.findings:
            end_line, end_col = r.document.line_col(f.end) if r.document else (f.line, f.column)
            sarif_results.append({
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": LEVELS[f.severity],
                "message": {"text": f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": r.path.replace("\\", "/")},
                    "region": {"startLine": f.line, "startColumn": f.column, "endLine": end_line,
                               "endColumn": end_col, "charOffset": f.start, "charLength": f.end - f.start},
                }}],
                "relatedLocations": [{"id": k, "physicalLocation": {
                    "artifactLocation": {"uri": x.path.replace("\\", "/")}, "region": {"startLine": x.line}}}
                    for k, x in enumerate(f.related)],
                "partialFingerprints": {"citeaudit/v1": f"{f.rule}:{f.excerpt}"},
            })
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "citeaudit", "version": __version__,
                                "rules": [_descriptor(rid, rules) for rid in rule_ids]}},
            "results": sarif_results,
            "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": [
                {"level": "error", "message": {"text": f"{r.path}: {r.error}"}} for r in results if r.error]}],
        }],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
