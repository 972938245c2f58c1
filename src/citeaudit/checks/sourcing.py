"""Kind `source-kind`: attributions whose source is of a given kind (vague, anonymous, an outlet).

The message may use {source} (the source phrase), {outlet} (canonical outlet name), {reason} (the
stated reason for anonymity, or "no reason given") and {linked} (for Markdown articles, a note when
the sentence links to the outlet's own site). `except_outlets` (names or aliases; the configuration's
`own-outlets` adds to it) are left out: "the BBC understands" in the BBC's own copy; so are the outlets
the article's dateline, byline or metadata credits ("RICHMOND, Va. (AP) -", "By JANE DOE, Associated Press",
"publisher: Politico" in the front matter, a web page's og:site_name); so are sources
matching one of `except_sources` (the newsroom itself: "seen by this newspaper"), and
attributions inside a statement credited to a source of the kinds in `unless_credited_to`, at its end
("Analysts had expected 73 cents, according to LSEG data") or, wherever it stands, by a cue of a rule in
`credited_by_cues` ("According to the Parliamentary Budget Office, the deficit is forecast to ..."). A
document source matching a pattern of `held_by`, whose group `outlet` names an outlet, counts as that
outlet's ("an internal memo seen by The Verge"), as does any source's statement in a document so named in
a phrase opening or closing its sentence ("In a memo seen by Reuters, the chief executive said", "she wrote
in the memo, which was obtained by The Verge."), and a person's
matching a pattern of `reporting_for`
by a cue matching one of `reporting_cues` ("per ESPN's Rachel Moss"; not "NBC's Chuck Todd asked"); and any
source's statement given to an outlet, as a pattern of `told_to` matched right after the cue finds it in its
group `outlet` ("told the BBC", "said in an interview with CNN"). One
source is reported once a sentence, and of two sources of a sentence one inside the other only one.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import Iterable

import regex

from citeaudit import rx
from citeaudit.checks import Article, article_check, make_finding
from citeaudit.model import Attribution, Finding
from citeaudit.phrases import named_as
from citeaudit.reader import front_matter
from citeaudit.rules import REGEX_TIMEOUT, Rule


# a preposition's phrase opening a sentence, up to its comma (group 1, without the comma); or a participle's
# naming where the source spoke or wrote: "Speaking on BBC Radio 4, the minister said", "Writing in The Times,"
_OPENING_PHRASE = rx.compile(r"\s*((?:In|Through|Via|Speaking|Writing)\s[^,;:]+?),\s*")
# ... or closing it, after the cue and its source (group 1, without the full stop and a closing quotation mark)
_CLOSING_PHRASE = rx.compile(r"\s+((?:in|through|via)\s[^;:]+?)[.!]?[\"'\u201d\u2019]?\s*")


def _first_match(patterns, text: str):
    """The first match of one of `patterns` in `text`, or None."""
    return next((m for p in patterns if (m := p.search(text, timeout=REGEX_TIMEOUT))), None)


# the opening words of a description of outlets, capitalised only where they open a sentence
_DESCRIBING = frozenset(("The", "A", "An", "Local", "State", "Some", "Other", "Several", "Many", "Foreign", "Regional",
                         "Official", "Social"))


def _in_running_text(phrase: str) -> str:
    """A description of an outlet as a sentence goes on with it: "Local media" opening its own sentence is
    "local media", "The newspaper" "the newspaper" (a name keeps its capitals: "The Gazette", "Turkish media")."""
    words = phrase.split()
    if len(words) >= 2 and words[1][:1].islower() and words[0] in _DESCRIBING:
        words[0] = words[0].lower()
    return " ".join(words)


def _linked_note(article: Article, sentence_index: int, outlet: str | None) -> str:
    if not outlet or not article.doc.links:
        return ""
    sent = article.seg.sentences[sentence_index]
    classifier = article.rules.source_classifier()
    for host in article.doc.linked_hosts(sent.start, sent.end):
        if any(found.name == outlet for found in classifier.outlets_at(host)):
            return f" The sentence links to the original report ({host.removeprefix('www.')})."
    return ""


def _excepted_outlets(rule: Rule, article: Article) -> frozenset[str]:
    """The canonical names of the rule's `except_outlets` (resolved once for a rule's list; a name outlets of
    several countries share, all of them), and of the outlet the article credits itself to (_credited_outlets)."""
    key = ("excepted", tuple(rule.get("except_outlets") or ()))
    if key not in rule.cache:
        classifier = article.rules.source_classifier()
        rule.cache[key] = frozenset(named for name in key[1]
                                    for named in ([o.name for o in classifier.outlets_named(name)] or [name]))
    return rule.cache[key] | _credited_outlets(article)


# the agency a dateline credits, in brackets: "RICHMOND, Va. (AP) —", "MUMBAI, Nov 25 (PTI):"; a byline's
# outlet after its comma: "By JANE DOE, Associated Press"
_DATELINE_CREDIT = rx.compile(r"\(([^()\n]{1,40})\)")
_BYLINE_CREDIT = rx.compile(r",\s*([^,\n]{2,60}?)\s*$")
# the publisher an article's metadata names: its front matter's ("publisher: Politico", "site_name: ...") or a
# web page's ('<meta property="og:site_name" content="POLITICO">', in either order of the attributes)
_FRONT_MATTER_PUBLISHER = rx.compile(r"^(?:publisher|publication|outlet|site_name|site)[ \t]*[:=][ \t]*[\"']?([^\"'\n]{2,60}?)"
                                     r"[\"']?[ \t]*$", regex.M | regex.I)
_META_PUBLISHER = rx.compile(r"<meta\s+(?:[^>]*?\s)?(?:property|name)\s*=\s*[\"'](?:og:site_name|publisher|application-name)[\"']"
                             r"[^>]*?\scontent\s*=\s*[\"']([^\"'<>]{2,60})[\"']"
                             r"|<meta\s+(?:[^>]*?\s)?content\s*=\s*[\"']([^\"'<>]{2,60})[\"'][^>]*?\s(?:property|name)\s*=\s*"
                             r"[\"'](?:og:site_name|publisher|application-name)[\"']", regex.I)


def _credited_outlets(article: Article) -> frozenset[str]:
    """The outlets an article's datelines, bylines and metadata (a publisher in the front matter, a web page's
    site name) credit it to: a wire story's own race call or
    report is no second-hand sourcing ("RICHMOND, Va. (AP) - ... The Associated Press declared Park the
    winner"). Found once per article (each source-kind rule asks)."""
    if "credited-outlets" in article.cache:
        return article.cache["credited-outlets"]
    classifier = article.rules.source_classifier()
    found = set()
    for sent in article.seg.sentences:
        credit = _DATELINE_CREDIT if sent.kind == "dateline" else _BYLINE_CREDIT if sent.kind == "byline" else None
        if credit is not None:
            for m in credit.finditer(article.doc.prose, sent.start, sent.end):
                if (outlet := classifier.outlet(m.group(1), article.doc.prose)) is not None:
                    found.add(outlet.name)
    if article.doc.format != "text":
        # (and the publisher its metadata names)
        text = article.doc.text
        named = [m.group(1) for m in _FRONT_MATTER_PUBLISHER.finditer(front_matter(text))]
        if "<meta" in text:
            head = text.find("</head>")
            named += [m.group(1) or m.group(2)
                      for m in _META_PUBLISHER.finditer(text, 0, len(text) if head < 0 else head, timeout=REGEX_TIMEOUT)]
        for name in named:
            if (outlet := classifier.outlet(name.strip(), article.doc.prose)) is not None:
                found.add(outlet.name)
    article.cache["credited-outlets"] = frozenset(found)
    return article.cache["credited-outlets"]


# a cue stating nothing: a refusal ("declined to comment", "refused to say") or a verb of saying in the negative
# ("did not say how many", "would not say whether"; not a view: "regulators did not consider him", "most don't
# expect him to"): no claim rests on its source
_REFUSING = rx.compile(r"(?i:declin|refus)")
_NOT_SAYING = rx.compile(r"(?i:say|comment|respond|elaborate|specify|disclose|confirm|answer|reply|explain|"
                         r"release|return|provide|give|offer)\b")
_NEGATED_BEFORE = rx.compile(r"\b(?i:did|does|do|would|will|could|can)(?:\s+not|n['\u2019]t)\s+"
                             r"(?:(?i:immediately|publicly)\s+)?$")


def _refusal(prose: str, a: Attribution) -> bool:
    """Whether an attribution's cue refuses or denies saying anything (see _REFUSING)."""
    return _REFUSING.match(a.cue_text) is not None or (
        _NOT_SAYING.match(a.cue_text) is not None
        and _NEGATED_BEFORE.search(prose, max(0, a.cue_start - 40), a.cue_start) is not None)


def _part_of(start: int, end: int, cue: int, other: tuple[int, int, int]) -> bool:
    """Whether the source start..end (of the cue at `cue`) is reported with `other` (start, end, cue): it
    lies inside `other`, its cue outside it; or `other` lies inside it, and other's cue too."""
    s, e, other_cue = other
    if (s, e) == (start, end):
        return False
    if s <= start and end <= e:
        return not s <= cue < e
    return start <= s and e <= end and start <= other_cue < end


@article_check("source-kind")
def check_source_kind(rule: Rule, article: Article) -> Iterable[Finding]:
    kinds = set(rule.get("source_kinds"))
    excepted = _excepted_outlets(rule, article)
    backing = set(rule.get("unless_credited_to") or ())
    opening = set(rule.get("credited_by_cues") or ())  # cue rules crediting the whole statement ("according to")
    own = rule.joined("except_sources")
    # (statements credited at their end, where the credit covers all before it: "..., according to LSEG data",
    # or by a phrase opening them: "According to the Parliamentary Budget Office, the deficit is forecast to
    # ..."; an offset lies in one of them when one starting at or before it reaches past it)
    credited = sorted(b.content for b in article.attributions if b.source is not None and b.source.kind in backing
                      and b.content and (b.content[1] <= b.cue_start or b.cue_rule in opening)
                      and not b.carried)
    starts, reach = [cs for cs, _ in credited], list(accumulate((ce for _, ce in credited), max))
    held_by, reporting_for, told_to = rule.joined("held_by"), rule.joined("reporting_for"), rule.joined("told_to")
    reporting_cues = rule.joined("reporting_cues")
    classifier = article.rules.source_classifier() if held_by or reporting_for or told_to else None
    said: set[tuple[int, str]] = set()
    # (the sources of these kinds in each sentence, with their cues: of two, one inside the other, one finding
    # is made: for the longer when the shorter's cue stands outside it, "A senior" of "A senior Republican
    # aide, speaking on condition of anonymity to describe private talks, said"; else for the shorter, the
    # longer running over its cue, "supporters hope her relentless" of "supporters hope")
    spans: dict[int, list[tuple[int, int, int]]] = {}
    for a in article.attributions:
        if a.source is not None and a.source.kind in kinds and not a.carried:
            spans.setdefault(a.sentence, []).append((a.source.start, a.source.end, a.cue_start))
    for a in article.attributions:
        src = a.source
        if src is None or a.carried or _refusal(article.doc.prose, a):
            continue
        if any(_part_of(src.start, src.end, a.cue_start, other) for other in spans.get(a.sentence, ())):
            continue
        outlet, told = src.outlet, None
        if src.kind not in kinds:
            # a document an outlet obtained is that outlet's reporting: "an internal memo seen by The Verge";
            # so is what one of its journalists reports: "per ESPN's Rachel Moss"
            patterns = (held_by if src.kind == "document" else reporting_for if src.kind == "person" and any(
                p.fullmatch(a.cue_text, timeout=REGEX_TIMEOUT) for p in reporting_cues) else ())
            held = _first_match(patterns, src.text)
            if held is None and src.end < a.cue_start:
                # (or between it and its cue: "The document, which was reviewed by The Washington Post, shows", "The
                # minister was quoted by Interfax as saying")
                held = _first_match(held_by, article.doc.prose[src.end:a.cue_start].strip(" ,\u2014\u2013-"))
            # ... and so is what a source gave an outlet: "told the BBC", "said in an interview with CNN"
            sent = article.seg.sentences[a.sentence]
            prose = article.doc.prose
            told = None if held else next(
                (m for p in told_to if (m := p.match(prose, a.cue_end, sent.end, timeout=REGEX_TIMEOUT))), None)
            # ... and what a source says in a document an outlet obtained, named before it or after it: "In a memo
            # to employees seen by Reuters, chief executive Dana Whitfield said", "Whitfield wrote in the memo,
            # which was obtained by The Verge."
            phrase = None if held or told else (_OPENING_PHRASE.fullmatch(prose, sent.start, src.start)
                                                or _CLOSING_PHRASE.fullmatch(prose, max(a.cue_end, src.end), sent.end))
            held = held or told or (_first_match(held_by, phrase.group(1)) if phrase else None)
            found = (classifier.outlet(held.group("outlet"), prose, article.doc.linked_hosts(sent.start, sent.end))
                     if held else None)
            if found is None:
                continue
            outlet = found.name
        if outlet is not None and outlet in excepted:
            continue
        if any(p.search(src.text, timeout=REGEX_TIMEOUT) for p in own):
            continue
        k = bisect_right(starts, a.cue_start) - 1
        if k >= 0 and a.cue_start < reach[k]:
            continue  # a checkable source vouches for it: "Analysts had expected 73 cents, according to LSEG data"
        # (a pronoun or "who" is shown as the source it stands for: "Anonymous source 'They'" said nothing)
        shown = named_as(src)
        # (an outlet not registered, by the longer name it was resolved to: "The Gazette" for "The Springfield Gazette")
        named = src.canonical if src.kind == "outlet" and src.canonical else shown
        msg = rule.message.format(source=" ".join(shown.split()), outlet=outlet or _in_running_text(named),
                                  reason=src.detail or "no reason given",
                                  linked=_linked_note(article, a.sentence, outlet)).strip()
        if (a.sentence, msg) in said:
            continue  # once a sentence: "was first reported by Bloomberg News, which said ..."
        said.add((a.sentence, msg))
        start, end = min(a.cue_start, src.start), max(a.cue_end, src.end, told.end("outlet") if told else 0)
        yield make_finding(rule, article.doc, start, end, msg, rule.get("suggestion"))
