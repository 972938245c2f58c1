"""Terminal output: one `path:line:col: rule message` line per finding, then a summary table."""
from __future__ import annotations

from citeaudit.model import SEVERITY_RANK, FileResult


def render(results: list[FileResult], fail_on: str = "error") -> str:
    """The findings, then a table with a row per file; its status is "fails" for a file with a finding
    at or above `fail_on` (a severity, or "never"), "ok" for one checked without, "error" for one that
    could not be read and "skipped" for one left out (a binary file)."""
    from tabulate import tabulate

    floor = SEVERITY_RANK.get(fail_on)

    lines: list[str] = []
    for r in results:
        if r.error:
            lines.append(f"{r.path}: error: {r.error}")
            continue
        if r.note:
            lines.append(f"{r.path}: {r.note}")
            continue
        for f in r.findings:
            lines.append(f"{r.path}:{f.line}:{f.column}: {f.rule} [{f.severity}] {f.message}")
    rows = []
    for r in results:
        if r.document is None:
            rows.append([r.path, "-", "-", "-", "-", "-", "error" if r.error else "skipped"])
            continue
        c = r.stats.get("findings", {})
        cov = r.stats.get("coverage")
        rows.append([r.path, len(r.attributions), "-" if cov is None else f"{cov:.0%}",
                     c.get("error", 0), c.get("warning", 0), c.get("info", 0),
                     "fails" if floor is not None and any(SEVERITY_RANK[f.severity] >= floor for f in r.findings) else "ok"])
    if rows:
        if lines:
            lines.append("")
        lines.append(tabulate(rows, headers=["file", "attributions", "coverage", "errors", "warnings", "info", "status"],
                              tablefmt="simple", disable_numparse=True))
    total = sum(len(r.findings) for r in results)
    failed = sum(1 for r in results if r.error)
    lines.append(f"{len(results)} file(s), {total} finding(s)" + (f", {failed} unreadable" if failed else ""))
    return "\n".join(lines) + "\n"
