"""Kinds `duplicate-claim`, `conflicting-attribution`, `number-mismatch` and `contradicting-claims`:
the same claim twice, or its opposite.

Two claims are compared on their statement (an attribution's content, or the whole sentence) with
rapidfuzz's token-set similarity after figures are set aside (paraphrases sharing two or more figures
pass a lower `figure_threshold`; for `contradicting-claims` only, the words of each pair of its
`opposites` are written as one, "rose" and "fell" alike); candidates are found through shared content
words, never by comparing every pair. Then:
- same claim, but one says one of a pair of opposites and the other the other ("fell 30%" here,
  "rose 30%" there) -> contradicting-claims;
- same claim, same figures, credited to different sources -> conflicting-attribution;
- same claim, different figures -> number-mismatch;
- otherwise -> duplicate-claim (also across the files of one run: a claim copied from another
  article; reported in the later file, `related` pointing into the other).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from itertools import combinations
from typing import Iterable

import regex

from citeaudit import rx
from citeaudit.checks import Article, article_check, content_words, make_finding, related_to, run_check
from citeaudit.model import Finding
from citeaudit.phrases import MONTHS, WEEKDAYS
from citeaudit.rules import REGEX_TIMEOUT, Rule
from citeaudit.verbs import inflections, lemmas

# numbers written as words are figures too ("four touchdowns" / "five touchdowns", "Sixty-seven percent";
# "one" alone is left out: "one of the", "no one")
_UNITS = dict(zip("one two three four five six seven eight nine".split(), range(1, 10)))
_TENS = dict(zip("twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 100, 10)))
_NUMBER_WORDS = {**dict(zip("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                            "sixteen seventeen eighteen nineteen".split(), range(2, 20))), **_TENS}
# a figure; an age set off after a name ("Hollins, 27, had 48 catches") is matched, to be left out of the
# statement, but is no figure of the claim
_FIGURE = rx.compile(r"(?P<age>(?<=\p{Lu}[\p{L}'\u2019.-]*,[ \t])\d{1,3}(?=,))|\d[\d,.]*\d|\d"
                     r"|\b(?i:(?:" + "|".join(_TENS) + r")[-\u2010](?:" + "|".join(_UNITS) + r")|"
                     + "|".join(_NUMBER_WORDS) + r")\b")


# what may stand after a question's mark: closing quotation marks and brackets, emphasis, spaces (a question
# quoted is a question too here; unattributed-claim, which strips no quotation marks, keeps it a quotation)
_AFTER_QUESTION_MARK = " \t\r\n\"'\u201d\u2019)]*_"


@dataclass
class Claim:
    article: Article
    sentence: int
    start: int
    end: int
    words: frozenset
    figures: tuple
    plain: str  # the statement with figures removed (and opposites written as one), for similarity
    source: str | None  # who it is credited to: the outlet, the full name a short one stands for, or as written
    sides: dict  # pair of opposites (its index) -> the sides of it the sentence says (0, 1 or both)
    named: bool = False  # whether `source` names someone (not "he", "the company", "The candidate")
    names: frozenset = frozenset()  # the statement's capitalised words past its first (names, as far as they show)
    stamp: str | None = None  # the live-blog time stamp the claim's entry was filed under, if any


# (a day's name is when, not who: "killed 17 people on Wednesday" and "killed 17 people" are one claim)
_NAME_WORD = rx.compile(r"\b(?!" + WEEKDAYS + r"\b)\p{Lu}[\p{L}'\u2019-]+")


def _value(figure: str) -> str:
    """A figure as figures are compared: "180,000" as 180000, "four" as 4, "Sixty-seven" as 67."""
    low = figure.lower()
    if low[:1].isalpha():
        tens, _, units = low.replace("\u2010", "-").partition("-")
        return str(_NUMBER_WORDS[tens] + (_UNITS[units] if units else 0))
    return figure.replace(",", "").rstrip(".")


def _figures(text: str) -> tuple:
    return tuple(sorted({_value(m.group()) for m in _FIGURE.finditer(text) if m.group("age") is None}))


# a figure with its currency and its unit, as a message quotes it ("$9 million", "40 percent")
_WRITTEN_FIGURE = rx.compile(r"[$\u00a3\u20ac]?(" + _FIGURE.pattern + r")"
                             r"(?:\s?%|\s(?:percent|per\s+cent|million|billion|trillion)\b)?")


def _written_figures(c: Claim) -> str:
    """A claim's figures as its text writes them ("180,000", compared as 180000; "$9 million"), or "none"."""
    written = {}
    for m in _WRITTEN_FIGURE.finditer(c.article.doc.prose, c.start, c.end):
        written.setdefault(_value(m.group(1)), " ".join(m.group().split()))
    figures = set(c.figures)
    shown = [w for f, w in written.items() if f in figures]  # (in the order the text gives them)
    return ", ".join(shown + sorted(figures.difference(written))) or "none"


# a word, as Opposites.sides splits them: apostrophes inside it, hyphens between words ("won't" is no
# "won"; "long-lost" holds "lost")
_WORD_RUN = rx.compile(r"[\p{L}\p{M}'\u2019]+")
# punctuation that separates words (not apostrophes)
_PUNCTUATION_TO_SPACE = str.maketrans({c: " " for c in ".,;:!?\"\u201c\u201d()[]{}\u2014\u2013-/"})


class Opposites:
    """The pairs of opposites of the rule set's `contradicting-claims` rules: which side of which pair
    a sentence says, and a statement with each pair's words written as one token."""

    def __init__(self, rules: list[Rule]):
        self.table: dict[str, tuple[int, int]] = {}  # word -> (pair, side)
        k = 0
        for r in rules:
            for pair in r.get("opposites", []):
                for side, words in enumerate(pair):
                    for w in words:
                        self.table.setdefault(str(w).lower(), (k, side))
                k += 1
        self.keys = frozenset(self.table)

    def sides(self, text: str) -> dict[int, frozenset]:
        """pair -> the sides of it `text` says (one, or both). (Words are split at spaces and
        punctuation other than apostrophes, in C: this runs on every sentence.)"""
        out: dict[int, set] = {}
        for w in self.keys.intersection(text.lower().translate(_PUNCTUATION_TO_SPACE).split()):
            k, side = self.table[w]
            out.setdefault(k, set()).add(side)
        return {k: frozenset(v) for k, v in out.items()}

    def merged(self, plain: str) -> str:
        """A lower-case statement with each word of a pair written as the pair's token."""
        def one(m) -> str:
            found = self.table.get(m.group())
            return m.group() if found is None else pair_token(found[0])
        return _WORD_RUN.sub(one, plain)

    def words_of(self, text: str, k: int) -> list[str]:
        """The words of `text` that say a side of pair `k`, in order, once each."""
        said = (w for w in _WORD_RUN.findall(text) if self.table.get(w.lower(), (None,))[0] == k)
        return list(dict.fromkeys(said))


def opposites(article: Article) -> Opposites:
    """The rule set's opposites, built once."""
    if "opposites" not in article.rules.cache:
        article.rules.cache["opposites"] = Opposites(article.rules.of_kind("contradicting-claims"))
    return article.rules.cache["opposites"]


_COMPARING_KINDS = ("duplicate-claim", "conflicting-attribution", "number-mismatch", "contradicting-claims")


def _comparing_rules(article: Article) -> list[Rule]:
    """The rules of the claim-comparing kinds, whose shared keys (`groups`, `not_claims`) all of them use."""
    return [r for kind in _COMPARING_KINDS for r in article.rules.of_kind(kind)]


def _groups(article: Article) -> frozenset:
    """The words naming groups of people (the `groups` of the claim-comparing rules), lower-cased, built
    once: figures for one group are no copy, mismatch or contradiction of figures for another."""
    if "groups" not in article.rules.cache:
        article.rules.cache["groups"] = frozenset(
            str(w).lower() for r in _comparing_rules(article) for w in r.get("groups") or ())
    return article.rules.cache["groups"]


def _topic_names(article: Article) -> frozenset:
    """The capitalised words of an article's headlines: what the story is about, which a statement in it
    may leave unsaid ("... an outbreak centered in West Texas has risen to 146" and "The number of cases in
    the outbreak has risen to 164" are one claim in a story headed "Measles cases climb in West Texas")."""
    if "topic-names" not in article.cache:
        article.cache["topic-names"] = frozenset(w for s in article.seg.sentences if s.kind == "headline"
                                                 for w in _NAME_WORD.findall(s.text))
    return article.cache["topic-names"]


def _not_claims(article: Article) -> list:
    """The patterns of sentences that state no claim (the `not_claims` of the claim-comparing rules), built
    once: "The company did not respond to a request for comment" in two stories is no copied claim."""
    if "not-claims" not in article.rules.cache:
        article.rules.cache["not-claims"] = [p for r in _comparing_rules(article) for p in r.patterns("not_claims")]
    return article.rules.cache["not-claims"]


def pair_token(k: int) -> str:
    """The word standing for both sides of pair `k` of opposites, in letters only so that it counts
    as a content word: "xoppa" for the first pair, "xoppbc" for the thirteenth."""
    return "xopp" + "".join(chr(ord("a") + int(d)) for d in str(k))


def claims_of(article: Article, min_words: int, merge_opposites: bool = False) -> list[Claim]:
    """The article's claims of at least `min_words` content words and figures; with `merge_opposites`,
    those saying a side of a pair of opposites, compared with the words of each pair written as one
    (for contradicting-claims: "fell" and "rose" then count as a shared word)."""
    key = ("claims", min_words, merge_opposites)
    if key not in article.cache:
        out = [c for c in _all_claims(article) if len(c.words) + len(c.figures) >= min_words]  # figures count
        if merge_opposites:  # (the words of opposites stay, as content words, beside the pairs' own)
            table = opposites(article)
            out = [replace(c, words=c.words.union(pair_token(k) for k in c.sides), plain=table.merged(c.plain))
                   for c in out if c.sides]
        article.cache[key] = out
    return article.cache[key]


def _all_claims(article: Article) -> list[Claim]:
    """A claim for each body sentence: its statement (the content of its first attribution when that is
    long enough, else the sentence), read once for all the kinds."""
    if "all-claims" in article.cache:
        return article.cache["all-claims"]
    table, not_claims = opposites(article), _not_claims(article)
    by_sentence = {}
    for a in article.attributions:
        if not a.carried and a.sentence not in by_sentence:
            by_sentence[a.sentence] = a
    out = []
    stamp = None
    for s in article.seg.sentences:
        if s.kind == "timestamp":  # (a line of its own or the opening of an entry: "9:42 p.m. -")
            stamp = s.text
        if s.kind != "body":
            continue
        a = by_sentence.get(s.index)
        # (a statement elsewhere, as a signature line's quotation above it, is that sentence's claim)
        start, end = (a.content if a and a.content and a.content[1] - a.content[0] > 20
                      and s.start <= a.content[0] < s.end else (s.start, s.end))
        text = article.doc.prose[start:end]
        if text.rstrip(_AFTER_QUESTION_MARK).endswith("?"):
            continue  # a question asserts nothing: asked twice, it is no claim repeated or contradicted
        if any(p.search(article.doc.prose, s.start, s.end, timeout=REGEX_TIMEOUT) for p in not_claims):
            continue
        src, named = None, False
        if a and a.source:
            src = a.source.outlet or a.source.canonical or " ".join(a.source.text.split())
            named = bool(a.source.outlet or a.source.canonical) or _NAMED.match(src) is not None
        # (sides: what the sentence says, its cue included: "The Senate passed the bill" / "... rejected ...")
        out.append(Claim(article, s.index, s.start, s.end, content_words(text) - _NUMBER_WORDS.keys(), _figures(text),
                         " ".join(_FIGURE.sub(" ", text).lower().split()), src,
                         table.sides(article.doc.prose[s.start:s.end]), named,
                         frozenset(_NAME_WORD.findall(text)[1:]), stamp))
    article.cache["all-claims"] = out
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
    # (each word's place from the rarest, and the words too common to count: set and dict work in C)
    common = {w for w, n in claim_count.items() if n > MAX_CLAIMS_PER_WORD}
    rank = {w: k for k, w in enumerate(sorted(claim_count, key=lambda w: (claim_count[w], w)))}.__getitem__
    tokens = [sorted(c.words.union(c.figures).difference(common), key=rank) for c in claims]
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


# a source that names someone: a capitalised name, perhaps after an article ("the Met Office"), not a
# pronoun or a description ("the company", "His chief aide")
_NAMED = rx.compile(r"(?:(?i:the|a|an)\s+(?=\p{Lu})"
                    r"|(?!(?i:the|a|an|he|she|they|it|we|i|you|who|which|this|that|his|her|their|its|our|my|your)\b))\p{Lu}")


def _same_name(a: str, b: str) -> bool:
    """Whether two sources are one: the words of one among the other's ("Khan", "Khizr Khan"), or
    the same last word, a surname with its titles ("Mr. Putin", "Vladimir V. Putin")."""
    wa, wb = a.lower().split(), b.lower().split()
    return set(wa) <= set(wb) or set(wb) <= set(wa) or wa[-1] == wb[-1]


def _label(c: Claim) -> str:
    return c.source or "no source"


def _line(c: Claim) -> int:
    return c.article.doc.line_of(c.start)


def _years(c: Claim) -> set:
    return {f for f in c.figures if len(f) == 4 and f.isdigit() and f[:2] in ("19", "20")}


def opposed(a: Claim, b: Claim) -> int | None:
    """The pair of opposites of which one claim says one side and the other the other, if any."""
    for k, sides in a.sides.items():
        if len(sides) == 1 and len(b.sides.get(k, ())) == 1 and sides != b.sides[k]:
            return k
    return None


def _says_less(a: Claim, b: Claim) -> bool:
    """Whether claim `a` says less than `b` and nothing else: its figures, words and names among b's ("About
    4,000 nurses walked off the job on Monday" after the lede that adds "at three Mercy Health hospitals"; not
    "The kingdom gave between $10 million and $25 million" after "Victor Pinchuk ... has directed between $10
    million and $25 million": another name)."""
    return bool(a.figures) and set(a.figures) < set(b.figures) and a.words <= b.words and a.names <= b.names


def classify(rule: Rule, a: Claim, b: Claim) -> str:
    """The kind of finding a pair of alike claims makes; "different-times" or "different-subjects" (no
    rule's kind) for claims about different years ("fell 24 percent in 1996" is no copy of "fell 12
    percent in 2025") or filed under different time stamps of a live blog (a later tally updates an
    earlier one), or, with different figures, different names; one saying less than the other and nothing
    else (_says_less) repeats it."""
    ya, yb = _years(a), _years(b)
    if (ya and yb and not ya & yb) or (a.stamp != b.stamp and a.article is b.article):
        return "different-times"
    if opposed(a, b) is not None and (a.figures == b.figures or not a.figures or not b.figures):
        # (with figures of their own each, they are two measures side by side: "54% were rated true,
        # 18% ..." and "52% were rated false, 24% ...")
        return "contradicting-claims"
    says_less = _says_less(a, b) or _says_less(b, a)
    if (not says_less and (a.figures or b.figures) and a.figures != b.figures
            and not _groups(a.article).isdisjoint(a.words ^ b.words)):
        # (figures for a group of people in one only: "Among white women, she is at minus 25" and "Among
        # women, she is at minus nine" are two measures)
        return "different-subjects"
    if not says_less and a.figures != b.figures and a.figures and b.figures:
        # (a name in one only makes them two claims: "It takes 2,383 delegates to win the nomination" and
        # "It takes 1,237 delegates to win the Republican nomination"; not one the story is about)
        named_once = (a.names ^ b.names) - _topic_names(a.article) - _topic_names(b.article)
        return "different-subjects" if named_once else "number-mismatch"
    if a.source and b.source and a.named and b.named and not _same_name(a.source, b.source):
        return "conflicting-attribution"
    return "duplicate-claim"


def _said(c: Claim, k: int | None) -> str:
    """The words of a claim's sentence that say a side of pair `k` of opposites ("fell")."""
    if k is None:
        return ""
    return ", ".join(opposites(c.article).words_of(c.article.doc.prose[c.start:c.end], k))


def _finding(rule: Rule, a: Claim, b: Claim) -> Finding:
    where = "" if a.article is b.article else f"{a.article.doc.path} "
    k = opposed(a, b)
    msg = rule.message.format(line=_line(a), where=where, first_source=_label(a), second_source=_label(b),
                              first_figures=_written_figures(a), second_figures=_written_figures(b),
                              first_words=_said(a, k), second_words=_said(b, k))
    return make_finding(rule, b.article.doc, b.start, b.end, msg, rule.get("suggestion"),
                        [related_to(a.article.doc, a.start, a.end)])


def _pairs_for(rule: Rule, claims: list[Claim], cache: dict | None = None) -> list:
    """Similar pairs for this rule's settings. The scored candidates depend only on `min_shared`,
    `min_words` and whether opposites are merged, so the kinds share them: one article's pairs are
    scored once for duplicates, conflicts and mismatches."""
    key = ("scored", int(rule.get("min_shared", 4)), int(rule.get("min_words", 5)), rule.kind == "contradicting-claims")
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
@article_check("contradicting-claims")
def check_duplicates(rule: Rule, article: Article) -> Iterable[Finding]:
    claims = claims_of(article, int(rule.get("min_words", 5)), rule.kind == "contradicting-claims")
    ordered = float(rule.get("ordered_threshold", 0))
    found = [(a, b) for a, b, _ in _pairs_for(rule, claims, article.cache)
             if classify(rule, a, b) == rule.kind and (not ordered or _ordered_similarity(a, b) >= ordered)]
    if rule.get("exact_min_words"):
        short = _same_short_claims(article, int(rule.get("exact_min_words")), int(rule.get("min_words", 5)))
        found.extend((a, b) for a, b in short if classify(rule, a, b) == rule.kind)
    if rule.get("counts"):
        found.extend(_different_counts(article, rule))
    reported = set()
    for a, b in found:
        pair = (a.article.doc.path, a.start, b.article.doc.path, b.start)
        if pair not in reported:  # (one pair, found both alike and counting the same)
            reported.add(pair)
            yield _finding(rule, a, b)


def _same_short_claims(article: Article, low: int, high: int) -> Iterable[tuple[Claim, Claim]]:
    """Pairs of claims with figures too short for the similarity comparison (at least `low` content words
    and figures, fewer than `high`) that are the same word for word once their figures are set aside:
    "The plan will cost $2.4 million, according to a staff report" / "The plan will cost $3.2 million,
    Brooks said"."""
    same: dict[str, list[Claim]] = defaultdict(list)
    for c in _all_claims(article):
        if c.figures and low <= len(c.words) + len(c.figures) < high:
            same[c.plain].append(c)
    for group in same.values():
        yield from combinations(group, 2)


# a claim set in another time, likely of another event: "In March, attackers killed 32 people in Brussels",
# "a similar crash two years ago"
_ANOTHER_TIME = rx.compile(r"\b(?:(?:" + MONTHS + r"|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)(?!\w)"
                           r"|(?i:ago|last\s+(?:year|month|week)|previous|"
                           r"earlier|initially|at\s+first|in\s+the\s+past|similar|since)\b)")
# a figure qualified as a bound or counted on top of another: it may differ from an exact one without
# contradicting it ("at least 12 people were killed" and "14 people were killed")
_BOUNDS = ("at least", "more than", "over", "up to", "as many as", "fewer than", "less than", "another",
           "an additional", "a further")
# ... or as an estimate, which gives a figure near the true one ("about 160,000" and "roughly 180,000" cannot
# both be near it): two such figures, or one and an exact one, contradict when they differ by more than
# APPROXIMATION of the larger
_APPROXIMATE = frozenset(("nearly", "almost", "about", "around", "roughly", "approximately", "some", "an estimated"))
APPROXIMATION = 0.1
_QUALIFIED = "(?:" + "|".join(sorted((w.replace(" ", r"\s+") for w in (*_BOUNDS, *_APPROXIMATE)),
                                     key=lambda w: (-len(w), w))) + r")\s+"
_COUNTED_NOUN = rx.compile(r"\p{Ll}+s|people|men|women|children")  # what is counted: a plural
# a count's figure, in figures or words from ten up: a sentence opens with one spelled out ("killing 12 people" /
# "Fourteen people died"; the small numbers news spells out count other events too often: "Two Americans were
# killed" in the first attack, "the four Americans killed")
_COUNT_FIGURE = (r"(?:\d[\d,]*(?![\d.]\d)|(?:" + "|".join(_TENS) + r")[-\u2010](?:" + "|".join(_UNITS) + r")\b|(?:"
                 + "|".join(w for w, n in _NUMBER_WORDS.items() if n >= 10) + r")\b)")


# between two counts of one noun: "killed 17 people and wounded 32 (others)", "killing 12 people, injuring 30"
_JOINED_COUNT = rx.compile(r"\s*,?\s*(?:and\s+)?")


def _count_pattern(forms: list[str], tolls: list[str] = ()) -> regex.Pattern:
    """A figure counted by one of the verb `forms`, in either order: "killed 12 people", "killing 12
    people", "12 people were killed", "14 people died"; after the verb, the noun may be left to the count
    before ("wounded 32" in "killed 17 people and wounded 32"); or by one of the nouns of `tolls`, people
    counted: "the death toll rose to 16"."""
    verbs = "|".join(regex.escape(f) for f in forms)
    nouns = "|".join(r"\s+".join(map(regex.escape, t.split())) for t in tolls)
    number = _COUNT_FIGURE  # (in figures or words)
    counted_by = (rf"|\b(?P<toll>{nouns})\s+"
                  rf"(?:(?:has|had|now)\s+)?(?:was|is|stood\s+at|stands\s+at|rose\s+to|risen\s+to|climbed\s+to"
                  rf"|reached|hit|of)\s+(?P<q3>{_QUALIFIED})?(?P<figure3>{number})") if tolls else ""
    return rx.compile(rf"(?i)\b(?P<verb>{verbs})\s+(?P<q>{_QUALIFIED})?(?P<figure>{number})"
                      rf"(?:\s+(?P<noun>\p{{L}}+)\b)?"
                      rf"|(?P<q2>{_QUALIFIED})?\b(?P<figure2>{number})\s+(?P<noun2>\p{{L}}+)\s+"
                      rf"(?:(?:were|was|are|is|have|has|had)\s+(?:been\s+)?)?(?P<verb2>{verbs})\b" + counted_by)


def _different_counts(article: Article, rule: Rule) -> Iterable[tuple[Claim, Claim]]:
    """Pairs of claims that count the same thing done, with one of the rule's `counts` verbs, with
    different exact figures: "killing 12 people" here, "The derailment killed 14 people" there (the
    claims need not be alike otherwise). Claims naming different years or another time ("In 2019, a
    similar blast killed 30 people", "In March, attackers killed 32 people in Brussels") or filed under
    different live-blog entries are about two events."""
    entries = rule.get("counts")
    if "count-pattern" not in rule.cache:
        lemma_of = {}
        for lemma, listed in lemmas(entries):
            lemma_of.update((f.lower(), lemma) for f in (inflections(lemma) if listed is None else [lemma, *listed]))
        # (the nouns that count people as a lemma's verb does: "death toll" as "killed")
        toll_of = {" ".join(t.lower().split()): lemma for lemma, nouns in (rule.get("tolls") or {}).items() for t in nouns}
        pattern = _count_pattern(sorted(lemma_of, key=lambda f: (-len(f), f)), sorted(toll_of, key=lambda t: (-len(t), t)))
        rule.cache["count-pattern"] = (pattern, lemma_of, toll_of)
    pattern, lemma_of, toll_of = rule.cache["count-pattern"]
    counted: dict[tuple, list[tuple[Claim, str]]] = defaultdict(list)
    text = article.doc.prose
    for c in _all_claims(article):
        if not c.figures:
            continue  # (no figure to count: the pattern is not run over the sentence)
        before = None  # the count just before in the claim: where it ends, its noun and its qualifier
        for m in pattern.finditer(text, c.start, c.end):
            if toll_of and m.group("toll"):
                # a toll counts people: it is a count of its lemma's
                qualified, figure, noun = *m.group("q3", "figure3"), "people"
                lemma = toll_of[" ".join(m.group("toll").lower().split())]
            else:
                verb, qualified, figure, noun = (m.group("verb", "q", "figure", "noun") if m.group("verb")
                                                 else m.group("verb2", "q2", "figure2", "noun2"))
                lemma = lemma_of[verb.lower()]
            if (m.group("verb") and before and (not (noun and _COUNTED_NOUN.fullmatch(noun.lower()))
                                                or noun.lower() == "others")
                    and _JOINED_COUNT.fullmatch(text, before[0], m.start())):
                # what it counts, and how ("at least"), carry over from the count joined before it
                noun, qualified = before[1], qualified or before[2]
            if not (noun and _COUNTED_NOUN.fullmatch(noun.lower())):
                continue
            before = (m.end(), noun, qualified)
            approximate = qualified is not None and " ".join(qualified.lower().split()) in _APPROXIMATE
            if qualified and not approximate:
                continue
            counted[(lemma, noun.lower())].append((c, int(_value(figure)), approximate))
    seen = set()
    for found in counted.values():
        for (a, fa, approximate_a), (b, fb, approximate_b) in combinations(found, 2):
            tolerance = APPROXIMATION * max(fa, fb) if approximate_a or approximate_b else 0
            if (abs(fa - fb) > tolerance and a is not b and (a.sentence, b.sentence) not in seen
                    and not _years(a) ^ _years(b)
                    and not any(_ANOTHER_TIME.search(text, c.start, c.end) for c in (a, b))
                    and classify(rule, a, b) != "different-times"):
                seen.add((a.sentence, b.sentence))
                yield a, b


# what a comparison of word order leaves out: a bracketed aside ("($390 million)", "(12 miles)") and punctuation
_ASIDE = rx.compile(r"\([^()]*\)|[^\p{L}\p{N}\s]+")


def _in_order(plain: str) -> str:
    """A statement's words in order, without asides and punctuation: "net profit rose to billion kroner
    ($ million)" reads as "net profit rose to billion kroner"."""
    return " ".join(_ASIDE.sub(" ", plain).split())


MAX_ADDED = 2.0  # how much longer than a statement one with a modifier added may be


def _ordered_similarity(a: Claim, b: Claim) -> float:
    """The similarity (0-100) of two statements with their words in order: "among white women, she is
    at minus 40" is the same sentence as "among white men, ..." to a comparison of word sets, not here.
    A statement whose words stand, in order, all but one in ten, in one at most twice as long is
    the same sentence with a modifier added ("the number of cases in the outbreak has risen to" / "...
    in an outbreak centered in West Texas has risen to")."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import LCSseq

    first, second = _in_order(a.plain).split(), _in_order(b.plain).split()
    similarity = fuzz.ratio(" ".join(first), " ".join(second))
    shorter, longer = sorted((len(first), len(second)))
    if shorter and longer <= MAX_ADDED * shorter:
        similarity = max(similarity, 100 * LCSseq.similarity(first, second) / shorter)
    return similarity


@run_check("duplicate-claim")
def check_copies_across_files(rule: Rule, articles: list[Article]) -> Iterable[tuple[str, Finding]]:
    if not rule.get("cross_file", True) or len(articles) < 2:
        return
    claims = [c for art in articles for c in claims_of(art, int(rule.get("min_words", 5)))]
    pairs = [(a, b) for a, b, _ in _pairs_for(rule, claims)
             if a.article is not b.article and classify(rule, a, b) == "duplicate-claim"]
    # a statement found in more files than `max_files` is the house's boilerplate (an editor's note, a
    # poll's margin of error), not a claim copied from one article into another
    most = int(rule.get("max_files", 2))
    files: dict[int, set] = defaultdict(set)
    for a, b in pairs:
        files[id(a)].update((id(a.article), id(b.article)))
        files[id(b)].update((id(a.article), id(b.article)))
    for a, b in pairs:
        if len(files[id(a)]) <= most and len(files[id(b)]) <= most:
            yield b.article.doc.path, _finding(rule, a, b)
