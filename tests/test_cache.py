"""The on-disk cache: parsed rule files and the lexicon tables."""
import pytest

from citeaudit.lexicon import Layered, WordTable
from citeaudit.rules import RuleError, load_rules

RULE = ("id: house/promo\nkind: pattern\nseverity: warning\ndescription: promo lines\n"
        "message: 'promo {match}'\npatterns:\n  - '{pattern}'\n")


def _promo_rule(tmp_path, monkeypatch):
    """A rule directory holding promo.yaml (pattern "Buy now"), with the cache under tmp_path."""
    monkeypatch.setenv("CITEAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    rules = tmp_path / "rules"
    rules.mkdir()
    f = rules / "promo.yaml"
    f.write_text(RULE.replace("{pattern}", "Buy now"), encoding="utf-8")
    return rules, f


def test_an_edited_rule_file_is_read_again(tmp_path, monkeypatch):
    rules, f = _promo_rule(tmp_path, monkeypatch)
    assert load_rules([str(rules)])["house/promo"].get("patterns") == ["Buy now"]
    assert any((tmp_path / "cache").glob("rules-*.marshal"))  # the parse was cached
    f.write_text(RULE.replace("{pattern}", "Order today"), encoding="utf-8")
    assert load_rules([str(rules)])["house/promo"].get("patterns") == ["Order today"]


def test_invalid_yaml_is_reported_with_its_line_even_after_a_cached_run(tmp_path, monkeypatch):
    rules, f = _promo_rule(tmp_path, monkeypatch)
    load_rules([str(rules)])
    f.write_text("id: house/promo\nkind: [unclosed\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"promo.yaml: invalid YAML \(line \d+\)"):
        load_rules([str(rules)])


def test_word_table_and_layers():
    table = WordTable.of({"banana": "250", "apple": "310", "cherry": "120", "ch": "5"}, lambda v: int(v) / 100)
    assert table.get("banana") == 2.5 and table["cherry"] == 1.2 and table["apple"] == 3.1
    assert "durian" not in table and table.get("aardvark", 0.0) == 0.0 and "che" not in table
    assert table.get("ch") == 0.05 and list(table.items())[0] == ("apple", "310")  # stored sorted
    layered = Layered(table)
    layered["durian"] = 9.0
    layered.pop("apple")
    assert layered.get("durian") == 9.0 and "apple" not in layered and layered["banana"] == 2.5
    with pytest.raises(KeyError):
        layered["apple"]


def test_word_table_buckets_hold_the_words_sharing_three_letters():
    words = {w: str(i) for i, w in enumerate(["abandon", "abate", "ab", "abbey", "zoo", "zoology", "zo", "abandoned"])}
    table = WordTable.of(words)
    assert all(table[w] == v for w, v in words.items())
    assert "aba" not in table and "abandons" not in table and "z" not in table
    # a word sharing a bucket with others, before and after them ("abandon" / "abandoned")
    assert table.get("abandoned") == words["abandoned"] and table.get("abandon") == words["abandon"]
    assert list(table.items()) == sorted(words.items())
    with pytest.raises(ValueError):
        WordTable.of({"two\nlines": "1"})


def test_each_kind_keeps_only_its_most_recently_used_entries(tmp_path, monkeypatch):
    import os

    from citeaudit import cache

    monkeypatch.setenv("CITEAUDIT_CACHE_DIR", str(tmp_path))
    for i in range(cache.KEEP + 5):  # entries left by earlier runs, oldest first
        (tmp_path / f"rules-{i:03d}.marshal").write_bytes(b"x")
        os.utime(tmp_path / f"rules-{i:03d}.marshal", ns=(i * 10**9, i * 10**9))
    (tmp_path / "lexicon-a.marshal").write_bytes(b"y")
    os.utime(tmp_path / "lexicon-a.marshal", ns=(0, 0))
    assert cache.read("rules-000.marshal") == b"x"  # read now: recently used
    cache.write("rules-new.marshal", b"z")
    kept = sorted(p.name for p in tmp_path.glob("rules-*"))
    assert len(kept) == cache.KEEP
    assert "rules-new.marshal" in kept and "rules-000.marshal" in kept and "rules-001.marshal" not in kept
    assert (tmp_path / "lexicon-a.marshal").exists()  # other kinds are left alone
    assert cache.read("rules-new.marshal") == b"z"
