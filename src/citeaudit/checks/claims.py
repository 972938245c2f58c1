"""Kind `unattributed-claim`: body sentences asserting something checkable with no source.

A sentence is a claim when one of the rule's `signals` matches it (each signal is a named list of
patterns: figures, superlatives and firsts, causal or predictive wording, quotations). It is
unattributed when no attribution cue lies in it and none is carried over to it. When another
sentence of the article says nearly the same thing with a source, the message says so.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from citeaudit.checks import Article, article_check, content_words, make_finding, related_to
from citeaudit.model import Finding
from citeaudit.rules import REGEX_TIMEOUT, Rule


def _signals(rule: Rule, key: str = "signals") -> list[tuple[str, list]]:
    out = []
    for name, patterns in (rule.get(key) or {}).items():
        if not isinstance(patterns, list):
            raise rule.error(f"{key}.{name}", "expected a list of patterns")
        out.append((name, rule.patterns_from(f"{key}.{name}", patterns)))
    return out


# what may close a sentence after its final mark: brackets and Markdown emphasis (not a quotation
# mark: a quoted question, '"Who is going to pay for it?"', still quotes someone)
_CLOSING = " \t\n)]*_"

# content words a sourced sentence must share with a claim to be compared with it
MIN_SHARED_WORDS = 2
MAX_SENTENCES_PER_WORD = 50


@article_check("unattributed-claim")
def check_unattributed(rule: Rule, article: Article) -> Iterable[Finding]:
    signals = _signals(rule)
    # a sentence matching one of a signal's `public_record` patterns makes no claim of that signal: a market's
    # close is a matter of public record ("The Dow fell 312 points, or 0.9%")
    public = dict(_signals(rule, "public_record"))
    threshold = float(rule.get("threshold", 70))
    skip = set(rule.get("skip_kinds", []) or [])
    # whether the writer's question may be a claim ("Will it pass?" asserts nothing)
    questions = rule.get("questions", False)
    text = article.doc.prose
    attributed = {a.sentence for a in article.attributions}
    first = {}
    for a in article.attributions:
        if not a.carried:
            first.setdefault(a.sentence, a)
    sourced = [(article.seg.sentences[i], a) for i, a in first.items()]
    # sourced sentences by content word: a claim is compared only with those sharing words with it;
    # a word found in very many of them is too common to be evidence
    by_word: dict[str, list[int]] = {}
    for i, (s, _) in enumerate(sourced):
        for w in content_words(s.text):
            by_word.setdefault(w, []).append(i)
    by_word = {w: ids for w, ids in by_word.items() if len(ids) <= MAX_SENTENCES_PER_WORD}
    paragraphs = article.seg.paragraphs
    for sent in article.seg.sentences:
        if (sent.kind != "body" or sent.kind in skip or sent.index in attributed
                or paragraphs[sent.paragraph].role == "answer"):  # (an interview's answers: the interviewee's)
            continue
        if not questions and sent.text.rstrip(_CLOSING).endswith("?"):
            continue
        reasons = []
        for name, patterns in signals:
            if any(p.search(text, sent.start, sent.end, timeout=REGEX_TIMEOUT) for p in public.get(name, ())):
                continue
            for p in patterns:
                m = p.search(text, sent.start, sent.end, timeout=REGEX_TIMEOUT)
                if m:
                    reasons.append(rule.get("describe", {}).get(name, name).format(match=" ".join(m.group().split())))
                    break
        if not reasons:
            continue
        msg = rule.message.format(reasons="; ".join(reasons))
        suggestion = rule.get("suggestion")
        related = []
        shared = Counter(i for w in content_words(sent.text) for i in by_word.get(w, ()))
        candidates = sorted(i for i, n in shared.items() if n >= MIN_SHARED_WORDS)
        best = None
        if candidates:
            from rapidfuzz import fuzz, process  # imported only when there is something to compare

            best = process.extractOne(sent.text, [sourced[i][0].text for i in candidates],
                                      scorer=fuzz.token_set_ratio, score_cutoff=threshold)
        if best:
            other, a = sourced[candidates[best[2]]]
            who = a.source.outlet or a.source.text if a.source else "a source"
            line = article.doc.line_of(other.start)
            msg += f"; the article attributes a similar claim to {who} on line {line}"
            suggestion = f"Attribute it as on line {line}, or cut the repetition."
            related.append(related_to(article.doc, other.start, other.end))
        yield make_finding(rule, article.doc, sent.start, sent.end, msg, suggestion, related)
