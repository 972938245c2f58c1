"""Kind `pattern`: text that should not be there (Vale's "existence"), e.g. boilerplate lines.

Each pattern is searched in the prose of every sentence (scope: sentence, the default) or of every
paragraph (scope: paragraph), except those of the kinds `skip_kinds` names (a web page's footer and
asides are notes: no article body). The message may use {match}.
"""
from __future__ import annotations

from typing import Iterable

from citeaudit.checks import Article, article_check, make_finding
from citeaudit.model import Finding
from citeaudit.rules import REGEX_TIMEOUT, Rule


@article_check("pattern")
def check_patterns(rule: Rule, article: Article) -> Iterable[Finding]:
    doc = article.doc
    scope = rule.get("scope", "sentence")
    skipped = set(rule.get("skip_kinds") or ())
    spans = ([(p.start, p.end) for p in article.seg.paragraphs if p.kind not in skipped] if scope == "paragraph"
             else [(s.start, s.end) for s in article.seg.sentences if s.kind not in skipped])
    for start, end in spans:
        # (from its line's start when only blanked markup stands before it, so that "^" holds there too: a
        # web page's "<footer>Subscribe to our newsletter</footer>")
        line = doc.prose.rfind("\n", 0, start) + 1
        if not doc.prose[line:start].strip():
            start = line
        for pattern in rule.joined():
            for m in pattern.finditer(doc.prose, start, end, timeout=REGEX_TIMEOUT):
                if m.end() == m.start():
                    continue
                msg = rule.message.format(match=" ".join(m.group().split()))
                yield make_finding(rule, doc, m.start(), m.end(), msg, rule.get("suggestion"))
