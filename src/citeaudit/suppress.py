"""Suppression comments: silence findings of some or all rules on part of an article.

- Markdown: `<!-- citeaudit: ignore[typo, boilerplate] -->` silences those rules in the next block
  (up to the next blank line after it); `<!-- citeaudit: ignore -->` silences every rule there.
- Text: a line `# citeaudit: ignore[typo]` silences the next paragraph; the same comment at the end of
  a line of text silences that line. The comment itself is not prose.
"""
from __future__ import annotations

import regex

from citeaudit import rx
from citeaudit.model import Document, Finding

_RULES = r"(?:\[(?P<rules>[^\]\r\n]*)\])?"
MARKDOWN_MARKER = rx.compile(r"<!--\s*citeaudit:\s*ignore" + _RULES + r"\s*-->")
TEXT_LINE_MARKER = rx.compile(r"^[ \t]*#[ \t]*citeaudit:[ \t]*ignore" + _RULES + r"[ \t]*$", regex.M)
TEXT_TRAILING_MARKER = rx.compile(r"(?<=\S)[ \t]+#[ \t]*citeaudit:[ \t]*ignore" + _RULES + r"[ \t]*$", regex.M)
_NEXT_BLOCK_END = rx.compile(r"\S.*?(?=(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)|\Z)", regex.S)
_LINE_END = rx.compile(r"\r\n|\r|\n|\Z")


def _rules(m) -> frozenset[str] | None:
    listed = m.group("rules")
    if listed is None or not listed.strip():
        return None  # every rule
    return frozenset(r.strip() for r in listed.split(",") if r.strip())


def regions(doc: Document) -> list[tuple[int, int, frozenset[str] | None]]:
    """(start, end, rule ids or None for all) for every suppression in the article."""
    out = []
    text = doc.text
    block_markers = [MARKDOWN_MARKER] if doc.format == "markdown" else [TEXT_LINE_MARKER]
    for marker in block_markers:
        for m in marker.finditer(text):
            nxt = _NEXT_BLOCK_END.search(text, m.end())
            end = nxt.end() if nxt else len(text)
            out.append((m.start(), end, _rules(m)))
    if doc.format != "markdown":
        for m in TEXT_TRAILING_MARKER.finditer(text):
            line_start = max(text.rfind("\n", 0, m.start()), text.rfind("\r", 0, m.start())) + 1
            out.append((line_start, m.end(), _rules(m)))
    return out


def text_marker_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text-article suppression comments, which the reader blanks out of the prose."""
    spans = [(m.start(), m.end()) for m in TEXT_LINE_MARKER.finditer(text)]
    spans += [(m.start(), m.end()) for m in TEXT_TRAILING_MARKER.finditer(text)]
    return spans


def apply(doc: Document, findings: list[Finding]) -> list[Finding]:
    found = regions(doc)
    if not found:
        return findings
    return [f for f in findings
            if not any(s <= f.start < e and (rules is None or f.rule in rules) for s, e, rules in found)]
