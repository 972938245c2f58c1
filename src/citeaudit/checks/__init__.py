"""Checks: one generic engine per rule kind, each a small function from an analysed article to findings.

A per-article check has the signature `check(rule, article) -> Iterable[Finding]`.
A per-run check (comparing articles with each other) has `check_run(rule, articles) -> Iterable[Finding]`
and returns findings for any of the articles (each finding's path says which).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from citeaudit import rx
from citeaudit.model import Attribution, Document, Finding, Related, Segmented
from citeaudit.rules import Rule, RuleSet


@dataclass
class Article:
    """Everything the checks may look at for one article."""

    doc: Document
    seg: Segmented
    attributions: list[Attribution]
    rules: RuleSet
    cache: dict = field(default_factory=dict)  # shared analysis between checks (e.g. claim signals)


PerArticle = Callable[[Rule, Article], Iterable[Finding]]
PerRun = Callable[[Rule, list[Article]], Iterable[tuple[str, Finding]]]

ARTICLE_CHECKS: dict[str, PerArticle] = {}
RUN_CHECKS: dict[str, PerRun] = {}
PREPARE: dict[str, Callable[[Rule], object]] = {}  # builds a rule's costly state (a lexicon) ahead of time


def article_check(kind: str):
    def deco(fn: PerArticle) -> PerArticle:
        ARTICLE_CHECKS[kind] = fn
        return fn
    return deco


def run_check(kind: str):
    def deco(fn: PerRun) -> PerRun:
        RUN_CHECKS[kind] = fn
        return fn
    return deco


def prepare(kind: str):
    """Register a function that builds a rule's costly state before articles are checked, so that
    worker processes inherit it instead of each building their own."""
    def deco(fn):
        PREPARE[kind] = fn
        return fn
    return deco


_CONTENT_WORD = rx.compile(r"\p{L}[\p{L}'\u2019-]{2,}")  # three characters or more
STOP = frozenset("""the and that this with from have has had were was been are for not but its their there they
them than then into over after before about which while would could should will also more most other some such
only just said says according per""".split())


def content_words(text: str) -> frozenset:
    """The lower-cased words of a statement that carry its content (no stop words, three letters or more)."""
    return frozenset(_CONTENT_WORD.findall(text.lower())) - STOP


def prose_text(doc: Document, start: int, end: int) -> str:
    """The prose of a span on one line, Markdown markup left out with the space it was blanked to
    ("[the Environment Agency](https://...)." reads "the Environment Agency.")."""
    text, prose = doc.text[start:end], doc.prose[start:end]
    if text != prose:
        prose = "".join(p for p, t in zip(prose, text) if p == t or not p.isspace() or t.isspace())
    return " ".join(prose.split())


def excerpt(doc: Document, start: int, end: int, width: int = 80) -> str:
    """A span's prose on one line (prose_text), shortened in the middle if long."""
    s = prose_text(doc, start, end)
    if len(s) > width:
        s = s[: width // 2 - 2] + " … " + s[-(width // 2 - 2):]
    return s


def make_finding(rule: Rule, doc: Document, start: int, end: int, message: str,
                 suggestion: str | None = None, related: Iterable[Related] = ()) -> Finding:
    start, end = doc.whole(start, end)
    line, col = doc.line_col(start)
    return Finding(rule=rule.id, severity=rule.severity or "info", start=start, end=end, line=line, column=col,
                   message=message, suggestion=suggestion, related=list(related), excerpt=excerpt(doc, start, end))


def related_to(doc: Document, start: int, end: int) -> Related:
    return Related(doc.path, start, end, doc.line_of(start))


def load_all() -> None:
    """Import every check module so that it registers its kinds."""
    from citeaudit.checks import claims, duplicates, names, patterns, sourcing, typos  # noqa: F401
