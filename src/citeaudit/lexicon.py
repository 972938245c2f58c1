"""The spelling lexicon: word frequencies from wordfreq, known misspellings from codespell, plus the
user's lexicon files.

Loading wordfreq's English list costs about a quarter of a second, too much for a pre-commit run on
one article, so the part citeaudit needs (lower-case alphabetic words and their Zipf frequency) is
derived once and cached (see citeaudit.cache), keyed by the size and time of the libraries' data
files and the Python version; an unwritable or corrupt cache only costs the slower path.
"""
from __future__ import annotations

import marshal
import math
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterator

from citeaudit import cache

MIN_CACHED_ZIPF = 1.5  # rarer words count as unseen (Zipf 0)
CACHE_FORMAT = 9  # 7: tables stored as columns in buckets (WordTable); 9: words between newlines


@lru_cache(maxsize=1)
def _versions() -> str:
    """A key for the installed data: size and time of wordfreq's English list and codespell's
    dictionary (found without importing either library), and the Python version."""
    from importlib.util import find_spec

    parts = []
    for package, name in (("wordfreq", "data/large_en.msgpack.gz"), ("codespell_lib", "data/dictionary.txt")):
        spec = find_spec(package)
        try:
            st = (Path(spec.origin).parent / name).stat()
            parts.append(f"{st.st_size:x}{st.st_mtime_ns:x}")
        except (AttributeError, TypeError, OSError):
            parts.append("0")
    return f"wf{parts[0]}-cs{parts[1]}-py{sys.version_info[0]}{sys.version_info[1]}-f{CACHE_FORMAT}"


def cache_path() -> Path:
    return cache.directory() / f"lexicon-{_versions()}.marshal"


def _build() -> tuple[dict[str, float], dict[str, str]]:
    import codespell_lib
    from wordfreq import get_frequency_dict

    zipf = {}
    for word, freq in get_frequency_dict("en", "large").items():
        z = math.log10(freq) + 9
        if z >= MIN_CACHED_ZIPF and word.isalpha() and word.islower():
            zipf[word] = round(z, 2)
    misspellings = {}
    data = Path(codespell_lib.__file__).parent / "data" / "dictionary.txt"
    for line in data.read_text(encoding="utf-8").splitlines():
        wrong, sep, right = line.partition("->")
        if sep and corrections(right):
            # looked up in lower case: "Britian->Britain" is found for "Britian" too (a lower-case
            # entry of the same word wins)
            key = wrong.strip()
            if key.islower() or key.lower() not in misspellings:
                misspellings[key.lower()] = ", ".join(corrections(right))
    return zipf, misspellings


def corrections(right: str) -> list[str]:
    """The corrections of a 'wrong->right' line's right side: one, or several after commas
    ("lonly->lonely, only")."""
    return [c.strip() for c in right.split(",") if c.strip()]


SPLIT_AFTER = 4  # searches in a bucket after which it is split into a dict


def _bucket(word: str) -> str:
    """The bucket of a word in a WordTable: its first three letters (a shorter word is its own)."""
    return word[:3]


def columns(words: list[str], values: list[str]) -> tuple[str, str, dict[str, tuple[int, int, int, int]]]:
    """A word table as stored: the words (sorted) and their values (strings) each joined by newlines
    (the words with a newline before the first and after the last too), and for each bucket the
    character range of its words and of their values in the two texts."""
    order = sorted(range(len(words)), key=words.__getitem__)
    index: dict[str, tuple[int, int, int, int]] = {}
    wpos, vpos = 1, 0
    for i in order:
        word, value = words[i], values[i]
        if "\n" in word or "\n" in value:
            raise ValueError(f"a word table entry holds a newline: {word!r}")
        key = _bucket(word)
        ws, _, vs, _ = index.get(key, (wpos, 0, vpos, 0))
        wpos += len(word) + 1
        vpos += len(value) + 1
        index[key] = (ws, wpos - 1, vs, vpos - 1)
    joined_words = "\n" + "".join(words[i] + "\n" for i in order)
    joined_values = "\n".join(values[i] for i in order)
    return joined_words, joined_values, index


class WordTable:
    """A read-only word -> value table stored as two long strings (see `columns`), which load from
    the cache in a few milliseconds: a dict or even a list of the whole lexicon costs more to build
    than a pre-commit run on one article has. A word is looked up by a string search within its
    bucket, the words sharing its first three letters, and its value found by counting lines; each
    answer is kept for the rest of the run, and a bucket searched often is split into a dict.
    `convert` maps a stored value (a string) to the one returned."""

    def __init__(self, words: str, values: str, index: dict[str, tuple[int, int, int, int]],
                 convert: Callable[[str], Any] | None = None):
        self._words, self._values, self._index, self.convert = words, values, index, convert
        self._answers: dict[str, Any] = {}
        self._searched: dict[str, int] = {}  # bucket -> searches in it so far
        self._split: dict[str, dict[str, str]] = {}  # buckets searched often, as dicts

    @classmethod
    def of(cls, entries: dict[str, str], convert: Callable[[str], Any] | None = None) -> WordTable:
        return cls(*columns(list(entries), list(entries.values())), convert)

    def _find(self, word: str):
        answer = self._answers.get(word)
        if answer is None:
            answer = self._answers[word] = self._search(word)
        return answer

    def _search(self, word: str):
        key = _bucket(word)
        split = self._split.get(key)
        if split is not None:
            return split.get(word, _MISSING)
        where = self._index.get(key)
        if where is None:
            return _MISSING
        ws, we, vs, ve = where
        searched = self._searched[key] = self._searched.get(key, 0) + 1
        if searched > SPLIT_AFTER:  # a long run: split the bucket once, look up by hash from now on
            split = self._split[key] = dict(zip(self._words[ws:we].split("\n"), self._values[vs:ve].split("\n")))
            return split.get(word, _MISSING)
        at = self._words.find("\n" + word + "\n", ws - 1, we + 1)
        if at < 0:
            return _MISSING
        values, p = self._values, vs
        for _ in range(self._words.count("\n", ws, at + 1)):  # the word's line in its bucket
            p = values.index("\n", p, ve) + 1
        end = values.find("\n", p, ve)
        return values[p:ve if end < 0 else end]

    def items(self) -> Iterator[tuple[str, str]]:
        """Every (word, stored value), in alphabetical order."""
        if self._index:
            yield from zip(self._words[1:-1].split("\n"), self._values.split("\n"))

    def get(self, word: str, default=None):
        value = self._find(word)
        if value is _MISSING:
            return default
        return self.convert(value) if self.convert else value

    def __getitem__(self, word: str):
        value = self._find(word)
        if value is _MISSING:
            raise KeyError(word)
        return self.convert(value) if self.convert else value

    def __contains__(self, word: str) -> bool:
        return self._find(word) is not _MISSING


class Layered:
    """A WordTable with the user's changes on top: words added or changed, and words removed."""

    def __init__(self, base: WordTable):
        self.base, self.top, self.removed = base, {}, set()

    def get(self, word: str, default=None):
        if word in self.top:
            return self.top[word]
        return default if word in self.removed else self.base.get(word, default)

    def __getitem__(self, word: str):
        value = self.get(word, _MISSING)
        if value is _MISSING:
            raise KeyError(word)
        return value

    def __contains__(self, word: str) -> bool:
        return self.get(word, _MISSING) is not _MISSING

    def __setitem__(self, word: str, value) -> None:
        self.top[word] = value
        self.removed.discard(word)

    def update(self, other: dict) -> None:
        for k, v in other.items():
            self[k] = v

    def pop(self, word: str, default=None):
        value = self.get(word, default)
        self.top.pop(word, None)
        self.removed.add(word)
        return value


_MISSING = object()


def _hundredths(stored: str) -> float:
    return int(stored) / 100


def _pack(data: tuple[dict[str, float], dict[str, str]]) -> bytes:
    """The lexicon's two tables as stored columns (see `columns`): Zipf frequencies in hundredths."""
    zipf, misspellings = data
    return marshal.dumps((columns(list(zipf), [str(min(65535, round(z * 100))) for z in zipf.values()]),
                          columns(list(misspellings), list(misspellings.values()))))


def _unpack(blob: bytes) -> tuple[WordTable, WordTable]:
    zipf, misspellings = marshal.loads(blob)
    return WordTable(*zipf, _hundredths), WordTable(*misspellings)


def _load_cached() -> tuple[WordTable, WordTable]:
    name = cache_path().name
    blob = cache.read(name)
    if blob is not None:
        try:
            return _unpack(blob)
        except (ValueError, EOFError, TypeError):
            pass
    blob = _pack(_build())
    cache.write(name, blob, "lexicon")
    return _unpack(blob)  # the same values whether cached or not


@lru_cache(maxsize=1)
def base_lexicon() -> tuple[WordTable, WordTable]:
    """(word -> Zipf frequency; known misspelling -> correction), in alphabetical order."""
    return _load_cached()


def read_word_file(path: Path) -> list[str]:
    """One word per line; '#' starts a comment."""
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(line)
    return words


def read_misspelling_file(path: Path) -> dict[str, str]:
    """Lines 'wrong->right' (codespell's format; several corrections may follow, after commas: they
    are kept as written, and the typo check suggests the most frequent)."""
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        wrong, sep, right = line.partition("->")
        if not sep or not wrong.strip() or not corrections(right):
            raise ValueError(f"line {n}: expected 'wrong->right', got {line!r}")
        out[wrong.strip().lower()] = ", ".join(corrections(right))
    return out


@lru_cache(maxsize=4)
def frequent_words(min_zipf: float) -> dict[int, str]:
    """The base lexicon's words at least this frequent, by length (each length's words joined by
    newlines, in alphabetical order): the spelling suggestions' candidates. Derived once for a given
    floor and cached beside the lexicon."""
    floor = round(min_zipf * 100)

    def build() -> dict[int, str]:
        by_length: dict[int, list[str]] = {}
        for word, hundredths in base_lexicon()[0].items():
            if int(hundredths) >= floor:
                by_length.setdefault(len(word), []).append(word)
        return {n: "\n".join(words) for n, words in sorted(by_length.items())}

    # keyed like the lexicon itself (not by its cache file, whose time each read renews)
    return cache.derived("suggestions", [], build, lambda v: isinstance(v, dict), (_versions(), floor))
