"""Write one Markdown report per article under the report directory, never outside it."""
from __future__ import annotations

import os

from citeaudit.formats.markdown_report import render
from citeaudit.model import FileResult


def report_name(article: str, arguments: list[str]) -> str | None:
    """The report's path relative to the report directory: the article's path relative to the
    command-line argument it was found under, plus ".md". None for stdin."""
    if article == "<stdin>":
        return None
    best = None
    for arg in arguments:
        if arg == "-":
            continue
        if os.path.isdir(arg):
            rel = os.path.relpath(article, arg)
            if not rel.startswith(".."):
                best = rel
                break
        elif os.path.normpath(arg) == os.path.normpath(article):
            best = os.path.basename(article)
            break
    if best is None:
        best = os.path.basename(article)
    parts = [p for p in best.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    return "/".join(parts) + ".md" if parts else None


def write_reports(results: list[FileResult], arguments: list[str], report_dir: str) -> list[str]:
    """Write the reports; return one-line error messages for reports that could not be written."""
    errors = []
    root = os.path.realpath(report_dir)
    for r in results:
        if r.document is None:
            continue
        name = report_name(r.path, arguments)
        if name is None:
            continue
        target = os.path.realpath(os.path.join(root, name))
        if os.path.commonpath([root, target]) != root:
            errors.append(f"{r.path}: report path {name!r} would leave {report_dir}; not written")
            continue
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(render(r))
        except OSError as e:
            errors.append(f"{r.path}: cannot write report {target}: {e.strerror or e}")
    return errors
