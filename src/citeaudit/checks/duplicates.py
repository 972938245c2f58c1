"""Kinds `duplicate-claim`, `conflicting-attribution` and `number-mismatch`: the same claim twice.

Two claims are compared on their statement (an attribution's content, or the whole sentence) with
rapidfuzz's token-set similarity after figures are set aside (paraphrases sharing two or more figures
pass a lower `figure_threshold`); candidates are found through shared
content words, never by comparing every pair. Then:
- same claim, same figures, credited to different sources -> conflicting-attribution;
- same claim, different figures -> number-mismatch;
- otherwise -> duplicate-claim (also across the files of one run: a claim copied from another
  article; reported in the later file, `related` pointing into the other).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Iterable

import regex

from citeaudit.checks import Article, article_check, content_words, make_finding, related_to, run_check
from citeaudit.model import Finding
from citeaudit.rules import Rule

_FIGURE = regex.compile(r"\d[\d,.]*\d|\d")


@dataclass
class Claim:
    article: Article
    sentence: int
    start: int
    end: int
    words: frozenset
    figures: tuple
    plain: str  # the statement with figures removed, for similarity
    source: str | None


def _figures(text: str) -> tuple:
    return tuple(sorted({f.replace(",", "").rstrip(".") for f in _FIGURE.findall(text)}))


def claims_of(article: Article, min_words: int) -> list[Claim]:
    if ("claims", min_words) in article.cache:
        return article.cache[("claims", min_words)]
    by_sentence = {}
    for a in article.attributions:
        if not a.carried and a.sentence not in by_sentence:
            by_sentence[a.sentence] = a
    out = []
    for s in article.seg.sentences:
        if s.kind != "body":
            continue
        a = by_sentence.get(s.index)
        start, end = (a.content if a and a.content and a.content[1] - a.content[0] > 20 else (s.start, s.end))
        text = article.doc.prose[start:end]
        words = content_words(text)
        figures = _figures(text)
        if len(words) + len(figures) < min_words:  # figures count as content
            continue
        src = None
        if a and a.source:
            src = a.source.outlet or " ".join(a.source.text.split())
        out.append(Claim(article, s.index, s.start, s.end, words, figures,
                         " ".join(_FIGURE.sub(" ", text).lower().split()), src))
    article.cache[("claims", min_words)] = out
    return out


# a word or figure found in more claims than this is too common to be evidence of a shared claim
MAX_CLAIMS_PER_WORD = 50


def scored_pairs(claims: list[Claim], min_shared: int) -> list[tuple[Claim, Claim, float, bool]]:
    """Pairs (earlier, later) sharing at least `min_shared` content words and figures (words in more
    than MAX_CLAIMS_PER_WORD claims do not count), with their similarity and whether they share two
    or more figures.

    Candidates come from prefix filtering, never from comparing every pair: with each claim's words
    ordered from the rarest, two claims sharing `min_shared` words must share one of the first
    len - min_shared + 1 words of each; candidates are then checked exactly."""
    claim_count: Counter = Counter()
    for c in claims:
        claim_count.update(c.words.union(c.figures))
    tokens = []
    for c in claims:
        kept = [w for w in c.words.union(c.figures) if claim_count[w] <= MAX_CLAIMS_PER_WORD]
        kept.sort(key=lambda w: (claim_count[w], w))
        tokens.append(kept)
    index: dict[str, list[int]] = defaultdict(list)
    for i, kept in enumerate(tokens):
        for w in kept[:len(kept) - min_shared + 1]:
            index[w].append(i)
    candidates = set()
    for ids in index.values():
        if len(ids) > 1:
            candidates.update(combinations(ids, 2))
    sets = [frozenset(kept) for kept in tokens]
    out: list[tuple[Claim, Claim, float, bool]] = []
    if not candidates:
        return out
    from rapidfuzz import fuzz  # imported only when there is something to compare (a cold run saves ~10 ms)

    for i, j in sorted(candidates):
        if len(sets[i] & sets[j]) < min_shared:
            continue
        a, b = claims[i], claims[j]
        out.append((a, b, fuzz.token_set_ratio(a.plain, b.plain), len(set(a.figures) & set(b.figures)) >= 2))
    return out


def similar_pairs(scored: list[tuple[Claim, Claim, float, bool]], threshold: float,
                  figure_threshold: float = 101) -> Iterable[tuple[Claim, Claim, float]]:
    """The pairs whose statements are alike; paraphrases that share at least two figures need only
    `figure_threshold` similarity."""
    for a, b, score, same_figures in scored:
        if score >= threshold or (same_figures and score >= figure_threshold):
            yield a, b, score


def _label(c: Claim) -> str:
    return c.source or "no source"


def _line(c: Claim) -> int:
    return c.article.doc.line_of(c.start)


def _years(c: Claim) -> set:
    return {f for f in c.figures if len(f) == 4 and f.isdigit() and f[:2] in ("19", "20")}


def classify(rule: Rule, a: Claim, b: Claim) -> str:
    """The kind of finding a pair of alike claims makes; "different-times" (no rule's kind) for claims
    about different years ("fell 24 percent in 1996" is no copy of "fell 12 percent in 2025")."""
    ya, yb = _years(a), _years(b)
    if ya and yb and not ya & yb:
        return "different-times"
    if a.figures != b.figures and a.figures and b.figures:
        return "number-mismatch"
    if a.source and b.source and a.source != b.source:
        return "conflicting-attribution"
    return "duplicate-claim"


def _finding(rule: Rule, a: Claim, b: Claim) -> Finding:
    where = "" if a.article is b.article else f"{a.article.doc.path} "
    msg = rule.message.format(line=_line(a), where=where, first_source=_label(a), second_source=_label(b),
                              first_figures=", ".join(a.figures) or "none", second_figures=", ".join(b.figures) or "none")
    return make_finding(rule, b.article.doc, b.start, b.end, msg, rule.get("suggestion"),
                        [related_to(a.article.doc, a.start, a.end)])


def _pairs_for(rule: Rule, claims: list[Claim], cache: dict | None = None) -> list:
    """Similar pairs for this rule's settings. The scored candidates depend only on `min_shared` and
    `min_words`, so the three kinds share them: one article's pairs are scored once."""
    key = ("scored", int(rule.get("min_shared", 4)), int(rule.get("min_words", 5)))
    if cache is None:
        scored = scored_pairs(claims, key[1])
    else:
        if key not in cache:
            cache[key] = scored_pairs(claims, key[1])
        scored = cache[key]
    return list(similar_pairs(scored, float(rule.get("threshold", 80)), float(rule.get("figure_threshold", 101))))


@article_check("duplicate-claim")
@article_check("conflicting-attribution")
@article_check("number-mismatch")
def check_duplicates(rule: Rule, article: Article) -> Iterable[Finding]:
    for a, b, _ in _pairs_for(rule, claims_of(article, int(rule.get("min_words", 5))), article.cache):
        if classify(rule, a, b) == rule.kind:
            yield _finding(rule, a, b)


@run_check("duplicate-claim")
def check_copies_across_files(rule: Rule, articles: list[Article]) -> Iterable[tuple[str, Finding]]:
    if not rule.get("cross_file", True) or len(articles) < 2:
        return
    claims = [c for art in articles for c in claims_of(art, int(rule.get("min_words", 5)))]
    for a, b, _ in _pairs_for(rule, claims):
        if a.article is not b.article and classify(rule, a, b) == "duplicate-claim":
            yield b.article.doc.path, _finding(rule, a, b)
