import os
from pathlib import Path

import pytest

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
