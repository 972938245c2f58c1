"""The committed reports/ are what `citeaudit check seeds/` writes today (regenerate them if this fails:
`citeaudit check seeds/` from the repository root)."""
from pathlib import Path

from click.testing import CliRunner

from citeaudit.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def test_committed_seed_reports_are_up_to_date(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    res = CliRunner().invoke(cli, ["check", "seeds/", "--report-dir", str(tmp_path)])
    assert res.exit_code in (0, 1), res.output
    fresh = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.md"))
    committed = sorted(p.relative_to(ROOT / "reports") for p in (ROOT / "reports").rglob("*.md"))
    assert fresh and fresh == committed
    for rel in fresh:
        assert (tmp_path / rel).read_text(encoding="utf-8") == (ROOT / "reports" / rel).read_text(encoding="utf-8"), rel


def test_seed_report_is_deterministic(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    outs = []
    for i in range(2):
        res = CliRunner().invoke(cli, ["check", "seeds/", "--format", "json", "--no-report"])
        outs.append(res.output)
    assert outs[0] == outs[1]
