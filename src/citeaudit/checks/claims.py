"""Kind `unattributed-claim`: body sentences asserting something checkable with no source.

A sentence is a claim when one of the rule's `signals` matches it (each signal is a named list of
patterns: figures, superlatives and firsts, causal or predictive wording, quotations). It is
unattributed when no attribution cue lies in it and none is carried over to it. When the article
credits a source elsewhere with nearly the same statement, the message says so.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from citeaudit.checks import Article, article_check, content_words, make_finding, related_to
from citeaudit.model import Finding
from citeaudit.phrases import named_as, unresolved
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

# content words a sourced statement must share with a claim to be compared with it
MIN_SHARED_WORDS = 2
MIN_SHARED_PART = 0.5  # of the claim's content words
MIN_WHOLE_PART, MIN_WHOLE_WORDS = 0.8, 4  # or of the sourced statement's, if it has that many
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
    # what each source is credited with (its content; the sentence where no content was found):
    # a claim is compared with that, not with the whole sentence the cue stands in ("Temperatures
    # topped 110 degrees ... as the grid operator asked residents to conserve electricity" credits
    # the operator with the request only)
    sourced = []
    for a in article.attributions:
        if not a.carried:
            sent = article.seg.sentences[a.sentence]
            sourced.append((sent, text[a.content[0]:a.content[1]] if a.content else sent.text, a))
    # sourced statements by content word: a claim is compared only with those sharing words with it;
    # a word found in very many of them is too common to be evidence
    by_word: dict[str, list[int]] = {}
    sizes = []  # each statement's number of content words
    for i, (_, said, _) in enumerate(sourced):
        words = content_words(said)
        sizes.append(len(words))
        for w in words:
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
        words = content_words(sent.text)
        shared = Counter(i for w in words for i in by_word.get(w, ()))
        # the words shared must be a good part of the claim's, or nearly all of a statement of some
        # length (a short statement's few words are found in many a longer sentence: "as Super Tuesday")
        candidates = sorted(i for i, n in shared.items() if n >= MIN_SHARED_WORDS and (
            n >= len(words) * MIN_SHARED_PART or n >= max(MIN_WHOLE_WORDS, sizes[i] * MIN_WHOLE_PART)))
        best = None
        if candidates:
            from rapidfuzz import fuzz, process  # imported only when there is something to compare

            best = process.extractOne(sent.text, [sourced[i][1] for i in candidates],
                                      scorer=fuzz.token_set_ratio, score_cutoff=threshold)
        if best:
            other, _, a = sourced[candidates[best[2]]]
            src = a.source
            who = "a source" if src is None or unresolved(src) else src.outlet or " ".join(named_as(src).split())
            line = article.doc.line_of(other.start)
            if src is not None and src.start <= a.cue_start < src.end:
                # an agentless phrase holding its cue names no one: "are understood to", "reportedly"
                msg += f"; a similar claim on line {line} is attributed only as '{' '.join(src.text.split())}'"
            else:
                msg += f"; the article attributes a similar claim to {who} on line {line}"
            suggestion = f"Attribute it as on line {line}, or cut the repetition."
            related.append(related_to(article.doc, other.start, other.end))
        yield make_finding(rule, article.doc, sent.start, sent.end, msg, suggestion, related)
