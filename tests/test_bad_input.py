import json
import os

from click.testing import CliRunner

from citeaudit.cli import cli


def run(*args):
    return CliRunner().invoke(cli, ["check", "--no-report", "--format", "json", *args])


def test_bad_files_do_not_stop_the_run(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_latin1.txt").write_bytes(b"caf\xe9 society said.\n")
    (tmp_path / "c_binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "d_ok.txt").write_text("The mayor said the bridge would reopen.\n", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "loop")  # a symlink loop is not followed
    res = run(str(tmp_path))
    assert res.exit_code == 2
    files = {os.path.basename(f["path"]): f for f in json.loads(res.stdout)["files"]}
    assert sorted(files) == ["a_empty.txt", "b_latin1.txt", "c_binary.txt", "d_ok.txt"]
    assert files["a_empty.txt"]["error"] is None and files["a_empty.txt"]["findings"] == []
    assert "UTF-8" in files["b_latin1.txt"]["error"] and "0xe9" in files["b_latin1.txt"]["error"]
    assert files["c_binary.txt"]["note"] == "skipped: binary file"
    assert files["d_ok.txt"]["attributions"]


def test_crlf_and_lone_cr_line_and_column(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"First line here.\r\n\r\nSecond para.\r\rThe goverment acted.\n")
    (f,) = [x for x in json.loads(run(str(p)).stdout)["files"][0]["findings"] if x["rule"] == "typo"]
    assert (f["line"], f["column"]) == (5, 5)
    assert p.read_bytes().decode()[f["start"]:f["end"]] == "goverment"


def test_article_is_never_modified(tmp_path):
    p = tmp_path / "a.md"
    body = "# Title\n\nThe goverment said so, according to critics.\n"
    p.write_text(body, encoding="utf-8")
    CliRunner().invoke(cli, ["check", "--report-dir", str(tmp_path / "r"), str(p)])
    assert p.read_text(encoding="utf-8") == body


def test_report_paths_stay_inside_the_report_dir(tmp_path, monkeypatch):
    inner = tmp_path / "work"
    inner.mkdir()
    (tmp_path / "outside.txt").write_text("The mayor said so.\n", encoding="utf-8")
    monkeypatch.chdir(inner)
    res = CliRunner().invoke(cli, ["check", "--report-dir", "reports", "../outside.txt"])
    assert res.exit_code == 0, res.output
    written = [p for p in (inner / "reports").rglob("*") if p.is_file()]
    assert [p.name for p in written] == ["outside.txt.md"]
    assert not (tmp_path / "outside.txt.md").exists()


def test_a_runaway_rule_pattern_is_stopped_and_named(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "slow.yaml").write_text(
        "id: house/slow\nkind: pattern\nseverity: warning\ndescription: nested repetition\n"
        "message: 'slow {match}'\npatterns:\n  - '(?:a|aa)+$'\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("a" * 60 + "b said the mayor.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The mayor said the bridge would reopen.\n", encoding="utf-8")
    res = run("--rules", str(rules), str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert res.exit_code == 2
    files = {os.path.basename(f["path"]): f for f in json.loads(res.stdout)["files"]}
    assert "house/slow" in files["a.txt"]["error"] and "stopped" in files["a.txt"]["error"]
    assert files["b.txt"]["error"] is None and files["b.txt"]["attributions"]


def test_a_20_mb_article_finishes(tmp_path):
    # one 20 MB run of letters between two ordinary sentences: no word-sized work may blow up on it
    p = tmp_path / "huge.txt"
    p.write_text("The mayor said the bridge would reopen.\n\n" + "x" * 20_000_000 + "\n\nThe goverment agreed.\n",
                 encoding="utf-8")
    res = run(str(p))
    assert res.exit_code == 1, res.output[-500:]  # the typo below, found after the 20 MB line
    (f,) = json.loads(res.stdout)["files"]
    assert f["error"] is None
    assert [x["suggestion"] for x in f["findings"] if x["rule"] == "typo"] == ["government"]
    assert f["attributions"][0]["cue"]["text"] == "said"


def test_an_unreadable_file_is_an_error_for_that_file(tmp_path, monkeypatch):
    locked = tmp_path / "a_locked.txt"
    locked.write_text("The mayor said so.\n", encoding="utf-8")
    (tmp_path / "b_ok.txt").write_text("The mayor said the bridge would reopen.\n", encoding="utf-8")
    real_open = open

    def deny(path, *args, **kwargs):  # root can read anything, so permission is taken away here
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", deny)
    res = run(str(tmp_path))
    assert res.exit_code == 2
    files = {os.path.basename(f["path"]): f for f in json.loads(res.stdout)["files"]}
    assert files["a_locked.txt"]["error"] == "permission denied"
    assert files["b_ok.txt"]["error"] is None and files["b_ok.txt"]["attributions"]
    assert "a_locked.txt: permission denied" in res.stderr


def test_a_fault_in_citeaudit_is_that_files_error_and_the_run_goes_on(tmp_path, monkeypatch):
    from citeaudit.engine import Auditor

    (tmp_path / "a.txt").write_text("The mayor said the bridge would reopen.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The governor said the road would close.\n", encoding="utf-8")
    real = Auditor.audit_document

    def faulty(self, doc):
        if doc.path.endswith("a.txt"):
            raise KeyError("boom")
        return real(self, doc)

    monkeypatch.setattr(Auditor, "audit_document", faulty)
    res = CliRunner().invoke(cli, ["check", "--no-report", "--format", "json", "--jobs", "1", str(tmp_path)])
    assert res.exit_code == 2 and "Traceback" not in res.output
    files = {os.path.basename(f["path"]): f for f in json.loads(res.stdout)["files"]}
    assert files["a.txt"]["error"].startswith("internal error (KeyError")
    assert files["b.txt"]["error"] is None and files["b.txt"]["attributions"]
