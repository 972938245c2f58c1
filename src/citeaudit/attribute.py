"""Attribution linking: find cues, link each to its source and its content.

Cues come from rules/cues: reporting verbs (cue-verbs), phrases whose source follows ("according to",
cue-phrases) and patterns with a named `cue` group and an optional `source` group ("Trump: ...",
"polls show", cue-patterns). The source is the named group or the noun phrase next to the cue
(citeaudit.phrases), classified by sources.SourceClassifier (outlet registry and source-terms
rules); pronouns and short names are resolved to a compatible full name. Words no rule took may still be cues: a `cue-model`
rule scores them with a learned model (citeaudit.learned). Sentences that continue a reported
account are carried over (rules/cues/carry-over). Body sentences and headlines are attributed;
captions, credits and other furniture are not, and rules leave cues inside a quotation to the
quoted speaker (their own "they told me").
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from functools import cached_property
from itertools import takewhile
from typing import Callable, Container, Iterator

import regex

from citeaudit import rx
from citeaudit.learned import AUXILIARIES, PREPOSITIONS, CueModel, SentenceTokens, cue_sides, sentence_candidates
from citeaudit.model import Attribution, Document, Segmented, SourceRef, by_sentence
from citeaudit.phrases import (ARTICLES, AUXILIARY, CLAUSE_OPENERS, DETERMINERS, MONTHS, NOT_A_SUBJECT, PRONOUNS,
                               STATEMENT_END, STATEMENT_FORMS, TOLD, NAME_AFTER_DESCRIPTION, NAME_ARTICLE, NAME_SMALL_WORDS,
                               NUMBER_WORDS, QUANTITY_WORDS, RESUMED, SENTENCE_CLOSE, VENUE_ONLY, WEEKDAYS, PhraseFinder,
                               after_label, closed_by_opening_mark, possessive, quoted_as, role_in_apposition)
from citeaudit.reader import front_matter
from citeaudit.rules import REGEX_TIMEOUT, RuleSet, data_file
from citeaudit.segment import transcript_speakers
from citeaudit.sources import NAME_PARTICLES, SOURCE_KINDS, holds_particle
from citeaudit.verbs import inflections, lemmas, verb_forms


_WORD = rx.compile(r"\p{L}+")
_ALNUM = rx.compile(r"[\p{L}\p{N}]")
# a passive reporting verb: "was first reported", "had been asked", "is not expected", "wasn't told"
_PASSIVE_BEFORE = rx.compile(r"(?:\b(?:was|were|been|being|is|are|be|get|gets|got)\s+(?:(?:not|never)\s+)?"
                             r"|\b(?:isn|aren|wasn|weren)['\u2019]t\s+)(?:\p{Ll}+ly\s+|first\s+)?$")
# (perhaps after when, or the one it was said to: "was supported Friday by", "were described to him by")
_BY_AGENT = rx.compile(r"\s+(?:(?:on\s+)?(?:" + WEEKDAYS + r"|yesterday|today)\s+"
                       r"|(?:last|this)\s+(?:week|month|year)\s+|to\s+(?:him|her|them|me|us)\s+)?by\s+"
                       # (a deadline is no agent: "A decision is expected by July", "by the end of the year")
                       r"(?!(?:(?:early|late|mid|the\s+end\s+of|the\s+middle\s+of)[\s-]+)?(?:(?:the|this|next)\s+)?"
                       r"(?:" + MONTHS + r"|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\."
                       r"|" + WEEKDAYS + r"|spring|summer|fall|autumn|winter"
                       r"|week(?:end)?|month|year|decade|century|now|then|noon|midnight|tomorrow|tonight"
                       r"|\d{4}|\d{1,2}(?::\d\d)?\s*[ap]\.?m)\b)")
_THAT_OPENING = rx.compile(r"\s*(?:that\s+)?")  # what opens a statement after its verb: " that "
# a sentence's subject, then a participle's aside up to the verb: 'One mother, holding a sign that read "Save Our
# Music," '
_SUBJECT_THEN_ASIDE = rx.compile(r"\s*(?P<subject>(?:[\p{L}\p{N}'\u2019.-]+[ \t]+){0,4}[\p{L}\p{N}'\u2019.-]+),[ \t]+"
                                 r"\p{Ll}+ing\b[^.;:!?\n]*,[\"\u201d']?[ \t]*")
# a verb coordinated with an earlier one: "... and urged him to resign"
_PREVIOUS_WORD = rx.compile(r"\p{L}+(?=[ \t]+$)")
# a verb coordinated with the one before: "welcomed it but cautioned", "and has called for", "but did not say"
_COORDINATED = rx.compile(
    r"\b(?:and|but|yet)\s+(?:(?:\p{Ll}+ly|also|then|now|later|still|even|has|have|had|was|were|is|are|will|would|did|does"
    r"|began|begins|started|starts|kept|keeps|continued|continues|(?:stopped|stops|fell|falls)(?:\s+short\s+of)?)\s+){0,2}"
    # (negated after an auxiliary of the active voice, not a passive's: "but are not considered")
    r"(?:(?<=\b(?:did|does|do|has|have|had|will|would|could|should|can|may|might)\s)(?:not|never)\s+(?:\p{Ll}+ly\s+)?"
    r"|(?:didn|doesn|don|hasn|haven|hadn|won|wouldn|couldn|shouldn|can)['\u2019]t\s+(?:\p{Ll}+ly\s+)?)?$")
# ... or with "or" after a negation: "It did not name the ship or say what flag it flew"
_OR_AFTER_NEGATION = rx.compile(r"\b(?:not|never)\s+(?:\p{Ll}+\s+){1,5}?or\s+$")
# after a noun cue, the party it comes from: "criticism from Democrats", "support among voters"
_PLURAL_WORD = rx.compile(r"\p{L}{3,}s$")  # a phrase ending with a plural: "skittish Democrats"
# (not an amount: "increased its forecast by 0.1 percentage points", "rose from about 5%"; a number of
# people is: "backed by nearly 6 in 10 voters")
_AGENT_AFTER = rx.compile(r"\s+(?:from|by|among)\s+(?!(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than|"
                          r"as\s+much\s+as|up\s+to|just|only)?\s*(?:[$£€]|\d[\d.,]*\s*(?:%|percent|percentage|points?|"
                          r"million|billion|trillion|bn\b|m\b|cents?|dollars?|pounds?|euros?))|(?<=by\s+)\p{Ll}+ing\b)")
# feelings: who is "angered by the deal" holds the view, not the deal ("FBI officials were angered by")
_FEELINGS = frozenset("""delighted pleased impressed intrigued scared frightened angered shaken troubled worried
    alarmed concerned disappointed dismayed frustrated annoyed irritated offended outraged surprised shocked stunned
    encouraged heartened relieved horrified disturbed puzzled baffled confused moved inspired thrilled excited
    bothered upset saddened embarrassed humiliated infuriated incensed unsettled rattled spooked unnerved appalled
    amused bemused perplexed irked angry unhappy terrified petrified devastated heartbroken elated enraged
    exasperated""".split())
# participles the subject holds as a state of mind ("voters are divided", "they were convinced"), not done to it
_STATES_OF_MIND = frozenset("""divided convinced persuaded satisfied dissatisfied inclined disinclined unified united
    split poised focused determined committed dedicated prepared resigned opposed interested disinterested
    mobilized engaged energized motivated conflicted torn skeptical undecided unconvinced attracted drawn
    allowed aligned""".split())
_PASSIVE_AUXILIARY = rx.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\p{Ll}+ly\s+|not\s+)*$")
# past participles not ending in -ed of verbs of predicting: "Delia is forecast to make landfall" (not "seen
# as", "known for", whose subject PolNeAR's annotators take as the source: "Rubio is seen as electable")
_IRREGULAR_PARTICIPLES = frozenset(("forecast", "foreseen"))


def _passive(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the learned cue text[start:end] is a participle after a passive's auxiliary (after `lo`),
    what was done and not felt or thought ("have been charged", not "are divided")."""
    word = text[start:end].split()[-1].lower()
    return (_PASSIVE_AUXILIARY.search(text, lo, start) is not None
            and (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES)
            and word not in _FEELINGS and word not in _STATES_OF_MIND)


# the kinds of source that hold a view right before a learned cue, lowercase as they are ("critics point")
_PEOPLE_KINDS = frozenset(("person", "anonymous", "vague", "government"))
_COMMA_WORD_END = rx.compile(r",[\s\u201d\u2019\"]*(?:\p{Ll}+\s+)?$")  # "complimentary, perhaps " before a participle
# "61 percent of Americans": a share of people as the subject of a learned cue
_SHARE_OF_PEOPLE = rx.compile(r"\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+of\b")
# "gathered Friday to discuss", "voted to approve": a verb (perhaps with a time word) governing "to"
_INFINITIVE_BEFORE = rx.compile(r"(?<=\s)\p{Ll}+(?:ed|s)(?:\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day|today|yesterday))?\s+to\s+$")
ATTRIBUTED_KINDS = ("body", "headline")


# "that" opening the statement a verb cue reports, right after it or after where it was said ("estimated in a
# note that", "said Tuesday that")
_THAT_BEFORE = rx.compile(r"\bthat\s*$")
# ... or a clause without it: a short subject, then its auxiliary ("estimated the company would generate $60
# billion", "warned the deal could collapse")
_CLAUSE_OPENING = rx.compile(r"(?:(?:the|a|an|its|his|her|their|this|these|those)\s+(?:[\p{L}'\u2019-]+\s+){1,2}?"
                             r"|(?:it|he|she|they|we|I|you)\s+"
                             r"|(?-i:\p{Lu})[\p{L}'\u2019.-]*\s+(?:(?-i:\p{Lu})[\p{L}'\u2019.-]*\s+)?)"
                             r"(?:have\b|" + AUXILIARY + ")")


def _states_nothing(text: str, span: tuple[int, int] | None) -> bool:
    """Whether a statement span is missing or holds no letter or digit (punctuation states nothing)."""
    return span is None or not _ALNUM.search(text, span[0], span[1])


# what may close a signature line after its name: where it was said ("\u2014 Dan Price, in a post on X")
_SIGNATURE_END = rx.compile(r"(?:,\s*(?:in|on|at|via|from)\s[^\n]{0,60})?[\s,.]*")


def _in_block_quote(text: str, at: int) -> bool:
    """Whether offset `at` of a Markdown text opens a line of a block quote ("> ..."), or stands inside an
    HTML block quotation ("<blockquote><p>..."; its opening tag looked for within a few pages before, so that a
    long text holding none is not searched whole for each line that may sign one)."""
    if text[text.rfind("\n", 0, at) + 1:at].lstrip().startswith(">"):
        return True
    lo = max(0, at - 8000)
    return text.rfind("<blockquote", lo, at) > text.rfind("</blockquote>", lo, at)


def _credited_back(doc: Document, seg: Segmented, grouped: dict, taken: set) -> list[Attribution]:
    """A credit standing alone after the sentences it covers, in their paragraph ("Oil rose 4% after the
    meeting. (Source: Reuters)"): a sentence holding only a cue and its source, in brackets or not,
    states nothing itself; the sentences of its paragraph before it, back to one with an attribution
    of its own, are its statement and are carried from it."""
    text, sentences = doc.prose, seg.sentences
    out = []
    for i, here in grouped.items():
        sent = sentences[i]
        a = next((a for a in here if a.source is not None and not a.carried and not a.learned
                  and _states_nothing(text, a.content)), None)
        if a is None:
            continue
        (s1, e1), (s2, e2) = sorted(((a.cue_start, a.cue_end), (a.source.start, a.source.end)))
        if any(_ALNUM.search(text, lo, hi) for lo, hi in ((sent.start, s1), (e1, s2), (e2, sent.end)) if lo < hi):
            continue  # (words besides the cue and its source: the sentence states something itself)
        covered = []
        for j in range(i - 1, -1, -1):
            prev = sentences[j]
            if prev.paragraph != sent.paragraph or prev.kind != "body" or j in grouped or j in taken:
                break
            covered.insert(0, prev)
        if covered:
            a.content = (covered[0].start, covered[-1].end)
            out += [_carried(a, s) for s in covered]
    return out


def _reasons_of_earlier_mentions(found: list[Attribution]) -> None:
    """An unnamed source mentioned again ("the sources", "the people", "they") gives the reason for
    anonymity stated at an earlier mention of the same sources ("according to three people familiar
    with the matter, who asked not to be identified discussing private deliberations"). `found` is in
    text order."""
    reasons: list[tuple[set[str], str]] = []  # (the words of an earlier unnamed source, its reason)
    for a in found:
        src = a.source
        if src is None or src.kind != "anonymous":
            continue
        words = set(_WORD.findall((src.canonical or src.text).lower()))
        if src.detail is not None:
            reasons.append((words, src.detail))
            continue
        again = _AGAIN.fullmatch(src.text)
        if (again or _ONE_OF_THEM.fullmatch(src.text)) and reasons:  # (or some of them: "two of them said")
            head = again.group(1).lower() if again and again.group(1) else None
            src.detail = next((reason for earlier, reason in reversed(reasons)
                               if head is None or head in earlier or (words & earlier) - _FUNCTION_WORDS), None)


# a relative clause after a source, not one saying others are like it
_DESCRIBED_ALONE = rx.compile(r",\s*who\b(?!,?\s+like\b)")
# a mention of sources named before: "the sources", "the two officials", "they", "these people"
_AGAIN = rx.compile(r"(?i:they|them|(?:the|these|those|both)\s+(?:[\p{L}-]+\s+){0,2}(\p{L}+))")
_FUNCTION_WORDS = frozenset("the a an of in at on with to and two three both these those".split())


class _Quotations:
    """Whether an offset lies inside a quotation opened earlier in its paragraph: an odd number of
    double quotation marks before it. Curly and straight marks count alike, since scraped news
    often mixes them (\u201cWe're ready," she said), and so do the two apostrophes (or two backticks)
    that archives and older wire copy quote with (''We're ready,'' she said). Quotations in single
    marks, as British copy writes them ('We're ready,' she said), count where they stand outside a
    double quotation and an opening mark is closed in its paragraph (see _single_quotations). Each
    question is two bisections into the marks' positions."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]] = ()):
        self.positions = [m.start() for m in _QUOTE_MARK.finditer(text)]
        single = [p for lo, hi in paragraphs for pair in _single_quotations(text, lo, hi) for p in pair
                  if not self.inside(lo, pair[0])]
        if single:
            self.positions = sorted(self.positions + single)

    def inside(self, paragraph_start: int, pos: int) -> bool:
        return (bisect_left(self.positions, pos) - bisect_left(self.positions, paragraph_start)) % 2 == 1


_QUOTE_MARK = rx.compile(r'[\u201c\u201d"]|\'\'|``')
# a single mark opening a quotation (after a space or a dash, before a word; not "'90s") and one closing
# it (after the quotation's last word or its punctuation, before a space or punctuation)
_SINGLE_OPENING = rx.compile(r"(?:^|(?<=[\s(\[\u2014\u2013]))['\u2018](?=[\p{L}\p{N}\u2026])(?!\d\ds?\b)", flags=regex.M)
_SINGLE_CLOSING = rx.compile(r"(?<=[\p{L}\p{N}.,!?\u2026])['\u2019](?=[\s.,;:!?)\]\u2014\u2013]|$)")


def _single_quotations(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """(opening, closing) positions of the quotations in single marks in text[lo:hi] (a paragraph). A
    closing mark counts after punctuation ("ready,'") or before it ("'untenable'."), or after a word and
    before a space ("was 'disappointed' by") unless the word ends in "s": that may be a plural's
    possessive ("residents' groups") and is passed over. An opening mark with no closing one after it is
    an apostrophe ("rock 'n' roll")."""
    if text.find("'", lo, hi) < 0 and text.find("\u2018", lo, hi) < 0:
        return
    closings = [m.start() for m in _SINGLE_CLOSING.finditer(text, lo, hi)
                if text[m.start() - 1] not in "sS" or text[m.end():m.end() + 1] in (".", ",", ";", ":", "!", "?", ")", "")]
    k, last = 0, -1
    for m in _SINGLE_OPENING.finditer(text, lo, hi):
        if m.start() < last:
            continue  # (a mark inside the quotation: "'Rock 'n' roll is back,' he said")
        while k < len(closings) and closings[k] <= m.start():
            k += 1
        if k == len(closings):
            return
        yield m.start(), closings[k]
        last = closings[k]


# what may stand after a cue that closes its sentence: SENTENCE_CLOSE, or the one told before it
_TOLD_CLOSING = rx.compile(r'\s+(?:the\s+)?\p{L}[\p{L}.\'\u2019-]*(?:\s+\p{Lu}[\p{L}.\'\u2019-]*){0,3}'
                           + SENTENCE_CLOSE.pattern)
WINDOW = 20_000  # characters of whole sentences a cue pattern is run over at a time


def _windows(sentences) -> Iterator[tuple[int, int]]:
    """Spans of consecutive sentences, each at most WINDOW characters long unless one sentence is."""
    lo = hi = None
    for s in sentences:
        if lo is not None and (s.end - lo > WINDOW):
            yield lo, hi
            lo = None
        if lo is None:
            lo = s.start
        hi = s.end
    if lo is not None:
        yield lo, hi


# the verb after an auxiliary, past adverbs and further auxiliaries: "was formally named", "have been called"
_NEXT_WORD = rx.compile(r"(?:\s+(?:not|\w+ly|been|being|be|have|has|also|long|never|already|still|even|just)\b)*"
                        r"\s+[\w\u2019'-]+")
_WORD_BEFORE = rx.compile(r"[\w\u2019'-]+\s+$")


_FREE_ADVERBS = frozenset("also long never already still even just now then again not".split())
# adverb particles of phrasal verbs, which a learned cue alone on one takes the verb with: "ruled out"
_PARTICLES = frozenset("out up down off back away".split())


def _auxiliary(word: str) -> bool:
    """Whether a lower-case word is an auxiliary, perhaps with "n't" ("does", "doesn't")."""
    return word in AUXILIARIES or word.endswith(("n't", "n\u2019t"))


# words between a passive's subject and its participle besides auxiliaries and free adverbs ("have so far been")
_PASSIVE_FILLERS = frozenset(("yet", "being", "since", "so", "far"))


def _auxiliaries_start(text: str, lo: int, end: int) -> int:
    """Where the auxiliaries and free adverbs before `end` begin: "No deaths| have (not yet, so far) been"."""
    while (word := _WORD_BEFORE.search(text, lo, end)) and (
            _auxiliary(w := word.group().strip().lower()) or w in _FREE_ADVERBS or w in _PASSIVE_FILLERS):
        end = word.start()
    return end


_BEFORE_THEIR_VERB = _FREE_ADVERBS - {"now", "then", "again", "not"}  # free adverbs that stand before a verb
_PARTICIPLE_AFTER = rx.compile(r"\s+\p{Ll}+ed\b")  # ... and the participle after one: " puzzled"


def _whole_cue(text: str, sent, start: int, end: int) -> tuple[int, int]:
    """A learned cue that is a lone auxiliary, adverb or preposition, with the word it belongs to: the
    verb after an auxiliary and any adverbs ("was written", "have also capped"), the participle after
    an adverb ("long puzzled"), the word before a preposition or a particle ("coy about", "ruled out")."""
    word = text[start:end].lower()
    words = word.split()
    if words and _auxiliary(words[0]) and all(_auxiliary(w) or w in _FREE_ADVERBS or w.endswith("ly") for w in words):
        # (with adverbs after it too: "have also", "has long"; negated: "doesn't")
        m = _NEXT_WORD.match(text, end, sent.end)
        return (start, m.end()) if m else (start, end)
    if word in _BEFORE_THEIR_VERB and (m := _PARTICIPLE_AFTER.match(text, end, sent.end)):
        return start, m.end()  # an adverb alone, before its verb: "Scientists have long puzzled over"
    if word in PREPOSITIONS or word in _PARTICLES:
        m = _WORD_BEFORE.search(text, sent.start, start)
        return (m.start(), end) if m else (start, end)
    return start, end


_RELATIVE_ASIDE = rx.compile(r"\s*,\s*((?:who|which)\b[^,.;]{1,120}),")
# an appositive describing a source: ", the state statistics service." / ", a professor at Yale, said"
_DESCRIBED = rx.compile(r",\s*((?:the|a|an)\s+[^,.;:!?\"\u201c\u201d]{3,80}?)(?:\s*,\s*|[.!?]?[\"\u201d\u2019']?\s*$)")
# ... or before it, opening the sentence with its determiner: "The manufacturer, VoltCoach, said"
_DESCRIBED_BEFORE = rx.compile(r"[\s\"\u201c]*(?i:the|its|their|a|an)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+),\s*")
# ... and what stands between such a name and its cue: a comma, perhaps after its place ("The manufacturer,
# Brightway Nutrition of Fresno, Calif., said")
_SET_OFF_TO_CUE = rx.compile(r"(?:\s+(?:of|in|from)\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2})?"
                             r"(?:,\s+\p{Lu}[\p{L}.]*)?\s*,\s*")
# ... a person's name set off before a description: "Scott Morris, "
_NAME_BEFORE_DESCRIPTION = rx.compile(r"[\s\"\u201c]*\p{Lu}[\p{L}\p{M}.'\u2019-]*(?:\s+\p{Lu}[\p{L}\p{M}.'\u2019-]*){1,2},\s*"
                                      r"(?=(?i:an?)\s)")
# ... a short one, no clause, between commas after a source's name: ", a left-leaning think tank,"
_SOURCE_DESCRIPTION = rx.compile(r"[ \t]*,\s*(?:a|an)\s+"
                                 r"(?!(?:[^\s,]+\s+){0,5}?(?:is|are|was|were|has|have|had|will|would|said|says)\b)"
                                 r"(?:[\w'\u2019-]+\s+){0,5}[\w'\u2019-]+\s*,")


def _guarded(guards: list, text: str, start: int, end: int):
    """The first of a rule's guards matching at a cue's start ("according to plan", "so-called"), or None."""
    return next((m for g in guards if (m := g.match(text, start, end, timeout=REGEX_TIMEOUT)) is not None), None)


def _copied(src: SourceRef) -> SourceRef:
    """A fresh source at the same place, for another cue sharing it (its kind is set for each cue)."""
    return SourceRef(src.start, src.end, src.text, src.kind)


def _attributed_where_it_ends(sentences: list, j: int, grouped: dict, quotes: _Quotations, paragraphs: list) -> bool:
    """Whether a later sentence of sentence j's paragraph, inside a quotation opened in sentence j, has an
    attribution of its own: the quotation's speaker, named where it ends ('"Polls go up and down. The governor
    is focused on families," spokesman Leo Park said.')."""
    start = paragraphs[sentences[j].paragraph].start
    for k in range(j + 1, len(sentences)):
        if sentences[k].paragraph != sentences[j].paragraph or not quotes.inside(start, sentences[k].start):
            return False
        if k in grouped:
            return True
    return False


def _carried(lead: Attribution, sent) -> Attribution:
    """A sentence going on with `lead`'s account: its cue and source, the sentence as content."""
    return Attribution("", lead.cue_start, lead.cue_end, lead.cue_text, lead.source, (sent.start, sent.end),
                       sent.index, carried=True, cue_rule=lead.cue_rule, learned=lead.learned)


def _speaker(src: SourceRef) -> str:
    """Who a resolved source names ("he" resolved to "Tom Reyes" names Tom Reyes)."""
    return " ".join((src.canonical or src.text).split())


# the words after a plural that keep it the head of a group ("people familiar with", "officials who")
_GROUP_MODIFIER = r"(?:at|of|from|with|for|in|familiar|close|briefed|who)"
# a group: "officials", "Democratic lawmakers", "Analysts at Morgan Stanley" (not "Reuters", "his")
# (irregular plurals too: "the people", "three people familiar with the matter")
_PLURAL_HEAD = rx.compile(r"\b(?:\p{Ll}+[^s\W]s|people|men|women|children)$|^(?:\p{L}+\s+){0,2}(?:\p{L}\p{Ll}+[^s\W]s|people|men|women)"
                          rf"\s+{_GROUP_MODIFIER}\s")
# a group of people named by a plural in lower case, perhaps with a modifier ("voters", "executives who
# have worked with Lachlan Murdoch"; not "Ben Jacobs in The Guardian")
# (or a capitalised plural after "the": "The Europeans", "the Russians")
_GROUP_HEAD = rx.compile(rf"(?:\b\p{{Ll}}+[^s\W]s|\b(?:people|men|women|children))(?:$|\s+{_GROUP_MODIFIER}\s)"
                         r"|^[Tt]he\s+\p{Lu}\p{Ll}+[^s\W]s$")
_ONE_PERSON = frozenset(("a", "an", "one", "another"))  # the words opening one unnamed person: "A witness", "One Labour MP"
# a group counted: "120 Labour MPs", "more than 40 Democrats", "Three senators"
_COUNTED_GROUP = rx.compile(rf"(?i:(?:(?:{'|'.join(sorted(QUANTITY_WORDS))})\s+(?:than\s+)?|at\s+least\s+)*)"
                            rf"(?:(?!1\b)\d[\d,]*|(?i:{'|'.join(sorted(NUMBER_WORDS - {'one'}))}|dozens|hundreds|thousands))\s")
# a group named by a capitalised plural alone, opening its sentence: "Officials", "Others", "Democrats" (not a
# person's name: "Sanders")
_CAPITALISED_GROUP = rx.compile(r"(?:(?:[Tt]he|Some|Many|Most|Several|Other)\s+)?\p{Lu}\p{Ll}+[^s\W]s")
# a party's member ("the Democrat") stands for the person named just before; a role ("the senator")
# only for one named with it or its abbreviation ("Sen. Bernie Sanders")
_PARTY_MEMBERS = frozenset(("democrat", "republican"))
_ROLE_FORMS = {"senator": ("sen.", "senator"), "governor": ("gov.", "governor"), "president": ("president", "pres."),
               "congressman": ("rep.", "congressman"), "congresswoman": ("rep.", "congresswoman"),
               "secretary": ("secretary",), "mayor": ("mayor",), "minister": ("minister",)}


def _epithet_of(word: str, person: SourceRef) -> bool:
    """Whether "the ..." ending with `word` ("the Democrat", "the Vermont senator") describes a person
    named as a source ("Gov. Maura Healey", "Sen. Bernie Sanders")."""
    name = person.canonical or person.text
    if sum(1 for w in name.split() if w[:1].isupper() and w.lower() != "the") < 2:
        return False  # a person's name has two words at least ("The Saudis" is no one's)
    word = word.lower()
    if word in _PARTY_MEMBERS:
        return True
    named = person.text.lower().split()
    return any(form in named for form in _ROLE_FORMS.get(word, ()))


_THING_KINDS = ("organization", "government", "outlet", "document")  # what "it" may stand for
_BODY_KINDS = _THING_KINDS  # the sources a `source: body` cue pattern accepts
_LONGEST_SOURCE = 300  # characters: no source phrase runs longer
# a body named by a description: "the company", "the Houston-based company", "the ministry"
_DESCRIPTION = rx.compile(r"(?i:the)\s+(?:(?:[\p{Ll}\d-]+|\p{Lu}[\p{L}.]*-\p{Ll}[\p{L}-]*)\s+){0,2}(?P<head>\p{Ll}+)")


# what a subject's place may hold that names no one: a participle or an adverb alone, a day, a span of time
# ("Having", "begun", "arranging", "Sunday", "A few minutes")
_NO_ONE = rx.compile(r"\p{Ll}+(?:ly|ing)|begun|particular|[Hh]aving|Absent|" + WEEKDAYS
                     + r"|(?i:a|the)\s+(?:few\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)")
_RECENT_THINGS = 500  # the bodies, outlets and documents named as sources before a description that it may stand for


def _fits(head: str, name: str) -> bool:
    """Whether a body's name holds a description's noun ("Iran's intelligence ministry" for "the ministry") or
    a noun it stands for (_GENERIC_HEADS: "the Congressional Budget Office" for "the agency")."""
    lowered = name.lower().split()
    return head in lowered or (head in _GENERIC_HEADS and not _GENERIC_HEADS[head].isdisjoint(lowered))


# a body's capitalised name, with the small words inside it: "the National Transportation Safety Board"
# (not a preposition or a clause's opening word before it: "After the State Department")
_BODY_NAME = rx.compile(r"\b(?:the\s+)?(?!(?:After|Before|In|On|At|For|From|With|By|But|And|As|When|While|Since|Under|Over|"
                        r"Despite|During|Through|Meanwhile|Still|Also|Then|Now|So|If|Though|Although|Because)\s)"
                        r"\p{Lu}[\p{L}&.'\u2019-]*(?:\s+(?:(?:" + "|".join(NAME_SMALL_WORDS) + r")\s+)*"
                        r"\p{Lu}[\p{L}&.'\u2019-]*)+")


def _has_a_name(text: str) -> bool:
    """Whether a source is named by a name, a capital past "The" ("Orchard Inc.", "the Tax Foundation"; not
    "the ministry")."""
    words = text.split()
    return any(w[:1].isupper() for w in words[1:] + ([] if words[0].lower() == "the" else words[:1]))


def _described(src: SourceRef, things: list[tuple[int, SourceRef]], companies: frozenset[str],
               trade_named: Callable[[str], bool], known: Callable[[str], bool]) -> SourceRef | None:
    """The body a description stands for: the last of its kind named as a source by a name (a capital
    past "The"), if that name holds the description's noun ("Iran's intelligence ministry" ... "the
    ministry"; "the government" after it is another body) or a noun the description's stands for
    (_GENERIC_HEADS: "the Congressional Budget Office" ... "the agency"); for "the company", "the firm",
    "the startup" (_COMPANY_HEADS), else the company named as a source most often so far, the latest of
    those named as often: one the article gives a legal form (`companies`: "Northwind Energy Inc." ...
    "the Houston-based company") or one named with its trade (`trade_named`: "Halvorsen Therapeutics") with
    no word naming another sort of body (_NOT_COMPANIES: not "the Tax Foundation"), and where none is, one
    the rules list (`known`: "Apple"; a research firm named with its trade is "the firm" that estimated
    after "Apple said"); "Orchard Inc. said ... the company reported ... according to Counterpoint
    Research ... The company also announced" is Orchard."""
    head = _DESCRIPTION.fullmatch(src.text).group("head")
    # (among the last _RECENT_THINGS sources: a 20 MB article names thousands)
    recent = things[-_RECENT_THINGS:]
    named = (thing for _, thing in reversed(recent)
             if thing.kind == src.kind and not _DESCRIPTION.fullmatch(thing.text) and _has_a_name(thing.text))
    last = next(named, None)
    if last is None:
        return None
    if _fits(head, last.text):
        return last
    if head not in _COMPANY_HEADS:
        return None
    times = Counter(thing.canonical or " ".join(thing.text.split()) for _, thing in recent)
    candidates = (last, *named)
    firms = [thing for thing in candidates if _CORPORATE.search(thing.text) or thing.text in companies
             or (trade_named(thing.text) and _NOT_COMPANIES.isdisjoint(thing.text.lower().split()))]
    if not firms:
        firms = [thing for thing in candidates if known(thing.canonical or thing.text)]
    return max(firms, key=lambda thing: times[thing.canonical or " ".join(thing.text.split())], default=None)


# a capitalised owner and what it owns, opening a subject: "Mrs. Clinton's plan"
_OWNER = rx.compile(r"(\p{Lu}[^\s'\u2019]*(?:\s+\p{Lu}[^\s'\u2019]*)*)['\u2019]s?\s+\S")
# the sources whose account a hedge in the next sentence may go on with: a charging document, a government
# body, a news outlet (a person's words are no report a hedge cites: "Holder said ... Lynch forced the firm to
# settle for allegedly laundering billions" is the law's hedge)
_REPORTING_KINDS = frozenset(("government", "outlet", "document"))
_REFUSALS = frozenset(("declined", "refused", "declines", "refuses"))  # (no account: "his office declined to comment")


def _hedges_of_the_last_account(found: list[Attribution], seg: Segmented) -> None:
    """A hedging adverb (a vague source that is its own cue, as cues/agentless finds "allegedly") in the
    sentence after an account of the same paragraph credited to a document, a government body or an outlet
    stands for that source ("Holloway allegedly threatened pharmacists, the complaint says. In one robbery he
    allegedly fired a shot": the complaint alleges it), as a pronoun does; a refusal to comment is no account."""
    last: dict[int, SourceRef] = {}  # sentence index -> the source of its first account
    for a in found:
        if (a.source is not None and a.source.kind in _REPORTING_KINDS and not a.carried
                and a.cue_text.lower() not in _REFUSALS):
            last.setdefault(a.sentence, a.source)
    for a in found:
        src = a.source
        if src is None or src.kind != "vague" or (src.start, src.end) != (a.cue_start, a.cue_end) or a.sentence == 0:
            continue
        before = last.get(a.sentence - 1)
        if before is not None and seg.sentences[a.sentence - 1].paragraph == seg.sentences[a.sentence].paragraph:
            src.canonical = before.canonical or " ".join(before.text.split())
            src.kind, src.outlet = before.kind, before.outlet


def _whole_entities(doc: Document, found: list[Attribution]) -> None:
    """Widen the attributions' spans that cut an entity to the whole of it ('&ldquo;We&rsquo;re not
    leaving,&rdquo; said' has its statement end after "&rdquo;"): spans are offsets into the file as written.
    A source with an entity inside reads as the prose does, each entity its character."""
    for a in found:
        a.cue_start, a.cue_end = doc.whole(a.cue_start, a.cue_end)
        if a.content:
            a.content = doc.whole(*a.content)
        if a.source is not None:
            start, end = doc.whole(a.source.start, a.source.end)
            a.source.start, a.source.end = start, end
            if doc.entities_within(start, end):
                a.source.text = doc.read_as(start, end)  # (as written, not as padded: "the county's")


_NOT_INITIALLED = frozenset(("and", "of", "for", "the", "on", "in", "&"))  # words an acronym skips


def _shortened(src: SourceRef, things: list[tuple[int, SourceRef]], lowercase_words: Container[str]) -> SourceRef | None:
    """The body named in full before that a shorter name stands for: the first word of its name
    ("Orion Systems" ... "Orion declined"; not a word the text writes in lower case too, "Authorities"),
    its first words ("Mercy Ridge Health" ... "Mercy Ridge said") or its initials ("The Food and Drug
    Administration" ... "The FDA said")."""
    words = src.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or not all(w[:1].isupper() for w in words):
        return None
    short = words[0]
    for _, thing in reversed(things):
        full = thing.text.split()
        if full and full[0].lower() == "the":
            full = full[1:]
        if len(full) < 2 or not all(w[:1].isupper() or w.lower() in _NOT_INITIALLED for w in full):
            continue
        if len(words) > 1:
            if len(full) > len(words) and full[:len(words)] == words:
                return thing
            continue
        initials = "".join(w[0] for w in full if w.lower() not in _NOT_INITIALLED)
        if ((full[0] == short and short.lower() not in lowercase_words)
                or (short.isupper() and len(short) >= 2 and short == initials.upper())):
            return thing
    return None


def _only_within(text: str, short: str, name: str, end: int) -> bool:
    """Whether every use of `short` in text[:end] is the start of `name` (less a leading "the")."""
    name = name[4:] if name[:4].lower() == "the " else name
    return all(text.startswith(name, i) for i in _whole_word_uses(text, short, end))


# a description's noun that stands for names holding another: "the agency" for "the Congressional Budget
# Office", "the group" for "the Tax Foundation" or "the National Association of Realtors"
# ... and the nouns that stand for a company named with its legal form: "the startup" for "Lumora Inc."
_COMPANY_HEADS = frozenset("company firm startup start-up business maker manufacturer chipmaker carmaker automaker "
                           "drugmaker steelmaker planemaker retailer grocer supermarket chain brewer lender bank "
                           "insurer airline carrier utility conglomerate giant group".split())
# a name set off as a company by a noun of its trade beside it: "the drug's maker, Novo Nordisk,", "Novo Nordisk,
# the Danish drugmaker," (the name in group a or b)
_COMPANY_NOUNS = r"(?:" + "|".join(sorted(_COMPANY_HEADS)) + r")"
_CAPITALISED_RUN = r"\p{Lu}[\p{L}&'\u2019.-]*(?:[ \t]+\p{Lu}[\p{L}&'\u2019.-]*){0,3}"
_COMPANY_IN_APPOSITION = rx.compile(
    r"\b" + _COMPANY_NOUNS + r",[ \t]+(?P<a>" + _CAPITALISED_RUN + r")(?=[ \t]*[,.;:)])"
    r"|(?P<b>" + _CAPITALISED_RUN + r"),[ \t]+(?:the|a|an)[ \t]+(?:[\p{L}'\u2019-]+[ \t]+){0,3}?" + _COMPANY_NOUNS
    + r"(?![\p{L}'\u2019-])(?=[ \t]*(?:[,.;:)]|that\b|which\b|whose\b|based\b))")
_BODY_ENDS = frozenset("foundation association institute council coalition alliance committee center centre network "
                       "project fund union society federation league".split())
# the words naming a body that is no company: "the company" does not stand for "the Tax Foundation", "the Athletics
# Integrity Unit" or "Harvard University"
_NOT_COMPANIES = _BODY_ENDS | frozenset(
    "university college school academy hospital museum library church party campaign commission board agency "
    "unit office department ministry bureau administration authority service court corps army police caucus "
    "conference forum initiative program programme movement watch organization organisation".split())
_GENERIC_HEADS = {
    "agency": frozenset("office agency administration service bureau commission board authority center centre "
                        "centers centres department institute institutes".split()),
    "group": _BODY_ENDS, "organization": _BODY_ENDS, "organisation": _BODY_ENDS,
}


# a preposition of place or occasion: the noun phrase after it is not a participle's subject
_OBJECT_BEFORE = rx.compile(r"\b(?:at|on|in|during|via|through)\s+$")
# a name with its acronym after it in brackets: "the National Highway Traffic Safety Administration (NHTSA)"
_ACRONYM_DEFINED = rx.compile(
    r"(\p{Lu}[\p{L}.&'\u2019-]*(?:[ \t]+(?:(?:of|for|and|on|the|de)[ \t]+)*\p{Lu}[\p{L}.&'\u2019-]*){1,8})[ \t]+\((\p{Lu}{2,8})\)")
_CAPITAL_WORD_BEFORE = rx.compile(r"\p{Lu}[\p{L}.'\u2019-]*(?<!['\u2019]s)\s+$")  # "Donald " before "Trump" (not "Union's ")
_NAME_WORDS_AFTER = rx.compile(r"(?:[ \t]+\p{Lu}[\p{L}&'\u2019.-]*){1,3}")  # " Music" after "Apex"
_ONE_NAME_WORD = rx.compile(r"\p{Lu}[\p{L}\p{M}&'\u2019-]+")  # one capitalised word: "Apex"
_ACRONYM = rx.compile(r"(?:(?i:the)\s+)?\p{Lu}{2,8}")  # "CPSC", "the CPSC"
# a run of capitalised words, with the words an acronym skips (_NOT_INITIALLED) between them: "American Civil
# Liberties Union"
_NAME_RUN = rx.compile(r"\p{Lu}[\p{L}\p{M}'\u2019-]+(?:(?:[ \t]+(?:" + "|".join(sorted(_NOT_INITIALLED)) + r"))*"
                       r"[ \t]+\p{Lu}[\p{L}\p{M}'\u2019-]+)+")


_RUN_WORD = rx.compile(r"[\p{L}\p{M}'\u2019-]+|&")  # a word of a run of capitalised words, or "&"


def _initials(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The initials of the text's runs of capitalised words, joined ("|" after each run), and the span of
    each initial's word: an acronym found in them (_spelled_out) is spelled out by the words its letters
    stand for. A joining word gives its initial in lower case ("ERCoT", "Electric Reliability Council of
    Texas"), which an acronym may take or skip."""
    letters, spans = [], []
    for run in _NAME_RUN.finditer(text):
        for word in _RUN_WORD.finditer(text, run.start(), run.end()):
            letters.append(word.group()[0])
            spans.append(word.span())
        letters.append("|")
        spans.append((run.end(), run.end()))
    return "".join(letters), spans


def _spelled_out(initials: tuple[str, list[tuple[int, int]]], acronym: str) -> tuple[int, int] | None:
    """The span of the first words in `initials` (see _initials) an acronym's letters stand for, in order:
    a capitalised word's for each, or a joining word's ("ERCOT": "Electric Reliability Council of Texas";
    "ACLU": "American Civil Liberties Union", "NAACP": "National Association for the Advancement of
    Colored People")."""
    letters, spans = initials
    found = regex.search(acronym[0] + "".join(f"[a-z&]*?[{c}{c.lower()}]" for c in acronym[1:]), letters)
    return (spans[found.start()][0], spans[found.end() - 1][1]) if found else None


def _alternation(words) -> str:
    """Words as a regular-expression alternation, the longest first."""
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _titled_name(titles) -> regex.Pattern:
    """A name after a title only people have (person.yaml's honorifics and offices): "Mr. Trump", "Sen.
    Reid", "President Obama"; group 1 is the surname."""
    return rx.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alternation(titles)})\.?"
                      r"[ \t]+(?:\p{Lu}\.[ \t]+)?(\p{Lu}[\p{L}\p{M}'\u2019-]+)(?![\p{L}\p{M}]|[ \t]+\p{Lu})")


_CLAUSE_AFTER_AGENT = rx.compile(r"\s+(?:that|whether|if)\s")  # where what the one told heard begins
# verbs whose passive subject is the one spoken to, not what is said: "was asked by the moderator whether"
_TO_SOMEONE = frozenset("asked questioned pressed told urged warned reminded advised informed".split())
# a statement going on after a phrase cue set off inside it: its verb after the aside's comma (RESUMED: "The plan,
# according to X, would cut"), or its auxiliary before the cue's comma ("The company will, per X, announce"); nothing
# closing a clause may stand inside the aside
_AUXILIARY_BEFORE = rx.compile(r"\b" + AUXILIARY + r"\s*,\s*$")
_ASIDE_BREAK = rx.compile(r"[.;:!?\"\u201c\u201d]")
# an adverb right before a participle ("The documents, first reported by", "a plan originally proposed by")
_ADVERB_CLOSING = rx.compile(r"(?<=\s)(?:first|later|also|since|once|originally|initially|previously|widely|\p{Ll}+ly)\s+$")
# a capitalised name as the agent of a participle, up to the words after it ("by Washington took effect"),
# without the full stop ending the sentence ("portrayed by Tim Allen.")
# (and the kind of outlet after a publisher's name: "first reported by Nine newspapers", "by Fox television")
_AGENT_NAME = rx.compile(r"(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'\u2019-]*"
                         r"(?:\s+(?:(?:of|for|and|the|de)\s+)*\p{Lu}[\p{L}\p{N}.&'\u2019-]*)*(?<!\p{Ll}\.)"
                         r"(?:\s+(?:newspapers|papers|mastheads|television|radio|affiliates?)\b)?")
# a company's shares as a subject: "Shares of Norvel Semiconductor fell ..., citing"
_SHARES_OF = rx.compile(r"(?:[Ss]hares|[Ss]tocks?)\s+(?:of|in)\s+"
                        r"((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&'\u2019-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'\u2019-]*)*)")
# verbs naming or judging what someone or something is, whose passive agent follows: "has been called a charlatan by
# fellow physicians", "was found discriminatory by a federal court"
_NAMING = frozenset("called labeled labelled described dubbed branded termed deemed found declared judged ruled".split())
_LATER_AGENT = rx.compile(r"(?P<name>[^.;:!?,\u201c\u201d\"]{1,40}?)\s+by\s+(?=\p{Lu}|(?:the|a|an|his|her|their|its|some|"
                          r"many|fellow|other|several|critics|opponents|supporters|officials|experts|analysts)\b)")
# a noun of opinion in apposition before a participle: ", a view echoed by", ", a sentiment shared by"
_VIEW_BEFORE = rx.compile(r",\s+(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:view|sentiment|opinion|position|assessment|concern|"
                          r"fear|claim|belief|argument|point|criticism|complaint|theme|message|warning)\s+$")
_WH_LABEL = rx.compile(r"[\s*_]*(?:What|Why|Who|How|Where|When|Which)\b")  # a label opening with a question word
_WH_LABEL_ALONE = rx.compile(r"[\s*_#]*(?:What|Why|Who|How|Where|When|Which)\b[^:\n.!?\"\u201c]{0,60}:[\s*_]*")  # ... alone
_JOINERS = frozenset(",;:\u2014\u2013-")  # punctuation joining a statement to its cue
# a recording or sight of someone: "footage of Trump", "a video of the senator"
_OF_NAME = rx.compile(r"^(?:\p{L}+\s+){0,3}?(?:footage|video|videos|clip|clips|recording|recordings|audio|tape|"
                      r"photos?|images?|sight|transcript)\s+of\s+(.+)$", regex.IGNORECASE)
_PARTICIPLE_CUE = rx.compile(r"\p{L}+ing\b")  # "speaking of", "tweeting", "saying"
_OPENING_PARTICIPLE = rx.compile(r"\p{Lu}\p{Ll}+(?:ing|ed)")  # ... or "Asked", "Citing" opening a sentence
_SET_OFF_BEFORE = rx.compile(r",[\"\u201d\u2019']?\s*$")  # a phrase's comma right before what follows it
# a comma ends the text, perhaps inside a closing quotation mark and with an adverb after it: '"cruel
# and unworkable," adding', "..., even suggesting"
_COMMA_THEN = r',["\u201d\u2019]?(?:\s*(?:even|also|then|again|later|still|\p{Ll}+ly))?'
_COMMA_END = rx.compile(_COMMA_THEN + r"\s*$")
_AFTER_COMMA_OR_PREPOSITION = rx.compile(_COMMA_THEN + r"\s*$|\b(?:by|before|after|while|when|in|without|for|despite)"
                                         r"(?:\s+(?:first|then|also|later|again|even|\p{Ll}+ly))?\s*$",
                                         regex.IGNORECASE)
# the close of an aside credited with "citing" or "quoting" and the reporting verb after it: ", said (that)"
_CITING_ASIDE = rx.compile(r"\s*,\s*(?:\p{Ll}+ly\s+)?(?:said|says|reported|reports|wrote|writes|added|adds|claimed|claims)"
                           r"(?:\s+(?:on\s+)?" + WEEKDAYS + r")?\s+(?:that\s+)?")
_COMMA_THAT = rx.compile(r"\s*,\s*that\s+")  # the clause a verb reports, after an aside citing its source
_LIST_MARKER = rx.compile(r"[ \t>]*(?:\d{1,3}[.)]|[-*+\u2022])[ \t]+")


def _list_item(text: str, pos: int) -> bool:
    """Whether the line holding `pos` is a list item ("1. ...", "- ...")."""
    return _LIST_MARKER.match(text, text.rfind("\n", 0, pos) + 1) is not None


# the prepositions after which a source's noun names whom it speaks for ("a spokesman for Acme")
_OF_WHOM = frozenset(("for", "of", "at", "with", "from"))


def _unnamed(phrase: str) -> bool:
    """A source described but not named ("former inspector", "a senior official", "a spokesman for
    Acme"): no capitalised word after the first before a preposition's phrase, and not a pronoun."""
    words = phrase.split()
    words = words[:next((k for k, w in enumerate(words) if k and w in _OF_WHOM), len(words))]
    return bool(words) and phrase.lower() not in PRONOUNS and not any(w[:1].isupper() for w in words[1:]) \
        and (words[0][:1].islower() or len(words) > 1)


# the comma closing a phrase that opens a sentence, inside a closing quotation mark too ('president,"')
_PHRASE_COMMA = rx.compile(r",[\"\u201d\u2019]?(?=\s+\S)")
# a preposition opening a sentence before an -ing cue: "In defending himself, ...", "After saying ..."
_OPENING_PREPOSITION = rx.compile(r"[\"\u201c]?(?:In|After|Before|By|While|When|Since|Without|Upon|On)\s+")
# a word right after a preposition, or after an article and an adjective of time, is a noun with no subject
# before it: "the contents of calls", "in hopes of", "a probe into the earlier recalls"
# (not one a relative clause leaves at its end: "Librarians I spoke with said")
_NOUN_AFTER = rx.compile(r"\b(?:(?:of|into|in|amid|despite|over|under|against|among)"
                         r"|(?:the|an?)\s+(?:earlier|previous|prior|recent|latest|repeated|multiple|several))\s+$")
_WORD_AND_COMMA_END = rx.compile(r"\p{L},\s*$")  # a participle set off by a comma after a word: "Redick, asked"
# what stands before a learned cue and holds no view: a bare count ("5 things to know about"), a sentence opening
# with a verb in the negative ("Don't touch sick or dead birds")
_COUNT_ONLY = rx.compile(r"[\d.,]+")
_IMPERATIVE = rx.compile(r"(?i:don['\u2019]t|do\s+not|never)\b")
# a verb, in the past, joined by "and" after the words a subject was looked for in ("... and came away")
# (irregular forms only: "and left" may be a side, "and concerned citizens" a noun's modifier)
_AND_VERB_BEFORE = rx.compile(r"\band\s+(?:came|went|made|took|gave|saw|got|ran|felt|kept|thought|brought|began|became|"
                              r"stood|sat|spoke|wrote|heard)\b")
_ASKED = frozenset(("asked", "pressed", "questioned"))  # ... the one asked, saying something after the aside
_WHEN_ASKED = rx.compile(r"[\"\u201c]?(?:When|If|Once|After|Though|Although|Unless|Until|While)\s+")  # "When asked about it, he"
# ... asked about something, not someone
_ASKED_ABOUT = rx.compile(r"(?:about|whether|if|what|how|why|when|who|whom|which|where|on)\b")
# a name alone, perhaps after an honorific: "Brad Bannon", "Ms. Gil", "Larry J. Sabato"
_NAME_ONLY = rx.compile(r"(?!(?:" + WEEKDAYS + "|" + MONTHS + r")\b)(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+)?"
                        r"\p{Lu}[\p{L}'\u2019-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'\u2019-]+)){0,3}")
# what may close a sentence after an inverted cue's speaker: nothing, or a description without a verb of its own
_CLOSES_WITH_SOURCE = rx.compile(r"\s*(?:[.!?][\"\u201d\u2019']?\s*$"
                                 r"|,(?![^.;!?]*\b(?:is|was|were|are|has|have|had|will|would|can|could|"
                                 r"should|may|might|must|did|does|do)\b))")
# a preposition's phrase after a passive cue, and no clause it introduces: " in this year's presidential race."
_WHERE_ONLY_AFTER = rx.compile(r"\s+(?:in|on|at|during|since|over|across|throughout|within|among|amid)\b"
                               r"(?![^.;!?]*\b(?:that|whether|if)\b)")
# a thing expected, right before its participle, then where or when (no clause after): "gusts of up to 85mph
# expected on exposed coasts", "a ruling expected in coming weeks" (not "Analysts expected in March that ...")
_EXPECTED_FORMS = frozenset(("expected", "forecast", "predicted", "projected", "anticipated"))
_WHERE_OR_WHEN_AFTER = rx.compile(r"\s+(?:on|in|at|across|over|along|from|later|tonight|overnight|through|this|next|during|"
                                  r"within|soon|shortly)\b(?![^.;!?]*\b(?:that|to)\s)")
# a subordinate clause's subject before a participle's comma: "... after Sol cut short a concert, telling"
_SUBORDINATE_SUBJECT = rx.compile(
    r"\b(?:after|when|as|before|while|because|since|until|once)\s+(?P<subject>(?:(?:Mrs?|Ms|Dr)\.\s+)?"
    r"(?:\p{Lu}[\p{L}'\u2019-]*\s+){0,2}\p{Lu}[\p{L}'\u2019-]*|he|she|they)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\b[^,;]*,\s*$")
# "by" and a means, not an agent: "responded by saying", "replied by abruptly blocking"
_BY_MEANS = rx.compile(r"(?:\p{L}+ly\s+|first\s+|then\s+)?\p{Ll}+ing\b")
# a subject that makes a verb before "by" active: "she often referred to her by a nickname"
_ACTIVE_SUBJECT = rx.compile(r"\b(?i:I|we|you|he|she|they|it|who|which)\s+(?:\p{Ll}+\s+){0,2}$")
# a past tense after a noun: the main verb after a participle's agent ("An article cited by her campaign
# quoted a few experts"; not "a coalition of concerned citizens", "a highly regarded panel")
# (after a pronoun it is a relative clause's: "everyone I interviewed")
_AFTER_A_SUBJECT = (r"(?<=[\p{L}.]\s+)(?<!\b(?:the|a|an|of|in|for|by|with|to|from|on|at|and|or|its|their|his|her|"
                    r"I|we|you|he|she|they|The|A|An|who|which|that|\p{L}+ly)\s+)")
_MAIN_VERB = rx.compile(_AFTER_A_SUBJECT + r"\p{Ll}+ed\b")
# ... or a verb of a clause in the past, irregular ones too: "Mayor Karen Bass took office promising", "The
# senator left the room saying"
_PAST_VERB = rx.compile(_AFTER_A_SUBJECT + r"(?:\p{Ll}+ed|took|left|went|came|made|gave|got|held|spoke|stood|sat|ran|"
                        r"met|won|lost|kept|sent|spent|began|broke|brought|bought|fought|drew|wrote|rose|fell|led|"
                        r"paid|struck|threw|wore|hit|cut|quit|became|swept|shook)\b")
# where an agent before the main verb ends: "supported by the billionaire brothers ... had seized on", "accused
# by the news media of beating his wife"
_AGENT_VERB = rx.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|did|does|do|"
                         r"on\s+(?:" + WEEKDAYS + r")|in\s+(?:his|her|its|their)|(?:last|this)\s+(?:week|month|year)"
                         r"|(?:of|for)\s+\p{Ll}+ing|concerning|regarding)\b")
_SOURCE_OPENER = rx.compile(r"(?i:now|then|also|even|instead|meanwhile|still|yet|but|and|so|whether|if|once)\s+(?=\S)")


def _prose_only(src: SourceRef, prose: str) -> None:
    """Keep a source to prose: Markdown markup blanked out of the prose ("according to the
    [Congressional Budget Office](...)") neither starts nor ends it, nor shows in its text, nor does a
    clause's opening word ("Now Bloomberg said")."""
    while src.start < src.end and prose[src.start].isspace():
        src.start += 1
    while src.end > src.start and prose[src.end - 1].isspace():
        src.end -= 1
    opener = _SOURCE_OPENER.match(prose, src.start, src.end)
    if opener:  # a clause's opening word is not part of its subject: "Now Bloomberg", "Then Mr. Rubin"
        src.start = opener.end()
    if src.text != prose[src.start:src.end]:
        src.text = " ".join(prose[src.start:src.end].split())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A statement's span without the spaces and the commas, colons and dashes that join it to its cue
    ("According to the ONS, inflation fell": "inflation fell"), or None when nothing is left."""
    while start < end and (text[start].isspace() or text[start] in _JOINERS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _JOINERS):
        end -= 1
    return (start, end) if end > start else None


def _end_before_credits(text: str, found: list[Attribution]) -> None:
    """End a statement before another source's credit in its sentence: one closing the sentence ("A
    review found similar problems, the report says": the review found "similar problems", and the report
    says it all), or one opening a clause of its own after a comma ("Bild reports the clubs agreed terms,
    while Sky Germany claims a fee was settled": Bild reports no fee)."""
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            if b.sentence != a.sentence:
                break
            cut = _credit_within(text, a, b)
            if cut is not None:
                a.content = _trimmed(text, a.content[0], cut)
                break


# the one told, named, after "told": "told The Kansas City Star", "told the Associated Press"
_NAMED_HEARER = rx.compile(r"\s+(?:the\s+|The\s+)?\p{Lu}[\p{L}\p{M}'\u2019.&-]*"
                           r"(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}\p{M}'\u2019.&-]*){0,5}")


def _credit_within(text: str, a: Attribution, b: Attribution) -> int | None:
    """Where a's statement ends because b's credit stands inside it (see _end_before_credits), or None."""
    if not (a.content and b.source is not None and b.content):
        return None
    credit = min(b.source.start, b.cue_start)
    if b.source.start < b.cue_start and text[b.source.end:b.cue_start].strip() == ",":
        # (a role set off before the name is part of the credit: "..., his agent, Rich Paul, told reporters")
        credit = role_in_apposition(text, a.content[0], credit) or credit
    after = max(b.cue_end, b.source.end)
    if b.cue_text.lower() in TOLD and (told := _NAMED_HEARER.match(text, after, a.content[1])):
        after = told.end()  # (the one told is part of the credit: "..., a person with knowledge of it told The
        # Kansas City Star")
    if (a.content[0] < credit < a.content[1] and b.content[1] <= credit
            and _closes(text, after, a.content[1])):
        return credit  # (its cue before its source too: "Mills allegedly shot Ortiz, according to a complaint")
    if (a.content[0] < b.source.start < a.content[1] and b.source.end <= b.cue_start
            and b.content[0] >= b.cue_end and a.source is not None and a.source.end <= a.cue_start
            and (clause := _NEW_CLAUSE.search(text, a.content[0], b.source.start))):
        # (a's source before its cue: "In a poll released Thursday, 79 percent said" leads in b)
        return clause.start()
    # (b's cue inside a's statement, b's own statement after it)
    nested = a.source is not None and a.content[0] < b.cue_start < a.content[1] and b.content[0] >= b.cue_end
    if (nested and a.source.text.lower() in ("who", "which") and b.source.end <= a.source.start
            and (comma := text.rfind(",", a.content[0], b.cue_start)) > 0):
        # a relative clause's cue, then the main clause's: "Brooks, who proposed the plan, said the lanes
        # ..." (he proposed the plan)
        return comma
    if (nested and (a.source.start, a.source.end) == (b.source.start, b.source.end)
            and (joint := (_COMMA_BEFORE if b.cue_text.lower().startswith(("adding", "citing")) else _AND_VERB).search(
                text, a.content[0], b.cue_start))
            and text[a.content[0]:joint.start()].strip().lower() not in _PARTICLES):
        # the same source's next verb: "He complained that the referee erred and said he would appeal"
        # (he complained of the referee only), "told the BBC the fall was welcome but warned", "accused the
        # government of dithering, adding: ..." (not one verb: "come out and say")
        return joint.end("q") if joint.group("q") else joint.start()
    if (nested and b.source.end <= a.content[0] and b.source.end <= a.source.start
            and (joint := _AND_VERB.search(text, a.content[0], b.cue_start))):
        # the next verb of a source named before a's: "Streeting said the figures showed the plan was
        # working, but warned there was a long way to go" (the figures show no warning)
        return joint.end("q") if joint.group("q") else joint.start()
    return None


# what joins a source's second verb to its first: "and said", "and later told", "but warned"; a comma before
# "adding" or "citing" only, not before any participle (in "responded on Twitter, calling the charge pathetic"
# follows the reply)
# (a comma inside closing quotation marks leaves them to the statement: '"dithering," adding')
_AND_VERB = rx.compile(r"(?:,(?P<q>[\"\u201d\u2019])?)?\s+(?:and|but)\s+(?:(?:also|then|later|again|\p{Ll}+ly)\s+)?$")
_COMMA_BEFORE = rx.compile(r",(?P<q>[\"\u201d\u2019])?\s*$")


# a comma or semicolon and a conjunction opening a clause of its own: ", while", "; but"
_NEW_CLAUSE = rx.compile(r"[,;]\s*(?:while|but|whereas|although|though|and)?\s*$")


# a participle's clause set off after a credit, about the telling: ", asking not to be identified", ", citing"
_TELLING_PARTICIPLE = rx.compile(r"\s*,\s*(?:\p{L}+ly\s+)?\p{Ll}+ing\b")


def _closes(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], what follows a cue, is at most a short time phrase ("on Tuesday"), where
    it was said ("in a joint statement") or a participle's clause about the telling (", asking not to be
    identified because ..."), so the cue closes the statement."""
    rest = text[start:end]
    return ((len(rest.split()) <= 3 and not any(q in rest for q in "\"\u201c\u201d'\u2018\u2019"))
            or VENUE_ONLY.fullmatch(text, start, end) is not None or _TELLING_PARTICIPLE.match(text, start, end) is not None)


def _not_ending_sources(found: list[Attribution], phrase_rules: set[str]) -> list[Attribution]:
    """The cues that do not end the source of a phrase cue (of `phrase_rules`): the head of the
    source is no cue of its own ("According to a Congressional Budget Office estimate, ...":
    "estimate" names the source)."""
    sources = sorted((a.source.start, a.source.end, id(a)) for a in found
                     if a.source is not None and a.cue_rule in phrase_rules)
    if not sources:
        return found
    starts = [s for s, _, _ in sources]

    def inside(a: Attribution) -> bool:
        k = bisect_right(starts, a.cue_start) - 1
        while k >= 0 and a.cue_start - starts[k] <= _LONGEST_SOURCE:
            s, e, owner = sources[k]
            if a.cue_end == e and owner != id(a):
                return True
            k -= 1
        return False

    return [a for a in found if not inside(a)]


_PUT_OUT = frozenset("posted published released issued circulated distributed".split())  # a document's participles


def _not_describing_sources(found: list[Attribution]) -> list[Attribution]:
    """The cues that are no participle of putting out a document between another cue's source and that cue,
    describing the source: "A preprint posted online last month suggested" ("posted" is no cue of its own)."""
    spans = [(a.source.start, a.source.end, a.cue_start) for a in found
             if a.source is not None and a.source.end <= a.cue_start]
    return [b for b in found if not (
        b.cue_text.lower() in _PUT_OUT and b.source is not None
        and any(s <= b.source.start < e and e <= b.cue_start and b.cue_end <= cue for s, e, cue in spans))]


# a plural in a source: a group ("Two people involved in the planning", "House Republicans"; not "Apple")
_A_PLURAL = rx.compile(r"\b(?:\p{L}\p{Ll}+[^s\W]s|people|men|women|children)\b")
_THE_OTHER = rx.compile(r"(?i:the\s+other(?:\s+one)?|the\s+second|another)")
_ONE_OF = rx.compile(r"(?i:(?:only\s+)?one\b)")
_ONE_OF_THEM = rx.compile(r"(?i:(?:one|two|three|some|each|both|all|none|several|many|most)\s+of\s+(?:them|those))")


def _the_other_kinds(found: list[Attribution]) -> None:
    """Give "the other" (or "another") the kind of the "one" of a group named as a source in the two
    sentences before: "One of the sources said ... The other said" (an anonymous source too); and "one of
    them" the kind of the group named as the source before it in those sentences: "three people familiar
    with the matter told The Information. One of them said" (a group: not "Apple" of "Apple has ordered
    displays, two of them said")."""
    ones: list[Attribution] = []
    named: list[Attribution] = []
    for a in found:
        if a.source is None or a.carried:
            continue
        if a.source.kind == "unknown" and _ONE_OF_THEM.fullmatch(a.source.text):
            group = next((b for b in reversed(named) if a.sentence - b.sentence <= 2
                          and _A_PLURAL.search(b.source.text)), None)
            if group is not None:
                a.source.kind = group.source.kind
        if _ONE_OF.match(a.source.text):
            ones.append(a)
        elif a.source.kind == "unknown" and _THE_OTHER.fullmatch(a.source.text):
            one = next((b for b in reversed(ones) if a.sentence - b.sentence <= 2), None)
            if one is not None:
                a.source.kind = one.source.kind
        if a.source.kind != "unknown" and a.source.text.lower() not in PRONOUNS:
            named.append(a)


# a group or unnamed source mentioned again by its noun alone: "the analysts", "these experts", "the people"
_GROUP_AGAIN = rx.compile(r"(?i:the|these|those|that)\s+(\p{Ll}+)")


def _groups_named_before(found: list[Attribution]) -> None:
    """A group mentioned again by its noun alone ("the analysts wrote") after a mention naming whose it is
    ("Analysts at Morgan Stanley wrote in a note to clients") is that group: it takes the earlier
    mention's kind and name, where the last source holding the noun was no vague one itself ("Critics
    say ... the critics argue" stays vague). So are unnamed sources mentioned again ("people familiar with
    the matter told Bloomberg ... the people said"): one source, under its first description."""
    last_with: dict[str, SourceRef] = {}  # a word -> the last source before holding it
    for a in found:
        src = a.source
        if src is None or a.carried:
            continue
        again = _GROUP_AGAIN.fullmatch(src.text) if src.kind in ("vague", "anonymous") else None
        if again:
            last = last_with.get(again.group(1).lower())
            if last is not None and (last.kind == "anonymous" if src.kind == "anonymous"
                                     else last.kind not in ("vague", "unknown")):
                src.kind, src.canonical = last.kind, last.canonical or " ".join(last.text.split())
        last_with.update(dict.fromkeys(src.text.lower().split(), src))


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


# verbs of speaking that stand before their speaker after a statement and its comma ("..., explained
# Rosenberg", "..., reported the Washington Examiner")
_SPEAKING_FIRST = frozenset(
    "said says say added adds asked asks wrote writes explained explains noted notes continued continues insisted "
    "insists argued argues warned warns recalled recalls observed observes remarked remarks replied replies "
    "responded responds quipped quips joked jokes declared declares conceded concedes acknowledged acknowledges "
    "admitted admits countered counters cautioned cautions concluded concludes stressed stresses emphasized "
    "emphasizes predicted predicts reported reports suggested suggests claimed claims agreed agrees "
    "complained complains tweeted tweets posted posts "
    # (the plural's forms, inverted after a plural speaker: "Rates will rise, warn economists", "..., claim critics")
    "warn insist argue claim admit predict suggest agree complain note caution concede stress".split())


# a "which" clause set off between a statement and its verb of speaking: "..., which could make the link look
# stronger, said Dr. Lon Schneider"
_WHICH_SET_OFF = rx.compile(r"\s*,\s*which\b[^.!?]*,\s*$")


_IN_PUBLICATION = rx.compile(r"\s+(?:(?:first|online|today|yesterday|" + WEEKDAYS + r")\s+)?in\s+(?=(?:the\s+)?\p{Lu})")
# ... and a passive's statement before its agent: "was announced in a post by the company's chief executive",
# "was disclosed in a filing from the company"
_IN_STATEMENT_BY = rx.compile(r"\s+(?:(?:on\s+)?(?:" + WEEKDAYS + r"|yesterday|today)\s+)?(?:in|via|through)\s+(?:an?|the)\s+"
                              r"(?:[\p{L}-]+\s+){0,2}?" + STATEMENT_FORMS + r"\s+(?:by|from)\s+")


# what follows a headline's passive participle: a preposition, or nothing ("Measles case confirmed in Travis County")
_AFTER_HEADLINE_PASSIVE = rx.compile(r"\s*(?:$|[.;:,!?]|(?:in|at|on|of|with|after|by|for|over|amid|as|near|to)\b)")


# a bare noun closing a headline after its verb, perhaps with an adjective: "..., says opposition", "..., warn top
# economists"
_BARE_SPEAKER = rx.compile(r"\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s*[.!?]?\s*")


def _inverted(text: str, lo: int, cue: int) -> bool:
    """Whether a verb cue may take its source after it: at the start of a sentence ("Said Trump: ...")
    or after a quotation or a comma (“..., ” said Jillian Soto; "the sky, said X, ...")."""
    before = text[lo:cue].rstrip()
    return not before or before[-1] in STATEMENT_END or closed_by_opening_mark(before)  # ('"It's unusual,“ said X')


# the particles that stand as words between a given name and a surname ("Bill de Blasio"; "al-" and "el-" join
# the surname, NAME_ARTICLE)
_PARTICLE_BETWEEN = r"(?:bin|ibn|von|van|der|den|de|da|di|du|dos|del)"
# (a pair starts a word: "Ming-Chi Kuo", not "Chi Kuo"; it may break at a line's end, not at a paragraph's:
# "By Lena Fischer" / "Norvel Semiconductor on Tuesday" names no "Fischer Norvel")
_NAME_PAIR = rx.compile(r"(?<![\p{L}\p{M}'\u2019-])\b\p{Lu}[\p{L}'\u2019-]+(?<!['\u2019]s)"
                        r"(?:[^\S\r\n]+|[^\S\r\n]*(?:\r\n|\r|\n)[^\S\r\n]*)"
                        r"(?:" + _PARTICLE_BETWEEN + r"[^\S\r\n]+){0,2}(?:\p{Lu}\.(?:[^\S\r\n]?\p{Lu}\.)?[^\S\r\n]+)?"
                        rf"({NAME_ARTICLE}?\p{{Lu}}[\p{{L}}-]+(?:['\u2019]\p{{L}}{{2,}})*)\b(?:[^\S\r\n]+(?:Jr|Sr)\.)?")


# a company's name with its legal form: "Nike Inc.", "Tokyo Electric Power Co", "Rolls-Royce Holdings plc"
_CORPORATE = rx.compile(
    r"(?<![\p{L}\p{M}'\u2019-])(\p{Lu}[\p{L}\p{M}&'\u2019.-]*(?:\s+\p{Lu}[\p{L}\p{M}&'\u2019.-]*){0,2}),?\s+"
    r"(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|GmbH|AG|SA|NV|Holdings)\b")


def _corporate_names(text: str) -> frozenset[str]:
    """The names an article gives a legal form somewhere ("Nike Inc."), with and without it, and
    without the words before the last ("Chipmaker Novex Corp" -> "Novex"): a source "Nike" elsewhere in
    the article is the company."""
    names = set()
    for m in _CORPORATE.finditer(text):
        words = m.group(1).split()
        names.update(" ".join(words[k:]) for k in range(len(words)))
    return frozenset(names)


_OPENING_MARKS = " \t\"\u201c\u2018'("  # what may stand before a sentence's first word
_COMMON_WORD_ZIPF = 4.5  # a capitalised first word this common in English is an ordinary word, not a name
# ... or less common, with an ending of a field's or a quality's name: "Cybersecurity experts", "Aviation analysts"
_RARER_WORD_ZIPF = 3.0
_COMMON_NOUN_ENDINGS = ("ity", "ism", "tion", "sion", "ment", "ness", "ics", "ical", "ogy", "ary", "ive", "ous", "ing")


def _vague_lowered(sources, phrase: str) -> bool:
    """Whether a phrase opening a sentence is vague once its first word is written in lower case, that
    word being a common English word ("Legal experts say", "Independent analysts"; not "Citi analysts")."""
    first, _, rest = phrase.partition(" ")
    if not rest or not first[:1].isupper() or not first[1:].islower():
        return False
    lowered = first.lower()
    if sources.classify(lowered + " " + rest)[0] != "vague":
        return False
    from citeaudit.lexicon import base_lexicon  # (the lexicon the spelling check reads: cached)

    zipf = base_lexicon()[0].get(lowered, 0.0)
    return zipf >= _COMMON_WORD_ZIPF or (zipf >= _RARER_WORD_ZIPF and lowered.endswith(_COMMON_NOUN_ENDINGS))


def _inside_name(text: str, lo: int, start: int, end: int) -> bool:
    """Whether a cue of capitalised words stands between capitalised words, past a sentence's first word (from
    `lo`): a word of a name in running text ("The Storm Prediction Center"), where a headline in
    title case capitalises its cues ("Trump Just Made HUGE Prediction About")."""
    if not all(w[:1].isupper() for w in text[start:end].split()) or _NAME_WORDS_AFTER.match(text, end) is None:
        return False
    before = _CAPITAL_WORD_BEFORE.search(text, max(lo, start - 40), start)
    return before is not None and before.start() > lo


def _interview_label(text: str, paragraph, start: int, end: int) -> bool:
    """Whether text[start:end] is the colon of the label opening an interview's question or answer
    ("Q: ...", "A: ...")."""
    return paragraph.role is not None and text[start:end] == ":" and ":" not in text[paragraph.start:start]


def _closing(text: str, a: Attribution, sentence_end: int) -> bool:
    """Whether a finite verb closes its sentence after a comma and a source named or with a determiner,
    perhaps with the one told: "..., the National Coffee Association estimates." (a form no noun
    takes), "..., a National Security Council spokesperson told Reuters."."""
    src = a.source
    if src is None or src.end > a.cue_start or text[src.end:a.cue_start].strip():
        return False
    if not (src.text[:1].isupper() or src.text.split()[0] in ARTICLES):
        return False
    if a.cue_text.endswith(("s", "ed")):
        after = SENTENCE_CLOSE
    elif a.cue_text == "told":
        after = _TOLD_CLOSING
    else:
        return False
    return (text[max(0, src.start - 20):src.start].rstrip().endswith(",")
            and after.match(text, a.cue_end, sentence_end) is not None)


def name_index(text: str) -> dict[str, list[tuple[int, str]]]:
    """Capitalised word pairs ("Newt Gingrich", "Fattah el-Sisi") by their second word, in text order
    (one with an article also under its capitalised form, "El-Sisi"): where a short name ("Gingrich") may
    come from. A word that opens a sentence or a phrase is no first name ("For Trump, the topic
    provided", "But Trump")."""
    index: dict[str, list[tuple[int, str]]] = {}
    for m in _NAME_PAIR.finditer(text, overlapped=True):
        if m.group().split(None, 1)[0].lower() not in _NOT_A_SURNAME:
            index.setdefault(m.group(1), []).append((m.start(), m.group()))
            if m.group(1)[:1].islower():  # (an article opening a sentence is capitalised: "El-Sisi said")
                index.setdefault(m.group(1)[:1].upper() + m.group(1)[1:], []).append((m.start(), m.group()))
    return index


_LOWERCASE_WORD_BEFORE = rx.compile(r"(\p{Ll}[\p{L}-]+)\s+$")


def _whole_word_uses(text: str, word: str, end: int | None = None) -> Iterator[int]:
    """Where `word` stands in text[:end] as a whole word, not inside a longer one ("Apex" in "Apex
    Music", not in "Apexa" or "al-Apex"): found with str.find, in C, since articles may be long."""
    end = len(text) if end is None else end
    i = text.find(word, 0, end)
    while i >= 0:
        if not ((i and (text[i - 1].isalnum() or text[i - 1] in "-'\u2019"))
                or text[i + len(word):i + len(word) + 1].isalnum()):
            yield i
        i = text.find(word, i + 1, end)


def _words_before(text: str, name: str, most: int = 5) -> list[str]:
    """The lowercase words standing right before a name in the text ("provider" of "cloud provider
    Nimbus"), at most `most`."""
    out = []
    for i in _whole_word_uses(text, name):
        if len(out) == most:
            break
        if m := _LOWERCASE_WORD_BEFORE.search(text, max(0, i - 40), i):
            out.append(m.group(1))
    return out


def _pairs_by_first_word(names: dict[str, list[tuple[int, str]]], most: int = 3) -> dict[str, list[str]]:
    """The capitalised word pairs of a name_index by their first word (at most `most` different ones)."""
    out: dict[str, list[str]] = {}
    for found in names.values():
        for _, pair in found:
            first = pair.split(None, 1)[0]
            pairs = out.setdefault(first, [])
            if len(pairs) < most and pair not in pairs:
                pairs.append(pair)
    return out


def _name_ending(words: list[str], surname: str, titles: Container[str] = ()) -> str | None:
    """The capitalised words (at most four, with particles between them) ending with `surname` in a
    source's words, after any of `titles` before two or more ("Texas Sen. Ted Cruz" -> "Ted Cruz"; "Mr.
    Obama", "Defence Minister Gen Nakatani" -> "Gen Nakatani")."""
    if surname not in words:
        return None
    end = len(words) - 1 - words[::-1].index(surname)
    start = end
    while start > 0 and end - start < 3 and not (start < end and words[start - 1].lower().rstrip(".") in titles) and (
            words[start - 1][:1].isupper() or (
            words[start - 1] in NAME_PARTICLES and any(w[:1].isupper() for w in words[max(0, start - 3):start - 1]))):
        start -= 1  # (particles, one or two, after a capitalised name: "Ursula von der Leyen")
    return " ".join(words[start:end + 1])


# a given name and a particle or two before a name pair ("Borja del" before "Pozo Cruz")
_GIVEN_NAME_AND_PARTICLES = rx.compile(r"(?<![\p{L}\p{M}'\u2019-])\p{Lu}[\p{L}'\u2019-]+[^\S\r\n]+"
                                       r"(?:" + _PARTICLE_BETWEEN + r"[^\S\r\n]+){1,2}$")


def _with_particles(text: str, start: int, pair: str) -> str:
    """A name pair found at `start` with the given name and particles standing before it: "Pozo Cruz"
    of "Borja del Pozo Cruz" is that whole name."""
    before = _GIVEN_NAME_AND_PARTICLES.search(text, max(0, start - 40), start)
    return " ".join((before.group() + pair).split()) if before else " ".join(pair.split())


def _same_person(full: str, words: list[str], titles: set[str]) -> bool:
    """Whether a full name can be the person a source names: a source with a first name of its own
    ("Jane Marie Hale") is not someone else sharing the surname ("Lisa Hale"). `titles` are the
    lower-cased words that stand before a name without being one ("President", "Sen"); a name's
    particles are none of its names ("Von der Leyen" opening a sentence is Ursula von der Leyen)."""
    named = [w for w in words if w[:1].isupper() and not w.endswith(".") and w.lower() not in titles
             and w.lower() not in NOT_A_SUBJECT and w.lower() not in NAME_PARTICLES]
    return len(named) < 2 or [w for w in full.split() if w not in NAME_PARTICLES][-2:] == named[-2:]


def _name_after_role(words: list[str], titles: Container[str] = (), first_names: Container[str] = ()) -> str | None:
    """The name at the end of a source described by a role ("Ukrainian commander Kyrylo Budanov" ->
    "Kyrylo Budanov"): two or more capitalised words after a lower-case one that is not a preposition
    ("officials in Maricopa County" names a place, not a person) or a determiner, or after the last of
    `titles` in a capitalised run ("Senate Majority Leader John Thune" -> "John Thune"), before any
    modifier ("Dr Henrik Aas of the Norwegian Polar Institute" names no one after a role; "A former aide to Sen.
    Richard Hale" is not Hale), else None; two names joined by "and", where a known first name (of
    `first_names`, lower-cased) opens the first ("President Joe Biden and Chinese leader Xi Jinping")."""
    cut = next((k for k, w in enumerate(words) if k and w in ("of", "at", "from", "for", "in", "with", "on", "to")), None)
    if cut is not None:
        words = words[:cut]
    k = len(words)
    while k > 0 and not (possessive(words[k - 1]) and k < len(words)) and (
            words[k - 1][:1].isupper() or words[k - 1] in NAME_PARTICLES and k < len(words)
            and (k == 1 or words[k - 2][:1].isupper() or words[k - 2] in NAME_PARTICLES)):
        k -= 1  # (particles inside a name, or opening it: "Borja del Pozo Cruz", "Ursula von der Leyen", "de Blasio")
    titled = [j for j in range(k, len(words)) if words[j].lower().rstrip(".") in titles]
    if titled and len(words) - titled[-1] - 1 >= 2:
        return " ".join(words[titled[-1] + 1:])
    if k > 0 and len(words) - k >= 2 and possessive(words[k - 1]):
        return " ".join(words[k:])  # a name after its owner's: "Bloomberg's Mark Gurman", "ESPN's Shams Charania"
    if (k == 0 or len(words) - k < 2 or not words[k - 1][:1].islower() or words[k - 1].lower() in NOT_A_SUBJECT
            or words[k - 1].lower() in DETERMINERS):
        return None
    if "and" in words[:k]:
        # two people, each after a role: "President Joe Biden and Chinese leader Xi Jinping" (not one with two
        # roles: "Real estate mogul and reality television star Donald Trump", "Yahoo News and former anchor Katie
        # Couric")
        joined = max(j for j in range(k) if words[j] == "and")
        left = joined
        while left > 0 and words[left - 1][:1].isupper() and words[left - 1].lower().rstrip(".") not in titles:
            left -= 1
        if joined - left >= 2 and words[left].lower() in first_names:
            return " ".join(words[left:joined]) + " and " + " ".join(words[k:])
    return " ".join(words[k:])


# the name opening a sentence, perhaps after a short introductory phrase and its comma or a title:
# its words, its title and its last word, the surname ("Every morning, Marco Bellini unties his boat",
# "Mr. Clarke said"; not a dateline in capitals, nor "Lake Orta" in "Lake Orta Road", nor a name in
# apposition: "His opponent, Hillary Clinton, won")
# (a middle initial and a suffix are the name's too: "Robert F. Kennedy Jr. has sent")
_NAME_AFTER_TITLE = (r"(?P<name>(?:\p{Lu}\p{Ll}[\p{L}'\u2019-]*\s+){0,2}(?:(?<=\p{Ll}\s)\p{Lu}\.\s+)?"
                     r"(?P<surname>\p{Lu}\p{Ll}[\p{L}-]*)\b(?:\s+(?:Jr|Sr)\.)?)"
                     r"(?![\u2019']s\b|\s+\p{Lu}|-|,|\.)")


def _subject_name(honorifics) -> regex.Pattern:
    """The name opening a sentence, perhaps after one of person.yaml's honorifics ("Mr. Clarke said")."""
    return rx.compile(rf"(?:(?P<intro>[^,.;:\"\u201c\u201d\n]{{1,60}}),\s+)?(?:(?P<title>{_alternation(honorifics)})\.?\s+)?"
                      r"(?P<role>)" + _NAME_AFTER_TITLE)


# ... and after a role in lower case, or a body's and its title ("Council member Tom Greer", "pop star Jenna Cole",
# "Health and Human Services Secretary Robert F. Kennedy Jr.")
_ROLE_SUBJECT_NAME = rx.compile(
    r"(?:(?P<intro>[^,.;:\"\u201c\u201d\n]{1,60}),\s+)?(?P<title>)"
    r"(?P<role>(?:\p{Lu}\p{Ll}+\s+)?\p{Ll}+|(?:\p{Lu}[\p{L}&-]*\s+(?:(?:and|of|for)\s+)?){0,4}\p{Lu}\p{Ll}+)"
    r"\s+(?=\p{Lu}\p{Ll}[\p{L}'\u2019-]*\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll})" + _NAME_AFTER_TITLE)
# ... and with an appositive or a relative clause after it: "Bob Tran, a retired teacher, disagreed", "Ramos, 58,
# nodded", "Draymond Green, who returned from a suspension, had eight points", "Sinner,
# the world No. 1, hit" (a full stop inside it only before a figure or after an initial: "No. 1", "U.S.")
_APPOSITIVE_WORDS = r"(?:[^,.;:\"\u201c\u201d\n]|\.(?=\s?\d)|(?<=\b\p{Lu})\.){1,80}"
_APPOSITIVE_OPENERS = r"a|an|the|his|her|their|who|whose"  # the words an appositive or a relative clause opens with
_APPOSED_SUBJECT = rx.compile(
    r"(?P<intro>)(?P<title>)(?P<role>)(?P<name>(?:\p{Lu}\p{Ll}[\p{L}'\u2019-]*\s+){0,2}(?P<surname>\p{Lu}\p{Ll}[\p{L}-]*)),"
    r"\s+(?:(?:" + _APPOSITIVE_OPENERS + r")\s" + _APPOSITIVE_WORDS
    + r"|\d{1,3}(?:,\s+(?:a|an|the)\s" + _APPOSITIVE_WORDS + r")?),"
    r"\s+\p{Ll}")
# ... and both, a role before and an appositive after: "Former Pennsylvania governor Ed Rendell, one of Clinton's most
# vocal supporters, was"
_ROLE_APPOSED_SUBJECT = rx.compile(
    r"(?P<intro>)(?P<title>)(?P<role>(?:\p{Lu}\p{Ll}+\s+){0,2}\p{Ll}+)\s+"
    r"(?P<name>(?:\p{Lu}\p{Ll}[\p{L}'\u2019-]*\s+){1,2}(?P<surname>\p{Lu}\p{Ll}[\p{L}-]*)),"
    r"\s+(?:(?:" + _APPOSITIVE_OPENERS + r"|one)\s" + _APPOSITIVE_WORDS + r"|\d{1,3}),\s+\p{Ll}")
_PARTICIPIAL_MODIFIER = rx.compile(r"\p{Ll}+(?:ing|ed)")  # "withering (criticism)", "renewed (calls)"
# a verb of meeting with a view, before the view's noun and up to two modifiers ("has faced criticism", "drew
# sharp criticism", "faces continued backlash"; not "in the face of concerns"): whose view it is, only a phrase
# after it says
_RECEIVED = rx.compile(r"\b(?:fac(?:e|es|ed|ing)|dr(?:aw|aws|ew|awn|awing)|attract(?:s|ed|ing)?|receiv(?:e|es|ed|ing)"
                       r"|spark(?:s|ed|ing)?|provok(?:e|es|ed|ing)|met\s+with)\s+(?:(?!(?:of|to|for)\s)[\p{L}-]+\s+){0,2}$")
# the owner right before a noun, with its determiner and up to three words of its own, or up to two
# capitalised words of its name (no verb, preposition or conjunction): "a witness's", "the Republican
# presidential nominee's", "Sen. Lindsey Graham's"
_OWNER_EXCLUDED = (r"(?!(?i:a|an|the|his|her|their|its|our|of|to|in|on|for|with|by|at|from|and|or|but|as|that|this|"
                   r"despite|plus|than|when|while|after|before|has|have|had|is|was|were|are|be|been|let|it|he|she|"
                   r"there|what|who|here)\b|\p{Ll}+(?:ing|ed)\b)")
_OWNER_BEFORE = rx.compile(r"(?<![\p{L}\p{N}.'\u2019-])((?:(?i:a|an|the|his|her|their|its|our)\s+(?:" + _OWNER_EXCLUDED
                           + r"[\p{L}.-]+\s+){0,3}|(?:" + _OWNER_EXCLUDED + r"\p{Lu}[\p{L}.-]*\s+){0,2})"
                           + _OWNER_EXCLUDED + r"[\p{L}.-]*\p{L})['\u2019]s?\s+$")
# what _learned_source finds where only a modifier stands before a learned cue: someone holds the view,
# unnamed ("came under withering criticism")
UNNAMED_HOLDER = SourceRef(0, 0, "", "unknown")
_POSSESSIVE_OF = {"his": "he", "her": "she", "their": "they", "its": "it"}
# in an interview, who "I", "we" and "you" are: the one answering says "I" and is asked "you" ("Q: You've said
# the deficit is your top priority"; "A: I think he's describing something real"); an answer's "you" may be
# anyone ("A: You don't think about the damage")
_INTERVIEW_SPEAKERS = {("answer", "i"): "the interviewee", ("answer", "we"): "the interviewee",
                       ("question", "you"): "the interviewee", ("question", "i"): "the interviewer",
                       ("question", "we"): "the interviewer"}
# an article signed by its writer: a byline ("By Celia Marsh, Film Critic") or an author in its front matter
_BYLINE = rx.compile(r"\s*(?i:by)\s+\p{Lu}")
_AUTHOR_KEY = rx.compile(r"^(?:author|authors|byline)[ \t]*:", regex.M)
# an introductory phrase: a time, place or manner ("Every morning at six", "In 2011", "Smiling broadly")
_INTRODUCTORY = rx.compile(
    r"(?i:every|each|last|this|next|on|in|at|after|before|during|since|when|while|as|for|with|by|from|"
    r"earlier|later|later that|then|now|today|yesterday|meanwhile|still|but|and|so|yet|also|here|there)\b"
    r"|\p{L}+(?:ing|ed|ly)\b")

# a lone capitalised word that may be a surname ("Zelensky", "O'Brien"), not a possessive, a capitals
# acronym or a group ("Russians", "Populists", "Allies"); and the words a text writes in lower case
# (those are no names)
_LONE_NAME = rx.compile(r"\p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}?\p{Ll}+)*(?<!['\u2019]s)(?<!ians|ists|ies|ites|ors|ents|ants)")
_LOWERCASE_WORD = rx.compile(r"(?<![\p{L}\p{M}'\u2019-])\p{Ll}[\p{Ll}'\u2019-]*")
# capitalised words that are no surname even where the text never writes them in lower case
_NOT_A_SURNAME = frozenset((*NOT_A_SUBJECT, *DETERMINERS, *CLAUSE_OPENERS, *PRONOUNS, *(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august "
    "september october november december whatever whoever neither either none another longtime republican "
    "democratic democrat conservative liberal "
    # (the first word of a place's name: "of East Baltimore" ... "Baltimore recorded")
    "east west north south northern southern eastern western central upper lower greater fort port mount lake").split()))


def _described_one(a: Attribution, words: list[str]) -> bool:
    """Whether a person's source (its words) describes one without naming them, before the cue, whom a
    "he" or "she" just after may stand for ("A police spokesman said ... He added"); not one asking,
    whose "he" is the one asked ("A reporter asked Sanders how he felt. He replied")."""
    return (len(words) <= 6 and a.source.end <= a.cue_start and a.cue_text.lower() not in _ASKED
            and not ARTICLES.intersection(w.lower() for w in words[1:]))


class _ArticleCues:
    """One article's state while its cues are found: the attributed sentences, the cue spans already
    taken in each, the quotation marks and the names."""

    def __init__(self, doc: Document, seg: Segmented):
        self.doc, self.seg, self.text = doc, seg, doc.prose
        self.sentences = [s for s in seg.sentences if s.kind in ATTRIBUTED_KINDS]
        self.starts = [s.start for s in self.sentences]
        self.taken: dict[int, list[tuple[int, int]]] = {}  # sentence index -> cue spans found so far
        self.sources: dict[int, SourceRef] = {}  # sentence index -> the first verb cue's source
        self.pattern_sources: dict[int, SourceRef] = {}  # ... the first pattern cue's subject, failing that
        self.pattern_ends: dict[int, list[int]] = {}  # sentence index -> where its pattern cues end
        # sentence index -> words a rule ruled out as cues (a guard: "according to plan"; no source)
        self.vetoed: dict[int, list[tuple[int, int]]] = {}
        self.quotes = _Quotations(self.text, [(p.start, p.end) for p in seg.paragraphs])
        self.tokens: dict[int, SentenceTokens] = {}  # sentence index -> its tokens, where made
        self.names = name_index(self.text)
        self.speakers = transcript_speakers(self.text)
        body = next((s for s in self.sentences if s.kind == "body"), None)
        self.opening = -1 if body is None else body.paragraph  # the first paragraph of the body
        # patterns run over windows of whole sentences, so that each call's timeout bounds a window,
        # not the whole article
        self.windows = list(_windows(self.sentences))
        self._holding_cache: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        self.main_persons: dict[str, str | None] = {}  # pronoun -> the person the article is about (_main_person)

    @cached_property
    def lowered(self) -> str | None:
        """The text in lower case, for finding words a rule requires; None where lower-casing
        changes the text's length (offsets would not agree)."""
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else None

    @cached_property
    def capitalised(self) -> Counter:
        """The text's capitalised words, each with its number of uses."""
        return Counter(_ONE_NAME_WORD.findall(self.text))

    @cached_property
    def lowercase_words(self) -> set[str]:
        """The words the text writes in lower case (those are no names: "Republican", "Will")."""
        return {m.group() for m in _LOWERCASE_WORD.finditer(self.text)}

    def matches(self, pattern, requires: tuple[str, ...] = ()):
        """A rule pattern's matches, window by window (each call under the regex timeout); with
        `requires` (lower-case words), only over the runs of sentences holding one of them (a match
        lies inside one sentence)."""
        windows = self.windows if not requires or self.lowered is None else self._holding(requires)
        for lo, hi in windows:
            yield from pattern.finditer(self.text, lo, hi, timeout=REGEX_TIMEOUT)

    def _holding(self, requires: tuple[str, ...]) -> list[tuple[int, int]]:
        """The windows over the runs of consecutive sentences holding one of the words (computed once
        per word list: the patterns of a rule share it)."""
        if requires not in self._holding_cache:
            # (one pass over the text for the words, then the sentences holding each find)
            found = rx.compile("|".join(map(regex.escape, requires)))
            held, last = [], -1
            for m in found.finditer(self.lowered):
                k = bisect_right(self.starts, m.start()) - 1
                if k > last and m.end() <= self.sentences[k].end:
                    held.append(self.sentences[k])
                    last = k
            runs: list[list] = []
            for s in held:
                if runs and runs[-1][-1].index + 1 == s.index:
                    runs[-1].append(s)
                else:
                    runs.append([s])
            self._holding_cache[requires] = [w for run in runs for w in _windows(run)]
        return self._holding_cache[requires]

    def names_someone(self, words: str, paragraph: int) -> bool:
        """Whether a label before a colon in a paragraph (its index) names a speaker: two or more
        capitalised words not opening with an article, or one word the text also uses at the end of
        a longer name ("Gingrich" after "Newt Gingrich"). A label in capitals ("WALLACE:") must be
        one of the transcript's speakers or end with a name the text gives in full, and not open the
        first paragraph: there it is a dateline ("NEW DELHI: ...")."""
        parts = words.split()
        if not parts or parts[0].lower() in ARTICLES:
            return False
        last = parts[-1]
        if words.isupper():
            return last in self.speakers or (paragraph != self.opening and last.title() in self.names)
        return len(parts) > 1 or last in self.names

    def sentence_at(self, start: int, end: int, quoted_ok: bool = False):
        """The attributed sentence holding a cue, or None (also for a cue inside a quotation,
        unless its rule allows that: speech reported within a quote is the quoted speaker's)."""
        k = bisect_right(self.starts, start) - 1
        if k < 0 or end > self.sentences[k].end:
            return None
        if not quoted_ok and self.quotes.inside(self.seg.paragraphs[self.sentences[k].paragraph].start, start):
            return None
        return self.sentences[k]

    def earlier_source(self, sent) -> SourceRef | None:
        """A copy of the source of the sentence's first verb or pattern cue with its source before it, for
        a later verb sharing its subject."""
        earlier = self.sources.get(sent.index) or self.pattern_sources.get(sent.index)
        return None if earlier is None else _copied(earlier)

    def claim(self, sent, span: tuple[int, int]) -> bool:
        """Take a cue span in a sentence unless an earlier cue overlaps it."""
        spans = self.taken.setdefault(sent.index, [])
        if _overlaps(span, spans):
            return False
        spans.append(span)
        return True


class Attributor:
    def __init__(self, rules: RuleSet):
        self.sources = rules.source_classifier()
        self.carry_patterns = [p for r in rules.of_kind("carry-over") for p in r.patterns()]
        self.quotation_patterns = [p for r in rules.of_kind("carry-over") for p in r.patterns("quotation_patterns")]
        self.stop_patterns = [p for r in rules.of_kind("carry-over") for p in r.patterns("stop_patterns")]
        # rules whose cue opening a paragraph labels its speaker ("OKAFOR: ..."): the paragraph is theirs
        self.label_rules = {rid for r in rules.of_kind("carry-over") for rid in r.get("label_rules") or ()}
        # each rule's guards joined into one pattern: one match call per verb, not one per guard
        self.verb_guards = [p for r in rules.of_kind("cue-verbs") for p in r.joined("guards")]
        # verb forms are single words, looked up in a set as the text's words go by (one pass)
        self.verb_nocase = any(r.get("ignorecase") for r in rules.of_kind("cue-verbs"))
        self.verbs_in_quotations = any(r.get("in_quotations") for r in rules.of_kind("cue-verbs"))
        self.verb_forms: dict[str, str] = {}  # form -> the id of the rule listing it
        # abbreviated titles ("Rep.", "Sen."): their full stop does not end a source after the cue
        self.titles = {t.lower() for r in rules.of_kind("abbreviations")
                       for t in [*(r.get("titles") or []), *(r.get("numbered") or [])]}
        # titles before a name ("President Obama" names Obama, not a first name "President")
        self.name_titles = self.sources.titles
        self.titled_name = _titled_name([*self.sources.honorifics, *self.sources.offices])
        self.subject_name = _subject_name(self.sources.honorifics)
        self.source_required: set[str] = set()  # forms that are cues only when a source is found
        for r in rules.of_kind("cue-verbs"):
            for form in verb_forms(r.get("verbs", [])):
                if not _WORD.fullmatch(form):
                    raise r.error("verbs", f"{form!r} is not a single word (use a cue-phrases or cue-patterns rule)")
                key = self._form(form)
                if self.verb_forms.setdefault(key, r.id) == r.id and r.get("requires_source"):
                    self.source_required.add(key)
        # the verb forms a subject ends at ("Prosecutors allege Grady agreed": Grady agreed): the cue
        # forms but -ing ones, which modify nouns inside subjects ("voters supporting Sanders"); and
        # the -s forms that are nouns too, after a name ("Corriere dello Sport claims the clubs agreed")
        verb_words = {w for w in self.verb_forms if not w.endswith("ing")}
        noun_verbs = {w for r in rules.of_kind("cue-verbs") for lemma, _ in lemmas(r.get("verbs", []))
                      for w in inflections(lemma) if w != lemma and w.endswith("s")} - verb_words
        self.phrases = PhraseFinder(self.verb_forms, self.titles, verb_words, noun_verbs, self.sources.titles,
                                    self.sources.descriptors)
        self.pattern_rules = []
        for r in rules.of_kind("cue-patterns"):
            at = r.get("at", "anywhere")
            if at not in ("anywhere", "sentence-start"):
                raise r.error("at", f"expected 'anywhere' or 'sentence-start', got {at!r}")
            if r.get("source", "any") not in ("any", "name", "outlet", "body", "none"):
                raise r.error("source", f"expected 'any', 'name', 'outlet', 'body' or 'none', got {r.get('source')!r}")
            for i, p in enumerate(r.patterns()):
                if "cue" not in p.groupindex:
                    raise r.error(f"patterns[{i}]", "needs a named group (?P<cue>...) marking the cue")
            requires = tuple(str(w).lower() for w in r.get("requires") or ())
            self.pattern_rules.append((r, r.patterns(), at == "sentence-start", requires))
            if r.get("source_kind") is not None and r.get("source_kind") not in SOURCE_KINDS:
                raise r.error("source_kind", f"{r.get('source_kind')!r} is not one of {', '.join(SOURCE_KINDS)}")
        # the kind every source of a rule is, where the rule says (cues/agentless: "It is believed" is vague)
        self.rule_source_kinds = {r.id: r.get("source_kind") for r in rules.of_kind("cue-patterns") if r.get("source_kind")}
        self.alone_rules = {r.id for kind in ("cue-phrases", "cue-patterns") for r in rules.of_kind(kind)
                            if r.get("alone")}
        # rules whose sources are noun phrases naming a thing ("Body camera footage"): no cue is learned in them
        self.named_thing_rules = {r.id for r in rules.of_kind("cue-patterns") if r.get("source_names_a_thing")}
        self.models = []
        for r in rules.of_kind("cue-model"):
            path = data_file(r, r.get("model"))
            try:
                model = CueModel.load(path)
            except OSError as e:
                raise r.error("model", f"cannot read model file {path.name}: {e.strerror or e}") from None
            except ValueError as e:
                raise r.error("model", f"{path.name}: {e}") from None
            self.models.append((r, model, float(r.get("threshold", 0.0)), r.joined("guards")))
        # the cues of a model's `rule_cues` rules scoring below its rule_cue_threshold are dropped
        self.rule_cue_filters = [(model, float(r.get("rule_cue_threshold")), frozenset(r.get("rule_cues") or ()))
                                 for r, model, _, _ in self.models if r.get("rule_cue_threshold") is not None]
        self.phrase_rules = []
        for r in rules.of_kind("cue-phrases"):
            phr = r.patterns_from("phrases", [r"\b(?:" + "|".join(f"(?:{p})" for p in r.get("phrases", [])) + r")\b"])[0]
            if r.get("source_side", "after") not in ("after", "subject"):
                raise r.error("source_side", f"expected 'after' or 'subject', got {r.get('source_side')!r}")
            self.phrase_rules.append((r, phr, r.joined("guards")))
        self.phrase_rule_ids = {r.id for r, _, _ in self.phrase_rules}

    def attribute(self, doc: Document, seg: Segmented) -> list[Attribution]:
        """Every cue in the attributed sentences, with its source and content. Each pattern runs once
        over windows of whole sentences; its matches are assigned to the sentence holding them.
        Within a sentence the first cue found wins: phrases, then patterns, then verbs."""
        text = doc.prose
        article = _ArticleCues(doc, seg)
        out = self._rule_cues(article)
        for model, threshold, rule_ids in self.rule_cue_filters:
            # (not a cue right after the quotation it attributes, "'...,' a narrator in the ad asks",
            # nor one ending its sentence after a comma and its source, ", the association estimates.",
            # nor the one quoted by another, "TASS quoted a Kremlin official as saying", nor one before
            # "that" or a clause, unless in another's statement: "said he thinks the plan ...")
            grouped = by_sentence(out)
            weighed = [a for a in out if a.cue_rule in rule_ids and not (
                a.content and a.content[1] <= a.cue_start and _QUOTE_MARK.match(text, a.content[0])) and not (
                a.content and (_THAT_BEFORE.search(text, a.cue_end, a.content[0])
                               or (a.content[0] >= a.cue_end and _CLAUSE_OPENING.match(text, a.content[0])
                                   and not any(b.content and b.content[0] <= a.cue_start < b.content[1]
                                               for b in grouped[a.sentence])))) and not (
                _closing(text, a, seg.sentences[a.sentence].end)) and not (
                quoted_as(text, seg.sentences[a.sentence].start, a.cue_start))]
            dropped = {id(a) for a, feats in zip(weighed, self._rule_cue_features(article, weighed, out))
                       if model.score(feats) < threshold}
            out = [a for a in out if id(a) not in dropped]
        out += self._learned_cues(article, out)
        companies = _corporate_names(text)
        firms = None  # (a first word -> the capitalised pairs it opens, made when needed)
        # the sentences with a new source a relative clause describes ("One neighbor, who asked not to be
        # named because she feared retaliation, said"; not "The official, who ...", "One attendee, who like
        # others spoke on the condition of anonymity"): a reason for anonymity stated there is theirs
        speakers = sorted({seg.sentences[a.sentence].start for a in out if a.source is not None
                           and not _AGAIN.fullmatch(a.source.text) and _DESCRIBED_ALONE.match(text, a.source.end)})
        grouped = by_sentence(out)
        for a in out:
            if a.source is not None:
                sent = seg.sentences[a.sentence]
                # (a reason for anonymity may follow in the paragraph or the next one, up to another source's
                # sentence)
                nxt = min(sent.paragraph + 1, len(seg.paragraphs) - 1)
                k = bisect_right(speakers, sent.start)
                reason_end = min(seg.paragraphs[nxt].end, speakers[k]) if k < len(speakers) else seg.paragraphs[nxt].end
                # a statement inside another's stands alone: "A person briefed on the talks, who spoke on condition
                # of anonymity, told The Ledger that the two sides had agreed", "The two sides also agreed to
                # cooperate, a senior official said, speaking on condition of anonymity" (the sides are no
                # anonymous source)
                outer = next((b for b in grouped[a.sentence] if b is not a and b.content
                              and b.content[0] <= a.source.start and a.cue_end <= b.content[1]
                              and not b.content[0] <= b.cue_start < b.content[1]), None)
                lo, hi = outer.content if outer else (sent.start, sent.end)
                if a.cue_rule in self.rule_source_kinds:
                    _prose_only(a.source, text)
                    a.source.kind, a.source.outlet, a.source.detail = self.rule_source_kinds[a.cue_rule], None, None
                else:
                    self._classify(a.source, text, a.cue_start, lo, hi, reason_end)
                if a.source.kind == "unknown" and a.source.text in companies:
                    a.source.kind = "organization"  # "Nike Inc. shares fell ... Nike also said"
                elif (a.source.kind == "unknown" and _ONE_NAME_WORD.fullmatch(a.source.text)
                      and a.source.text not in article.names and a.source.text.lower() not in PRONOUNS):
                    # a company's first name alone, the article having named it in full with its trade
                    # ("Norvel Semiconductor" ... "Norvel expects"); not a surname ("Trump")
                    # ... or after a word of its trade ("cloud provider Nimbus" ... "Nimbus wrote")
                    firms = firms if firms is not None else _pairs_by_first_word(article.names)
                    described = (f"{w} {a.source.text}" for w in _words_before(text, a.source.text))
                    if any(self.sources.classify(pair)[0] == "organization"
                           for pair in [*firms.get(a.source.text, ()), *described]):
                        a.source.kind = "organization"

        out.sort(key=lambda a: (a.cue_start, a.sentence))
        _end_before_credits(text, out)
        self._companies_in_apposition(text, out)
        self._resolve(out, article, companies)
        _hedges_of_the_last_account(out, seg)
        self._short_name_kinds(text, out)
        _the_other_kinds(out)
        _groups_named_before(out)
        _reasons_of_earlier_mentions(out)
        self._local_outlets(doc, seg, out)
        out += self._carry_over(doc, seg, out, article.quotes)
        out.sort(key=lambda a: (a.cue_start, a.sentence))
        for i, a in enumerate(out):
            a.id = f"a{i + 1}"
            if a.content and _states_nothing(text, a.content):
                a.content = None  # "That's according to the Census Bureau.": no statement of its own
            if a.source is not None and a.source.kind == "unknown" and _NO_ONE.fullmatch(a.source.text):
                a.source = None  # a participle, an adverb or a time found where no subject stands is no one
        if doc.entities:
            _whole_entities(doc, out)
        return out

    def _local_outlets(self, doc: Document, seg: Segmented, found: list[Attribution]) -> None:
        """An outlet named by a name outlets of several countries share is the one the article means, as
        SourceClassifier.outlet tells from the sentence's links, the article's names and its country ("The
        Times reported" in an article giving prices in pounds is London's)."""
        if not self.sources.shared_aliases:
            return
        for a in found:
            src = a.source
            if src is None or src.kind != "outlet":
                continue
            sent = seg.sentences[a.sentence]
            local = self.sources.outlet(src.canonical or src.text, doc.prose, doc.linked_hosts(sent.start, sent.end))
            if local is not None:
                src.outlet = local.name

    def _may_speak(self, phrase: str) -> bool:
        """Whether a verb's object may be a participle's source: people ("Democrats", "people"), a name or a
        document ("a series of tweets", "a report")."""
        words = phrase.split()
        return bool(words) and (words[-1][:1].isupper() or _A_PLURAL.fullmatch(words[-1]) is not None
                                or self.sources.classify(" ".join(words))[0] == "document")

    def _companies_in_apposition(self, text: str, found: list[Attribution]) -> None:
        """A source read as a person's name is a company's where the article sets the name off as one ("paid
        for by the drug's maker, Novo Nordisk, ..." ... "Novo Nordisk said"); not a name opening with a given
        name ("a spokeswoman for the company, Jane Doe, said")."""
        described = None
        for a in found:
            src = a.source
            if src is None or src.kind != "person" or not 2 <= len(words := src.text.split()) <= 4:
                continue
            if not all(w[:1].isupper() for w in words) or words[0].lower() in self.sources.first_name_pronouns:
                continue
            if described is None:
                described = {" ".join((m.group("a") or m.group("b")).split()) for m in _COMPANY_IN_APPOSITION.finditer(text)}
            if " ".join(words) in described:
                src.kind = "organization"

    def _short_name_kinds(self, text: str, found: list[Attribution]) -> None:
        """Give a one-word source still of unknown kind the kind of the body the article names in full:
        "Apex Music ... Apex said", "the National Highway Traffic Safety Administration (NHTSA) ... NHTSA
        said" ("the CFA" too, after "the Country Fire Authority (CFA)"; an acronym of three letters or more,
        after its words anywhere: "the American Civil Liberties Union ... the ACLU said")."""
        acronyms = titled = initials = None
        for a in found:
            if a.source is None or a.source.kind != "unknown":
                continue
            one_word = _ONE_NAME_WORD.fullmatch(a.source.text)
            if not one_word and not _ACRONYM.fullmatch(a.source.text):  # (one word, or "the CFA")
                continue
            if acronyms is None:
                acronyms = {m.group(2): m.group(1) for m in _ACRONYM_DEFINED.finditer(text)}
            short = a.source.text.split()[-1]
            full = acronyms.get(short)
            if not full and len(short) >= 3 and short.isupper():
                # ... or spelled out anywhere before, without brackets: "represented by the American Civil
                # Liberties Union ... the ACLU said"
                if initials is None:
                    initials = _initials(text)
                span = _spelled_out(initials, short) if short.isalpha() else None
                if span is not None and span[1] <= a.source.start:
                    full = text[span[0]:span[1]]
            if full:
                a.source.kind = self.sources.classify(full)[0]
            elif one_word:
                a.source.kind = self._kind_of_full_name(text, a.source.text, a.source.start)
            if one_word and a.source.kind == "unknown":
                # a surname the text writes after a person's title somewhere: "Mr. Trump", "Sen. Reid"
                if titled is None:
                    titled = set(self.titled_name.findall(text))
                if a.source.text in titled:
                    a.source.kind = "person"
        # ... else the kind the article's other uses of the name as a source have ("Streamline, the
        # software maker, plans" ... "Streamline declined to comment")
        kinds: dict[str, str] = {}
        for a in found:
            if (a.source is not None and a.source.kind != "unknown" and _ONE_NAME_WORD.fullmatch(a.source.text)
                    and a.source.text.lower() not in _NOT_A_SURNAME):
                kinds.setdefault(a.source.text, a.source.kind)
        for a in found:
            if a.source is not None and a.source.kind == "unknown" and a.source.text in kinds:
                a.source.kind = kinds[a.source.text]

    def _kind_of_full_name(self, text: str, short: str, before: int) -> str:
        """The kind of the body `short` names for short when the text first writes it as the start of
        a longer name ("Apex Music", an organization, for "Apex"), else "unknown" (not "Trump" first
        written in "Donald Trump"; people are left to _resolve, which links surnames)."""
        if short.lower() in NOT_A_SUBJECT or short.lower() in DETERMINERS:
            return "unknown"
        i = next(_whole_word_uses(text, short, before), -1)  # its first use as a whole word
        if i < 0 or _CAPITAL_WORD_BEFORE.search(text, max(0, i - 40), i):
            return "unknown"
        rest = _NAME_WORDS_AFTER.match(text, i + len(short))
        if rest is None:
            return "unknown"
        kind = self.sources.classify(text[i:rest.end()])[0]
        return kind if kind in ("organization", "government") else "unknown"

    def _classify(self, src: SourceRef, text: str, cue_start: int, lo: int, hi: int, reason_end: int = -1) -> None:
        """Set a source's kind, outlet and detail (a stated reason for anonymity), after keeping it to
        prose. A source standing for another ("who" for the noun before it) has that one's kind; a
        relative clause right after it counts ("A police spokesman, who asked not to be named,
        said": anonymous); so does its sentence for an unnamed source ("one former inspector said,
        speaking on condition of anonymity"). An unknown source described by an appositive that ends
        its sentence or stands right before the cue has the appositive's kind ("..., according to
        Rosstat, the state statistics service.")."""
        sentence = text[lo:hi]
        _prose_only(src, text)
        aside = _RELATIVE_ASIDE.match(text, src.end, max(src.end, cue_start))
        phrase = (src.canonical or src.text) + (" " + aside.group(1) if aside else "")
        found_as = src.kind
        src.kind, src.outlet, src.detail = self.sources.classify(phrase)
        if aside and src.kind not in ("anonymous", "vague"):
            # the aside only says whether the source is unnamed: "The company, which makes cars, said";
            # "Criminologist Jeff Asher, who tracks crime data, said" is no document
            # (a "who" clause is about someone, whatever its words name: "Clinton, who once praised the
            # trade agreement, offered" is no document)
            alone = self.sources.classify(src.canonical or src.text)
            if alone[0] != "unknown" or src.kind == "unknown" or (aside.group(1).startswith("who") and src.kind != "person"):
                src.kind, src.outlet, src.detail = alone
            if src.kind == "person" and aside.group(1).startswith("which") and all(w[:1].isupper() for w in src.text.split()):
                # a name "which" describes is no person's: "Norfolk Southern, which operates the line" (not the
                # body inside a person's role: "director of CREDO Action, which organized the letter")
                src.kind = "organization"
        described = _DESCRIBED.match(text, src.end, hi) if src.kind == "unknown" else None
        if described and (described.end() == hi or described.end() == cue_start):
            src.kind, src.outlet, src.detail = self.sources.classify(described.group(1))
        elif (src.kind in ("unknown", "person") and (described := _DESCRIBED_BEFORE.match(text, lo, src.start))
              and described.end() == src.start):
            # (a body described before its name is the body's kind, even with a name like a person's: "The
            # company, Evergreen Senior Living, reported")
            # (in apposition, set off before the cue: not "The museum, Mr. Bush said, is ...")
            kind = self.sources.classify("the " + described.group(1))
            if src.kind == "unknown" or (kind[0] in _BODY_KINDS and _SET_OFF_TO_CUE.fullmatch(text, src.end, cue_start)):
                src.kind, src.outlet, src.detail = kind
        if src.kind in ("person", "unknown") and not text[lo:src.start].strip(_OPENING_MARKS) and _vague_lowered(
                self.sources, src.text):
            src.kind, src.outlet, src.detail = "vague", None, None  # "Legal experts say" opening a sentence
        if src.kind == "unknown" and found_as in ("person", "organization") and src.text.lower() not in PRONOUNS:
            src.kind = found_as  # a name found in apposition: "The adviser, Jane Brooks, said"
        if (src.kind in ("person", "unknown") and _unnamed(src.canonical or src.text)
                and self.sources.mentions("anonymous", sentence, whole_phrases=False)):
            # (a "who" standing for a name is named: "Bloomberg's Mark Gurman, who cited people familiar with")
            src.kind = "anonymous"
        if src.kind == "anonymous" and (named := _NAME_BEFORE_DESCRIPTION.match(text, lo)) and named.end() == src.start:
            # the description of a person named opening the sentence: "Scott Morris, a former Treasury
            # official who ..." (not "In an email provided to The Post, the officer said")
            src.kind = "person"
        if src.kind == "anonymous" and src.detail is None:
            # (in its sentence, or after it up to `reason_end`: "..., two people said. Both spoke on
            # condition of anonymity because they were not authorized to discuss the talks.")
            src.detail = self.sources.reason("anonymous", sentence) or (
                self.sources.reason("anonymous", text[hi:reason_end]) if reason_end > hi else None)

    def _rule_cues(self, article: _ArticleCues) -> list[Attribution]:
        """The cues the rules find: phrases, then patterns, then verbs (the first in a sentence wins)."""
        out = [*self._phrase_cues(article), *self._pattern_cues(article), *self._verb_cues(article)]
        # a cue whose rule says `alone: true` counts only when nothing else in its sentence is a cue
        per_sentence = Counter(a.sentence for a in out)
        out = [a for a in out if a.cue_rule not in self.alone_rules or per_sentence[a.sentence] == 1]
        out = _not_ending_sources(out, self.phrase_rule_ids)
        out = _not_describing_sources(out)
        self._participle_sources(article, out)
        return out

    def _participle_sources(self, article: _ArticleCues, cues: list[Attribution]) -> None:
        """A participle cue left without a source after a comma or a preposition, perhaps with an adverb
        ("..., said Caddell, speaking of", "poked at Trump, tweeting", "began by saying", "responded by
        first saying") takes the source of the cue
        before it in the sentence, else the subject opening the sentence."""
        text = article.text
        grouped = by_sentence(cues)
        for a in cues:
            if a.source is not None or (a.cue_rule in self.phrase_rule_ids and " " in a.cue_text):
                continue  # (a phrase's source is the one after it: "according to" is no participle; "citing" is)
            sent = article.seg.sentences[a.sentence]
            if _OPENING_PARTICIPLE.fullmatch(a.cue_text) and not text[sent.start:a.cue_start].strip():
                # a participle opening the sentence is the subject's of the cue after its phrase: "Asked about the
                # delay, a spokesperson for the ministry said" (where no subject was found after it)
                later = next((b for b in grouped[a.sentence] if b.source is not None and b.cue_start > a.cue_end), None)
                if later is not None and _SET_OFF_BEFORE.search(text, a.cue_end, later.source.start):
                    a.source = _copied(later.source)
                continue
            if not _PARTICIPLE_CUE.match(a.cue_text):
                continue
            if not _AFTER_COMMA_OR_PREPOSITION.search(text, max(sent.start, a.cue_start - 20), a.cue_start):
                continue
            earlier = [b for b in grouped[a.sentence] if b.source is not None and b.cue_end <= a.cue_start]
            if earlier:
                src = max(earlier, key=lambda b: b.cue_start).source
                a.source = _copied(src)
            else:
                a.source = self.phrases.opening_subject(article.doc, sent.start, a.cue_start)

    def _candidates(self, article: _ArticleCues, found: list[Attribution],
                    vocabulary) -> Iterator[tuple[object, int, int, list[str]]]:
        """(sentence, start, end, features) for the words of `vocabulary` that no rule took as a cue or
        ruled out (a guard, a missing source)."""
        grouped = by_sentence(found)
        text, paragraphs = article.text, article.seg.paragraphs
        for sent in article.sentences:
            here = grouped.get(sent.index, ())
            par_start = paragraphs[sent.paragraph].start
            things = [(a.source.start, a.source.end) for a in here
                      if a.source is not None and a.cue_rule in self.named_thing_rules]
            for start, end, feats in sentence_candidates(
                    text, sent.start, sent.end, vocabulary, [(a.cue_start, a.cue_end) for a in here],
                    [(a.source.start, a.source.end) for a in here if a.source is not None],
                    lambda pos, par_start=par_start: article.quotes.inside(par_start, pos),
                    [*article.vetoed.get(sent.index, ()), *things], article.tokens.get(sent.index)):
                yield sent, start, end, feats

    def _rule_cue_features(self, article: _ArticleCues, cues: list[Attribution],
                           context: list[Attribution] | None = None) -> list[list[str]]:
        """The features a cue model weighs each rule cue on (learned.rule_cue_features); `context`,
        all the rule cues found (where the others of a cue's sentence stand), if more than `cues`."""
        out = []
        tokens = article.tokens
        grouped = by_sentence(context if context is not None else cues)
        for a in cues:
            sent = article.seg.sentences[a.sentence]
            if a.sentence not in tokens:
                tokens[a.sentence] = SentenceTokens(article.text, sent.start, sent.end)
            quoted = article.quotes.inside(article.seg.paragraphs[sent.paragraph].start, a.cue_start)
            before = a.source is not None and a.source.end <= a.cue_start
            sides = cue_sides(a.cue_start, a.cue_end,
                              ((b.cue_start, b.cue_end) for b in grouped.get(a.sentence, ()) if b is not a))
            out.append(tokens[a.sentence].rule_cue_features(a.cue_start, a.cue_rule, quoted, before,
                                                            a.source is not None, sides))
        return out

    def learning_rule_cues(self, doc: Document, seg: Segmented) -> list[tuple[int, int, list[str]]]:
        """(start, end, features) of the cues the rules find: what `citeaudit train-cues` labels with
        the gold cues for the model's second part."""
        article = _ArticleCues(doc, seg)
        cues = self._rule_cues(article)
        return [(a.cue_start, a.cue_end, f) for a, f in zip(cues, self._rule_cue_features(article, cues))]

    def learning_candidates(self, doc: Document, seg: Segmented, vocabulary) -> list[tuple[int, int, list[str]]]:
        """(start, end, features) of the candidate words a cue model would score: what
        `citeaudit train-cues` labels with the gold cues."""
        article = _ArticleCues(doc, seg)
        return [(s, e, f) for _, s, e, f in self._candidates(article, self._rule_cues(article), vocabulary)]

    def _learned_cues(self, article: _ArticleCues, found: list[Attribution]) -> list[Attribution]:
        """Cues a `cue-model` rule scores above its threshold among the words no rule took; adjacent
        words join into one cue ("support for"); a lone auxiliary or preposition takes its word (see
        _whole_cue); the source as _learned_source finds it, the content as for a reporting verb."""
        out: list[Attribution] = []
        doc, text = article.doc, article.text
        for rule, model, threshold, guards in self.models:
            spans: list[tuple[object, int, int]] = []
            for sent, start, end, feats in self._candidates(article, found + out, model.vocabulary):
                if model.score(feats) <= threshold:
                    continue
                if _guarded(guards, text, start, sent.end):
                    continue  # "so-called": naming, not a cue
                if spans and spans[-1][0] is sent and not text[spans[-1][2]:start].strip():
                    spans[-1] = (sent, spans[-1][1], end)
                else:
                    spans.append((sent, start, end))
            for sent, start, end in spans:
                start, end = _whole_cue(text, sent, start, end)
                if sent.kind == "body" and _inside_name(text, sent.start, start, end):
                    continue  # a word of a name: "The Storm Prediction Center placed"
                if _interview_label(text, article.seg.paragraphs[sent.paragraph], start, end):
                    continue  # "Q:", "A:": the interview's structure (the ledger credits its parts)
                if not article.claim(sent, (start, end)):
                    continue
                src = self._learned_source(doc, sent, start, end, article.names)
                if src is None or (src is not UNNAMED_HOLDER and src.end <= start and self._thing(src.text)):
                    # the model finds views and intentions of someone: none without a holder, nor with
                    # a thing for its subject ("the unlawful annexation of Crimea sparked the conflict")
                    continue
                if src is UNNAMED_HOLDER:
                    src = None  # someone's, not named: "came under withering criticism"
                content = self.phrases.content(text, sent.start, sent.end, start, end, src)
                out.append(Attribution("", start, end, text[start:end], src, content, sent.index, cue_rule=rule.id,
                                       learned=True))
        return out

    def _learned_source(self, doc: Document, sent, start: int, end: int, names=None) -> SourceRef | None:
        """The source of a learned cue, which may be a noun ("criticism", "support") as well as a
        verb: the phrase after "from", "by" or "among" ("criticism from Democrats"); else the subject
        before the cue when auxiliaries or adverbs stand between ("regulators did not consider") or
        it opens with a capital, a pronoun or a definite determiner ("Democrats fear", "the senator
        wants") or names people or a source of a kind ("critics point", "a Times article hailed"; any
        other lowercase phrase right before the cue is a modifier: "a very clear implication"); else
        (and for a participle after a comma) the subject opening the sentence ("Mr. Clarke has had
        trouble, however, persuading", "The aides were complimentary, perhaps recognizing");
        else whatever stands before (or, inverted, after) the cue."""
        text = doc.prose
        agent = _AGENT_AFTER.match(text, end, sent.end)
        if agent and text[start:end].split()[-1].lower() in _FEELINGS:
            # what one feels it at ("angered by the deal") holds no view; the one angered does, named after
            # the comma when the feeling opens the sentence ("Alarmed by the unrest, Senator Reid said")
            agent = None
            comma = text.find(",", end, sent.end)
            if not text[sent.start:start].strip() and comma >= 0:
                return self.phrases.opening_subject(doc, comma + 1, sent.end)
        if agent:
            src = self.phrases.after(doc, agent.end(), sent.end, phrase_cue=True)
            if src is not None:
                return src
        if _RECEIVED.search(text, max(sent.start, start - 40), start):
            return UNNAMED_HOLDER  # the subject is its target, not its holder: "He has faced criticism"
        owner = _OWNER_BEFORE.search(text, max(sent.start, start - 80), start)
        if owner:
            # a noun's owner holds it: "a car matching a witness's description" (the witness's), "defended the
            # nominee's description of"
            return SourceRef.spanning(doc.text, *owner.span(1), "unknown")
        governing = _INFINITIVE_BEFORE.search(text, max(sent.start, start - 60), start)
        if governing and governing.start() > sent.start:
            # "European leaders gathered Friday to discuss": the subject of the verb governing "to"
            start = governing.start()
        before = self.phrases.before(doc, sent.start, start)
        if (before is not None and before.start == sent.start and before.text.endswith("ing")
                and " " not in before.text and before.text not in (names or ())):
            before = None  # a gerund opening the sentence, no name: "Waiting lists rose"
        if before is not None and before.start == sent.start and _IMPERATIVE.match(before.text):
            return None  # a sentence telling the reader what to do holds no view: "Don't touch sick or dead birds"
        if before is not None and _COUNT_ONLY.fullmatch(before.text):
            before = None  # a count holds nothing: "5 things to know about"; "Supporters in the crowd of about 2,600 waved"
        if before is not None and _AND_VERB_BEFORE.search(before.text):
            # a verb joined to the sentence's first is no part of a subject: "McConnell met with her and other
            # leaders and came away convinced" (the sentence's subject holds the view)
            before = self.phrases.opening_subject(doc, sent.start, start)
        if before is not None and (before.text.lower() in ARTICLES or text[start:end].endswith("ing")
                                   and _COMMA_WORD_END.search(text, sent.start, start)):
            # an article alone holds nothing ("An assessment of ..."); a participle after a comma is the
            # subject's: "were complimentary, perhaps recognizing"
            before = None
        if before is not None:
            first = before.text.split()[0]
            between = text[before.end:start]
            # auxiliaries or adverbs between: a verb and its subject; or, right before the cue or past an aside, a
            # subject of its kind (a lowercase phrase there is a modifier: "needless")
            if ((between.strip() and "," not in between)
                    or first[:1].isupper() or first.lower() in PRONOUNS or first.lower() in DETERMINERS
                    or first.lower() in ("who", "which") or _SHARE_OF_PEOPLE.match(before.text)
                    # (the noun before a participle does it: "has skittish Democrats contemplating")
                    or (text[start:end].endswith("ing") and _PLURAL_WORD.search(before.text))
                    # people or a body ("city officials have since", "critics point"), or a named
                    # source of another kind ("a Times article hailed"; not "has taken a firm stance")
                    or self._holder_kind(before.text)):
                if _passive(text, before.end, start, end) and not self._thing(before.text):
                    # a passive names no holder, only what was done: "Two men have been charged", "Maria Delgado,
                    # 58, was indicted" (a thing as its subject stays, and the cue is dropped for it)
                    return UNNAMED_HOLDER
                return before
        opening = self.phrases.opening_subject(doc, sent.start, start)
        if opening is not None:
            return opening
        if before is None and _inverted(text, sent.start, start):
            return self.phrases.after(doc, end, sent.end)
        if before is not None and _PARTICIPIAL_MODIFIER.fullmatch(before.text) and not text[before.end:start].strip():
            return UNNAMED_HOLDER  # a modifier, no holder: "came under withering criticism"
        return before

    def _thing(self, phrase: str) -> bool:
        """Whether a subject names a thing, no holder of a view: an article and a phrase of no known
        kind ("the unlawful annexation of Crimea")."""
        return phrase.split()[0] in ARTICLES and self.sources.classify(phrase)[0] == "unknown"

    def _holder_kind(self, phrase: str) -> bool:
        """Whether a lowercase phrase right before a learned cue holds its view by its kind: people
        or a public body, or a source of another known kind that a capital names."""
        kind = self.sources.classify(phrase)[0]
        return kind in _PEOPLE_KINDS or (kind != "unknown" and any(w[:1].isupper() for w in phrase.split()[1:]))

    def _phrase_cues(self, article: _ArticleCues) -> Iterator[Attribution]:
        """"according to X", "per X": the source follows the cue."""
        doc, text = article.doc, article.text
        for rule, phrase, guards in self.phrase_rules:
            for m in article.matches(phrase):
                sent = article.sentence_at(m.start(), m.end(), rule.get("in_quotations", False))
                if sent is None:
                    continue
                if guard := _guarded(guards, text, m.start(), sent.end):
                    # (the words the guard matched are no cues either: "quoting reference 1234")
                    article.vetoed.setdefault(sent.index, []).append((m.start(), max(m.end(), guard.end())))
                    continue
                if not article.claim(sent, m.span()):
                    continue
                if rule.get("source_side") == "subject":
                    # where it was said, not by whom: "In an interview with CNN, the minister said": the
                    # subject of the sentence says it
                    src = self.phrases.opening_subject(doc, sent.start, sent.end)
                else:
                    src = self.phrases.after(doc, m.end(), sent.end, phrase_cue=True)
                # (a cue after a comma may open an aside ending before the verb or before its clause)
                set_off = src is not None and text[max(sent.start, m.start() - 2):m.start()].strip() == ","
                aside = _CITING_ASIDE.match(text, src.end, sent.end) if set_off else None
                then_that = _COMMA_THAT.match(text, src.end, sent.end) if set_off and not aside else None
                comma = text.find(",", src.end, min(sent.end, src.end + 60)) if set_off and m.start() > sent.start else -1
                resumed = comma >= 0 and not _ASIDE_BREAK.search(text, src.end, comma) and (
                    RESUMED.match(text, comma, sent.end) or _AUXILIARY_BEFORE.search(text, sent.start, m.start()))
                if resumed and not aside:
                    # set off inside the statement, which goes on after it: "The plan, according to two officials
                    # briefed on it, would cut 10,000 jobs", "The company will, per a person familiar with the
                    # matter, announce the deal" (the statement is the sentence)
                    content = PhraseFinder.statement_before(text, sent.start, sent.end)
                elif aside:
                    # an aside between the subject and its verb: "The Global Times, citing unnamed experts,
                    # said Beijing could ...": what is said is the statement after the verb
                    content = _trimmed(text, aside.end(), sent.end)
                elif then_that:
                    # ... or between the verb and its clause: "Reuters reported last month, citing people
                    # familiar with the matter, that the two companies were in talks"
                    content = _trimmed(text, then_that.end(), sent.end)
                elif m.start() - sent.start > 10:
                    content = _trimmed(text, after_label(text, sent.start, m.start()), m.start())
                else:
                    # (past what the source is: "According to the Economic Policy Institute, a left-leaning
                    # think tank, the threshold has lost 40%")
                    after = src.end if src else m.end()
                    described = _SOURCE_DESCRIPTION.match(text, after, sent.end)
                    content = _trimmed(text, described.end() if described and described.end() < sent.end else after,
                                       sent.end)
                if m.group().lower().endswith("ing") and ((src is None and m.start() > sent.start)
                                                          or (src is not None and self.sources.head_kind(src.text) == "unknown")):
                    # "The minister resigned, citing health reasons", "citing weaker demand from
                    # customers": what is cited names no source, so the one citing is the source and what
                    # is cited the content (or no noun phrase at all: "citing a $12 million shortfall")
                    subject = (self.phrases.clause_subject(doc, sent.start, m.start(), past_aside=True)
                               if _COMMA_END.search(text, sent.start, m.start())
                               # opening the sentence: "Citing a conspiracy theory, Trump said"
                               else self.phrases.opening_subject(doc, sent.start, sent.end) if m.start() == sent.start
                               else self.phrases.before(doc, sent.start, m.start()))
                    shares = _SHARES_OF.match(text, subject.start) if subject is not None else None
                    if shares:  # "Shares of Norvel fell, citing weak demand": the company cites it
                        subject = SourceRef.spanning(doc.text, *shares.span(1), "unknown")
                    cited = (src.start, src.end) if src else _trimmed(text, m.end(), sent.end)
                    # (with no subject found, what is cited is still no source: the cue before it in the
                    # sentence, or the sentence's subject, cites it: "..., said Eric Herzik, who chairs the
                    # department, citing another reason")
                    src, content = subject, cited
                yield Attribution("", m.start(), m.end(), m.group(), src, content, sent.index, cue_rule=rule.id)

    def _pattern_cues(self, article: _ArticleCues) -> Iterator[Attribution]:
        """Patterns with a `cue` group and perhaps a `source` group ("Trump: ...", "polls show")."""
        doc, text = article.doc, article.text
        for rule, patterns, at_start, requires in self.pattern_rules:
            for p in patterns:
                found = (p.match(text, sent.start, sent.end, timeout=REGEX_TIMEOUT) for sent in article.sentences) \
                    if at_start else article.matches(p, requires)
                for m in found:
                    if m is None:
                        continue
                    cs, ce = m.span("cue")
                    sent = article.sentence_at(cs, m.end(), rule.get("in_quotations", False))
                    wanted = rule.get("source")
                    named = m.group("source") or "" if wanted in ("name", "outlet", "body") else ""
                    if rule.get("verbs_left_to_verb_rules") and self._form(m.group("cue")) in self.verb_forms:
                        continue  # a reporting verb is its rule's, with its guards and weighing
                    if sent is None or (wanted == "outlet" and not self.sources.outlet(named)) or (
                            wanted == "name" and not article.names_someone(named, sent.paragraph)
                            and not self.sources.outlet(named)) or (
                            wanted == "body" and self.sources.classify(named)[0] not in _BODY_KINDS):
                        continue
                    if not article.claim(sent, (cs, ce)):
                        continue
                    article.pattern_ends.setdefault(sent.index, []).append(ce)
                    if wanted == "none":
                        src = None  # what was said named as a noun, no one saying it: "dogged by charges that"
                    elif "source" in p.groupindex and m.start("source") >= 0:
                        ss, se = m.span("source")
                        # (a name that is no outlet or body is a person's: "WALLACE: ...", "Gingrich: ...")
                        src = SourceRef.spanning(doc.text, ss, se, "person" if wanted == "name" else "unknown")
                    elif _COORDINATED.search(text, max(sent.start, cs - 30), cs):
                        # a verb after "and" or "but" shares the subject opening the sentence: "Researchers at
                        # the University of New Mexico analyzed tissue from 52 people who died in 2016 and 2024
                        # and found that"
                        src = self._shared_subject(article, sent, cs)
                    elif m.group("cue").endswith("ing") and _COMMA_END.search(text, sent.start, cs):
                        # a participle after a comma: the source of the cue before it in the sentence, or the
                        # subject opening it, found once all cues are (_participle_sources): "leaders who have
                        # supported European unity, pushing for", "A federal appeals court struck down the ban,
                        # ruling that"
                        src = None
                    else:
                        src = self.phrases.before(doc, sent.start, cs)
                        governing = _INFINITIVE_BEFORE.search(text, max(sent.start, cs - 60), cs) if src is None else None
                        if governing and governing.start() > sent.start:
                            # "Stumpf tried on Tuesday to make the case": the subject of the verb governing "to"
                            # (of the sentence when that verb follows another: "... promised a veto and
                            # attempted to make the case")
                            at = governing.start()
                            src = self.phrases.before(doc, sent.start, at)
                            if src is None and _COORDINATED.search(text, max(sent.start, at - 30), at):
                                src = self.phrases.opening_subject(doc, sent.start, at)
                        if src is not None:
                            # the subject of a later verb too: "Clinton spoke out ..., arguing"
                            article.pattern_sources.setdefault(sent.index, src)
                        else:
                            src = self.phrases.after(doc, ce, sent.end)
                    # (with no source, the statement is what follows the match: "charges that| she stole")
                    content = (_trimmed(text, m.end(), sent.end) if wanted == "none"
                               else self.phrases.content(text, sent.start, sent.end, cs, ce, src))
                    yield Attribution("", cs, ce, m.group("cue"), src, content, sent.index, cue_rule=rule.id)

    def _verb_cues(self, article: _ArticleCues) -> Iterator[Attribution]:
        """Reporting verbs: the source is the subject before the verb, or the name after an inverted
        one (", said X")."""
        doc, text = article.doc, article.text
        said_before: dict[int, int] = {}  # sentence index -> the end of its last verb cue so far
        for start, end in self._verb_spans(article):
            word = text[start:end]
            form = self._form(word)
            sent = article.sentence_at(start, end, self.verbs_in_quotations)
            if sent is None:
                continue
            if (_guarded(self.verb_guards, text, start, sent.end)
                    or self._object_of_verb(text, sent.start, start, form)
                    or (_WH_LABEL.match(text, sent.start, start) and (after_label(text, sent.start, sent.end) > start
                                                                      or _WH_LABEL_ALONE.fullmatch(text, sent.start, sent.end)))):
                # (a label asking a question: "What they're saying: ...", alone on its line before a list too)
                article.vetoed.setdefault(sent.index, []).append((start, end))
                continue
            after_comma = _COMMA_END.search(text, sent.start, start) is not None
            by = _BY_AGENT.match(text, end, sent.end)
            passive = None if form.endswith("ing") else _PASSIVE_BEFORE.search(text, max(sent.start, start - 30), start)
            named = _LATER_AGENT.match(text, end, sent.end) if passive and not by and form in _NAMING else None
            by = by or named or (_IN_STATEMENT_BY.match(text, end, sent.end) if passive else None)
            if passive and not by and form in ("reported", "published"):
                # a passive's publication after "in" is its agent: "The findings were reported in the New England
                # Journal of Medicine" (not a place or a time: "reported in 18 states", "in March")
                venue = _IN_PUBLICATION.match(text, end, sent.end)
                named_in = self.phrases.after(doc, venue.end(), sent.end, phrase_cue=True) if venue else None
                if named_in is not None and self.sources.classify(named_in.text)[0] in ("outlet", "document"):
                    by = venue
            participle_by = not passive and by and form.endswith("ed")  # "announced by", "echoed by"
            # a participle with a named agent: "restrictions announced by Washington (took effect)", "The
            # plan, announced by the Treasury Department on Monday, drew": the name alone is the agent
            agent_name = _AGENT_NAME.match(text, by.end(), sent.end) if participle_by else None
            # a view in apposition and whoever shares it: '"...," she said, a view echoed by everyone I interviewed'
            shared = (_VIEW_BEFORE.search(text, max(sent.start, start - 40), start)
                      if participle_by and agent_name is None else None)
            # ... or with an agent of any other words, not a means: "legislative changes proposed by the
            # government", "one of the largest breaches ever disclosed by a telecommunications company"
            # (a feeling's holder is its subject: "German authorities worried by the increase")
            agent_after = (participle_by and not agent_name and not shared and form not in _FEELINGS
                           and not _BY_MEANS.match(text, by.end())
                           and not _ACTIVE_SUBJECT.search(text, max(sent.start, start - 30), start))
            coordinated = None  # (a verb after "and" or "but", sharing the subject of the verb before)
            thing = None  # (what is expected, where the subject's place holds it: "a ruling expected in May")
            if passive or agent_name or shared or agent_after:
                # "was first reported by The Associated Press": the agent, or no one
                if agent_name:
                    src = SourceRef.spanning(doc.text, *agent_name.span(), "unknown")
                else:
                    src = self.phrases.after(doc, by.end(), sent.end, phrase_cue=True) if by else None
                clause = _CLAUSE_AFTER_AGENT.search(text, src.start, src.end) if src is not None else None
                if clause and clause.start() > src.start:
                    # "He was told by the ministry that no equipment was lost": the agent ends at "that"
                    src = SourceRef.spanning(doc.text, src.start, clause.start(), src.kind)
                if agent_after and src is not None:
                    # ... and a participle's agent at the main verb or a time after it: "The country described
                    # by the president on Tuesday night is", "Tea Party groups supported by the Kochs had seized",
                    # "An article cited by her campaign quoted"
                    verb = _AGENT_VERB.search(text, src.start, src.end)
                    end_ = verb.start() if verb else src.end
                    main = _MAIN_VERB.search(text, src.start, end_)
                    end_ = len(text[src.start:main.start()].rstrip()) + src.start if main else end_
                    if end_ < src.end:
                        src = SourceRef.spanning(doc.text, src.start, end_, src.kind)
            elif form.endswith("ing") and after_comma:
                # "..., he said, adding that": the earlier speaker; "Kasich ended his bid, telling
                # supporters": the subject of the clause before the comma
                src = article.earlier_source(sent)
                if src is None and (src := self.phrases.clause_subject(doc, sent.start, start)) is not None:
                    inner = _SUBORDINATE_SUBJECT.search(text, src.end, start)
                    words = src.text.split()
                    if (inner and len(words) > 1 and words[0].lower() in ARTICLES and words[1].islower()
                            and self.sources.classify(src.text)[0] == "unknown"):
                        # a thing's clause (no name's) with a person's after it: the participle is the person's ("The
                        # criticism comes as Mrs. Clinton seeks ..., saying", "The announcement came days
                        # after Sol cut short a concert, telling the crowd")
                        src = SourceRef.spanning(doc.text, *inner.span("subject"), "unknown")
            elif coordinated := (_COORDINATED.search(text, max(sent.start, start - 30), start)
                                 or _OR_AFTER_NEGATION.search(text, max(sent.start, start - 60), start)):
                # "He said that ... and said that ...": the same subject as the sentence's earlier verb;
                # after a verb that is no cue, the subject opening the sentence ("Mitt Romney ran on
                # his record and accused Obama")
                src = self._shared_subject(article, sent, start)
            else:
                # the subject stands after a pattern cue before the verb in the same clause: "Reports in
                # Spain claim the club has agreed" (the club agreed, not "Reports in Spain claim the
                # club"); not past a comma ("X, who has been rumored to ..., declined") nor right after
                # it ("Trump reportedly said")
                lo = max((e for e in article.pattern_ends.get(sent.index, ())
                          if e <= start and "," not in text[e:start] and text[e:start].strip()), default=sent.start)
                src = self.phrases.before(doc, lo, start)
                if (src is not None and after_comma and form in _SPEAKING_FIRST and "," in text[src.end:start]
                        and (speaker := self.phrases.after(doc, end, sent.end, speaking=True)) is not None
                        and _CLOSES_WITH_SOURCE.match(text, speaker.end, sent.end)
                        and (_NAME_ONLY.fullmatch(speaker.text)
                             or self.sources.classify(speaker.text)[0] == "anonymous")):
                    # a verb of speaking after a comma, its speaker after it and nothing more than a description, is
                    # inverted, whatever subject the clauses before it hold: "..., forcing her to fend off both Trump
                    # and Sanders, said Brad Bannon, a Democratic pollster." (not "Obama, speaking Monday, said Trump
                    # was wrong"); so is an unnamed one: "..., and the meeting deteriorated from there, said one GOP
                    # source in the room."
                    src = speaker
                if (src is not None and form.endswith("ing") and src.text[:1].isupper()
                        and (verb := _PAST_VERB.search(text, src.start, src.end))
                        and not self._may_speak(text[verb.end():src.end])):
                    # a participle after a clause is its subject's: "Mayor Karen Bass took office promising to
                    # end street homelessness" (Karen Bass promised); not where the clause's object may speak:
                    # "cheered Democrats hoping", "helped draft a report defending", "wrote to Wired, explaining"
                    src = SourceRef.spanning(doc.text, src.start, len(text[src.start:verb.start()].rstrip()) + src.start,
                                             src.kind)
                of_whom = _OF_NAME.search(src.text) if src is not None and form.endswith("ing") else None
                if of_whom:
                    # the one heard or seen saying it: "footage of Trump saying", "a clip of Obama telling"
                    src = SourceRef(src.start + of_whom.start(1), src.end, of_whom.group(1), "unknown")
                if (src is not None and form.endswith("ing") and not text[src.end:start].strip()
                        and _OBJECT_BEFORE.search(text, max(lo, src.start - 20), src.start)):
                    # a participle right after the place or occasion of speaking is the subject's: "she said
                    # at a news conference announcing the plan", "Trump was heard on a microphone telling"
                    src = self._shared_subject(article, sent, start) or src
                if src is None and sent.kind == "headline" and after_comma:
                    # "Clinton Says Russians Hacked DNC, Calls Trump's Remarks 'Troubling'": one subject
                    src = article.earlier_source(sent)
                if src is None and form.endswith(("ed", "ing")) and (
                        start == sent.start or (form.endswith("ing") and _OPENING_PREPOSITION.fullmatch(text, sent.start, start))
                        or (form in _ASKED and _WHEN_ASKED.fullmatch(text, sent.start, start))):
                    # "Asked whether she would reverse it, she declined to say", "In defending himself,
                    # Trump said", "Criticizing the plan, Senator Lee said": the subject after the
                    # participle phrase the cue opens (not its object)
                    src = self.phrases.opening_subject(doc, sent.start, sent.end)
                if (src is not None and form in _SPEAKING_FIRST and _WHICH_SET_OFF.match(text, src.end, start)
                        and src.text.split()[0].islower() and src.text.split()[0].lower() not in DETERMINERS
                        and (named_after := self.phrases.after(doc, end, sent.end)) is not None
                        and named_after.text[:1].isupper()):
                    # a "which" clause set off before a verb of speaking, after no noun phrase and with a
                    # name after the verb, is the statement's, not its subject's: "... may be walking less,
                    # which could make the link look stronger, said Dr. Lon Schneider"
                    src = named_after
                if (src is None and _inverted(text, sent.start, start) and form not in TOLD
                        and (form in _SPEAKING_FIRST or not text[sent.start:start].rstrip().endswith(","))):
                    # (after "told", the one told: "..., told reporters in Doha" names no speaker; after a
                    # comma, only a verb of speaking comes before its speaker, "..., explained Rosenberg": a
                    # second verb's object is none, "..., mocked the Republican Party")
                    src = self.phrases.after(doc, end, sent.end, speaking=form in _SPEAKING_FIRST)
                if (src is None and sent.kind == "headline" and form in _SPEAKING_FIRST
                        and (bare := _BARE_SPEAKER.fullmatch(text, end, sent.end)) is not None
                        and text[sent.start:start].rstrip().endswith(",")):
                    # a headline's speaker after the verb closing it may be a bare noun: "Minister 'misled
                    # parliament', says opposition"
                    src = SourceRef.spanning(doc.text, *bare.span(1), "unknown")
                if src is None and (aside := _SUBJECT_THEN_ASIDE.fullmatch(text, sent.start, start)) is not None:
                    # the subject before a participle's aside ending in a quotation, which reads as an inverted
                    # cue's: 'One mother, holding a sign that read "Save Our Music," said'
                    src = SourceRef.spanning(doc.text, *aside.span("subject"), "unknown")
                if src is None and after_comma and _COMMA_END.search(text, sent.start, start).start() > sent.start:
                    # verbs listed with commas share their subject: "Donald Trump joked about Jewish
                    # stereotypes, declined to affirm his support"
                    src = article.earlier_source(sent)
                if not form.endswith("ing") and _NOUN_AFTER.search(text, max(sent.start, start - 40), start):
                    src = None  # a noun: "full of promises to keep fighting" (no one is "full of")
                if (src is not None and form in _EXPECTED_FORMS and not text[src.end:start].strip()
                        and _WHERE_OR_WHEN_AFTER.match(text, end, sent.end)):
                    thing, src = src, None  # the thing expected, no one expecting it: it is what is stated
                if (src is not None and sent.kind == "headline" and form.endswith("ed") and not text[src.end:start].strip()
                        and src.text.lower() not in PRONOUNS and _AFTER_HEADLINE_PASSIVE.match(text, end, sent.end)):
                    # a headline's participle after its subject is a passive, its "is" left out: "Measles case
                    # confirmed in Travis County" (the case is what was confirmed, no one confirming it)
                    thing, src = src, None
            if form in self.source_required and (src is None or src.text.lower() in ("i", "we", "you")):
                article.vetoed.setdefault(sent.index, []).append((start, end))
                continue  # "thinks", "wants": a cue only with a third party saying it
            if not article.claim(sent, (start, end)):
                continue
            if src is not None and sent.index not in article.sources:
                article.sources[sent.index] = src
            if thing is not None:
                content = (thing.start, thing.end)
            elif named:
                content = _trimmed(text, *named.span("name"))  # what it is called: "called a charlatan by ..."
            elif agent_name or (agent_after and form not in _TO_SOMEONE):
                # what was announced, without an adverb of the participle's: "The documents, first reported by"
                adverb = _ADVERB_CLOSING.search(text, sent.start, start)
                content = self.phrases.statement_before(text, sent.start, adverb.start() if adverb else start)
            elif shared:
                content = self.phrases.statement_before(text, sent.start, shared.start())  # the view
            elif passive and by and passive.start() - sent.start > 4 and form not in _TO_SOMEONE:
                # "The discussions ... are supported by a coalition", "Her death was confirmed by her son":
                # what the agent reports is the subject (not the one asked: "Rubio was asked by Baker whether")
                content = self.phrases.statement_before(text, sent.start, passive.start())
            elif (passive or agent_after) and by and src is not None and src.start > end:
                # what follows the agent: "was asked by moderator Gerard Baker whether ..."
                content = self.phrases.content(text, sent.start, sent.end, start, src.end, src)
            else:
                content = self.phrases.content(text, sent.start, sent.end, start, end, src)
                if coordinated and src is not None and content and content[1] <= src.start < start:
                    # the subject's role before its name is no statement of a verb coordinated after the
                    # first: "The regional governor, Yuri Slyusar, said a fire had broken out but did not
                    # mention the refinery" (what follows the verb is)
                    content = _trimmed(text, end, sent.end) or content
                if passive and src is None and content and (
                        content[1] <= start or (content[0] >= end and _WHERE_ONLY_AFTER.match(text, end, sent.end))):
                    # an agentless passive states its subject, without the auxiliaries: "No deaths have
                    # been reported", "A decision is expected by July" (after a cue before it in the sentence:
                    # "Officials said the toll was expected to rise" states "the toll"), also where only a place
                    # or a time follows: "North Korea's ambitions have barely been mentioned in this year's race"
                    base = content[0] if content[1] <= start else sent.start
                    lo = max(base, said_before.get(sent.index, base))
                    lo = _THAT_OPENING.match(text, lo, start).end() if lo > base else lo
                    content = self.phrases.statement_before(text, lo, _auxiliaries_start(text, lo, start))
            if (content and form.endswith("ed") and content[0] >= end
                    and (start == sent.start or (form in _ASKED and (_WORD_AND_COMMA_END.search(text, sent.start, start)
                                                                     or _WHEN_ASKED.fullmatch(text, sent.start, start))
                                                 and _ASKED_ABOUT.match(text, content[0])))):
                # a participle phrase opening the sentence ends at its comma: "Asked whether she would
                # stay, Lopez said ..." asked "whether she would stay", not what Lopez said; so does one set
                # off after the subject: "Redick, asked whether James would play, said: ..."
                comma = _PHRASE_COMMA.search(text, content[0], content[1])
                if comma:
                    content = (content[0], comma.end())
            said_before[sent.index] = end
            yield Attribution("", start, end, word, src, content, sent.index, cue_rule=self.verb_forms[form])

    def _shared_subject(self, article: _ArticleCues, sent, at: int) -> SourceRef | None:
        """The subject a later verb of a sentence shares (one after "and", a participle after the place of
        speaking): the source of its first verb or pattern cue, else the subject opening it, before `at`."""
        return article.earlier_source(sent) or self.phrases.opening_subject(article.doc, sent.start, at)

    def _object_of_verb(self, text: str, lo: int, start: int, form: str) -> bool:
        """Whether a verb form right after a past or -ing form of another is that verb's object, a
        noun ("urged caution", "reiterating calls"); an -ing form after one is a verb ("continued
        saying"), and so is a verb after a base form, which may be a noun ("the reply reported")."""
        if form.endswith("ing"):
            return False
        prev = _PREVIOUS_WORD.search(text, max(lo, start - 30), start)
        return (prev is not None and prev.group().islower() and prev.group().endswith(("ed", "ing"))
                and self._form(prev.group()) in self.verb_forms)

    def _form(self, word: str) -> str:
        """How a word is looked up among the verb forms (lower-cased when verb rules ignore case)."""
        return word.lower() if self.verb_nocase else word

    def _verb_spans(self, article: _ArticleCues) -> list[tuple[int, int]]:
        """Where verb forms stand as whole words, in text order. The window's words are intersected
        with the forms first, so only the few forms present are searched for."""
        text = article.text
        spans = []
        for lo, hi in article.windows:
            window = text[lo:hi].lower() if self.verb_nocase else text[lo:hi]
            if len(window) != hi - lo:  # lower-casing changed the length: look word by word
                spans += [m.span() for m in _WORD.finditer(text, lo, hi) if self._form(m.group()) in self.verb_forms]
                continue
            for form in set(_WORD.findall(window)) & self.verb_forms.keys():
                k = window.find(form)
                while k >= 0:
                    e = k + len(form)
                    # a whole word, not part of a hyphenated one ("re-tweeting", "more-pointed")
                    if ((k == 0 or not (_WORD.match(window, k - 1) or window[k - 1] == "-"))
                            and (e == len(window) or not (_WORD.match(window, e) or window[e] == "-"))):
                        spans.append((lo + k, lo + e))
                    k = window.find(form, k + 1)
        return sorted(spans)

    def _resolve(self, found: list[Attribution], article: _ArticleCues,
                 companies: frozenset[str] = frozenset()) -> None:
        """Resolve pronouns ("he said") and short names ("Budanov stated") to the last compatible full
        source before them: for a short name, the last full name ending with it, also among earlier
        capitalised names in the text ("Ukrainian commander Kyrylo Budanov"); for a pronoun, the last
        person named as a source, but for "they" a group named as a source since ("officials", "Mr.
        Grassley and Mr. Leahy") in the two sentences before; for "it", the last body, outlet or
        document named as a source in the two sentences before ("The British Medical Association
        said ... It called on ministers").
        A description of a party member ("The Democrat told reporters") stands for the person named as a
        source in the two sentences before; one of a role ("the senator") only for a person named with
        it ("Sen. Bernie Sanders").
        A lone word of no known kind that ended the longer name of a body, outlet or document named as
        a source before stands for it ("the country's disaster agency AFAD said ... AFAD said").
        A "he" or "she" may also stand for a lone capitalised word of no known kind named as a source
        since the last person ("Zelensky said ... He added"), if the text never writes it in lower case
        (then it is a word, not a name: "That", "Republican"), or for a person named as the subject
        opening one of the two sentences before, or its own, since the last person named as a source
        ("Marco Bellini unties his boat. '...,' he said"; "Bellini is not convinced. '...,' he said"), or for
        one unnamed person named as a source just before, with no other source between ("A witness ... said ...
        '...,' she said": the pronoun stays unnamed).
        A description of a body ("the ministry", "the Houston-based company") stands for the last body
        of its kind named as a source whose name it fits (see _described; `companies`, the names the
        article gives a legal form).
        The resolved source gives its kind."""
        names = article.names
        persons: list[SourceRef] = []
        singles: list[SourceRef] = []  # the persons that are no group, whom "he" or "she" may stand for
        things: list[tuple[int, SourceRef]] = []  # (sentence, source) of bodies, outlets and documents
        bodies: dict[str, SourceRef] = {}  # the last word of a body's longer name -> that source
        groups: list[tuple[int, SourceRef]] = []  # (sentence, source) of groups: "officials", "Smith and Lee"
        last_person = -1  # the sentence of the last person named as a source
        unnamed_one: tuple[int, SourceRef] | None = None  # (sentence, source) of the last one unnamed person
        source_starts = sorted(a.source.start for a in found if a.source is not None)
        surnames: list[tuple[int, SourceRef]] = []  # (sentence, source) of lone capitalised words of no kind
        counted: dict[str, tuple[int, int, Counter]] = {}  # surname -> (offset, names counted, their counts)

        def mentions_before(surname: str, offset: int) -> Counter:
            """The full names ending with `surname` before `offset`, counted (kept running as the
            sources go by in text order: a 20 MB article names someone thousands of times)."""
            found = names.get(surname, ())
            at, k, counts = counted.get(surname, (0, 0, Counter()))
            if offset < at:  # (a source before the last one counted: count afresh)
                k, counts = 0, Counter()
            while k < len(found) and found[k][0] < offset:
                counts[" ".join(found[k][1].split())] += 1
                k += 1
            counted[surname] = (offset, k, counts)
            return counts
        last_person_at = -1  # the offset of the cue of the last person named as a source
        by_surname: dict[str, str | None] = {}  # surname -> the pronoun its full names agree on

        def surname_pronoun(person: str) -> str | None:
            """For a person written with no first name, the pronoun the full names the text gives their
            surname agree on ("President Obama" after "Barack Obama" is a "he")."""
            words = person.split()
            if not all(w.lower().rstrip(".") in self.name_titles for w in words[:-1]):
                return None
            if words[-1] not in by_surname:
                agreed = {self.sources.pronoun_for(full) for _, full in names.get(words[-1], ())[:50]} - {None}
                by_surname[words[-1]] = agreed.pop() if len(agreed) == 1 else None
            return by_surname[words[-1]]

        persons_by_surname: dict[str, list[SourceRef]] = {}
        described: list[tuple[int, SourceRef]] = []  # (sentence, source) of every person named or described as a source
        # a signed article that is no transcript is its writer's: "I" outside a quotation is the writer ("I found
        # it devastating" in a review, a column)
        signed = not article.speakers and (
            any(s.kind == "byline" and _BYLINE.match(article.text, s.start) for s in article.seg.sentences)
            or _AUTHOR_KEY.search(front_matter(article.doc.text)) is not None)
        things_by_first: dict[str, list[tuple[int, SourceRef]]] = {}  # `things` by the first word of their name
        starts = {surname: [s for s, _ in found_at] for surname, found_at in names.items()}
        for a in sorted(found, key=lambda x: x.cue_start):
            src = a.source
            if src is None:
                continue
            words = src.text.split()
            if src.text.lower() not in PRONOUNS and (
                    _PLURAL_HEAD.search(src.text) or " and " in src.text
                    or src.kind not in ("person", "outlet") and _CAPITALISED_GROUP.fullmatch(src.text)):
                groups.append((a.sentence, src))  # a group "they" may stand for
            if (src.kind == "outlet" and len(words) == 1
                    and not (things and a.sentence - things[-1][0] <= 2 and things[-1][1].outlet == src.outlet)
                    and any(at < src.start and self.sources.classify(full)[0] == "person"
                            for at, full in names.get(words[0], ()))):
                # a person the text named in full before is no outlet: "Michael Bloomberg ... Bloomberg
                # told New York magazine" (resolved as a surname below), unless the outlet was just
                # named as a source ("Bloomberg News reported ... Bloomberg said")
                src.kind, src.outlet = "unknown", None
            pronoun = _POSSESSIVE_OF.get(src.text.lower(), src.text.lower())  # ("Her fundamental message": hers)
            if src.kind == "person" and pronoun not in PRONOUNS:
                described.append((a.sentence, src))
            # an acronym of no known kind for a body named before in full is no surname ("the Consumer Product
            # Safety Commission ... the CPSC said"); nor are a body's first words, if the text has not written
            # them before but in its name ("Mercy Ridge Health said ... Mercy Ridge said"; not a person's name
            # opening with a given name, "Donald J. Trump" of "The Donald J. Trump Foundation")
            short_of = None
            if src.kind == "unknown" and _ACRONYM.fullmatch(src.text):
                short_of = _shortened(src, things, article.lowercase_words)
            elif (src.kind in ("person", "unknown") and len(words) > 1 and words[0].lower() != "the"
                  and words[0].lower() not in self.sources.first_name_pronouns):
                short_of = _shortened(src, things_by_first.get(words[0], []), article.lowercase_words)
                if short_of is not None and not _only_within(article.text, src.text, short_of.text, src.start):
                    short_of = None
            paragraph = article.seg.paragraphs[article.seg.sentences[a.sentence].paragraph]
            if (paragraph.role, pronoun) in _INTERVIEW_SPEAKERS:
                src.canonical = _INTERVIEW_SPEAKERS[paragraph.role, pronoun]
            elif pronoun == "i" and signed and not article.quotes.inside(paragraph.start, src.start):
                src.canonical = "the writer"
            elif (src.kind == "person" and src.canonical is None and words and words[0].islower() and pronoun not in PRONOUNS
                  and (named := NAME_AFTER_DESCRIPTION.match(article.text, src.end, article.seg.sentences[a.sentence].end))):
                # a description with the name in apposition after it: "His death was confirmed by his daughter,
                # Ellen Park, who said", "according to a spokesman, John Smith." (closing its sentence, not the
                # text: "His death was confirmed by his publicist, Dana Cole." before another)
                src.canonical = named.group(1)
            if pronoun in PRONOUNS and pronoun not in ("i", "we", "you"):
                group = groups[-1] if groups and a.sentence - groups[-1][0] <= 2 else None
                if pronoun == "they" and group and group[0] >= last_person:
                    # "Officials said ... They added": the group named as a source just before
                    src.canonical, src.kind = group[1].canonical or group[1].text, group[1].kind
                elif pronoun == "they" and (people := self._people_opening(article, a.sentence, src.start)
                                            or self._people_opening(article, a.sentence - 1)) is not None:
                    # "The researchers, led by Dr. Hazen, measured ... They found": people opening the sentence before,
                    # or their own ("Archaeologists have discovered what they say is")
                    src.canonical, src.kind = people
                elif (pronoun in ("he", "she") and unnamed_one is not None and a.sentence - unnamed_one[0] <= 1
                      and unnamed_one[0] >= last_person
                      and article.seg.sentences[unnamed_one[0]].paragraph == article.seg.sentences[a.sentence].paragraph
                      and bisect_left(source_starts, unnamed_one[1].end) == bisect_left(source_starts, src.start)
                      and self._may_be(pronoun, unnamed_one[1].text)):
                    # one unnamed person named as a source in the sentence just before or its own, in its paragraph,
                    # the last source named before the pronoun: "A witness, who did not want to be named, said ...
                    # '...,' she said" (not the person named before; not "One banker, who asked not to be named
                    # because she feared", whose "she" is the banker's); still unnamed
                    src.canonical, src.kind = unnamed_one[1].text, unnamed_one[1].kind
                elif (pronoun in ("he", "she") and surnames
                      and surnames[-1][0] >= last_person and a.sentence - surnames[-1][0] <= 2
                      and self._may_be(pronoun, surnames[-1][1].canonical or surnames[-1][1].text, surname_pronoun)):
                    # "Zelensky said ... He added": a lone capitalised word of no known kind, named
                    # as a source since the last person, is the person a "he" or "she" stands for
                    person = surnames.pop()[1]
                    person.kind = "person"
                    persons.append(person)
                    singles.append(person)
                    last_person, last_person_at = a.sentence, a.cue_start
                    src.canonical = person.canonical or person.text
                elif pronoun in ("he", "she") and (
                        named := self._subject_named(article, a.sentence, src.start, pronoun, last_person_at)):
                    # "Bellini is not convinced. '...,' he said": the person the story turned to (whom a later
                    # "he" with no name before it stands for too)
                    src.canonical = named
                    singles.append(src)
                elif pronoun != "it" and (pool := singles if pronoun in ("he", "she") else persons):
                    # (the last one whose name or description does not call for the other pronoun)
                    person = next((p for p in reversed(pool) if self._may_be(pronoun, p.canonical or p.text, surname_pronoun)),
                                  None)
                    if person is not None:
                        src.canonical = person.canonical or person.text
                elif pronoun == "it" and things and a.sentence - things[-1][0] <= 2:
                    thing = things[-1][1]
                    src.canonical, src.kind, src.outlet = thing.canonical or thing.text, thing.kind, thing.outlet
                if src.canonical is None and pronoun in ("he", "she"):
                    # no one it may stand for named as a source, nor described as one just before ("the host
                    # said"): the person the article is about, as an obituary or a profile quotes its subject
                    # ("Dr. Margaret Holloway ... died ... she once told an interviewer")
                    just_before = takewhile(lambda x: a.sentence - x[0] <= 2, reversed(described))
                    if not any(self._may_be(pronoun, p.text) for _, p in just_before):
                        src.canonical = self._main_person(article, pronoun, a.sentence, src.start)
            elif src.kind in _THING_KINDS or short_of is not None:
                described_as = _DESCRIPTION.fullmatch(src.text)
                named = (_described(src, things, companies, self._trade_named, self.sources.is_company) if described_as
                         else None)
                if described_as and (mentioned := self._body_mentioned(article, src, a.sentence, described_as.group("head"))):
                    # a body named since, as no source: "Investigators from the National Transportation Safety Board
                    # arrived. The agency said"
                    named = mentioned if named is None or named.start < mentioned.start else named
                if named is not None:
                    # "Northwind Energy Inc. said ... the Houston-based company said"
                    src.canonical, src.outlet = named.canonical or " ".join(named.text.split()), named.outlet
                elif src.outlet is None and (named := short_of or _shortened(src, things, article.lowercase_words)) is not None:
                    # "Orion Systems said ... Orion declined", "The Food and Drug Administration ... The FDA"
                    src.canonical = named.canonical or " ".join(named.text.split())
                    src.kind, src.outlet = named.kind, named.outlet
                elif (src.kind == "outlet" and src.outlet is None
                      and (named := self._outlet_named_before(article, src, things)) is not None):
                    # an outlet named before by the last word of its name: "told the Houston Chronicle ... The
                    # Chronicle first reported", "The Springfield Gazette reported ... The Gazette said"
                    src.canonical, src.outlet = named
                things.append((a.sentence, src))
                first = words[1] if len(words) > 1 and words[0].lower() == "the" else words[0]
                things_by_first.setdefault(first, []).append((a.sentence, src))
                if len(words) > 1 and words[-1][:1].isupper():
                    bodies[words[-1]] = src  # "the country's disaster agency AFAD" ... "AFAD said"
            elif src.kind == "unknown" and len(words) == 1 and words[0] in bodies and words[0] not in names:
                # (not a surname: "Committee Chairman Bob Corker" ... "Corker said" is the person)
                body = bodies[words[0]]
                src.canonical, src.kind, src.outlet = body.canonical or body.text, body.kind, body.outlet
            elif (src.kind == "person" and persons and a.sentence - last_person <= 2 and 2 <= len(words) <= 4
                  and words[0].lower() == "the" and _epithet_of(words[-1], persons[-1])):
                # "Gov. Maura Healey has declared ... The Democrat told reporters": the person just named
                src.canonical = persons[-1].canonical or persons[-1].text
            elif src.kind == "person" and src.text.lower() == "who" and src.canonical:
                # the name after the role a "who" stands for: "said state Sen. Ron Alvarez, who has called"
                src.canonical = _name_after_role(src.canonical.split(), self.name_titles) or src.canonical
            elif src.kind in ("person", "unknown") and words and words[-1][:1].isupper() and pronoun not in PRONOUNS:
                surname = words[-1]
                match = next((p for p in reversed(persons_by_surname.get(surname, ()))
                              if p.text != src.text and len(p.text.split()) > len(words)
                              and _same_person(p.text, words, self.name_titles)), None)
                # several people share the surname ("Tom Hale" ... his daughter "Lisa Hale" ... "Hale
                # said"): a bare surname is the one the article names most, its main subject
                ranked = mentions_before(surname, src.start).most_common(2)
                if len(words) == 1 and len(ranked) == 2 and ranked[0][1] > ranked[1][1]:
                    src.canonical, src.kind = ranked[0][0], "person"
                elif match is None and len(words) <= 3:
                    # the last "First Surname" pair ending before this source
                    k = bisect_right(starts.get(surname, ()), src.start) - 1
                    # (a name with a particle only for a source with one: "de Blasio" is "Bill de Blasio", but
                    # "Trump" is not the show "Hijos de Trump")
                    particled = holds_particle(w.lower() for w in words)
                    while k >= 0 and (names[surname][k][0] + len(names[surname][k][1]) > src.start or not particled
                                      and holds_particle(names[surname][k][1].split())):
                        k -= 1
                    if k < 0 and len(words) == 1 and surname.lower() not in _NOT_A_SURNAME:
                        # named by surname before in full, as a headline does: "Flynn says Trump
                        # 'absolutely right'" ... "Retired Lt. Gen. Michael Flynn said": the next full
                        # name, if a person's, its first word a given name the text never writes in
                        # lower case ("Will Twitter", "Because Twitter", "Trump's Indiana" are none)
                        k = bisect_right(starts.get(surname, ()), src.start)
                        if k < len(names.get(surname, ())):
                            first = names[surname][k][1].split()[0]
                            if (first.lower() in _NOT_A_SURNAME or first.lower() in article.lowercase_words
                                    or first.endswith(("'s", "\u2019s"))
                                    or not particled and holds_particle(names[surname][k][1].split())
                                    or self.sources.classify(names[surname][k][1])[0] != "person"):
                                k = -1
                        else:
                            k = -1
                    if (k >= 0 and names[surname][k][1] != src.text
                            and _same_person(names[surname][k][1], words, self.name_titles)):
                        src.canonical = _with_particles(article.text, *names[surname][k])
                        src.kind = "person"
                elif match is not None:
                    src.canonical = match.canonical or _name_ending(match.text.split(), surname, self.name_titles) or match.text
                    src.kind = match.kind
                if src.kind == "person":
                    if src.canonical is None:
                        src.canonical = _name_after_role(words, self.name_titles, self.sources.first_name_pronouns)
                    persons.append(src)
                    if not (_GROUP_HEAD.search(src.text) or " and " in (src.canonical or src.text)
                            or self._role_plural(src.text) or _COUNTED_GROUP.match(src.text)):
                        # (a group is no "he" or "she": "Jurors heard ... She said", "120 Labour MPs"; a title
                        # with "and" in it is no pair, "Work and Pensions Secretary Liz Kendall")
                        singles.append(src)
                    last_person, last_person_at = a.sentence, a.cue_start
                    persons_by_surname.setdefault(src.text.split()[-1], []).append(src)
                elif len(words) == 1 and _LONE_NAME.fullmatch(surname):
                    if surname.lower() not in article.lowercase_words and surname.lower() not in _NOT_A_SURNAME:
                        surnames.append((a.sentence, src))
            elif ((src.kind in ("anonymous", "vague") or src.kind == "person" and _described_one(a, words))
                  and pronoun not in PRONOUNS and words[0].lower() in _ONE_PERSON and not _GROUP_HEAD.search(src.text)):
                unnamed_one = (a.sentence, src)  # (one unnamed person, whom a "he" or "she" just after may stand for)

    def _outlet_named_before(self, article: _ArticleCues, src: SourceRef,
                             things: list[tuple[int, SourceRef]]) -> tuple[str, str | None] | None:
        """The outlet (its name, and its registry name or None) that an outlet of the registry's form but not in
        it, "The Chronicle", shortens: the latest capitalised name before it ending with its last word that the
        registry knows ("told the Houston Chronicle"), else an outlet named as a source before whose longer
        name ends so ("The Springfield Gazette reported")."""
        words = src.text.split()
        if not 1 <= len(words) <= 2 or len(words) == 2 and words[0].lower() != "the" or not words[-1][:1].isupper():
            return None  # (a name, not a description: "the newspaper")
        for m in reversed(list(_BODY_NAME.finditer(article.text, 0, src.start))):
            run = m.group().split()
            if (sum(w[:1].isupper() for w in run) > 1 and run[-1] == words[-1]
                    and (outlet := self.sources.outlet(" ".join(run[-3:]))) is not None):
                return outlet.name, outlet.name
        for _, thing in reversed(things):
            full = thing.text.split()
            if thing.kind == "outlet" and len(full) > len(words) and full[-1] == words[-1]:
                return thing.canonical or " ".join(full), thing.outlet
        return None

    def _body_mentioned(self, article: _ArticleCues, src: SourceRef, sentence: int, head: str) -> SourceRef | None:
        """The body a description (`src`, its noun `head`) may stand for named, as a source or not, in its
        sentence before it or in the sentence before: the latest of its kind whose name fits it (_fits) and
        holds the description's other words ("the appeals court" is no "Supreme Court")."""
        lo = article.seg.sentences[max(sentence - 1, 0)].start
        modifiers = src.text.lower().split()[1:-1]
        for m in reversed(list(_BODY_NAME.finditer(article.text, lo, src.start))):
            if (_fits(head, m.group()) and all(w in m.group().lower().split() for w in modifiers)
                    and self.sources.classify(m.group())[0] == src.kind):
                return SourceRef.spanning(article.doc.text, m.start(), m.end(), src.kind)
        return None

    def _main_person(self, article: _ArticleCues, pronoun: str, sentence: int, before: int) -> str | None:
        """The person whose surname the article writes most of those the text gives a "First Surname" pair
        (titles count: "Mr. Trump"), passing over those whose pairs all call for the other pronoun: if a
        pair of the first one left calls for this pronoun ("he" or "she") and its surname comes more
        often than the next one's, that pair as most often written, a title's last (found once per article
        and pronoun); not if the sentence before, or this one before the pronoun, names someone else it
        may stand for by a surname the text gives a person ("Oh yeah, Rand Paul - that was on purpose. He
        thinks")."""
        if pronoun not in article.main_persons:
            ranked = sorted(((article.capitalised[surname], surname) for surname in article.names), reverse=True)
            left: list[tuple[int, str | None, str]] = []  # (uses, pronoun called for, full name) of the people left
            for uses, surname in ranked:
                written = Counter(" ".join(full.split()) for _, full in article.names[surname])
                # (the pairs the pronoun may stand for: "Margaret Holloway", not her son "David Holloway")
                calls = {f: self.sources.pronoun_for(f) for f, _ in written.most_common() if self._may_be_a_persons(f)}
                people = [f for f, call in calls.items() if call in (pronoun, None)]
                if not people:
                    continue
                called = [f for f in people if calls[f] == pronoun]
                untitled = [f for f in called or people if f.split()[0].lower().rstrip(".") not in self.name_titles]
                left.append((uses, pronoun if called else None, (untitled or called or people)[0]))
                if len(left) == 2:
                    break
            article.main_persons[pronoun] = (left[0][2] if left and left[0][1] == pronoun and left[0][0] > 1
                                             and (len(left) == 1 or left[0][0] > left[1][0]) else None)
        main = article.main_persons[pronoun]
        if main is None:
            return None
        surname = main.split()[-1]
        for m in _ONE_NAME_WORD.finditer(article.text, article.seg.sentences[max(0, sentence - 1)].start, before):
            other = m.group()
            if other != surname and any(self._may_be(pronoun, full) and self._may_be_a_persons(full)
                                        for _, full in article.names.get(other, ())[:20]):
                return None
        return main

    def _trade_named(self, name: str) -> bool:
        """Whether a name of two words or more ends with a capitalised word that makes any name an
        organization's, its trade or legal form ("Halvorsen Therapeutics", "Great Lakes Rail"; not
        "EgyptAir", "Analysts polled by FactSet", "A major U.S. wireless carrier")."""
        words = name.split()
        return len(words) > 1 and words[-1][:1].isupper() and self.sources.classify("X " + words[-1])[0] == "organization"

    def _may_be(self, pronoun: str, person: str, otherwise: Callable[[str], str | None] | None = None) -> bool:
        """Whether a pronoun may stand for a person named or described so: "he" or "she" only for one
        whose words call for no other pronoun (person.yaml's pronoun_words and first_names: "she" is
        not "Tom Baker"), or, where they call for none, `otherwise(person)` does not."""
        if pronoun not in ("he", "she"):
            return True
        called = self.sources.pronoun_for(person)
        if called is None and otherwise is not None:
            called = otherwise(person)
        return called is None or called == pronoun

    def _subject_named(self, article: _ArticleCues, sentence: int, before: int, pronoun: str,
                       after: int) -> str | None:
        """The name of a person opening the sentence (its index) or one of the two before it, not
        inside a quotation, after offset `after` (the last person named as a source) and before
        `before` (the pronoun), the latest: its full name where the text gave one, else as written.
        A title of the other sex ("Mrs." for "he") rules it out; so does a name that is a body's."""
        text, sentences, names = article.text, article.seg.sentences, article.names
        for j in range(sentence, max(sentence - 3, -1), -1):
            sent = sentences[j]
            if sent.start <= after:
                break
            m = _ROLE_SUBJECT_NAME.match(text, sent.start, before) or _ROLE_APPOSED_SUBJECT.match(text, sent.start, before)
            if (m is None or not self.sources.mentions("person", m.group("role"))
                    or any(w.lower() in self.sources.first_name_pronouns for w in m.group("role").split())):
                # (a role holds no first name: "President Barack Obama and Vice President Joe Biden" is no
                # role before "Joe Biden")
                m = self.subject_name.match(text, sent.start, before) or _APPOSED_SUBJECT.match(text, sent.start, before)
            if (m is None or m.group("surname") not in names
                    or article.quotes.inside(article.seg.paragraphs[sent.paragraph].start, sent.start)
                    or not self._may_be_a_persons(m.group("name"))
                    or m.group("surname").lower() in _NOT_A_SURNAME
                    or m.group("intro") and not _INTRODUCTORY.match(m.group("intro"))):
                continue  # (a body is no "he": "Top Republican Party donors"; a clause before a comma
                # is no introduction: "Sanders lost Ohio, Florida and ...")
            title = m.group("title")
            if not self._may_be(pronoun, f"{title or ''} {m.group('name')}"):
                continue  # "Mrs. Lopez", "Maria Lopez" for "he"
            # (not "Marie Murphy" named before, for "Murphy has an ally ... He thinks")
            full = None if title else self._last_full_name(names[m.group("surname")], m.end(), pronoun)
            if full is None:  # as written: "Mrs. Clinton" is not the last "... Clinton" named
                return " ".join(text[m.start("title") if title else m.start("name"):m.end("name")].split())
            return full
        return None

    def _people_opening(self, article: _ArticleCues, sentence: int, before: int | None = None) -> tuple[str, str] | None:
        """The people (a plural of a person's, an unnamed or a vague source's kind) opening the body sentence
        of index `sentence` (ending before offset `before`, if given), outside a quotation, and their kind: "The
        researchers, led by Dr. Stanley Hazen, measured" (not things: "The shares fell")."""
        if sentence < 0:
            return None
        sent = article.seg.sentences[sentence]
        if sent.kind != "body" or article.quotes.inside(article.seg.paragraphs[sent.paragraph].start, sent.start):
            return None
        subject = self.phrases.opening_subject(article.doc, sent.start, sent.end)
        if (subject is None or before is not None and subject.end >= before
                # (its first word capitalised as the sentence's: "Archaeologists have discovered")
                or not _PLURAL_HEAD.search(subject.text[:1].lower() + subject.text[1:])):
            return None
        kind = self.sources.classify(subject.text)[0]
        return (" ".join(subject.text.split()), kind) if kind in ("person", "anonymous", "vague") else None

    def _last_full_name(self, named: list[tuple[int, str]], before: int, pronoun: str = "") -> str | None:
        """The last of a surname's full names (`named`, from name_index, in text order) that begins
        before offset `before` and is a person's ("Marco Bellini", not "When Bellini" or "Team
        Clinton"), one `pronoun` may stand for ("Hillary Clinton" for "she", not "Bill Clinton"); the
        search goes back from there, so a surname named thousands of times costs no more."""
        for k in range(bisect_left(named, before, key=lambda x: x[0]) - 1, -1, -1):
            name = named[k][1]
            if not name.split()[0].endswith(".") and self._may_be_a_persons(name) and self._may_be(pronoun, name):
                return " ".join(name.split())
        return None

    def _role_plural(self, word: str) -> bool:
        """Whether a word is people named by their role, in the plural ("Jurors", "Officials"), not a
        name ending in s ("Sanders")."""
        return " " not in word and word.endswith("s") and self.sources.mentions("person", word.lower())

    def _may_be_a_persons(self, name: str) -> bool:
        """Whether capitalised words may be a person's name: not opening with a word that is no name
        ("When Bellini", "On Thursday"), not a body's ("Team Clinton", "Top Republican Party"), nor
        people named by their role ("Jurors heard"), nor a place after a title ("Former Arizona", of "Former
        Arizona governor Jan Brewer")."""
        if self._role_plural(name):
            return False
        words = name.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in self.name_titles:
            words = words[1:]
        if len(words) < len(name.split()) and self.sources.classify(" ".join(words))[0] not in ("person", "unknown"):
            return False
        return (name.split()[0].lower() not in _NOT_A_SURNAME
                and self.sources.classify(name)[0] in ("person", "unknown"))

    def _carry_over(self, doc: Document, seg: Segmented, found: list[Attribution],
                    quotes: _Quotations) -> list[Attribution]:
        """Attributions for sentences that continue a reported account (see rules/cues/carry-over):
        the next sentences of the paragraph that go on with it or stand inside a quotation opened
        before them; the next paragraph when a quotation was left open at the end of this one; the
        items of a list, or the quotation, an account ending with a colon introduces ("Key points,
        according to the CBO:", "A police spokesperson said:"); and, backwards, the opening sentences
        of a quotation attributed at its end ('"A. B. C," X said.'), and a paragraph of quotation left
        open with no attribution of its own when the next opens with a quotation attributed in its
        first sentence (the quote runs over both: "'... for years.\n\n'They won't find one,' he added.")."""
        text = doc.prose
        if not self.carry_patterns and not self.quotation_patterns:
            return []
        grouped = by_sentence(found)
        carried = []
        sentences, paragraphs = seg.sentences, seg.paragraphs
        for i, sent in enumerate(sentences):
            # the account must have a source, and a rule's cue (a learned cue's view or intention,
            # "Councillors voted ...", is not an account the next sentences go on with); a quotation
            # after it goes on with it even when the account itself states nothing ("Del. Marcia Price
            # shouted to the crowd. 'The nation ...'")
            listing = text[sent.start:sent.end].rstrip().endswith(":")
            # (an account that ends its paragraph with a colon and states nothing itself introduces the
            # next paragraph whole, quoted or not, whoever's cue it is: "The governor added:" over a
            # block quotation; "The New York Times reports:")
            introduces = listing and sentences[-1] is not sent and sentences[i + 1].paragraph != sent.paragraph
            lead = [a for a in grouped.get(i, []) if a.source is not None
                    and (not a.learned or (introduces and _states_nothing(text, a.content)))]
            if not lead:
                continue
            paragraph = sent.paragraph
            block = None  # the paragraph so introduced (`first`: where its sentences start among those carried)
            # a speaker's label opening the paragraph ("OKAFOR: Absolutely. Ridership is up ..."), whatever
            # else its first sentence reports ("BENENSON: Our polls said we would win. We did.")
            opens = i == 0 or sentences[i - 1].paragraph != paragraph
            a = next((x for x in lead if x.cue_rule in self.label_rules), lead[-1]) if opens else lead[-1]
            labelled = a.cue_rule in self.label_rules and opens
            for j in range(i + 1, len(sentences)):  # (not a slice: that would copy the list per account)
                nxt = sentences[j]
                if nxt.kind != "body":
                    break
                if nxt.index in grouped:
                    if labelled and nxt.paragraph == paragraph:
                        continue  # the speaker's paragraph goes on past what it reports ("Our models said ...")
                    if (listing and nxt.paragraph in (paragraph, paragraph + 1)
                            and _list_item(doc.text, paragraphs[nxt.paragraph].start)):
                        # an item with a cue of its own ("- Voters who drive are opposed, 52 percent to 39
                        # percent."): the list goes on past it
                        paragraph = nxt.paragraph
                        continue
                    break
                if nxt.paragraph == block:
                    pass  # (carried whole)
                elif nxt.paragraph == paragraph:
                    in_list = listing and _list_item(doc.text, paragraphs[paragraph].start)
                    # (inside a quotation opened in an earlier sentence of the paragraph: "...: "There
                    # was blood everywhere. It was terrifying."")
                    quoted = quotes.inside(paragraphs[paragraph].start, nxt.start)
                    if not in_list and not quoted and not (labelled and not self._stops(doc, nxt)) \
                            and not self._goes_on(doc, nxt, a):
                        break
                    if not quoted and _attributed_where_it_ends(sentences, j, grouped, quotes, paragraphs):
                        break  # (a quotation opening here whose speaker is named where it ends: '"A. B," X said.')
                elif introduces and block is None and nxt.paragraph == paragraph + 1 and _states_nothing(text, a.content):
                    paragraph = block = nxt.paragraph
                    first = len(carried)
                elif nxt.paragraph == paragraph + 1 and (
                        (listing and (_list_item(doc.text, paragraphs[nxt.paragraph].start)
                                      or self._opens_quotation(text, nxt)))  # "A spokesperson said:" + quote
                        or (quotes.inside(paragraphs[paragraph].start, paragraphs[paragraph].end)
                            and self._opens_quotation(text, nxt))):
                    paragraph = nxt.paragraph
                else:
                    break
                carried.append(_carried(a, nxt))
            if block is not None:
                a.content = (carried[first].content[0], carried[-1].content[1])  # (what the account states)
        carried += self._quotation_openings(doc, seg, grouped, {c.sentence for c in carried}, quotes)
        carried += self._carried_back(doc, seg, grouped, {c.sentence for c in carried}, quotes)
        carried += self._signed(doc, seg, grouped, {c.sentence for c in carried})
        carried += _credited_back(doc, seg, grouped, {c.sentence for c in carried})
        return carried

    def _signed(self, doc: Document, seg: Segmented, grouped: dict, taken: set) -> list[Attribution]:
        """The quotation a signature line attributes: a paragraph holding only a cue and its source, perhaps
        with where it was said ("\u2014 Tom Becker", "\u2014 Dan Price, in a post on X" under a block quotation)
        credits the paragraph of quotation before it (in quotation marks, or a Markdown block quote), whose
        sentences are carried from it (and which is its statement)."""
        text, sentences, paragraphs = doc.prose, seg.sentences, seg.paragraphs
        out = []
        for i, here in grouped.items():
            sent = sentences[i]
            a = next((a for a in here if a.source is not None and (a.content is None or a.content[0] >= a.cue_start)),
                     None)
            if (a is None or sent.paragraph == 0 or text[paragraphs[sent.paragraph].start:a.cue_start].strip()
                    or not _SIGNATURE_END.fullmatch(text, max(a.cue_end, a.source.end), paragraphs[sent.paragraph].end)):
                continue
            # (the sentences of the paragraph before, walking back from this one: the ones before it in
            # its own paragraph would have made the cue no paragraph's opening)
            j = i
            while j > 0 and sentences[j - 1].paragraph == sent.paragraph - 1:
                j -= 1
            quoted = sentences[j:i]
            if (not quoted or any(s.kind != "body" or s.index in grouped or s.index in taken for s in quoted)
                    or not (self._opens_quotation(text, quoted[0]) or _in_block_quote(doc.text, quoted[0].start))):
                continue
            a.content = (quoted[0].start, quoted[-1].end)
            out += [_carried(a, s) for s in quoted]
        return out

    @staticmethod
    def _quotation_openings(doc: Document, seg: Segmented, grouped: dict, taken: set,
                            quotes: _Quotations) -> list[Attribution]:
        """The sentences of a quotation before the one attributing it, in the same paragraph: the
        opening sentences of '"A. B. C," X said.' or '"A. B." ― X'; or of a block quote its signature
        ends ("> A. B.\n> — X", the lines one paragraph)."""
        sentences, paragraphs = seg.sentences, seg.paragraphs
        out = []
        for i, here in grouped.items():
            lead = [a for a in here if a.source is not None and a.content and not a.carried]
            sent = sentences[i]
            start = paragraphs[sent.paragraph].start
            # (a signature: a mark, its statement before it)
            signed = next((a for a in lead if not a.cue_text.isalpha() and a.content[1] <= a.cue_start), None)
            if signed is not None and not _in_block_quote(doc.text, start):
                signed = None
            if not lead or not (signed or quotes.inside(start, sent.start)):
                continue
            a = signed or lead[0]
            for j in range(i - 1, -1, -1):
                prev = sentences[j]
                if prev.paragraph != sent.paragraph or j in grouped or j in taken:
                    break
                out.append(_carried(a, prev))
                if not signed and not quotes.inside(start, prev.start):
                    break  # the sentence that opens the quotation
        return out

    def _carried_back(self, doc: Document, seg: Segmented, grouped: dict, taken: set,
                      quotes: _Quotations) -> list[Attribution]:
        """The sentences of an unattributed paragraph of quotation left open, carried back from the
        attribution in the first sentence of the next paragraph, which goes on with the quotation,
        when the paragraph before it ends with an attribution to the same source (the quote sits
        between two of the speaker's: not an excerpt quoted paragraph by paragraph)."""
        text, sentences, paragraphs = doc.prose, seg.sentences, seg.paragraphs
        by_paragraph: dict[int, list] = {}
        for s in sentences:
            by_paragraph.setdefault(s.paragraph, []).append(s)
        out = []
        for p, here in by_paragraph.items():
            after = by_paragraph.get(p + 1)
            if (not after or any(s.kind != "body" or s.index in grouped or s.index in taken for s in here)
                    or not self._opens_quotation(text, here[0]) or not self._opens_quotation(text, after[0])
                    or not quotes.inside(paragraphs[p].start, paragraphs[p].end)):
                continue
            lead = [a for a in grouped.get(after[0].index, []) if a.source is not None and a.content]
            before = by_paragraph.get(p - 1)
            earlier = [b for b in grouped.get(before[-1].index, []) if b.source is not None] if before else []
            if lead and any(_speaker(b.source) == _speaker(lead[0].source) for b in earlier):
                a = lead[0]
                out += [_carried(a, s) for s in here]
        return out

    def _opens_quotation(self, text: str, sent) -> bool:
        return any(p.search(text, sent.start, sent.end, timeout=REGEX_TIMEOUT) for p in self.quotation_patterns)

    def _goes_on(self, doc: Document, sent, a: Attribution) -> bool:
        """Whether a sentence of the same paragraph goes on with `a`'s account: a quotation does; a
        sentence matching the carry-over `patterns` ("would") does when the account's statement
        follows its cue ("X said that ...") and no other named party opens the sentence ("Reuters
        could not independently verify the figure")."""
        if self._opens_quotation(doc.prose, sent):
            return True
        if self._stops(doc, sent):
            return False  # the newsroom's own note: "The footage could not be independently verified."
        return (a.content is not None and a.content[0] >= a.cue_end
                and any(p.search(doc.prose, sent.start, sent.end, timeout=REGEX_TIMEOUT) for p in self.carry_patterns)
                and not self._another_party(doc, sent, a.source))

    def _stops(self, doc: Document, sent) -> bool:
        """Whether a sentence matches the carry-over `stop_patterns`: the newsroom's own note."""
        return any(p.search(doc.prose, sent.start, sent.end, timeout=REGEX_TIMEOUT) for p in self.stop_patterns)

    def _another_party(self, doc: Document, sent, source: SourceRef) -> bool:
        """Whether a sentence opens with a named party other than `source` (an outlet, a government, an
        organization or a person named in capitals)."""
        opening = self.phrases.opening_subject(doc, sent.start, sent.end)
        if opening is None or not opening.text[:1].isupper() or opening.text.lower() in PRONOUNS:
            return False
        # (a possessive's owner is the party: "Mrs. Clinton's plan would also cap ...")
        owner = _OWNER.match(opening.text)
        party = owner.group(1) if owner else opening.text
        if party in source.text or party in (source.canonical or ""):
            return False
        return self.sources.classify(party)[0] in ("outlet", "government", "organization", "person")
