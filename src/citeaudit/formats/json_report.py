"""The stable JSON report (see README, "JSON report"). Keys and their order are fixed."""
from __future__ import annotations

import json

from citeaudit import __version__
from citeaudit.model import Attribution, FileResult, Finding


def attribution_json(a: Attribution) -> dict:
    src = None
    if a.source is not None:
        src = {"start": a.source.start, "end": a.source.end, "text": a.source.text, "kind": a.source.kind,
               "outlet": a.source.outlet}
        if a.source.canonical:
            src["resolved"] = a.source.canonical
    return {
        "id": a.id,
        "cue": {"start": a.cue_start, "end": a.cue_end, "text": a.cue_text, "rule": a.cue_rule},
        "source": src,
        "content": {"start": a.content[0], "end": a.content[1]} if a.content else None,
        "sentence": a.sentence,
        "carried": a.carried,
    }


def finding_json(f: Finding) -> dict:
    return {
        "rule": f.rule, "severity": f.severity, "start": f.start, "end": f.end, "line": f.line, "column": f.column,
        "message": f.message, "suggestion": f.suggestion,
        "related": [{"path": r.path, "start": r.start, "end": r.end, "line": r.line} for r in f.related],
    }


def file_json(r: FileResult) -> dict:
    return {
        "path": r.path,
        "error": r.error,
        "note": r.note,
        "attributions": [attribution_json(a) for a in r.attributions],
        "findings": [finding_json(f) for f in r.findings],
        "stats": r.stats,
    }


def render(results: list[FileResult]) -> str:
    """One JSON document; each file's object on a line of its own (compact, and quick to write)."""
    files = ",\n".join(json.dumps(file_json(r), ensure_ascii=False) for r in results)
    return f'{{"citeaudit": {json.dumps(__version__)}, "files": [\n{files}\n]}}\n'
