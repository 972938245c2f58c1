"""--jobs: files checked in parallel give exactly the output of --jobs 1; the progress bar."""
import io
import json
import sys

from click.testing import CliRunner

from citeaudit import cli as cli_module
from citeaudit.cli import cli

COPIED = "The council voted 7 to 2 on Tuesday to close the Elm Street bridge for repairs costing $4 million."


def _articles(root):
    for i in range(14):
        body = (f"Mayor Ann Lee said on day {i} that the budget would grow by {i + 3} percent.\n\n"
                f"The harbour will reopen in {2030 + i}, according to the port authority.\n")
        if i in (3, 11):
            body += f"\n{COPIED}\n"  # the same claim in two files: a cross-file duplicate
        if i == 5:
            body += "\nIn retaliation againts the strike, the union walked out.\n"  # a typo
        (root / f"{i:02d}.txt").write_text(body, encoding="utf-8")
    (root / "06b.txt").write_bytes(b"caf\xe9 au lait\n")  # not UTF-8: an error for that file only


def test_parallel_output_is_identical_to_sequential(tmp_path):
    _articles(tmp_path)
    runs = {}
    for jobs in ("1", "3"):
        res = CliRunner().invoke(cli, ["check", "--format", "json", "--no-report", "--jobs", jobs, str(tmp_path)])
        runs[jobs] = res
    assert runs["1"].exit_code == runs["3"].exit_code == 2  # the unreadable file
    assert runs["1"].stdout == runs["3"].stdout
    data = json.loads(runs["3"].stdout)
    paths = [f["path"] for f in data["files"]]
    assert paths == sorted(paths) and len(paths) == 15
    copies = [x for f in data["files"] for x in f["findings"] if x["rule"] == "duplicate-claim"
              and x["related"] and x["related"][0]["path"] != f["path"]]
    assert copies and copies[0]["related"][0]["path"].endswith("03.txt")
    assert any(x["rule"] == "typo" for f in data["files"] for x in f["findings"])
    assert next(f for f in data["files"] if f["path"].endswith("06b.txt"))["error"]


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal_with_many_files(monkeypatch):
    tty = _Terminal()
    monkeypatch.setattr(sys, "stderr", tty)
    with cli_module._progress(cli_module.PROGRESS_MIN_FILES) as step:
        for _ in range(cli_module.PROGRESS_MIN_FILES):
            step(1)
    assert "checking" in tty.getvalue() and f"{cli_module.PROGRESS_MIN_FILES}/{cli_module.PROGRESS_MIN_FILES}" in tty.getvalue()

    few = _Terminal()
    monkeypatch.setattr(sys, "stderr", few)
    with cli_module._progress(cli_module.PROGRESS_MIN_FILES - 1) as step:
        step(1)
    assert few.getvalue() == ""

    pipe = io.StringIO()  # not a terminal: nothing, however many files
    monkeypatch.setattr(sys, "stderr", pipe)
    with cli_module._progress(500) as step:
        step(500)
    assert pipe.getvalue() == ""


def test_without_fork_files_are_checked_one_after_another(tmp_path, monkeypatch):
    import multiprocessing

    _articles(tmp_path)
    expected = CliRunner().invoke(cli, ["check", "--format", "json", "--no-report", "--jobs", "1", str(tmp_path)]).stdout

    def no_fork(method=None):
        raise ValueError("cannot find context for 'fork'")  # as on Windows

    monkeypatch.setattr(multiprocessing, "get_context", no_fork)
    res = CliRunner().invoke(cli, ["check", "--format", "json", "--no-report", "--jobs", "4", str(tmp_path)])
    assert res.stdout == expected
