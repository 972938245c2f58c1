"""An on-disk cache for data citeaudit derives from slower sources (the spelling lexicon, parsed rule
files), under the user cache directory or `$CITEAUDIT_CACHE_DIR`. Entries are written atomically;
a missing, unreadable or unwritable cache only costs the slow path."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
    path = directory() / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)  # atomic: concurrent runs never read a half-written entry
    except OSError:
        pass
