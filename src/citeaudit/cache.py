"""An on-disk cache for data citeaudit derives from slower sources (the spelling lexicon, parsed rule
files, the learned-cue model), under the user cache directory or `$CITEAUDIT_CACHE_DIR`. Entries
are written atomically; a missing, unreadable or unwritable cache only costs the slow path. Each kind
keeps its KEEP most recently used entries."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable


def directory() -> Path:
    base = os.environ.get("CITEAUDIT_CACHE_DIR")
    if not base:
        from platformdirs import user_cache_dir

        base = user_cache_dir("citeaudit")
    return Path(base)


# entries kept of each kind (the name's part before its first "-"): a changed rule file, model or
# installed library makes a new entry, and the oldest unused ones beyond this are removed
KEEP = 16


def read(name: str) -> bytes | None:
    path = directory() / name
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        os.utime(path)  # recently used: kept when older entries of its kind are removed
    except OSError:
        pass
    return data


def write(name: str, data: bytes, kind: str | None = None) -> None:
    """Store an entry (named "<kind>-<key>...") atomically, then prune its kind."""
    import tempfile  # only writers need it

    path = directory() / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)  # atomic: concurrent runs never read a half-written entry
    except OSError:
        return
    prune(kind or name.split("-", 1)[0])


def prune(kind: str, keep: int = KEEP) -> None:
    """Remove all but the `keep` most recently used entries of a kind ("rules", "cue-model",
    "lexicon"): each edit of a rule file or model, and each new install of wordfreq or codespell,
    leaves an entry that nothing will read again."""
    entries = []
    try:
        for entry in os.scandir(directory()):
            if entry.name.startswith(kind + "-") and entry.is_file():
                entries.append((entry.stat().st_mtime_ns, entry.name))
    except OSError:
        return
    for _, old in sorted(entries, reverse=True)[keep:]:
        try:
            os.remove(directory() / old)
        except OSError:
            pass  # another run removed it, or it cannot be: only space is lost


def derived(kind: str, paths: list[Path], build: Callable[[], Any], valid: Callable[[Any], bool] = lambda v: True,
            version: int = 1) -> Any:
    """build()'s result (plain data that marshal can store), cached under a key made of `kind`, the
    format `version` and each path's resolved name, size and modification time: a changed file is a
    new key. A cache entry that fails `valid`, or a result marshal cannot store, falls back to
    building."""
    import hashlib
    import marshal

    try:
        stamps = [(str(p.resolve()), st.st_size, st.st_mtime_ns) for p in paths for st in [p.stat()]]
    except OSError:
        return build()
    name = f"{kind}-" + hashlib.sha1(repr((version, stamps)).encode()).hexdigest()[:20] + ".marshal"
    blob = read(name)
    if blob is not None:
        try:
            value = marshal.loads(blob)
            if valid(value):
                return value
        except (ValueError, EOFError, TypeError):
            pass
    value = build()
    try:
        write(name, marshal.dumps(value), kind)
    except ValueError:  # something marshal cannot store (a date in YAML): just do not cache
        pass
    return value
