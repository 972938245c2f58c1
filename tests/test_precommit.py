"""The hook, run by the real pre-commit framework from a scratch repository."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def git(cwd, *args):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    if shutil.which("git") is None:
        pytest.skip("git not installed")
    try:
        rev = git(ROOT, "rev-parse", "HEAD").stdout.strip()
    except subprocess.CalledProcessError:
        pytest.skip("not a git checkout")
    if "citeaudit" not in git(ROOT, "show", f"{rev}:.pre-commit-hooks.yaml").stdout:
        pytest.skip("HEAD has no .pre-commit-hooks.yaml yet")
    d = tmp_path_factory.mktemp("newsroom")
    git(d, "init", "-q")
    git(d, "config", "user.email", "t@example.com")
    git(d, "config", "user.name", "T")
    (d / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {rev}\n    hooks:\n      - id: citeaudit\n", encoding="utf-8")
    return d


def run_hook(repo, name, text):
    (repo / name).write_text(text, encoding="utf-8")
    git(repo, "add", name)
    env = {**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home")}
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--files", name], cwd=repo,
                          capture_output=True, text=True, env=env, timeout=900)


def test_article_with_a_typo_fails_and_is_named(repo):
    res = run_hook(repo, "story.md", "# Council vote\n\nThe goverment said on Monday that the vote would go ahead.\n")
    assert res.returncode == 1, res.stdout + res.stderr
    assert "story.md" in res.stdout and "typo" in res.stdout and "goverment" in res.stdout
    assert not (repo / "reports").exists()


def test_clean_article_passes(repo):
    res = run_hook(repo, "clean.txt", "The mayor said on Monday that the bridge would reopen in May.\n")
    assert res.returncode == 0, res.stdout + res.stderr
