"""The spelling lexicon: word frequencies from wordfreq, known misspellings from codespell, plus the
user's lexicon files.

Loading wordfreq's English list costs about a quarter of a second, too much for a pre-commit run on
one article, so the part citeaudit needs (lower-case alphabetic words and their Zipf frequency) is
derived once and cached under the user cache directory, keyed by the library versions and the
Python version; an unwritable or corrupt cache only costs the slower path.
"""
from __future__ import annotations

import marshal
import math
import os
import sys
import tempfile
from array import array
from functools import lru_cache
from pathlib import Path

MIN_CACHED_ZIPF = 1.5  # rarer words count as unseen (Zipf 0)
CACHE_FORMAT = 4  # 4: packed as joined strings and an array of Zipf hundredths


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
    base = os.environ.get("CITEAUDIT_CACHE_DIR")
    if not base:
        from platformdirs import user_cache_dir

        base = user_cache_dir("citeaudit")
    return Path(base) / f"lexicon-{_versions()}.marshal"


def _build() -> tuple[dict[str, float], dict[str, str]]:
    import codespell_lib
    from wordfreq import get_frequency_dict

    zipf = {}
    for word, freq in get_frequency_dict("en", "large").items():
        z = math.log10(freq) + 9
        if z >= MIN_CACHED_ZIPF and word.isalpha() and word.islower():
            zipf[word] = round(z, 2)
    zipf = dict(sorted(zipf.items(), key=lambda kv: (-kv[1], kv[0])))  # most frequent first
    misspellings = {}
    data = Path(codespell_lib.__file__).parent / "data" / "dictionary.txt"
    for line in data.read_text(encoding="utf-8").splitlines():
        wrong, sep, right = line.partition("->")
        if sep:
            misspellings[wrong.strip()] = right.split(",")[0].strip()
    return zipf, misspellings


_HUNDREDTHS = [n / 100 for n in range(1000)]  # Zipf values run from 0 to about 8


def _pack(data: tuple[dict[str, float], dict[str, str]]) -> bytes:
    """The lexicon as a few long strings: building dicts from them is several times quicker than
    unmarshalling the dicts themselves."""
    zipf, misspellings = data
    return marshal.dumps(("\n".join(zipf), array("H", (min(999, round(z * 100)) for z in zipf.values())).tobytes(),
                          "\n".join(misspellings), "\n".join(misspellings.values())))


def _unpack(blob: bytes) -> tuple[dict[str, float], dict[str, str]]:
    words, packed, wrong, right = marshal.loads(blob)
    hundredths = array("H")
    hundredths.frombytes(packed)
    zipf = dict(zip(words.split("\n"), map(_HUNDREDTHS.__getitem__, hundredths))) if words else {}
    misspellings = dict(zip(wrong.split("\n"), right.split("\n"))) if wrong else {}
    if len(zipf) != len(hundredths):
        raise ValueError("corrupt lexicon cache")
    return zipf, misspellings


def _load_cached() -> tuple[dict[str, float], dict[str, str]]:
    path = cache_path()
    try:
        return _unpack(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    data = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".lexicon-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(_pack(data))
        os.replace(tmp, path)  # atomic: concurrent runs never read a half-written cache
    except OSError:
        pass
    return _unpack(_pack(data))  # the same values whether cached or not


@lru_cache(maxsize=1)
def base_lexicon() -> tuple[dict[str, float], dict[str, str]]:
    """(word -> Zipf frequency, most frequent first; known misspelling -> correction)."""
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
    """Lines 'wrong->right' (codespell's format; extra corrections after a comma are ignored)."""
    out = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        wrong, sep, right = line.partition("->")
        if not sep or not wrong.strip() or not right.strip():
            raise ValueError(f"line {n}: expected 'wrong->right', got {line!r}")
        out[wrong.strip().lower()] = right.split(",")[0].strip()
    return out
