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
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from citeaudit import cache

MIN_CACHED_ZIPF = 1.5  # rarer words count as unseen (Zipf 0)
CACHE_FORMAT = 6  # 5: alphabetical word lists and an array of Zipf hundredths; 6: every correction kept


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


# Lookups by bisection until this many, then a dict (about 30 ms to build) for the rest of the run.
DICT_AFTER_LOOKUPS = 20_000


class WordTable:
    """A read-only word -> value table over an alphabetically sorted word list, looked up by
    bisection: it loads from the cache without hashing every word (a dict of the whole lexicon
    costs more to build than a pre-commit run has); a long run switches to a dict. `values` may be
    any sequence; `convert` maps a stored value to the one returned."""

    def __init__(self, words: list[str], values, convert=None):
        if len(words) != len(values):
            raise ValueError("words and values differ in length")
        self.words, self.values, self.convert = words, values, convert
        self._lookups = 0
        self._dict: dict | None = None  # built once a run has asked enough to repay it

    def _find(self, word: str):
        if self._dict is None:
            self._lookups += 1
            if self._lookups > DICT_AFTER_LOOKUPS:
                self._dict = dict(zip(self.words, self.values))
            else:
                i = bisect_left(self.words, word)
                return self.values[i] if i < len(self.words) and self.words[i] == word else _MISSING
        return self._dict.get(word, _MISSING)

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


def _hundredths(n: int) -> float:
    return n / 100


def _pack(data: tuple[dict[str, float], dict[str, str]]) -> bytes:
    """The lexicon as long strings in alphabetical order and an array of Zipf hundredths."""
    zipf, misspellings = data
    words = sorted(zipf)
    wrong = sorted(misspellings)
    return marshal.dumps(("\n".join(words), array("H", (min(65535, round(zipf[w] * 100)) for w in words)).tobytes(),
                          "\n".join(wrong), "\n".join(misspellings[w] for w in wrong)))


def _unpack(blob: bytes) -> tuple[WordTable, WordTable]:
    words, packed, wrong, right = marshal.loads(blob)
    hundredths = array("H")
    hundredths.frombytes(packed)
    zipf = WordTable(words.split("\n") if words else [], hundredths, _hundredths)
    misspellings = WordTable(wrong.split("\n") if wrong else [], right.split("\n") if wrong else [])
    return zipf, misspellings


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


def frequent_words(min_zipf: float) -> list[str]:
    """The base lexicon's words at least this frequent, in alphabetical order (compared in the
    stored hundredths, without converting every value)."""
    table = base_lexicon()[0]
    floor = round(min_zipf * 100)
    return [w for w, hundredths in zip(table.words, table.values) if hundredths >= floor]
