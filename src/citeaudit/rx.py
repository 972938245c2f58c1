"""Regular expressions compiled once per machine, not once per run.

citeaudit compiles a few hundred patterns (its rules' and its own) before it reads an article. The
`regex` module parses and compiles a pattern in Python, down to a list of integer opcodes that its C
engine then loads; for these patterns that takes about 0.1 s, a third of a cold run (the pre-commit
case: one article, one process). `compile` keeps each pattern's opcodes in one entry of
citeaudit.cache, made for this release of regex and of Python; a later run hands the stored opcodes
straight to the C engine (a few milliseconds for all of them) instead of compiling again.

Only what regex itself produced for the same pattern and flags is stored, and the entry carries a
digest of its contents. Anything unexpected - a damaged or foreign entry, a regex release whose
internals differ - falls back to `regex.compile`, so a run is never wrong, only slower. `save()`
writes the entry when a run compiled patterns it did not hold (the command line calls it on exit).
"""
from __future__ import annotations

import sys

import regex

try:  # the parts of regex below its public interface that the store relies on
    from regex import _main, _regex

    _INTERNALS = callable(getattr(_main, "_compile", None)) and callable(getattr(_regex, "compile", None))
except ImportError:  # pragma: no cover - another regex layout: compile as usual
    _INTERNALS = False

# entries kept in the store; past this, a save keeps only the patterns its own run used
MAX_ENTRIES = 4096

_store: dict | None = None  # (pattern, flags) -> the arguments regex gave its C engine
_used: set = set()
_added = False


def _name() -> str:
    import hashlib

    stamp = repr((regex.__version__, getattr(_regex, "MAGIC", None), getattr(_regex, "CODE_SIZE", None),
                  _main.DEFAULT_VERSION, sys.version))
    return "regex-" + hashlib.sha1(stamp.encode()).hexdigest()[:20] + ".marshal"


def _load() -> dict:
    global _store
    if _store is None:
        _store = {}
        if _INTERNALS:
            import hashlib
            import marshal

            from citeaudit import cache

            blob = cache.read(_name())
            if blob and hashlib.sha1(blob[20:]).digest() == blob[:20]:
                try:
                    value = marshal.loads(blob[20:])
                except (ValueError, EOFError, TypeError):
                    value = None
                if isinstance(value, dict):
                    _store = value
    return _store


def compile(pattern: str, flags: int = 0) -> regex.Pattern:
    """regex.compile(pattern, flags), from the store when it holds the pattern."""
    flags = int(flags)
    if not _INTERNALS or not isinstance(pattern, str):
        return regex.compile(pattern, flags)
    key = (pattern, flags)
    args = _load().get(key)
    if args is not None:
        try:
            compiled = _regex.compile(*args)
        except Exception:  # noqa: BLE001 - a foreign entry: compile as usual
            compiled = None
        if compiled is not None and compiled.pattern == pattern:
            _used.add(key)
            return compiled
    return _compile_and_keep(pattern, flags, key)


class _Recorder:
    """Stands in for regex's C module while one pattern compiles, to keep what it is handed."""

    def __init__(self, real):
        self.real, self.calls = real, []

    def __getattr__(self, name):
        return getattr(self.real, name)

    def compile(self, *args):
        self.calls.append(args)
        return self.real.compile(*args)


def _compile_and_keep(pattern: str, flags: int, key: tuple) -> regex.Pattern:
    global _added
    recorder = _Recorder(_regex)
    _main._regex = recorder
    try:
        # (not from regex's own cache, which would skip the C engine's compile and leave nothing to keep)
        compiled = _main._compile(pattern, flags, False, {}, False)
    except regex.error:
        raise
    except Exception:  # noqa: BLE001 - internals not as expected: compile as usual, keep nothing
        return regex.compile(pattern, flags)
    finally:
        _main._regex = _regex
    if len(recorder.calls) == 1 and recorder.calls[0][0] == pattern:
        # (flags arrive as enum members, which marshal cannot store: as plain integers they are equal)
        args = tuple(int(a) if isinstance(a, regex.RegexFlag) else a for a in recorder.calls[0])
        _load()[key] = args
        _used.add(key)
        _added = True
    return compiled


def save() -> None:
    """Write the store when this run compiled patterns it did not hold (a lost write costs only time)."""
    global _added
    if not _added or _store is None:
        return
    import hashlib
    import marshal

    from citeaudit import cache

    store = _store if len(_store) <= MAX_ENTRIES else {k: v for k, v in _store.items() if k in _used}
    try:
        payload = marshal.dumps(store)
    except ValueError:  # something marshal cannot store: keep nothing
        return
    cache.write(_name(), hashlib.sha1(payload).digest() + payload, "regex")
    _added = False
