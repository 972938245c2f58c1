import json

from click.testing import CliRunner

from citeaudit.cli import cli


def check(*args):
    return CliRunner().invoke(cli, ["check", "--no-report", "--format", "json", *args])


def rules_of(res):
    return sorted({f["rule"] for x in json.loads(res.stdout)["files"] for f in x["findings"]})


def test_pyproject_table_found_walking_up(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.citeaudit]\nselect = ["typo"]\nallow = ["zorblatt"]\nfail-on = "never"\n', encoding="utf-8")
    d = tmp_path / "articles" / "2024"
    d.mkdir(parents=True)
    (d / "a.txt").write_text("The goverment bought a zorblatt, according to critics.\n", encoding="utf-8")
    res = check(str(d))
    assert res.exit_code == 0
    found = json.loads(res.stdout)["files"][0]["findings"]
    assert [f["rule"] for f in found] == ["typo"] and found[0]["suggestion"] == "government"


def test_dot_file_severity_outlets_and_exclude(tmp_path):
    (tmp_path / ".citeaudit.toml").write_text(
        'severity = { secondhand-sourcing = "error" }\nexclude = ["drafts/*"]\n'
        'outlets = [{ name = "The Daily Bugle", aliases = ["Bugle"], type = "newspaper" }]\n', encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "x.txt").write_text("Read more: draft\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("The mayor resigned, the Bugle reported.\n", encoding="utf-8")
    res = check(str(tmp_path))
    files = json.loads(res.stdout)["files"]
    assert [f["path"].endswith("a.txt") for f in files] == [True]
    (f,) = files[0]["findings"]
    assert f["rule"] == "secondhand-sourcing" and f["severity"] == "error" and "The Daily Bugle" in f["message"]
    assert res.exit_code == 1


def test_command_line_overrides_config(tmp_path):
    (tmp_path / ".citeaudit.toml").write_text('select = ["typo"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Read more: the goverment story\n", encoding="utf-8")
    assert rules_of(check("--select", "boilerplate", str(tmp_path))) == ["boilerplate"]


def test_bad_config_names_file_and_key(tmp_path):
    (tmp_path / ".citeaudit.toml").write_text('fail-on = "sometimes"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Fine.\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["check", "--no-report", str(tmp_path / "a.txt")])
    assert res.exit_code == 2
    assert ".citeaudit.toml" in res.output and "'fail-on'" in res.output
    (tmp_path / ".citeaudit.toml").write_text('colour = "red"\n', encoding="utf-8")
    res = CliRunner().invoke(cli, ["check", "--no-report", str(tmp_path / "a.txt")])
    assert res.exit_code == 2 and "'colour'" in res.output


def test_explicit_config_file(tmp_path):
    cfg = tmp_path / "audit.toml"
    cfg.write_text('select = ["boilerplate"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Read more: the goverment story\n", encoding="utf-8")
    assert rules_of(check("--config", str(cfg), str(tmp_path / "a.txt"))) == ["boilerplate"]
    res = check("--config", str(tmp_path / "missing.toml"), str(tmp_path / "a.txt"))
    assert res.exit_code == 2


def test_own_outlets_are_no_second_hand_sourcing(tmp_path):
    (tmp_path / "a.txt").write_text("The chancellor will raise fuel duty, the BBC understands. The mayor resigned, "
                                    "Reuters reported. The talks failed, the minister told the BBC.\n", encoding="utf-8")
    res = check("--select", "secondhand-sourcing", str(tmp_path))
    assert [f["message"] for f in json.loads(res.stdout)["files"][0]["findings"]] == [
        "Second-hand sourcing: the claim rests on reporting by BBC.",
        "Second-hand sourcing: the claim rests on reporting by Reuters.",
        "Second-hand sourcing: the claim rests on reporting by BBC."]
    # named by an alias: the registry's canonical name is compared
    (tmp_path / ".citeaudit.toml").write_text('own-outlets = ["British Broadcasting Corporation"]\n', encoding="utf-8")
    res = check("--select", "secondhand-sourcing", str(tmp_path))
    assert [f["message"] for f in json.loads(res.stdout)["files"][0]["findings"]] == [
        "Second-hand sourcing: the claim rests on reporting by Reuters."]
    # a name outlets of two countries share: both are the newsroom's ("The Times" in London's copy is London's)
    (tmp_path / "a.txt").write_text("Forty Labour MPs rebelled, The Times has learned. Downing Street said the cuts "
                                    "would save \u00a35 billion. The talks failed, Reuters reported.\n", encoding="utf-8")
    (tmp_path / ".citeaudit.toml").write_text('own-outlets = ["The Times"]\n', encoding="utf-8")
    res = check("--select", "secondhand-sourcing", str(tmp_path))
    assert [f["message"] for f in json.loads(res.stdout)["files"][0]["findings"]] == [
        "Second-hand sourcing: the claim rests on reporting by Reuters."]
    (tmp_path / ".citeaudit.toml").write_text('own-outlets = "BBC"\n', encoding="utf-8")
    res = check(str(tmp_path))
    assert res.exit_code == 2 and "'own-outlets'" in res.output
