"""Learned cues: a linear model over the words around a candidate word, for the cues the rules miss.

Rules find the common cues ("said", "according to"); annotated news also attributes views and
intentions through a long tail of words ("thinks", "wants", "support for", "plans to") that are cues
in some contexts and not in others, each too unreliable for a rule alone. A `cue-model` rule names a
model file; the attributor scores each candidate word of an attributed sentence that no rule took, and
words scoring above the rule's threshold become cues (their source and content are found as for a
reporting verb). The same model weighs the cues the rules found, on features of their own: a rule cue
scoring below the rule's `rule_cue_threshold` is dropped ("called" naming a thing, "found" of a
discovery rather than a finding).

The model is data, like the rules: a plain text file of feature weights, trained from brat standoff
gold in the PolNeAR layout with `citeaudit train-cues` (an averaged perceptron, deterministic for a
given seed). Its features mention the rule cues nearby, so retrain it after changing cue rules.
"""
from __future__ import annotations

import random
import zlib
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import repeat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping

from citeaudit import rx

TOKEN = rx.compile(r"[\w\u2019'-]+|[^\w\s]")
MODEL_FORMAT = "citeaudit cue model 1"

_PRONOUNS = frozenset("he she they i we it you who".split())
AUXILIARIES = frozenset(
    "has have had is was were are be been will would to not also did does do could can should may might".split())
_DETERMINERS = frozenset("the a an this these those his her their its our my your".split())
PREPOSITIONS = frozenset("that to about for of on with as in by at from against".split())
_QUOTES = frozenset('"\u201c\u201d')
_OPENERS = frozenset('"\u201c:')  # what opens a statement after a cue
_PUNCTUATION = frozenset(",.:;?!\u2014\u2013-()")
NEAR = 3  # tokens: a candidate this close to a rule cue is part of it
_ZEROS = repeat(0.0)


def _shape(token: str) -> str:
    c = token[0]
    return "C" if c.isupper() else "l" if c.islower() else "d" if c.isdigit() else token


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1 << 16)
def _word_class(token: str) -> str:
    """A coarse class for a neighbouring token: the function words themselves, else its shape."""
    low = token.lower()
    if low in _PRONOUNS:
        return "PRON"
    if low in AUXILIARIES:
        return "AUX:" + low
    if low in _DETERMINERS:
        return "DET"
    if low in PREPOSITIONS or token in _QUOTES or token in _PUNCTUATION:
        return low
    return _shape(token)


def features(words: list[str], i: int, quoted: bool, source_before: bool, lowered: list[str] | None = None) -> list[str]:
    """The features of the word at `i` of a sentence's tokens: the word, its stem, its neighbours and
    their classes, its place in the sentence, whether it stands inside a quotation, whether a
    rule-found source stands within four tokens before it, the class of the word before it past
    auxiliaries and adverbs (its subject's), and whether "that", a quotation mark or a colon follows
    within three words. `lowered` may give the tokens in lower case."""
    n = len(words)
    lowered = lowered or [w.lower() for w in words]

    def low(j):
        return lowered[j] if 0 <= j < n else "<>"

    def cls(j):
        return _word_class(words[j]) if 0 <= j < n else "<>"

    w, p, nx, st = low(i), low(i - 1), low(i + 1), _stem(low(i))
    cp, cn = cls(i - 1), cls(i + 1)
    place = "0" if i == 0 else "1" if i < 3 else "2" if i < 8 else "3"
    q = "1" if quoted else "0"
    # the word before, past auxiliaries and adverbs: the subject's class ("Trump has long wanted")
    j = i - 1
    while j >= 0 and (lowered[j] in AUXILIARIES or lowered[j].endswith("ly")):
        j -= 1
    subject = cls(j)
    # what follows within three words: "that" (a reported clause), a quotation mark or a colon
    ahead = lowered[i + 1:i + 4]
    follows = ("t" if "that" in ahead else "") + ("q" if any(x in _OPENERS for x in ahead) else "")
    return [
        "b", "w=" + w, "st=" + st, "p=" + p, "n=" + nx, "pw=" + p + "_" + w, "wn=" + w + "_" + nx,
        "p2=" + low(i - 2), "n2=" + low(i + 2),
        "ps=" + (_shape(words[i - 1]) if i > 0 else "<") + "_" + w,
        "q=" + q, "qw=" + q + "_" + w, "qc=" + q + "_" + st + "_" + cp,
        "sb=" + str(source_before), "sbw=" + str(source_before) + "_" + st,
        "pp=" + str(p in _PRONOUNS) + "_" + st,
        "cp=" + cp + "_" + st, "cn=" + st + "_" + cn, "cpn=" + cp + "_" + st + "_" + cn,
        "cp2=" + cls(i - 2) + "_" + cp + "_" + st, "cn2=" + st + "_" + cn + "_" + cls(i + 2),
        "at=" + place, "atw=" + place + "_" + st,
        "sj=" + subject, "sjw=" + subject + "_" + st, "fo=" + follows, "fow=" + follows + "_" + st,
    ]


class SentenceTokens:
    """A sentence's tokens with their offsets, for the features of its rule cues and of its candidate
    words (tokenized once for both)."""

    def __init__(self, text: str, lo: int, hi: int):
        matches = list(TOKEN.finditer(text, lo, hi))
        if not matches:
            self.starts, self.ends, self.words, self.lowered = [], [], [], []
            return
        match = type(matches[0])
        self.starts, self.ends = list(map(match.start, matches)), list(map(match.end, matches))
        self.words = list(map(match.group, matches))
        # (the sentence lower-cased and tokenized again, in C, unless that changes its tokens)
        lowered = TOKEN.findall(text[lo:hi].lower())
        self.lowered = lowered if len(lowered) == len(matches) else [w.lower() for w in self.words]

    def rule_cue_features(self, cue_start: int, rule_id: str, quoted: bool, source_before: bool,
                          has_source: bool, sides: str = "") -> list[str]:
        """The features of a cue a rule found, for the model's second part, which weighs rule cues:
        the features of its first word (marked "|r", apart from the candidates') and its rule, alone,
        with the word and with whether a source stands before it or at all; and where the sentence's
        other rule cues stand (`sides`, see cue_sides), alone and with the word."""
        i = bisect_right(self.ends, cue_start)
        if i >= len(self.words):
            return []
        feats = [f + "|r" for f in features(self.words, i, quoted, source_before, self.lowered)]
        word = self.lowered[i]
        return feats + ["r=" + rule_id, "rw=" + rule_id + "_" + word,
                        "rsb=" + rule_id + str(source_before), "rs=" + rule_id + str(has_source),
                        "rcs=" + sides, "rcsw=" + sides + "_" + word]


def cue_sides(start: int, end: int, cues: Iterable[tuple[int, int]]) -> str:
    """Where other cues of the sentence stand from the span start..end: "b" (some before it), "a"
    (some after it), "ba" (both) or "" (none). A word after a reporting verb is often the start of
    the statement, not a cue of its own ("said it plans to"); one before it, a cue of a nested or
    earlier attribution."""
    cues = list(cues)
    return ("b" if any(ce <= start for _, ce in cues) else "") + ("a" if any(cs >= end for cs, _ in cues) else "")


def _covered(starts: list[int], ends: list[int], covering) -> list[int]:
    """The indices of the tokens (given by their starts and ends, in order) that overlap any of the
    `covering` spans."""
    out = []
    for cs, ce in covering:
        i = bisect_right(ends, cs)
        while i < len(starts) and starts[i] < ce:
            out.append(i)
            i += 1
    return out


def sentence_candidates(text: str, lo: int, hi: int, vocabulary: frozenset[str] | set[str],
                        cues: list[tuple[int, int]], sources: list[tuple[int, int]],
                        quoted: Callable[[int], bool], excluded: list[tuple[int, int]] = (),
                        tokens: SentenceTokens | None = None) -> Iterator[tuple[int, int, list[str]]]:
    """(start, end, features) for each word of text[lo:hi] in `vocabulary` (lower-cased) that no
    rule cue in `cues` or span in `excluded` overlaps and no rule cue stands within NEAR tokens of.
    `sources` are the spans of rule-found sources; `quoted(offset)` says whether an offset lies
    inside a quotation; `tokens`, the sentence's tokens where they were made already (otherwise a
    sentence with no word of the vocabulary is passed over without making them)."""
    if tokens is None:
        if not any(w in vocabulary for w in TOKEN.findall(text[lo:hi].lower())):
            return
        tokens = SentenceTokens(text, lo, hi)
    lowered, starts, ends = tokens.lowered, tokens.starts, tokens.ends
    candidates = [i for i, w in enumerate(lowered) if w in vocabulary]
    if not candidates:
        return
    cue_at = _covered(starts, ends, cues)
    skip = set(_covered(starts, ends, excluded))
    source_at = _covered(starts, ends, sources)
    for i in candidates:
        # a word next to a rule cue belongs to that cue ("was rejected", "said in a statement")
        if i in skip or any(abs(i - j) <= NEAR for j in cue_at):
            continue
        before = any(i - 4 <= j < i for j in source_at)
        feats = features(tokens.words, i, quoted(starts[i]), before, lowered)
        sides = cue_sides(starts[i], ends[i], cues)
        yield starts[i], ends[i], feats + ["cs=" + sides, "csw=" + sides + "_" + _stem(lowered[i])]


_BUCKETS = 4096


def _bucket(feature: str) -> int:
    """A feature's bucket in StoredWeights: a hash of it that is the same in every process (str's
    own hash is not)."""
    return zlib.crc32(feature.encode()) & (_BUCKETS - 1)


class StoredWeights:
    """A model's weights as the cache keeps them: one text of "feature<TAB>weight" lines grouped by
    bucket (a stable hash of the feature) and where each bucket's lines lie. It loads in a
    millisecond, where a dict of a hundred thousand weights takes tens, more than a pre-commit run
    on one article spends scoring; a weight is found by a string search within its bucket, and after
    WHOLE_AFTER lookups (a long run) the weights become a dict, quicker to look up. Read-only;
    compares equal to a dict of the same weights."""

    WHOLE_AFTER = 20_000

    def __init__(self, text: str, where: dict[int, tuple[int, int]]):
        self._text, self._where = text, where
        self._left = self.WHOLE_AFTER
        self._whole: dict[str, float] | None = None

    @staticmethod
    def pack(weights: dict[str, float]) -> tuple[str, dict[int, tuple[int, int]]]:
        """The text and the bucket ranges of `weights` (as read from a model file, whose features
        hold no tab or newline)."""
        lines: dict[int, list[str]] = {}
        for f, w in weights.items():
            lines.setdefault(_bucket(f), []).append(f"\n{f}\t{w!r}")
        parts, where, at = [], {}, 0
        for b in sorted(lines):
            chunk = "".join(sorted(lines[b]))
            where[b] = (at, at + len(chunk))
            parts.append(chunk)
            at += len(chunk)
        return "".join(parts) + "\n", where

    def get(self, feature: str, default=None):
        self._left -= 1
        if self._left < 0:
            if self._whole is None:
                self._whole = dict(self.items())
                self.get = self._whole.get  # (score() looks it up once per call)
            return self._whole.get(feature, default)
        where = self._where.get(_bucket(feature))
        if where is None:
            return default
        at = self._text.find("\n" + feature + "\t", where[0], where[1])
        if at < 0:
            return default
        at += len(feature) + 2
        return float(self._text[at:self._text.index("\n", at)])

    def __getitem__(self, feature: str) -> float:
        weight = StoredWeights.get(self, feature)
        if weight is None:
            raise KeyError(feature)
        return weight

    def items(self) -> Iterator[tuple[str, float]]:
        if len(self._text) < 2:
            return
        for line in self._text[1:-1].split("\n"):
            f, _, w = line.partition("\t")
            yield f, float(w)

    def __len__(self) -> int:
        return self._text.count("\n") - 1

    def __eq__(self, other) -> bool:
        if isinstance(other, StoredWeights):
            other = dict(other.items())
        return dict(self.items()) == other if isinstance(other, dict) else NotImplemented


@dataclass
class CueModel:
    vocabulary: frozenset[str]  # the lower-cased words that may be cues
    weights: Mapping[str, float]  # a dict, or StoredWeights when loaded

    def score(self, feats: Iterable[str]) -> float:
        return sum(map(self.weights.get, feats, _ZEROS))

    @classmethod
    def load(cls, path: Path) -> CueModel:
        """Read a model file (parsed once, then from citeaudit.cache as StoredWeights' columns);
        ValueError names the line that is wrong."""
        from citeaudit import cache

        def build():
            vocabulary, weights = cls._parse(path)
            return vocabulary, StoredWeights.pack(weights)

        vocabulary, stored = cache.derived(
            "cue-model", [Path(path)], build,
            lambda v: isinstance(v, tuple) and len(v) == 2 and isinstance(v[1], tuple) and isinstance(v[1][0], str),
            version=2)  # 2: weights as StoredWeights
        return cls(frozenset(vocabulary), StoredWeights(*stored))

    @staticmethod
    def _parse(path: Path) -> tuple[list[str], dict[str, float]]:
        vocabulary: list[str] = []
        weights: dict[str, float] = {}
        with open(path, encoding="utf-8") as fh:
            first = fh.readline().rstrip("\n")
            if first != "# " + MODEL_FORMAT:
                raise ValueError(f"line 1: expected '# {MODEL_FORMAT}'")
            for number, line in enumerate(fh, start=2):
                if line.startswith("#") or not line.strip():
                    continue
                key, _, value = line.rstrip("\n").partition("\t")
                if key == "@vocabulary":
                    vocabulary = value.split()
                    continue
                try:
                    weights[key] = float(value)
                except ValueError:
                    raise ValueError(f"line {number}: expected 'feature<TAB>weight'") from None
        if not vocabulary:
            raise ValueError("no '@vocabulary' line")
        return vocabulary, weights

    def dump(self, path: Path, comment: str = "") -> None:
        lines = ["# " + MODEL_FORMAT]
        lines += ["# " + c for c in comment.splitlines()]
        lines.append("@vocabulary\t" + " ".join(sorted(self.vocabulary)))
        lines += [f"{k}\t{v:.3f}" for k, v in sorted(self.weights.items())]
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def choose_vocabulary(labelled_words: Iterable[tuple[str, bool]], min_rate: float, min_count: int = 3) -> frozenset[str]:
    """The words that are part of a gold cue in at least `min_rate` of their occurrences."""
    seen: Counter = Counter()
    cue: Counter = Counter()
    for word, is_cue in labelled_words:
        seen[word] += 1
        cue[word] += is_cue
    return frozenset(w for w, n in seen.items() if n >= min_count and cue[w] / n >= min_rate)


def _perceptron(examples: list[tuple[list[str], bool]], epochs: int, seed: int) -> dict[str, float]:
    """One averaged perceptron over (features, is-cue) examples, shuffled with `seed`."""
    weights: Counter = Counter()
    totals: Counter = Counter()  # each update weighted by when it happened, for the average
    order = list(range(len(examples)))
    rng = random.Random(seed)
    step = 1
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, is_cue = examples[k]
            y = 1 if is_cue else -1
            if y * sum(weights[f] for f in feats) <= 0:
                for f in feats:
                    weights[f] += y
                    totals[f] += step * y
            step += 1
    return {f: weights[f] - totals[f] / step for f in weights}


def train(examples: list[tuple[list[str], bool]], epochs: int = 8, seed: int = 0, prune: float = 0.2,
          runs: int = 10) -> dict[str, float]:
    """The mean of `runs` averaged perceptrons (seeds seed, seed + 1, ...): one run depends on the
    order it saw the examples in, the mean much less. Weights below `prune` in size are dropped:
    the many tiny ones change no decision and would make the model file larger (those from 0.2 to 1
    do matter: dropping them cost 0.003-0.004 cue F1 in cross-validation)."""
    total: Counter = Counter()
    for run in range(runs):
        for f, w in _perceptron(examples, epochs, seed + run).items():
            total[f] += w
    return {f: round(w / runs, 3) for f, w in sorted(total.items()) if abs(w / runs) >= prune}
