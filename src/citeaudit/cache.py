"""An on-disk cache for data citeaudit derives from slower sources (the spelling lexicon, parsed rule
files, the learned-cue model), under the user cache directory or `$CITEAUDIT_CACHE_DIR`. Entries
are written atomically; a missing, unreadable or unwritable cache only costs the slow path."""
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


def read(name: str) -> bytes | None:
    try:
        return (directory() / name).read_bytes()
    except OSError:
        return None


def write(name: str, data: bytes) -> None:
    import tempfile  # only writers need it

    path = directory() / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)  # atomic: concurrent runs never read a half-written entry
    except OSError:
        pass


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
        write(name, marshal.dumps(value))
    except ValueError:  # something marshal cannot store (a date in YAML): just do not cache
        pass
    return value
