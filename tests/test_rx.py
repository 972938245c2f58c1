"""Compiled patterns kept between runs (citeaudit.rx)."""
import pytest
import regex
from regex import _main

from citeaudit import rx

PATTERN = r"(?P<source>\p{Lu}\w+)\s+(?i:said|says)\b"
TEXT = "Yesterday Reuters said the talks failed; Smith SAYS otherwise, smith says nothing."


def _fresh_run(monkeypatch):
    """The module as a new process finds it: nothing loaded, nothing compiled."""
    monkeypatch.setattr(rx, "_store", None)
    monkeypatch.setattr(rx, "_used", set())
    monkeypatch.setattr(rx, "_added", False)


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CITEAUDIT_CACHE_DIR", str(tmp_path))
    _fresh_run(monkeypatch)
    return tmp_path


def _same_pattern(a, b):
    assert (a.pattern, a.flags, a.groupindex, a.groups) == (b.pattern, b.flags, b.groupindex, b.groups)
    assert [m.span("source") for m in a.finditer(TEXT)] == [m.span("source") for m in b.finditer(TEXT)]


def test_a_stored_pattern_is_loaded_without_compiling_and_matches_the_same(cache_dir, monkeypatch):
    first = rx.compile(PATTERN, regex.MULTILINE)
    _same_pattern(first, regex.compile(PATTERN, regex.MULTILINE))
    rx.save()
    assert len(list(cache_dir.glob("regex-*.marshal"))) == 1
    _fresh_run(monkeypatch)

    def no_compiling(*args):
        raise AssertionError("compiled again")

    monkeypatch.setattr(_main, "_compile", no_compiling)
    again = rx.compile(PATTERN, regex.MULTILINE)
    _same_pattern(again, first)
    assert [m.group() for m in again.finditer(TEXT)] == ["Reuters said", "Smith SAYS"]
    with pytest.raises(AssertionError, match="compiled again"):
        rx.compile(PATTERN, regex.IGNORECASE)  # other flags: another entry, not in the store


def test_a_damaged_store_is_ignored_and_written_again(cache_dir, monkeypatch):
    rx.compile(PATTERN)
    rx.save()
    (entry,) = cache_dir.glob("regex-*.marshal")
    blob = bytearray(entry.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    entry.write_bytes(bytes(blob))
    _fresh_run(monkeypatch)
    _same_pattern(rx.compile(PATTERN), regex.compile(PATTERN))
    rx.save()
    _fresh_run(monkeypatch)
    assert (PATTERN, 0) in rx._load()  # the rewritten entry holds the pattern again


def test_an_invalid_pattern_is_an_error_and_is_not_stored(cache_dir):
    with pytest.raises(regex.error):
        rx.compile(r"(?P<open")
    assert rx._load() == {} and not rx._added


def test_a_command_line_run_leaves_the_store_for_the_next(cache_dir, tmp_path):
    from click.testing import CliRunner

    from citeaudit.cli import cli

    article = tmp_path / "a.txt"
    article.write_text("The minister said the budget would pass.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--no-report", str(article)])
    assert result.exit_code in (0, 1), result.output
    (entry,) = cache_dir.glob("regex-*.marshal")
    assert entry.stat().st_size > 1000
