"""GitHub Actions workflow commands: one `::error file=...,line=...::message` annotation per finding."""
from __future__ import annotations

from citeaudit.model import FileResult

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def render(results: list[FileResult]) -> str:
    lines = []
    for r in results:
        if r.error:
            lines.append(f"::error file={_prop(r.path)},title=citeaudit::{_data(r.error)}")
        for f in r.findings:
            end_line, end_col = r.document.line_col(f.end) if r.document else (f.line, f.column)
            msg = f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")
            lines.append(f"::{LEVELS[f.severity]} file={_prop(r.path)},line={f.line},col={f.column},"
                         f"endLine={end_line},endColumn={end_col},title={_prop(f.rule)}::{_data(msg)}")
    return "\n".join(lines) + ("\n" if lines else "")
