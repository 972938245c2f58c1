"""Attribution linking: find cues, link each to its source and its content.

Cue verbs and cue phrases come from rules/cues; the source is the noun phrase next to the cue,
classified by sources.SourceClassifier (outlet registry and source-terms rules). Sentences that continue
a reported account are carried over (rules/cues/carry-over). Not yet done: pronoun and short-name
resolution.
"""
from __future__ import annotations

import regex

from citeaudit.model import Attribution, Document, Segmented, SourceRef
from citeaudit.rules import REGEX_TIMEOUT, RuleSet
from citeaudit.sources import SourceClassifier

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}


def inflections(lemma: str) -> list[str]:
    """Regular English inflections of a verb lemma: -s, -ed, -ing."""
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif regex.search(r"(?:s|sh|ch|x|z)$", lemma):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    return sorted(forms)


def verb_forms(entries: list) -> list[str]:
    forms: set[str] = set()
    for entry in entries:
        if isinstance(entry, str):
            forms.update(inflections(entry))
        elif isinstance(entry, dict):
            for lemma, listed in entry.items():
                forms.update(listed or [lemma])
    return sorted(forms, key=lambda f: (-len(f), f))


_NP_BEFORE = regex.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?(?:[\p{Lu}][\p{L}\p{M}.'\u2019&-]*\s+){0,5}"
    r"(?:[\p{Lu}][\p{L}\p{M}.'\u2019&-]*|[\p{Ll}]+)\s*$")
_NP_AFTER = regex.compile(
    r"^\s*(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{L}\p{M}'\u2019&-]+\s+){0,4}?(?:[\p{Lu}][\p{L}\p{M}.'\u2019&-]*)"
    r"(?:\s+[\p{Lu}][\p{L}\p{M}.'\u2019&-]*){0,4}")
# the clause after a verb cue, without a leading "that" or a time phrase
_WORDS_AFTER = regex.compile(r"[\s,:]*(?:(?:on|last|this)\s+\p{Lu}?\p{L}+\s+)?(?:that\s+)?(.+)", regex.S)
# "according to the Russian news agency RIA, ...": a short phrase running up to punctuation
_NP_CLAUSE = regex.compile(
    r"^\s*((?:[\p{L}\p{M}\p{N}'\u2019&.-]+\s+){0,11}?[\p{L}\p{M}\p{N}'\u2019&-]+)\s*(?=[,;:()\u2014]|\.(?:\s|$)|$)")
# "Sergei Ryabkov, Russia's deputy foreign minister, said": the name before the appositive
_APPOSITIVE_BEFORE = regex.compile(
    r"((?:[\p{Lu}][\p{L}\p{M}.'\u2019-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}'\u2019-]*),\s[^,]{3,80},\s*$")


class Attributor:
    def __init__(self, rules: RuleSet):
        self.sources = SourceClassifier(rules)
        self.carry_patterns = [p for r in rules.of_kind("carry-over") for p in r.patterns()]
        self.verb_guards = [p for r in rules.of_kind("cue-verbs") for p in r.patterns("guards")]
        forms: list[str] = []
        for r in rules.of_kind("cue-verbs"):
            forms += verb_forms(r.get("verbs", []))
        self.verb_re = regex.compile(r"\b(?:" + "|".join(map(regex.escape, sorted(set(forms), key=len, reverse=True))) + r")\b")
        self.phrase_rules = []
        for r in rules.of_kind("cue-phrases"):
            flags = regex.IGNORECASE if r.get("ignorecase") else 0
            phr = regex.compile(r"\b(?:" + "|".join(r.get("phrases", [])) + r")\b", flags)
            guards = [regex.compile(g, flags) for g in r.get("guards", [])]
            self.phrase_rules.append((r, phr, guards))

    def attribute(self, doc: Document, seg: Segmented) -> list[Attribution]:
        text = doc.prose
        out: list[Attribution] = []
        for sent in seg.sentences:
            if sent.kind != "body":
                continue
            for rule, phr, guards in self.phrase_rules:
                for m in phr.finditer(text, sent.start, sent.end, timeout=REGEX_TIMEOUT):
                    if any(g.match(text, m.start(), sent.end) for g in guards):
                        continue
                    src = self._np_after(doc, m.end(), sent.end, phrase_cue=True)
                    content = (sent.start, m.start()) if m.start() - sent.start > 10 else (src.end if src else m.end(), sent.end)
                    out.append(Attribution(f"a{len(out) + 1}", m.start(), m.end(), m.group(), src, content, sent.index,
                                           cue_rule=rule.id))
            for m in self.verb_re.finditer(text, sent.start, sent.end, timeout=REGEX_TIMEOUT):
                if any(g.match(text, m.start(), sent.end, timeout=REGEX_TIMEOUT) for g in self.verb_guards):
                    continue
                src = self._np_before(doc, sent.start, m.start())
                if src is None:
                    src = self._np_after(doc, m.end(), sent.end)
                content = self._verb_content(text, sent.start, sent.end, m.start(), m.end(), src)
                out.append(Attribution(f"a{len(out) + 1}", m.start(), m.end(), m.group(), src, content, sent.index,
                                       cue_rule="cues/reporting-verbs"))
        for a in out:
            if a.source is not None:
                a.source.kind, a.source.outlet, a.source.detail = self.sources.classify(a.source.text)
        self._resolve(doc, out)
        out += self._carry_over(seg, text, out)
        out.sort(key=lambda a: (a.cue_start, a.sentence))
        for i, a in enumerate(out):
            a.id = f"a{i + 1}"
        return out

    @staticmethod
    def _resolve(doc: Document, found: list[Attribution]) -> None:
        """Resolve pronouns ("he said") and short names ("Budanov stated") to the last compatible full
        source before them: for a short name, the last full name ending with it, also among earlier
        capitalised names in the text ("Ukrainian commander Kyrylo Budanov"); for a pronoun, the last
        person named as a source. The resolved source gives its kind."""
        persons: list[SourceRef] = []
        for a in sorted(found, key=lambda x: x.cue_start):
            src = a.source
            if src is None:
                continue
            words = src.text.split()
            if src.text.lower() in PRONOUNS and src.text.lower() not in ("i", "we", "you"):
                if src.text.lower() != "it" and persons:
                    src.canonical = persons[-1].canonical or persons[-1].text
            elif src.kind in ("person", "unknown") and words and words[-1][:1].isupper():
                surname = words[-1]
                match = next((p for p in reversed(persons) if p.text.split()[-1] == surname and p.text != src.text
                              and len(p.text.split()) > len(words)), None)
                if match is None and len(words) <= 3:
                    m = None
                    for m in regex.finditer(r"\b\p{Lu}[\p{L}'\u2019-]+\s+" + regex.escape(surname) + r"\b",
                                            doc.prose[:src.start]):
                        pass
                    if m and m.group() != src.text:
                        src.canonical = " ".join(m.group().split())
                        src.kind = "person"
                elif match is not None:
                    name = regex.search(r"(?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,3}" + regex.escape(surname) + "$", match.text)
                    src.canonical = match.canonical or (name.group() if name else match.text)
                    src.kind = match.kind
                if src.kind == "person":
                    persons.append(src)

    def _carry_over(self, seg: Segmented, text: str, found: list[Attribution]) -> list[Attribution]:
        """Attributions for sentences that continue a reported account (see rules/cues/carry-over)."""
        if not self.carry_patterns:
            return []
        by_sentence: dict[int, list[Attribution]] = {}
        for a in found:
            by_sentence.setdefault(a.sentence, []).append(a)
        carried = []
        sentences = seg.sentences
        for i, sent in enumerate(sentences):
            # the account must report a statement: a source, and content after the cue
            lead = [a for a in by_sentence.get(i, []) if a.source is not None and a.content and a.content[0] >= a.cue_end]
            if not lead:
                continue
            a = lead[-1]
            j = i + 1
            while (j < len(sentences) and sentences[j].paragraph == sent.paragraph and sentences[j].kind == "body"
                   and j not in by_sentence
                   and any(p.search(text, sentences[j].start, sentences[j].end, timeout=REGEX_TIMEOUT)
                           for p in self.carry_patterns)):
                nxt = sentences[j]
                carried.append(Attribution("", a.cue_start, a.cue_end, a.cue_text, a.source, (nxt.start, nxt.end),
                                           nxt.index, carried=True, cue_rule=a.cue_rule))
                j += 1
        return carried

    @staticmethod
    def _verb_content(text: str, lo: int, hi: int, cue_start: int, cue_end: int, src) -> tuple[int, int] | None:
        """The statement a verb cue attributes: what follows the cue when a clause follows it
        ("X said that ..."), otherwise what precedes the source and cue ("..., X said.")."""
        after = _WORDS_AFTER.match(text, cue_end, hi)
        if after and len(after.group(1).split()) >= 4:
            return after.start(1), hi
        end = min(cue_start, src.start) if src is not None else cue_start
        while end > lo and text[end - 1] in " ,\u201d\"'\u2019\u2014-":
            end -= 1
        return (lo, end) if end > lo else None

    def _np_before(self, doc: Document, lo: int, cue: int) -> SourceRef | None:
        a = _APPOSITIVE_BEFORE.search(doc.prose, max(lo, cue - 160), cue)
        if a:
            return SourceRef(a.start(1), a.end(1), doc.text[a.start(1):a.end(1)], "person")
        m = _NP_BEFORE.search(doc.prose, max(lo, cue - 120), cue)
        if not m or not m.group().strip():
            return None
        s, e = m.start(), m.start() + len(m.group().rstrip())
        t = doc.text[s:e]
        if t.lower() in PRONOUNS:
            return SourceRef(s, e, t, "person")
        head = regex.sub(r"^(?:the|an?|his|her|their|its)\s+", "", t, flags=regex.IGNORECASE)
        if head[:1].isupper():
            return SourceRef(s, e, t, "unknown")
        return None

    def _np_after(self, doc: Document, cue_end: int, hi: int, phrase_cue: bool = False) -> SourceRef | None:
        """The source after a cue. After a phrase cue ("according to ...") the phrase up to the next
        punctuation is the source; after a verb ("..., said X") it must look like a name."""
        c = _NP_CLAUSE.match(doc.prose[cue_end:hi])
        if c and (phrase_cue or c.group(1)[:1].isupper() or c.group(1).split()[0].lower() in ("the", "a", "an")):
            s, e = cue_end + c.start(1), cue_end + c.end(1)
            return SourceRef(s, e, doc.text[s:e], "unknown")
        m = _NP_AFTER.match(doc.prose[cue_end:hi])
        if not m:
            return None
        seg = m.group()
        s = cue_end + len(seg) - len(seg.lstrip())
        e = cue_end + len(seg.rstrip().rstrip(".,;:"))
        return SourceRef(s, e, doc.text[s:e], "unknown") if e > s else None
