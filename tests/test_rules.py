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
    # a global inline flag cannot sit inside an alternation: the patterns stay separate
    odd = Rule(id="y", kind="pattern", description="", path="y.yaml", data={"patterns": ["(?i)abc", "def"]})
    assert len(odd.joined()) == 2
