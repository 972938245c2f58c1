import os
import tempfile
from pathlib import Path

import pytest

# the tests write rule files and models of their own: keep what citeaudit caches of them out of the
# user's cache directory (the lexicon is built again once per run, in about half a second)
os.environ.setdefault("CITEAUDIT_CACHE_DIR", tempfile.mkdtemp(prefix="citeaudit-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CITEAUDIT_SHARED", ROOT.parent / "shared"))
POLNEAR_DEV = SHARED / "corpora" / "polnear" / "dev"


@pytest.fixture(scope="session")
def rules():
    from citeaudit.rules import load_rules

    return load_rules()


@pytest.fixture(scope="session")
def auditor(rules):
    from citeaudit.engine import Auditor

    return Auditor(rules)


@pytest.fixture
def analyse(auditor):
    """Analyse a short article written in the test: returns the checks' Article."""
    from citeaudit.reader import parse

    def run(text: str, fmt: str = "text", path: str = "t.txt"):
        return auditor.analyse(parse(text, path, fmt))

    return run
