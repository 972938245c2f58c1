"""Output formats, each rendered from the same list of FileResults."""
from __future__ import annotations

from typing import Callable

from citeaudit.model import FileResult

Renderer = Callable[[list[FileResult]], str]


def renderer(name: str, rules=None, fail_on: str = "error") -> Renderer:
    """The render function of a format; `rules` (a RuleSet) documents the rules where the format
    carries their descriptions (SARIF); `fail_on` marks the files that fail in the text summary."""
    from functools import partial

    if name == "sarif":
        from citeaudit.formats.sarif import render as render_sarif
        return partial(render_sarif, rules=rules)
    if name == "json":
        from citeaudit.formats.json_report import render
    elif name == "markdown":
        from citeaudit.formats.markdown_report import render_all as render
    elif name == "text":
        from citeaudit.formats.text_report import render
        return partial(render, fail_on=fail_on)
    elif name == "github":
        from citeaudit.formats.github import render
    else:
        raise ValueError(f"unknown format {name!r}")
    return render


FORMATS = ("text", "json", "markdown", "sarif", "github")
