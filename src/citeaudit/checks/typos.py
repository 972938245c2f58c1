"""Kind `spelling` (rule `typo`): misspelled words, with a suggested correction.

Names are everywhere in news and no dictionary knows them, so only lower-case words of running prose
are judged (capitalised words are left alone unless they are a known misspelling of a name, or open
a sentence and misspell a lower-case word: "Hte owner"; @handles, #tags,
web and e-mail addresses and words joined by an apostrophe or a slash always). The parts of a
hyphenated compound are judged too, more strictly (see compound_part_fix). A word is flagged when it is

- a known misspelling (codespell's dictionary and the user's misspelling files), or
- rare in English (below `known_zipf`), not derivable from a known word by a common prefix, suffix
  or compound split, used only once in the article, and close (by edit distance) to a much more
  frequent word (at least `frequency_gap` Zipf above it), which becomes the suggestion.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

import regex

from citeaudit import rx
from citeaudit.checks import Article, article_check, make_finding, prepare
from citeaudit.lexicon import (Layered, base_lexicon, corrections, frequent_words, read_misspelling_file,
                               read_word_file)
from citeaudit.model import Finding
from citeaudit.rules import Rule, data_file

# words of 3 to 30 letters (longer runs of letters are not words anyone misspelled), also the parts of
# a hyphenated compound ("hard-wokring") and a word before a possessive or contraction ("the ocuntry's",
# "thta's"); not a word joined to others by an apostrophe ("don't", "o'clock", "lyin'"), a slash or a
# full stop, nor an HTML entity's name ("&mdash;" in scraped text or an HTML block); a word broken at a
# line end ("delib- erately") is judged whole (_BROKEN)
_BEFORE = r"(?<![\w@#/.&])(?<!\w['\u2019])(?<!\p{L}-[ \t])"
_AFTER = r"(?![\w/@])(?!['\u2019](?!(?:s|ll|re|ve|d)\b))(?!-\s)"
_CANDIDATE = rx.compile(rf"{_BEFORE}(?:\p{{Ll}}{{3,30}}|\p{{Lu}}\p{{Ll}}{{2,29}}){_AFTER}")
# a word broken at a line end and left so: "delib- erately", "re- ceived"
_BROKEN = rx.compile(r"(?<![\w-])(\p{Ll}{2,})-[ \t]+(\p{Ll}{2,})(?![\w'\u2019-])")
# web addresses and e-mail addresses in plain text: their words are not prose
_ADDRESS = rx.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)\S+|\S+@\S+\.\w+", regex.I)
_WORD = rx.compile(r"\p{L}+")
_WORD_OPENS = rx.compile(r"[\s\"'(\[\u201c\u2018\u2014\u2013-]")  # what may stand before a word
SUFFIXES = ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "est", "ness", "able", "ment", "ments", "ism", "ist",
            "ists", "ize", "izes", "ized", "izing", "ion", "ions", "al", "ally", "ity", "y")
PREFIXES = ("un", "re", "non", "over", "under", "counter", "anti", "pre", "post", "mis", "out", "co", "self",
            "inter", "super", "sub", "multi", "semi", "mega")


DERIVING_BASE_ZIPF = 2.3  # how common the base of a word-forming suffix must be

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_DOUBLES = rx.compile(r"(?:^|[^aeiou])[aeiou][b-df-hj-np-tv-z]$")  # a base whose last consonant doubles
_INFLECTIONS = frozenset(("s", "es", "ed", "d", "ing", "er", "ers", "est", "ly"))  # (the other suffixes form words)
_DOUBLING = frozenset(("ed", "ing", "er", "ers", "est", "able"))  # the suffixes before which it does
_MUST_DOUBLE = rx.compile(r"[^aeiouy]*[aeiou][b-df-hj-np-tvz]")  # a word of one syllable whose consonant doubles
_BEFORE_ES = ("s", "x", "z", "ch", "sh", "o", "i")  # what "-es" follows ("i": a "y" turned, "carries")
SHORT_BASE_ZIPF = 3.0  # how common a base of three letters must be ("nixing", "tsking")
SHORT_STEM_ZIPF = 3.5  # ... before a word-forming suffix
# words that take no suffix: "notted", "mosted", "sooned" are slips of "noted", "most", "soon"
_FUNCTION_WORDS = frozenset("""not most soon very much many such also even just only than then there their they
what when where which while with from into onto upon about after before under over this that these those some
more less least been being have were your yours ours them thus here""".split())


KEY_SLIP = 1.0
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_BESIDE = {c: set(row[max(i - 1, 0):i] + row[i + 1:i + 2]) for row in _ROWS for i, c in enumerate(row)}


def _key_slip(wrong: str, right: str) -> bool:
    """Whether `wrong` is `right` with one letter replaced by a key beside it on the keyboard's row,
    or with two letters swapped."""
    if len(wrong) != len(right):
        return False
    diff = [i for i, (a, b) in enumerate(zip(wrong, right)) if a != b]
    if len(diff) == 1:
        return wrong[diff[0]] in _BESIDE.get(right[diff[0]], ())
    return len(diff) == 2 and diff[1] == diff[0] + 1 and wrong[diff[0]] == right[diff[1]] and wrong[diff[1]] == right[diff[0]]


def _edits1(w: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away from `w`."""
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    out.discard(w)
    return out


def _bases(w: str, s: str) -> list[str]:
    """The words English would spell `w` from with the suffix `s`, or none: "stopped" from "stop", "making" from
    "make", "carried" from "carry"; not "dayss", "couldd", "officeer" (English drops the "e": "officer"),
    "wantes" ("-es" follows a hissing sound, an "o" or a "y" turned "i"), "saleing", "carryed", "steped" (a
    word of one syllable ending with a vowel and a consonant doubles it), "gainned"."""
    b = w[: -len(s)]
    if (s == "s" and b.endswith("s")) or (s in ("d", "y") and not b.endswith("e")) or (s[0] == "e" and b.endswith("e")):
        return []  # ("-y" where the word keeps its "e": "gluey", "pricey"; not "usualy", "onlyy")
    if s == "es" and not b.endswith(_BEFORE_ES):
        return []
    if s[0] in "aeiou" and b[-1] == "e" and b[-2:] not in ("ee", "oe", "ye"):
        return []  # a silent "e" goes before a vowel
    if s[0] != "i" and b[-1] == "y" and b[-2] not in "aeiou":
        return []  # a "y" after a consonant turns "i"
    out = [b]
    if b[-1] == "i" and s[0] != "i":
        out.append(b[:-1] + "y")  # "carried", "happily" (not "triing")
    if s[0] in "aeiou":
        out.append(b + "e")  # "making"
        if s in _DOUBLING:
            if b[-1] == b[-2] and _DOUBLES.search(b[:-1]):
                out.append(b[:-1])  # "stopped", "planning"
            if _MUST_DOUBLE.fullmatch(b):
                out.remove(b)  # not "steped", "tened"
    return out


class Speller:
    def __init__(self, rule: Rule):
        zipf, misspellings = base_lexicon()
        self.zipf = Layered(zipf)
        self.misspellings = Layered(misspellings)
        self.known_zipf = float(rule.get("known_zipf", 1.8))
        self.gap = float(rule.get("frequency_gap", 1.5))
        self.seen_gap = float(rule.get("seen_gap", 0.5))  # more, for a word English uses at all
        self.min_length = int(rule.get("min_length", 4))
        self.suggest_zipf = float(rule.get("suggest_zipf", 3.0))
        self.common_zipf = float(rule.get("common_zipf", 4.0))  # see check_spelling's slips of common words
        self.repeated_zipf = float(rule.get("repeated_zipf", 4.5))  # see correction's words used again
        self._extra: list[str] = []  # words the rule's lexicons and allow-list add
        for i, name in enumerate(rule.get("lexicons", []) or []):
            path = data_file(rule, name)
            try:
                if name.endswith("misspellings.txt") or "->" in path.read_text(encoding="utf-8"):
                    self.misspellings.update(read_misspelling_file(path))
                else:
                    for w in read_word_file(path):
                        self.zipf[w.lower()] = 9.0
                        self._extra.append(w.lower())
            except (OSError, UnicodeDecodeError, ValueError) as e:
                raise rule.error(f"lexicons[{i}]", f"{path}: {e}") from None
        for w in rule.get("allow", []) or []:
            self.zipf[str(w).lower()] = 9.0
            self._extra.append(str(w).lower())
            self.misspellings.pop(str(w).lower(), None)
        self._common: dict[int, list[str]] = {}  # frequent words by length, split when first asked
        self._verdicts: dict[str, str | None] = {}

    def fix(self, word: str) -> str | None:
        """The correction of a known misspelling: the most frequent of those its entry lists, a slip of
        the finger counting for `KEY_SLIP` Zipf more as in `suggest` ("lonly->lonely, only" suggests
        "only"; "wnat->want, what" suggests "want", two letters swapped; the first listed wins a tie)."""
        options = corrections(self.misspellings.get(word) or "")
        return max(options, key=lambda c: self.zipf.get(c.lower(), 0.0) + (
            KEY_SLIP if _key_slip(word, c.lower()) else 0.0)) if options else None

    def known(self, w: str, floor: float | None = None) -> bool:
        return self.zipf.get(w, 0.0) >= (self.known_zipf if floor is None else floor)

    def derivable(self, w: str) -> bool:
        """Whether `w` is a known word with a common suffix or prefix, as English adds them, or two
        frequent words written as one."""
        return self._affixed(w) or self.compound(w)

    def _affixed(self, w: str, prefixed: bool = True) -> bool:
        """Whether `w` is a known word with a suffix as English spells it on, or a prefix (`prefixed`: one
        prefix, not two: "re-pre-ents" is no word)."""
        for s in SUFFIXES:
            if w.endswith(s) and len(w) - len(s) >= 3:
                # (a word-forming suffix, "-ment", "-ness", needs a base in common use: "gover" of "goverments"
                # is a surname; a base of three letters more so: "isu" of "isued", "lat" of "latist" are no
                # English words)
                floor = DERIVING_BASE_ZIPF if len(s) >= 3 or s == "y" else None
                short = SHORT_BASE_ZIPF if s in _INFLECTIONS else SHORT_STEM_ZIPF
                # (a base whose consonant the word doubles is one by its spelling, whatever its length: "vaxxed")
                if any(self._sound_base(b, floor if len(b) > 3 or w[len(b)] == b[-1] else short)
                       and b not in _FUNCTION_WORDS for b in _bases(w, s)):
                    return True
        if not prefixed:
            return False
        for p in PREFIXES:
            rest = w[len(p):]
            if w.startswith(p) and len(rest) >= 4 and (self._sound_base(rest) or self._affixed(rest, False)
                                                       or self.compound(rest)):
                return True
        return False

    def _sound_base(self, w: str, floor: float | None = None) -> bool:
        """Whether a word may take an affix: a known word (at least `floor` in frequency), not a known
        misspelling the lexicon holds for its use on the web ("goverment", so "goverments" is no derived
        word)."""
        return self.known(w, floor) and (w not in self.misspellings or self.known(w, 3.5))

    def compound(self, w: str) -> bool:
        return any(self.known(w[:i], 3.5) and self.known(w[i:], 3.5) for i in range(3, len(w) - 2))

    def common(self, length: int, spread: int) -> list[str]:
        """Frequent words whose length is within `spread` of `length`: the suggestion candidates (the
        lexicon's, then the rule's own words)."""
        out = []
        lengths = range(length - spread, length + spread + 1)
        for n in lengths:
            if n not in self._common:
                joined = frequent_words(self.suggest_zipf).get(n, "")
                self._common[n] = joined.split("\n") if joined else []
            out += self._common[n]
        return out + [w for w in self._extra if len(w) in lengths]

    def suggest(self, w: str) -> str | None:
        """The most frequent word at the smallest edit distance (insertions, deletions, substitutions
        and transpositions: at most 1 for short words and 2 otherwise) among frequent words, if it is
        clearly more frequent than `w`. Words one edit away are generated and looked up; only when
        there are none is the lexicon searched (rapidfuzz, optimal string alignment distance) for
        words two edits away."""
        near = [c for c in _edits1(w) if self.zipf.get(c, 0.0) >= self.suggest_zipf]
        if near:
            # a slip of the finger is likelier than another word: a neighbouring key or two letters
            # swapped count for `KEY_SLIP` Zipf ("qhere": where, not there)
            best = min(near, key=lambda c: (-self.zipf[c] - (KEY_SLIP if _key_slip(w, c) else 0.0), c))
        elif len(w) > 4:
            from rapidfuzz import process
            from rapidfuzz.distance import OSA

            found = process.extract(w, self.common(len(w), 2), scorer=OSA.distance, score_cutoff=2,
                                    limit=50)
            if not found:
                return None
            best = min(found, key=lambda x: (x[1], -self.zipf[x[0]], x[0]))[0]
        else:
            return None
        seen = self.zipf.get(w, 0.0)
        # a word English uses at all (rarely: "belying", "foible") needs a much more frequent neighbour
        need = self.gap + (self.seen_gap if seen > 0 else 0.0)
        return best if self.zipf[best] >= seen + need else None

    def slip_of_common(self, word: str, fix: str) -> bool:
        """Whether `fix` is a common word (`common_zipf`) one edit from `word`: then `word` is a slip
        even where it would pass for two words written as one or, used again, for a coinage."""
        return self.zipf.get(fix, 0.0) >= self.common_zipf and fix in _edits1(word)

    def verdict(self, word: str) -> str | None:
        """The correction for a misspelled lower-case word, or None when it is fine."""
        if word not in self._verdicts:
            result = None
            if word in self.misspellings and not self.known(word, 3.5):
                result = self.fix(word)  # (a known misspelling however short: "teh", "adn")
            elif len(word) >= self.min_length and not self.known(word) and not self._affixed(word):
                result = self.suggest(word)
                if result is not None and self.compound(word) and not self.slip_of_common(word, result):
                    # two words written as one ("bookstore") unless one slip from a very common word
                    # ("peercent": percent)
                    result = None
            self._verdicts[word] = result
        return self._verdicts[word]


@prepare("spelling")
def speller_for(rule: Rule) -> Speller:
    """The rule's speller, built on first use and kept with the rule."""
    if "speller" not in rule.cache:
        rule.cache["speller"] = Speller(rule)
    return rule.cache["speller"]


def compound_part_fix(speller: Speller, text: str, start: int, end: int, fix: str) -> str | None:
    """A flagged word's correction where it is part of a hyphenated compound, or None: the compound
    written solid is no known or derived word ("pre-empted"), and the fix is a known misspelling's or
    one edit away ("hard-wokring"), not a guess at a coinage ("MSM-nesia", "lickety-split")."""
    lo, first = start, max(0, start - 80)  # (compounds are short: the walk is bounded)
    while lo > first and (text[lo - 1].isalnum() or text[lo - 1] == "-"):
        lo -= 1
    hi, last = end, min(len(text), end + 80)
    while hi < last and (text[hi].isalnum() or text[hi] == "-"):
        hi += 1
    compound = text[lo:hi].strip("-")
    if "-" not in compound:
        return fix
    solid = compound.replace("-", "").lower()
    if speller.known(solid) or speller.derivable(solid):
        return None
    low = text[start:end].lower()
    return fix if low in speller.misspellings or fix.lower() in _edits1(low) else None


def _broken_words(rule: Rule, speller: Speller, article: Article, spans) -> Iterable[Finding]:
    """Words broken at a line end and left so ("delib- erately"): flagged with the whole word when it
    is a common one and its second part is no word of its own ("well- known" is left alone)."""
    text = article.doc.prose
    for start, end in spans:
        for m in _BROKEN.finditer(text, start, end):
            whole = m.group(1) + m.group(2)
            if speller.known(whole, 3.0) and not speller.known(m.group(2)):
                yield make_finding(rule, article.doc, m.start(), m.end(),
                                   rule.message.format(word=m.group(), suggestion=whole), whole)


def opener_correction(speller: Speller, word: str, counts: Counter) -> str | None:
    """The correction for a capitalised word opening a sentence that is a known misspelling of a
    lower-case word ("Teh shop was closed"), used once in the article (a name is used again)."""
    low = word.lower()
    if not word[1:].islower() or counts[low] > 1 or low not in speller.misspellings or speller.known(low, 3.5):
        return None
    fix = speller.fix(low)
    return fix[:1].upper() + fix[1:] if fix and fix.islower() else None


def correction(speller: Speller, word: str, counts: Counter) -> str | None:
    """The correction for one surface form in an article whose word counts are `counts`, or None."""
    low = word.lower()
    if counts[low] > 1 and not (low in speller.misspellings and word[0].islower()):
        # the same spelling used again is deliberate, unless it is one slip from a common word ("thhat",
        # "wommen") or its suggestion a very common word ("seiad" twice for "said"): a writer's habit,
        # not a coinage
        fix = speller.verdict(low) if word[0].islower() else None
        return fix if fix and (speller.slip_of_common(low, fix) or speller.known(fix, speller.repeated_zipf)) else None
    if word[0].isupper():
        # capitalised words are names, unless they misspell a proper name ("Britian")
        fix = speller.fix(low) if len(low) >= speller.min_length else None
        return fix if fix and fix[0].isupper() and not speller.known(low, 3.5) else None
    return speller.verdict(low)


@article_check("spelling")
def check_spelling(rule: Rule, article: Article) -> Iterable[Finding]:
    speller = speller_for(rule)
    text = article.doc.prose
    counts = Counter(_WORD.findall(text.lower()))
    spans = [(s.start, s.end) for s in article.seg.sentences]
    # the verdict depends only on the word's form: judge each distinct form once, then find where
    # the flagged ones stand
    forms: set[str] = set()
    openers: set[int] = set()  # where the first word of a sentence stands
    for start, end in spans:
        found = _CANDIDATE.findall(text, start, end)
        forms.update(found)
        first = _CANDIDATE.search(text, start, end) if found and found[0][0].isupper() else None
        if first is not None and not any(c.isalnum() for c in text[start:first.start()]):
            openers.add(first.start())
    flagged = {form: fix for form in forms if (fix := correction(speller, form, counts))}
    opening = {form: fix for form in {text[i:_CANDIDATE.match(text, i).end()] for i in openers} - flagged.keys()
               if (fix := opener_correction(speller, form, counts))}
    if "- " in text or "-\t" in text:
        yield from _broken_words(rule, speller, article, spans)
    if not flagged and not opening:
        return
    addresses = [m.span() for m in _ADDRESS.finditer(text)] if "@" in text or "/" in text or "www." in text else []
    for start, end in spans:
        for m in _CANDIDATE.finditer(text, start, end):
            fix = flagged.get(m.group()) or (opening.get(m.group()) if m.start() in openers else None)
            if fix is None or any(a <= m.start() < b for a, b in addresses):
                continue
            if len(m.group()) < speller.min_length and m.start() and not _WORD_OPENS.match(text, m.start() - 1):
                continue  # a short word must stand alone: "ois" is a piece of the mangled "FranÃ§ois"
            fix = compound_part_fix(speller, text, m.start(), m.end(), fix)
            if fix:
                yield make_finding(rule, article.doc, m.start(), m.end(),
                                   rule.message.format(word=m.group(), suggestion=fix), fix)
