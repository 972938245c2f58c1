import re

import pytest

from citeaudit.rules import RuleError, load_rules


def write(d, name, text):
    p = d / name
    p.write_text(text, encoding="utf-8")
    return p


def test_user_rule_overrides_builtin(tmp_path):
    write(tmp_path, "bp.yaml", "id: boilerplate\nkind: pattern\nseverity: warning\ndescription: mine\n"
          "message: 'x {match}'\npatterns: ['Subscribe now']\n")
    rules = load_rules([str(tmp_path)])
    assert rules["boilerplate"].severity == "warning"
    assert rules["boilerplate"].path.endswith("bp.yaml")


@pytest.mark.parametrize("body, key", [
    ("id: x\nkind: pattern\ndescription: d\npatterns: ['(']\nseverity: error\n", "patterns[0]"),
    ("id: x\nkind: pattern\ndescription: d\npatterns: ['a']\nseverity: loud\n", "severity"),
    ("id: x\nkind: nonsense\ndescription: d\n", "kind"),
    ("id: x\nkind: pattern\ndescription: d\npatterns: ['a']\nseverity: error\ncolour: red\n", "colour"),
    ("kind: pattern\ndescription: d\n", "id"),
    ("id: x\nkind: pattern\ndescription: d\nseverity: error\n", "patterns"),
    ("id: x\nkind: contradicting-claims\ndescription: d\nseverity: error\nopposites: [[rose, fell]]\n",
     "opposites[0]"),
    ("id: x\nkind: contradicting-claims\ndescription: d\nseverity: error\nopposites: [[[rose], []]]\n",
     "opposites[0]"),
    ("id: x\nkind: number-mismatch\ndescription: d\nseverity: error\ntolls: {kill: death toll}\n", "tolls.kill"),
])
def test_invalid_rules_name_file_and_key(tmp_path, body, key):
    write(tmp_path, "bad.yaml", body)
    with pytest.raises(RuleError) as e:
        load_rules([str(tmp_path)])
    msg = str(e.value)
    assert "bad.yaml" in msg and f"'{key}'" in msg and "\n" not in msg


def test_yaml_is_safe_loaded(tmp_path):
    write(tmp_path, "evil.yaml", "id: !!python/object/apply:os.system ['true']\nkind: pattern\ndescription: d\n")
    with pytest.raises(RuleError) as e:
        load_rules([str(tmp_path)])
    assert "evil.yaml" in str(e.value) and "invalid YAML" in str(e.value)


def test_missing_rule_dir(tmp_path):
    with pytest.raises(RuleError):
        load_rules([str(tmp_path / "nope")])


def test_joined_patterns_match_like_the_separate_ones():
    from citeaudit.rules import Rule

    rule = Rule(id="x", kind="pattern", description="", path="x.yaml", data={"patterns": ["^Read more:", "@YouTube"]})
    (joined,) = rule.joined()
    assert joined.search("see @YouTube") and joined.search("Read more: x") and not joined.search("read")
    # an inline flag in one pattern stays with that pattern
    odd = Rule(id="y", kind="pattern", description="", path="y.yaml", data={"patterns": ["(?i)abc", "def"]})
    for text in ("ABC", "abc", "def", "DEF", "xyz"):
        assert bool(any(p.search(text) for p in odd.joined())) == bool(any(p.search(text) for p in odd.patterns()))


def test_an_invalid_pattern_among_joined_ones_is_named(tmp_path):
    (tmp_path / "bad.yaml").write_text("id: house/bad\nkind: pattern\nseverity: info\ndescription: d\n"
                                       "message: m\npatterns:\n  - 'fine'\n  - '(unclosed'\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"bad.yaml: key 'patterns\[1\]': invalid regular expression"):
        load_rules([str(tmp_path)])


@pytest.mark.parametrize("body, key", [
    ("patterns:\n  - '(?P<source>\\w+):'\n", "patterns[0]"),  # no (?P<cue>...) group
    ("at: line-start\npatterns:\n  - '(?P<cue>:)'\n", "at"),
    ("source: person\npatterns:\n  - '(?P<cue>:)'\n", "source"),
    ("source_kind: rumour\npatterns:\n  - '(?P<cue>:)'\n", "source_kind"),
])
def test_cue_pattern_rules_are_checked(tmp_path, body, key):
    from citeaudit.engine import Auditor

    (tmp_path / "c.yaml").write_text("id: cues/house\nkind: cue-patterns\ndescription: d\n" + body, encoding="utf-8")
    with pytest.raises(RuleError, match=r"c.yaml: key '" + re.escape(key) + "'"):
        Auditor(load_rules([str(tmp_path)]))


def test_a_cue_pattern_rule_may_give_the_kind_of_its_sources(tmp_path):
    from citeaudit.engine import Auditor
    from citeaudit.reader import parse

    rule = "id: cues/house\nkind: cue-patterns\ndescription: d\npatterns:\n  - '(?P<source>Word from the pits)(?P<cue>:)'\n"
    text = "Word from the pits: the engine failed.\n"
    for extra, kind in (("", "unknown"), ("source_kind: vague\n", "vague")):
        (tmp_path / "c.yaml").write_text(rule + extra, encoding="utf-8")
        (a,) = Auditor(load_rules([str(tmp_path)])).analyse(parse(text, "t.txt")).attributions
        assert (a.source.text, a.source.kind) == ("Word from the pits", kind)


def _finding_rules():
    from citeaudit.rules import load_rules

    return [r for r in load_rules() if r.produces_findings]


@pytest.mark.parametrize("rule", _finding_rules(), ids=lambda r: r.id)
def test_each_rule_documents_why_and_an_example_that_works(auditor, rule):
    # the example editors read in the rule file is an article the rule flags, and its fix one it does not
    from citeaudit.reader import parse

    assert rule.why and isinstance(rule.example, dict) and set(rule.example) == {"bad", "good"}
    found = {}
    for which in ("bad", "good"):
        result, _ = auditor.audit_document(parse(f"Headline\n\n{rule.example[which]}\n", "x.txt", "text"))
        found[which] = [f.message for f in result.findings if f.rule == rule.id]
    assert found["bad"] and not found["good"]
