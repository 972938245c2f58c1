import os
import shutil
import tempfile
from pathlib import Path

import pytest

# the tests write rule files and models of their own: keep what citeaudit caches of them out of the
# user's cache directory (the lexicon is built again once per run, in about half a second); a
# directory made here is removed when the run ends
_OWN_CACHE = None if "CITEAUDIT_CACHE_DIR" in os.environ else tempfile.mkdtemp(prefix="citeaudit-test-cache-")
if _OWN_CACHE:
    os.environ["CITEAUDIT_CACHE_DIR"] = _OWN_CACHE


def pytest_unconfigure(config):
    if _OWN_CACHE:
        shutil.rmtree(_OWN_CACHE, ignore_errors=True)


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
